/*
The wizard's pure reducer, without React: phases, what is recorded, what is ignored, and the exit code.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {Fix} from '../../source/model/report.js';
import {initialSession} from '../../source/session/reduce-session.js';
import {
	initialWizardState,
	menuOf,
	reduceWizard,
	wizardResult,
	type WizardAction,
	type WizardAnswers,
	type WizardState,
} from '../../source/ui/use-wizard-state.js';
import {proxyDownScenario} from '../helpers/session-script.js';
import {english} from '../helpers/text.js';
import {splitText} from '../../source/ui/key-press.js';
import {reduceWizardWithKeys} from '../../source/ui/wizard-keys.js';

const at = '2026-11-25T15:02:00.000Z';

async function concludedState(answers?: WizardAnswers): Promise<WizardState> {
	const scenario = await proxyDownScenario();
	let state = initialWizardState({
		session: initialSession({startedAt: at, dir: '/home/dev/hello', toolVersion: '0.1.0'}),
		...(answers === undefined ? {} : {answers}),
	});
	for (const event of scenario.events) {
		state = reduceWizard(state, {type: 'session', event});
	}

	return state;
}

function run(state: WizardState, ...actions: WizardAction[]): WizardState {
	let next = state;
	for (const action of actions) {
		next = reduceWizard(next, action);
	}

	return next;
}

function firstFix(state: WizardState): Fix {
	const fix = state.session.conclusion?.fixes[0];
	assert.ok(fix !== undefined, 'the scenario offers a fix');
	return fix;
}

test('the diagnosis fills the log in the order things finish and ends at the menu', async () => {
	const state = await concludedState();
	assert.equal(state.phase.kind, 'choosing');
	assert.deepEqual(
		state.log.map((entry) => (entry.kind === 'walk' ? `walk:${entry.walkId}` : entry.kind)),
		['header', 'settings', 'reproduction', 'walk:goproxy-0', 'walk:goproxy-1', 'walk:candidate-2', 'conclusion'],
	);
	assert.deepEqual(
		menuOf(state.phase, state.session.conclusion?.fixes ?? []).map((choice) => (choice.kind === 'fix' ? choice.fix.id : choice.kind)),
		['goproxy-use-working', 'goproxy-fallback-on-error', 'evidence', 'export', 'quit'],
	);
});

test('a choice that the current menu does not offer changes nothing', async () => {
	const state = await concludedState();
	assert.equal(reduceWizard(state, {type: 'picked', at, choice: {kind: 'undo'}}), state);
	const foreign: Fix = {
		id: 'not-offered',
		title: 'Not offered',
		kind: 'go-env',
		argv: ['go', 'env', '-w', 'GOFLAGS=-x'],
		scope: 'persistent',
		weakensSecurity: false,
	};
	assert.equal(reduceWizard(state, {type: 'picked', at, choice: {kind: 'fix', fix: foreign}}), state);
});

test('results that arrive after their phase ended are dropped', async () => {
	const state = await concludedState();
	assert.equal(reduceWizard(state, {type: 'fix-returned', at, outcome: {status: 'fixed', summary: 'late'}, record: true}), state);
	assert.equal(
		reduceWizard(state, {type: 'undo-returned', at, outcome: {ok: true, summary: 'late', nothingToUndo: false}, record: true}),
		state,
	);
	assert.equal(reduceWizard(state, {type: 'diagnosis-failed', at, message: 'late'}), state);
	const exporting = reduceWizard(state, {type: 'export-requested', at});
	assert.equal(reduceWizard(exporting, {type: 'export-returned', id: 99, paths: {markdownPath: 'a.md', jsonPath: 'a.json'}}), exporting);
	assert.equal(reduceWizard(exporting, {type: 'export-requested', at}), exporting, 'one export at a time');
});

test('the phase object stays the same until the phase changes, so its work starts once', async () => {
	const state = await concludedState();
	const applying = run(state, {type: 'picked', at, choice: {kind: 'fix', fix: firstFix(state)}}, {type: 'confirmed', at, yes: true});
	assert.equal(applying.phase.kind, 'applying');
	const later = run(
		applying,
		{type: 'help-toggled'},
		{type: 'export-requested', at},
		{
			type: 'session',
			event: {
				type: 'command-finished',
				at,
				title: 'Apply',
				argv: ['go', 'env', '-w', 'GOPROXY=x'],
				exitCode: 0,
				timedOut: false,
				durationMs: 3,
				output: '',
			},
		},
	);
	assert.equal(later.phase, applying.phase);
	assert.equal(later.log.at(-1)?.kind, 'command', 'the command the fix ran is shown');
});

test('an advice-only fix shows its instructions instead of asking to run something', async () => {
	const state = await concludedState();
	const advice: Fix = {
		id: 'shell-proxy',
		title: 'Unset HTTPS_PROXY',
		kind: 'shell',
		shell: ['unset HTTPS_PROXY'],
		scope: 'session',
		weakensSecurity: false,
	};
	const withAdvice: WizardState = {...state, session: {...state.session, conclusion: {...state.session.conclusion!, fixes: [advice]}}};
	const next = reduceWizard(withAdvice, {type: 'picked', at, choice: {kind: 'fix', fix: advice}});
	assert.equal(next.phase.kind, 'choosing');
	assert.deepEqual(next.log.at(-1), {kind: 'instructions', fix: advice});
});

test('a fix outcome is recorded once: by the action when it records it, else by the wizard', async () => {
	const state = await concludedState();
	const applying = run(state, {type: 'picked', at, choice: {kind: 'fix', fix: firstFix(state)}}, {type: 'confirmed', at, yes: true});
	const fixEntries = (next: WizardState) => next.session.transcript.filter((entry) => entry.kind === 'fix');
	const outcome = {status: 'shadowed', summary: 'GOPROXY is set in your environment', shellLines: ['export GOPROXY=x']} as const;
	assert.deepEqual(
		fixEntries(reduceWizard(applying, {type: 'fix-returned', at, outcome, record: true})).map((entry) =>
			entry.kind === 'fix' ? entry.status : '',
		),
		['shadowed'],
	);
	assert.equal(fixEntries(reduceWizard(applying, {type: 'fix-returned', at, outcome, record: false})).length, 0);
});

test('a fix that throws is reported as failed and can still be undone', async () => {
	const state = await concludedState();
	const next = run(
		state,
		{type: 'picked', at, choice: {kind: 'fix', fix: firstFix(state)}},
		{type: 'confirmed', at, yes: true},
		{type: 'fix-failed', at, message: 'journal is locked'},
	);
	assert.equal(next.phase.kind, 'result');
	assert.equal(next.log.at(-1)?.kind, 'fix-crashed');
	assert.deepEqual(
		menuOf(next.phase, []).map((choice) => choice.kind),
		['another', 'export', 'undo', 'quit'],
		'whether anything changed is unknown: the journal may hold it, so the undo is offered, never as the default',
	);
});

test('the exit code: 2 without a conclusion, 1 while the problem stays, 0 after a fix that works', async () => {
	const diagnosing = initialWizardState({session: initialSession({startedAt: at, dir: '/d', toolVersion: '0.1.0'})});
	assert.equal(wizardResult(run(diagnosing, {type: 'quit', at})).exitCode, 2);

	const state = await concludedState();
	assert.equal(wizardResult(state).exitCode, 1);
	const fix = firstFix(state);
	// A second fix for the changes after the first: the one in effect is not offered again.
	const other = state.session.conclusion!.fixes.find((candidate) => candidate.id !== fix.id)!;
	const apply = (from: WizardState, status: 'fixed' | 'not-fixed' | 'shadowed' | 'failed') =>
		run(
			from.phase.kind === 'result' ? reduceWizard(from, {type: 'picked', at, choice: {kind: 'another'}}) : from,
			{type: 'picked', at, choice: {kind: 'fix', fix: from.phase.kind === 'result' ? other : fix}},
			{type: 'confirmed', at, yes: true},
			{type: 'fix-returned', at, outcome: {status, summary: status}, record: true},
		);
	const fixed = apply(state, 'fixed');
	assert.equal(wizardResult(fixed).exitCode, 0);
	assert.equal(wizardResult(apply(fixed, 'shadowed')).exitCode, 0, 'a change that did not take effect leaves the fix in place');
	assert.equal(wizardResult(apply(fixed, 'not-fixed')).exitCode, 1, 'the last change that took effect broke it again');
	const asked = run(fixed, {type: 'picked', at, choice: {kind: 'undo'}});
	assert.equal(asked.phase.kind, 'confirming-undo', 'the undo asks its own y/N');
	assert.equal(run(asked, {type: 'undo-confirmed', at, yes: false}).phase.kind, 'result', 'no: back to the menu, nothing undone');
	const undone = run(
		asked,
		{type: 'undo-confirmed', at, yes: true},
		{type: 'undo-returned', at, outcome: {ok: true, summary: 'restored', nothingToUndo: false}, record: true},
	);
	assert.equal(wizardResult(undone).exitCode, 1);
	assert.deepEqual(
		menuOf(undone.phase, []).map((choice) => choice.kind),
		['another', 'export', 'quit'],
	);
});

test('answers.yes alone confirms a fix the user picks', async () => {
	const state = await concludedState({yes: true});
	assert.equal(state.phase.kind, 'choosing');
	const next = reduceWizard(state, {type: 'picked', at, choice: {kind: 'fix', fix: firstFix(state)}});
	assert.equal(next.phase.kind, 'applying');
	assert.deepEqual(
		next.session.transcript
			.filter((entry) => entry.kind === 'choice')
			.map((entry) => (entry.kind === 'choice' ? english(entry.answer) : '')),
		['Use http://127.0.0.1:41002 first', 'yes (--yes)'],
	);
});

test('an Enter right after y is part of the answer, at any gap up to 2 s; a later one chooses; no key burst ever undoes', async () => {
	const state = await concludedState();
	const keysAt = (from: WizardState, text: string, ms: number) =>
		reduceWizardWithKeys(from, {type: 'keys', at: new Date(Date.parse(at) + ms).toISOString(), keys: splitText(text)});
	const fixed = {status: 'fixed', summary: 'works', journalId: 'j1'} as const;
	for (const gap of [0, 30, 60, 250, 1000, 1999]) {
		let next = keysAt(state, '1', 0);
		next = keysAt(next, 'y', 10);
		assert.equal(next.phase.kind, 'applying');
		// The fix returns before or after the Enter: either way the Enter does nothing.
		const returned = reduceWizard(next, {type: 'fix-returned', at, outcome: fixed, record: true});
		for (const [label, before] of [
			['during the apply', next],
			['at the result', returned],
		] as const) {
			let after = keysAt(before, '\r', 10 + gap);
			after = after.phase.kind === 'applying' ? reduceWizard(after, {type: 'fix-returned', at, outcome: fixed, record: true}) : after;
			assert.equal(after.phase.kind, 'result', `gap ${gap} ms, ${label}`);
			assert.equal(after.exporting, undefined, `gap ${gap} ms, ${label}: the Enter picked nothing`);
		}
	}

	// Later, Enter takes the highlighted row: the next step, never the undo; Enter again at the undo's question is no.
	let later = reduceWizard(reduceWizardWithKeys(state, {type: 'keys', at, keys: splitText('1y')}), {
		type: 'fix-returned',
		at,
		outcome: fixed,
		record: true,
	});
	later = keysAt(later, '\r', 3000);
	assert.notEqual(later.exporting, undefined, 'Export the transcript');
	later = keysAt(later, '2\r\r\r', 4000);
	assert.equal(later.phase.kind, 'result', 'Undo asked y/N; Enter answered no');
	assert.ok(!later.session.transcript.some((entry) => entry.kind === 'undo'));
});

test('"Try another fix" does not offer again the fix that stands; after an undo it does', async () => {
	const state = await concludedState();
	const fix = firstFix(state);
	const applied = run(
		state,
		{type: 'picked', at, choice: {kind: 'fix', fix}},
		{type: 'confirmed', at, yes: true},
		{type: 'fix-returned', at, outcome: {status: 'fixed', summary: 'works', journalId: 'j1'}, record: true},
	);
	const another = run(applied, {type: 'picked', at, choice: {kind: 'another'}});
	const offered = (from: WizardState) =>
		menuOf(from.phase, from.session.conclusion?.fixes ?? []).flatMap((choice) => (choice.kind === 'fix' ? [choice.fix.id] : []));
	assert.ok(!offered(another).includes(fix.id), 'the fix in effect is not offered again');
	assert.ok(offered(another).length > 0, 'the other fixes are');
	const undone = run(
		applied,
		{type: 'picked', at, choice: {kind: 'undo'}},
		{type: 'undo-confirmed', at, yes: true},
		{type: 'undo-returned', at, outcome: {ok: true, summary: 'restored', nothingToUndo: false}, record: true},
		{type: 'picked', at, choice: {kind: 'another'}},
	);
	assert.ok(offered(undone).includes(fix.id), 'undone: it can be tried again');
});

test('"Try another fix" offers none of the fixes that stand, however many were applied after them', async () => {
	const state = await concludedState();
	const [first, second] = state.session.conclusion?.fixes ?? [];
	assert.ok(first !== undefined && second !== undefined, 'the scenario offers two fixes');
	const apply = (from: WizardState, fix: Fix, journalId: string) =>
		run(
			from,
			{type: 'picked', at, choice: {kind: 'fix', fix}},
			{type: 'confirmed', at, yes: true},
			{type: 'fix-returned', at, outcome: {status: 'fixed', summary: 'works', journalId}, record: true},
		);
	const offered = (from: WizardState) =>
		menuOf(from.phase, from.session.conclusion?.fixes ?? []).flatMap((choice) => (choice.kind === 'fix' ? [choice.fix.id] : []));
	// The first fix, then another, then "Try another fix" again: the first one still stands.
	const twice = run(apply(run(apply(state, first, 'j1'), {type: 'picked', at, choice: {kind: 'another'}}), second, 'j2'), {
		type: 'picked',
		at,
		choice: {kind: 'another'},
	});
	assert.equal(twice.phase.kind, 'choosing');
	assert.deepEqual(offered(twice), [], `both fixes stand: ${offered(twice).join(', ')}`);
	// Undoing the second brings back only the second.
	const applied = apply(run(apply(state, first, 'j1'), {type: 'picked', at, choice: {kind: 'another'}}), second, 'j2');
	const undoneSecond = run(
		applied,
		{type: 'picked', at, choice: {kind: 'undo'}},
		{type: 'undo-confirmed', at, yes: true},
		{type: 'undo-returned', at, outcome: {ok: true, summary: 'restored', nothingToUndo: false}, record: true},
		{type: 'picked', at, choice: {kind: 'another'}},
	);
	assert.deepEqual(offered(undoneSecond), [second.id]);
});
