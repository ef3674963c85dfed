/*
The wizard's screens for command fixes: the confirm screen shows the exact command and whether it can be undone,
the result shows what the command changed in go.mod and go.sum, and after a fix that works go mod tidy -v is
offered next.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {goCleanModcacheFix, goModTidyFix} from '../../source/fixes/fix-module.js';
import {fileDiff} from '../../source/model/line-diff.js';
import type {FixOutcome} from '../../source/session/session-actions.js';
import {ConfirmPrompt} from '../../source/ui/confirm-prompt.js';
import {FixResult} from '../../source/ui/fix-result.js';
import {initialSession} from '../../source/session/reduce-session.js';
import {commandOf, initialWizardState, menuOf, reduceWizard} from '../../source/ui/use-wizard-state.js';
import {keys, press, render, waitForFrame} from '../helpers/ink.js';

test('confirming go mod tidy -v: the exact command, and that go.mod and go.sum are copied for undo; y applies', async (t) => {
	let answer: boolean | undefined;
	const rendered = render(t, <ConfirmPrompt fix={goModTidyFix()} onAnswer={(yes) => (answer = yes)} />);
	const frame = await waitForFrame(rendered, (text) => text.includes('go mod tidy -v'));
	assert.match(frame, /Tidy go\.mod and go\.sum/);
	assert.match(frame, /go\.mod and go\.sum are copied into the journal first/);
	await press(rendered.stdin, 'y');
	assert.equal(answer, true);
});

test('confirming go clean -modcache: its size in the title, and plainly that it cannot be undone; Enter declines', async (t) => {
	let answer: boolean | undefined;
	const rendered = render(t, <ConfirmPrompt fix={goCleanModcacheFix('/home/u/go/pkg/mod', '1.2 GB')} onAnswer={(yes) => (answer = yes)} />);
	const frame = await waitForFrame(rendered, (text) => text.includes('go clean -modcache'));
	assert.match(frame, /1\.2 GB/);
	assert.match(frame, /This cannot be undone/);
	await press(rendered.stdin, keys.enter);
	assert.equal(answer, false);
});

test('the result of go mod tidy shows its diff of go.sum; a command that changed nothing says so', async (t) => {
	const outcome: FixOutcome = {
		status: 'fixed',
		summary: 'go mod download -json now succeeds with an empty module cache (12 ms).',
		undo: 'files',
		diffs: [fileDiff('go.sum', 'example.com/lab/greet v1.2.0/go.mod h1:U=\n', 'example.com/lab/greet v1.2.0 h1:8b=\nexample.com/lab/greet v1.2.0/go.mod h1:U=\n')],
	};
	const rendered = render(t, <FixResult fix={goModTidyFix()} outcome={outcome} />);
	const frame = await waitForFrame(rendered, (text) => text.includes('go.sum: +1'));
	assert.match(frame, /\+ example\.com\/lab\/greet v1\.2\.0 h1:8b=/);
	assert.match(frame, / {2}example\.com\/lab\/greet v1\.2\.0\/go\.mod h1:U=/);
	const unchanged = render(t, <FixResult fix={goModTidyFix()} outcome={{...outcome, diffs: []}} />);
	await waitForFrame(unchanged, (text) => text.includes('go.mod and go.sum are unchanged'));
});

test('after a fix that works, go mod tidy -v is offered after Undo; a command that cannot be undone offers no undo', () => {
	const tidy = goModTidyFix();
	const fixed: FixOutcome = {status: 'fixed', summary: '', journalId: 'j1', undo: 'files', followUps: [tidy]};
	const fix = goCleanModcacheFix('/c', '1 KB');
	assert.deepEqual(
		menuOf({kind: 'result', fix, outcome: fixed}, []).map((choice) => (choice.kind === 'fix' ? choice.fix.id : choice.kind)),
		['undo', 'go-mod-tidy', 'export', 'another', 'quit'],
	);
	assert.deepEqual(
		menuOf({kind: 'result', fix, outcome: {status: 'fixed', summary: '', undo: 'none'}}, []).map((choice) => choice.kind),
		['export', 'another', 'quit'],
	);
});

test('picking the offered go mod tidy -v asks for confirmation with its command', () => {
	const tidy = goModTidyFix();
	const fix = goCleanModcacheFix('/c', '1 KB');
	const base = initialWizardState({session: initialSession({startedAt: '2026-11-25T15:02:00.000Z', dir: '/home/dev/hello', toolVersion: '0.1.0'})});
	const state = {...base, phase: {kind: 'result', fix, outcome: {status: 'fixed', summary: '', undo: 'none', followUps: [tidy]}} as const};
	const next = reduceWizard(state, {type: 'picked', at: '2026-11-25T15:03:00.000Z', choice: {kind: 'fix', fix: tidy}});
	assert.deepEqual(next.phase, {kind: 'confirming', fix: tidy});
	assert.equal(commandOf(tidy), 'go mod tidy -v');
});
