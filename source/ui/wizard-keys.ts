/*
The wizard's keyboard, as a pure reducer: every key of an input event (see `key-press.ts`) goes through here, in
order, against the state the previous key left. There is one owner of the keyboard, so a burst (`y` and Enter,
three arrows, a pasted `gopher⏎`) is handled key by key and never reaches a component that has not drawn yet.
*/
import {assertNever} from '../model/assert-never.js';
import {checkNetrcField} from '../go/netrc.js';
import type {Text} from '../i18n/index.js';
import {globalCommandOf, type KeyPlace} from './global-keys.js';
import type {KeyPress} from './key-press.js';
import {menuOf, reduceWizard, type MenuChoice, type WizardAction, type WizardPhase, type WizardState} from './use-wizard-state.js';

/** How long after `y` an Enter still counts as part of the answer (`y⏎`, typed by habit) and is dropped. */
export const enterAfterYesMs = 2000;

/** Keys typed at the time `at`. */
export type KeysAction = {readonly type: 'keys'; readonly at: string; readonly keys: readonly KeyPress[]};

/** The wizard's reducer with its keyboard: `reduceWizard` for everything else. */
export function reduceWizardWithKeys(state: WizardState, action: WizardAction | KeysAction): WizardState {
	return action.type === 'keys' ? reduceKeys(state, action) : reduceWizard(state, action);
}

/** Every key of `action`, one after the other. */
export function reduceKeys(state: WizardState, action: KeysAction): WizardState {
	let next = state;
	for (const press of action.keys) {
		next = reduceKey(next, press, action.at);
	}

	return next;
}

/** Where the keyboard is in `phase`. */
export function placeOf(phase: WizardPhase): KeyPlace {
	switch (phase.kind) {
		case 'choosing':
		case 'result': {
			return 'menu';
		}

		case 'confirming':
		case 'confirming-undo': {
			return 'confirm';
		}

		case 'credentials': {
			return 'field';
		}

		case 'diagnosing':
		case 'applying':
		case 'undoing':
		case 'undoing-earlier':
		case 'exiting': {
			return 'busy';
		}

		default: {
			return assertNever(phase);
		}
	}
}

/** The menu rows of the state's phase: its menu, or the two answers of a confirmation. */
export function rowCount(state: WizardState): number {
	return placeOf(state.phase) === 'confirm' ? 2 : menuOfState(state).length;
}

/** The highlighted row: the one the keys moved to in this phase, else the phase's default (a confirmation: no). */
export function cursorOf(state: WizardState): number {
	const rows = rowCount(state);
	const index = state.cursor?.phase === state.phase ? state.cursor.index : placeOf(state.phase) === 'confirm' ? 1 : 0;
	return Math.max(0, Math.min(index, rows - 1));
}

/** What the text field of a `credentials` phase holds: what was typed, else the login the fix suggests. */
export function fieldOf(state: WizardState): {readonly value: string; readonly problem?: Text} {
	const {phase} = state;
	if (state.field?.phase === phase) {
		return state.field;
	}

	return {value: phase.kind === 'credentials' && phase.login === undefined ? (phase.fix.netrc?.login ?? '') : ''};
}

function menuOfState(state: WizardState): MenuChoice[] {
	return menuOf(state.phase, state.session.conclusion?.fixes ?? [], state.earlier);
}

function reduceKey(before: WizardState, press: KeyPress, at: string): WizardState {
	if (before.phase.kind === 'exiting') {
		return before;
	}

	let state = before;
	if (state.confirmedByKeyAt !== undefined) {
		const {confirmedByKeyAt, ...rest} = state;
		state = rest;
		if (press.kind === 'return' && Date.parse(at) - confirmedByKeyAt <= enterAfterYesMs) {
			return state;
		}
	}

	const place = placeOf(state.phase);
	const command = globalCommandOf(press, place);
	switch (command) {
		case 'interrupt': {
			return reduceWizard(state, {type: 'quit', at, interrupt: true});
		}

		case 'quit': {
			return reduceWizard(state, {type: 'quit', at});
		}

		case 'export': {
			return reduceWizard(state, {type: 'export-requested', at});
		}

		case 'help': {
			return reduceWizard(state, {type: 'help-toggled'});
		}

		case undefined: {
			break;
		}

		default: {
			return assertNever(command);
		}
	}

	// Esc goes back one level: the help first, when it is open.
	if (press.kind === 'escape' && state.help) {
		return {...state, help: false};
	}

	switch (place) {
		case 'menu': {
			return menuKey(state, press, at);
		}

		case 'confirm': {
			return confirmKey(state, press, at);
		}

		case 'field': {
			return fieldKey(state, press, at);
		}

		case 'busy': {
			return state;
		}

		default: {
			return assertNever(place);
		}
	}
}

