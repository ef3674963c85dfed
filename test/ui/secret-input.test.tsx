import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {Fix} from '../../source/model/report.js';
import {initialSession} from '../../source/session/reduce-session.js';
import {splitText} from '../../source/ui/key-press.js';
import {SecretInput, NetrcCredentialsPrompt} from '../../source/ui/secret-input.js';
import {initialWizardState, type WizardState} from '../../source/ui/use-wizard-state.js';
import {fieldOf, reduceWizardWithKeys} from '../../source/ui/wizard-keys.js';
import {render} from '../helpers/ink.js';
import {english} from '../helpers/text.js';

const token = 'glpat-PlantedSecret0123456789';
const fix: Fix = {
	id: 'netrc-entry',
	title: 'Add credentials',
	kind: 'netrc',
	netrc: {machine: 'git.corp.example', file: '/home/u/.netrc', replaces: false},
	scope: 'persistent',
	weakensSecurity: false,
};

function asking(): WizardState {
	const base = initialWizardState({session: initialSession({startedAt: '2026-11-25T15:00:00.000Z', dir: '/m', toolVersion: 't'})});
	return {...base, phase: {kind: 'credentials', fix}};
}

function type(state: WizardState, text: string): WizardState {
	return reduceWizardWithKeys(state, {type: 'keys', at: '2026-11-25T15:00:01.000Z', keys: splitText(text)});
}

test('SecretInput (hidden) never draws what is typed, only a count', (t) => {
	const rendered = render(t, <SecretInput label="Token: " value={token} />);
	assert.match(rendered.lastFrame(), new RegExp(`${token.length} characters typed`));
	assert.ok(!rendered.lastFrame().includes('glpat'), rendered.lastFrame());
});

test('the .netrc prompt: a pasted login with its Enter, then the token typed key by key; q, e and ? are text', (t) => {
	// A paste arrives as one input event: `gopher` and its Enter together.
	let state = type(asking(), 'gopher\r');
	assert.deepEqual(state.phase, {kind: 'credentials', fix, login: 'gopher'});
	assert.equal(fieldOf(state).value, '', 'the token field starts empty: nothing typed next lands in the login');
	state = type(state, 'q?e');
	assert.equal(state.phase.kind, 'credentials', 'q, e and ? in a text field are text: no quit, no export, no help');
	assert.equal(state.exporting, undefined);
	assert.equal(state.help, false);
	state = type(state, '\u007F\u007F\u007F');
	for (const character of token) {
		state = type(state, character);
	}

	const rendered = render(t, <NetrcCredentialsPrompt fix={fix} login="gopher" value={fieldOf(state).value} />);
	assert.match(rendered.lastFrame(), /Login \(user name\): gopher/);
	assert.ok(!rendered.lastFrame().includes(token.slice(0, 8)), rendered.lastFrame());
	state = type(state, '\r');
	assert.deepEqual(state.phase, {kind: 'applying', fix, input: {login: 'gopher', secret: token}});
	assert.equal(state.field, undefined, 'the token leaves the field');
});

test('the .netrc prompt: Enter on an empty field says why; Esc goes back one level: token to login, login to the menu', () => {
	let state = type(asking(), '\r');
	assert.equal(state.phase.kind, 'credentials');
	assert.match(english(fieldOf(state).problem ?? ''), /empty/);
	state = type(state, 'gopher\rabc');
	state = type(state, '\u001B');
	assert.deepEqual(state.phase, {kind: 'credentials', fix}, 'Esc in the token field goes back to the login');
	assert.equal(fieldOf(state).value, 'gopher', 'with the login as it was typed');
	state = type(state, '\u001B');
	assert.equal(state.phase.kind, 'choosing', 'Esc in the login field goes back to the menu, not out of the wizard');
	assert.equal(state.log.at(-1)?.kind, 'declined');
});
