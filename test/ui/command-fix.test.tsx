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
import {reduceWizardWithKeys} from '../../source/ui/wizard-keys.js';
import {splitText} from '../../source/ui/key-press.js';
import {render, waitForFrame} from '../helpers/ink.js';

/** The wizard confirming `fix`, after the user picked it. */
function confirming(fix: ReturnType<typeof goModTidyFix>) {
	const base = initialWizardState({
		session: initialSession({startedAt: '2026-11-25T15:02:00.000Z', dir: '/home/dev/hello', toolVersion: '0.1.0'}),
	});
	return {...base, phase: {kind: 'confirming', fix} as const};
}

/** `typed` as the wizard's reducer takes it, at `at`. */
function typed(state: ReturnType<typeof confirming>, text: string, at = '2026-11-25T15:03:00.000Z') {
	return reduceWizardWithKeys(state, {type: 'keys', at, keys: splitText(text)});
}

test('confirming go mod tidy -v: the exact command, and that go.mod and go.sum are copied for undo; y applies', async (t) => {
	const rendered = render(t, <ConfirmPrompt fix={goModTidyFix()} />);
	const frame = await waitForFrame(rendered, (text) => text.includes('go mod tidy -v'));
	assert.match(frame, /Tidy go\.mod and go\.sum/);
	assert.match(frame, /go\.mod and go\.sum are copied into the journal first/);
	assert.match(frame, /❯ n {2}No, go back/, 'the highlighted answer is no');
	assert.equal(typed(confirming(goModTidyFix()), 'y').phase.kind, 'applying');
});

test('confirming go clean -modcache: its size in the title, and plainly that it cannot be undone; Enter declines', async (t) => {
	const fix = goCleanModcacheFix('/home/u/go/pkg/mod', '1.2 GB');
	const rendered = render(t, <ConfirmPrompt fix={fix} />);
	const frame = await waitForFrame(rendered, (text) => text.includes('go clean -modcache'));
	assert.match(frame, /1\.2 GB/);
	assert.match(frame, /This cannot be undone/);
	const declined = typed(confirming(fix), '\r');
	assert.equal(declined.phase.kind, 'choosing');
	assert.equal(declined.log.at(-1)?.kind, 'declined');
});

test('the result of go mod tidy shows its diff of go.sum; a command that changed nothing says so', async (t) => {
	const outcome: FixOutcome = {
		status: 'fixed',
		summary: 'go mod download -json now succeeds with an empty module cache (12 ms).',
		undo: 'files',
		diffs: [
			fileDiff(
				'go.sum',
				'example.com/lab/greet v1.2.0/go.mod h1:U=\n',
				'example.com/lab/greet v1.2.0 h1:8b=\nexample.com/lab/greet v1.2.0/go.mod h1:U=\n',
			),
		],
	};
	const rendered = render(t, <FixResult fix={goModTidyFix()} outcome={outcome} />);
	const frame = await waitForFrame(rendered, (text) => text.includes('go.sum: +1'));
	assert.match(frame, /\+ example\.com\/lab\/greet v1\.2\.0 h1:8b=/);
	assert.match(frame, / {2}example\.com\/lab\/greet v1\.2\.0\/go\.mod h1:U=/);
	const unchanged = render(t, <FixResult fix={goModTidyFix()} outcome={{...outcome, diffs: []}} />);
	await waitForFrame(unchanged, (text) => text.includes('go.mod and go.sum are unchanged'));
});

test('after a fix that works, go mod tidy -v comes first and Undo never is; a command that cannot be undone offers no undo', () => {
	const tidy = goModTidyFix();
	const fixed: FixOutcome = {status: 'fixed', summary: '', journalId: 'j1', undo: 'files', followUps: [tidy]};
	const fix = goCleanModcacheFix('/c', '1 KB');
	assert.deepEqual(
		menuOf({kind: 'result', fix, outcome: fixed}, []).map((choice) => (choice.kind === 'fix' ? choice.fix.id : choice.kind)),
		['go-mod-tidy', 'export', 'undo', 'another', 'quit'],
	);
	assert.deepEqual(
		menuOf({kind: 'result', fix, outcome: {status: 'fixed', summary: '', undo: 'none'}}, []).map((choice) => choice.kind),
		['export', 'another', 'quit'],
	);
});

test('picking the offered go mod tidy -v asks for confirmation with its command', () => {
	const tidy = goModTidyFix();
	const fix = goCleanModcacheFix('/c', '1 KB');
	const base = initialWizardState({
		session: initialSession({startedAt: '2026-11-25T15:02:00.000Z', dir: '/home/dev/hello', toolVersion: '0.1.0'}),
	});
	const state = {...base, phase: {kind: 'result', fix, outcome: {status: 'fixed', summary: '', undo: 'none', followUps: [tidy]}} as const};
	const next = reduceWizard(state, {type: 'picked', at: '2026-11-25T15:03:00.000Z', choice: {kind: 'fix', fix: tidy}});
	assert.deepEqual(next.phase, {kind: 'confirming', fix: tidy});
	assert.equal(commandOf(tidy), 'go mod tidy -v');
});

test('a command that sets variables for its run is shown with them, as a shell runs it', () => {
	const fix = {
		id: 'verification-off-repro',
		title: 'Reproduce once with verification off',
		kind: 'command',
		argv: ['go', 'mod', 'download', '-json', 'example.com/a@v1.0.0'],
		env: {GOSUMDB: 'off', GOFLAGS: '-mod=mod'},
		scope: 'session',
		weakensSecurity: true,
	} as const;
	assert.equal(commandOf(fix), 'GOSUMDB=off GOFLAGS=-mod=mod go mod download -json example.com/a@v1.0.0');
});
