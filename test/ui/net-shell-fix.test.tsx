/*
A shell fix in the wizard: the confirmation says the lines are checked by a re-run and change nothing; the result
shows whether go works with them and the lines for the profile; there is nothing to undo, and the problem is still
there when the user quits (exit status 1) until the lines are in the profile.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {Fix} from '../../source/model/report.js';
import {initialSession} from '../../source/session/reduce-session.js';
import type {FixOutcome} from '../../source/session/session-actions.js';
import {createRedactor} from '../../source/redact/redact.js';
import {ConfirmPrompt} from '../../source/ui/confirm-prompt.js';
import {FixResult} from '../../source/ui/fix-result.js';
import {UiContext} from '../../source/ui/ui-context.js';
import {initialWizardState, isRunnable, menuOf, reduceWizard, wizardResult} from '../../source/ui/use-wizard-state.js';
import {splitText} from '../../source/ui/key-press.js';
import {reduceWizardWithKeys} from '../../source/ui/wizard-keys.js';
import {render} from '../helpers/ink.js';

const fix: Fix = {
	id: 'proxy-no-proxy',
	title: 'Send athens direct: add it to NO_PROXY',
	kind: 'shell',
	shell: ['export NO_PROXY=athens', 'export no_proxy=athens'],
	env: {NO_PROXY: 'athens', no_proxy: 'athens'},
	scope: 'session',
	weakensSecurity: false,
};

const fixed: FixOutcome = {
	status: 'fixed',
	summary:
		'With these lines, go mod download -json succeeds with an empty module cache (40 ms). None of your settings was changed: add the lines to your shell profile.',
	shellLines: fix.shell,
	verifiedOnly: true,
};

const ui = {redact: createRedactor({}).redact, staticSpinners: true};

test('the confirmation shows the lines and says they are checked by a re-run, changing nothing', async (t) => {
	const rendered = render(
		t,
		<UiContext.Provider value={ui}>
			<ConfirmPrompt fix={fix} goenvFile="/home/dev/.config/go/env" />
		</UiContext.Provider>,
	);
	const frame = rendered.lastFrame().replaceAll(/\s+/g, ' ');
	assert.match(frame, /export NO_PROXY=athens export no_proxy=athens/);
	assert.match(frame, /Check them\? \[y\/N]/);
	assert.match(frame, /Checks these lines by running go with them \(an empty module cache\); nothing on your machine is changed\./);
	assert.doesNotMatch(frame, /\/home\/dev\/\.config\/go\/env/, 'no GOENV file is written by a shell fix');
	const base = initialWizardState({session: initialSession({startedAt: '2026-11-25T15:00:00.000Z', dir: '/m', toolVersion: 't'})});
	const answered = reduceWizardWithKeys(
		{...base, phase: {kind: 'confirming', fix}},
		{type: 'keys', at: '2026-11-25T15:00:01.000Z', keys: splitText('y')},
	);
	assert.equal(answered.phase.kind, 'applying');
});

test('the result says go works with the lines and shows them for the profile, secrets redacted', (t) => {
	const secret: Fix = {
		...fix,
		id: 'proxy-export',
		shell: ['export HTTPS_PROXY=http://alice:s3cret@proxy.corp:3128'],
		env: {HTTPS_PROXY: 'http://alice:s3cret@proxy.corp:3128'},
	};
	const rendered = render(
		t,
		<UiContext.Provider value={ui}>
			<FixResult fix={secret} outcome={{...fixed, shellLines: secret.shell}} />
		</UiContext.Provider>,
	);
	const frame = rendered.lastFrame();
	// Checked by a re-run, written nowhere: neither "Fixed" nor "Nothing was changed" under a ✓.
	assert.match(frame, /These lines work \(checked; not yet in your shell profile\)/);
	assert.doesNotMatch(frame, /Fixed|Nothing was changed/);
	assert.match(frame, /For your shell profile \(~\/\.bashrc, ~\/\.zshrc, …\):/);
	// The line to copy names what goes there, never the redaction marker.
	assert.match(frame, /export HTTPS_PROXY=http:\/\/USER:TOKEN@proxy\.corp:3128/);
	assert.doesNotMatch(frame, /\*{3}@/);
	assert.doesNotMatch(frame, /s3cret/);
});

test('a shell fix is run after confirmation; afterwards nothing to undo, and the exit status stays 1', () => {
	assert.equal(isRunnable(fix), true);
	assert.equal(isRunnable({...fix, env: {}}), false, 'lines that change nothing cannot be checked');
	const session = {...initialSession({startedAt: '2026-11-25T15:00:00.000Z', dir: '/m', toolVersion: 't'}), phase: 'concluded' as const};
	let state = initialWizardState({
		session: {
			...session,
			conclusion: {
				headline: 'http-proxy',
				verdict: {entries: [], goError: '', goFailed: true},
				findings: [],
				fixes: [fix],
				exitCode: 1,
				health: [],
				notWaitedFor: [],
			},
		},
	});
	state = reduceWizard(state, {type: 'picked', at: '2026-11-25T15:00:01.000Z', choice: {kind: 'fix', fix}});
	assert.equal(state.phase.kind, 'confirming');
	state = reduceWizard(state, {type: 'confirmed', at: '2026-11-25T15:00:02.000Z', yes: true});
	assert.equal(state.phase.kind, 'applying');
	state = reduceWizard(state, {type: 'fix-returned', at: '2026-11-25T15:00:03.000Z', outcome: fixed, record: true});
	assert.equal(state.phase.kind, 'result');
	assert.deepEqual(
		menuOf(state.phase, [fix]).map((choice) => choice.kind),
		['export', 'another', 'quit'],
	);
	assert.equal(wizardResult(state).exitCode, 1);
});