function moved(state: WizardState, delta: number): WizardState {
	const rows = rowCount(state);
	if (rows === 0) {
		return state;
	}

	const index = (((cursorOf(state) + delta) % rows) + rows) % rows;
	return {...state, cursor: {phase: state.phase, index}};
}

function isUp(press: KeyPress): boolean {
	return press.kind === 'up' || (press.kind === 'text' && press.text === 'k');
}

function isDown(press: KeyPress): boolean {
	return press.kind === 'down' || (press.kind === 'text' && press.text === 'j');
}

function menuKey(state: WizardState, press: KeyPress, at: string): WizardState {
	if (isUp(press)) {
		return moved(state, -1);
	}

	if (isDown(press)) {
		return moved(state, 1);
	}

	const menu = menuOfState(state);
	if (press.kind === 'text' && /^[1-9]$/.test(press.text)) {
		const choice = menu[Number(press.text) - 1];
		return choice === undefined ? state : reduceWizard(state, {type: 'picked', at, choice});
	}

	if (press.kind === 'return') {
		const choice = menu[cursorOf(state)];
		return choice === undefined ? state : reduceWizard(state, {type: 'picked', at, choice});
	}

	return state;
}

function confirmKey(state: WizardState, press: KeyPress, at: string): WizardState {
	const answer = (yes: boolean, byKey: boolean): WizardState =>
		state.phase.kind === 'confirming-undo'
			? reduceWizard(state, {type: 'undo-confirmed', at, yes})
			: reduceWizard(state, {type: 'confirmed', at, yes, ...(byKey ? {byKey} : {})});
	if (isUp(press) || isDown(press)) {
		return moved(state, 1);
	}

	if (press.kind === 'text' && (press.text === 'y' || press.text === 'Y')) {
		return answer(true, true);
	}

	if ((press.kind === 'text' && (press.text === 'n' || press.text === 'N')) || press.kind === 'escape') {
		return answer(false, false);
	}

	if (press.kind === 'return') {
		return answer(cursorOf(state) === 0, false);
	}

	return state;
}

function fieldKey(state: WizardState, press: KeyPress, at: string): WizardState {
	const {phase} = state;
	if (phase.kind !== 'credentials') {
		return state;
	}

	const {value} = fieldOf(state);
	switch (press.kind) {
		case 'text': {
			return {...state, field: {phase, value: value + press.text}};
		}

		case 'backspace': {
			return {
				...state,
				field: {
					phase,
					value: [...new Intl.Segmenter().segment(value)]
						.slice(0, -1)
						.map(({segment}) => segment)
						.join(''),
				},
			};
		}

		case 'return': {
			const problem = checkNetrcField(value);
			if (problem !== undefined) {
				return {...state, field: {phase, value, problem}};
			}

			if (phase.login === undefined) {
				return reduceWizard(state, {type: 'login-entered', login: value});
			}

			// The token leaves the field with the answer: no state after this one holds it but the apply's input.
			const {field: _token, ...rest} = reduceWizard(state, {type: 'credentials-entered', at, login: phase.login, secret: value});
			return rest;
		}

		case 'escape': {
			if (phase.login === undefined) {
				const {field: _login, ...rest} = reduceWizard(state, {type: 'credentials-canceled', at});
				return rest;
			}

			// Back to the login, as it was typed; the token typed so far is dropped.
			const back: WizardPhase = {kind: 'credentials', fix: phase.fix};
			return {...state, phase: back, field: {phase: back, value: phase.login}};
		}

		case 'up':
		case 'down':
		case 'interrupt':
		case 'other': {
			return state;
		}

		default: {
			return assertNever(press);
		}
	}
}
