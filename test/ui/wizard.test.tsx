/*
The wizard, driven frame by frame with key presses against scripted actions that replay the proxy-down
scenario: what the user sees at each step, and what the session hands back when they quit.
*/
import assert from 'node:assert/strict';
import {test, type TestContext} from 'node:test';
import {textTree} from '../../source/flowcharts/texts.js';
import {initialSession, type SessionState} from '../../source/session/reduce-session.js';
import type {TranscriptEntry} from '../../source/transcript/types.js';
import {createRedactor} from '../../source/redact/redact.js';
import {App, type WizardResult} from '../../source/ui/app.js';
import {deferred, keys, press, render, waitFor, waitForFrame, type Deferred, type Rendered} from '../helpers/ink.js';
import {english} from '../helpers/text.js';
import {
	exportPaths,
	goenvFilePath,
	proxyDownScenario,
	scriptedActions,
	type ProxyDownOptions,
	type ScriptOptions,
	type ScriptedActions,
} from '../helpers/session-script.js';

const {redact} = createRedactor({});
const firstFixCommand = 'go env -w GOPROXY=http://127.0.0.1:41002,direct';
// Shown quoted, as a user can paste it: unquoted, the shell would read the | as a pipe.
const secondFixCommand = "go env -w 'GOPROXY=http://127.0.0.1:41001|http://127.0.0.1:41002|direct'";

function session(): SessionState {
	return initialSession({
		startedAt: '2026-11-25T15:00:00.000Z',
		dir: '/home/dev/hello',
		module: 'example.com/lab/hello@v1.0.0',
		toolVersion: '0.1.0',
	});
}

type Harness = {
	readonly ui: Rendered;
	readonly script: ScriptedActions;
	readonly exits: WizardResult[];
};

async function start(
	t: TestContext,
	options: {
		scenario?: ProxyDownOptions;
		script?: Partial<Omit<ScriptOptions, 'batches'>>;
		answers?: {fix?: string; yes?: boolean};
		columns?: number;
	} = {},
): Promise<Harness> {
	const scenario = await proxyDownScenario(options.scenario);
	const script = scriptedActions({batches: scenario.batches, redact, ...options.script});
	const exits: WizardResult[] = [];
	const ui = render(
		t,
		<App
			staticSpinners
			actions={script.actions}
			initialState={session()}
			toolVersion="0.1.0"
			tree={textTree('en')}
			{...(options.answers === undefined ? {} : {answers: options.answers})}
			onExit={(result) => {
				exits.push(result);
			}}
		/>,
		options.columns === undefined ? {} : {columns: options.columns},
	);
	return {ui, script, exits};
}

/** Lets the scripted diagnosis run to its conclusion and waits for the menu. */
async function concluded(t: TestContext, options: Parameters<typeof start>[1] = {}): Promise<Harness> {
	const harness = await start(t, options);
	await waitForFrame(harness.ui, (frame) => frame.includes('What now?'));
	return harness;
}

function entries(result: WizardResult | undefined, kind: TranscriptEntry['kind']): TranscriptEntry[] {
	return result?.state.transcript.filter((entry) => entry.kind === kind) ?? [];
}

/** The frame with every run of whitespace (line wraps included) as one space, to match text that may wrap. */
function flat(frame: string): string {
	return frame.replaceAll(/\s+/g, ' ');
}

function lineWith(frame: string, text: string): string {
	const line = frame.split('\n').find((candidate) => candidate.includes(text));
	assert.ok(line !== undefined, `no line with ${text} in:\n${frame}`);
	return line;
}

test('the proxy-down session, from the diagnosis to quitting: fix, undo, export', async (t) => {
	const applyGate = deferred();
	const harness = await start(t, {script: {stepwise: true, applyGate}});
	await diagnosisRuns(harness);
	await conclusionShown(harness);
	await fixAppliedThenUndone(harness, applyGate);
	await exportedAndQuit(harness);
});

/** The proxy-down session up to the conclusion: settings, the reproduction, the walks side by side and how each ends. */
async function diagnosisRuns({ui, script}: Harness): Promise<void> {
	// Settings first, each with its source, then the reproduction and the walks running side by side.
	let frame = await waitForFrame(ui, (text) => text.includes('Does 127.0.0.1 resolve?'));
	assert.match(frame, /gomod-doctor 0\.1\.0/);
	assert.match(frame, /go: go1\.26\.8 linux\/amd64/);
	assert.match(lineWith(frame, 'GOPROXY '), /http:\/\/127\.0\.0\.1:41001,http:\/\/127\.0\.0\.1:41002,direct\s+GOENV file/);
	assert.match(lineWith(frame, 'GOSUMDB'), /off\s+GOENV file/);
	assert.match(lineWith(frame, 'GOTOOLCHAIN'), /auto\s+GOROOT go\.env/);
	assert.match(lineWith(frame, 'GONOPROXY'), /\(unset\)\s+default/);
	assert.match(lineWith(frame, 'Reproducing'), /⠋ Reproducing: go mod download -json example\.com\/lab\/hello@v1\.0\.0/);
	// The live area: one line per running walk, with the question it asks now.
	assert.match(frame, /⠋ GOPROXY entry 1 · http:\/\/127\.0\.0\.1:41001: Does 127\.0\.0\.1 resolve\?/);
	assert.match(frame, /⠋ GOPROXY entry 2 · http:\/\/127\.0\.0\.1:41002: Does 127\.0\.0\.1 resolve\?/);
	assert.match(frame, /⠋ Candidate · http:\/\/127\.0\.0\.1:41003: Does 127\.0\.0\.1 resolve\?/);
	assert.doesNotMatch(frame, /What now\?/);

	// The one line that says what failed; the walks move on, still one line each.
	script.advance();
	frame = await waitForFrame(ui, (text) => text.includes('Does 127.0.0.1 answer ping?'));
	assert.match(
		flat(frame),
		/✗ example\.com\/lab\/hello@v1\.0\.0 failed from 127\.0\.0\.1:41001: dial tcp 127\.0\.0\.1:41001: connect: connection refused 87 ms/,
	);
	assert.doesNotMatch(frame, /Reproducing/);
	assert.doesNotMatch(frame, /\$ resolve 127\.0\.0\.1|is an IP address/, 'no trivia: an IP address needs no lookup');

	// The broken entry ends at the port check: its heading, and only the step that failed, with its command and result.
	script.advance();
	script.advance();
	frame = await waitForFrame(ui, (text) => text.includes('✗ GOPROXY entry 1 · http://127.0.0.1:41001'));
	const broken = frame.slice(frame.indexOf('✗ GOPROXY entry 1'));
	assert.match(
		broken,
		/^✗ GOPROXY entry 1 · http:\/\/127\.0\.0\.1:41001\n {2}• Is port 41001 on 127\.0\.0\.1 reachable\?\n {6}\$ nc -z -v -w 3 127\.0\.0\.1 41001\n {6}port 41001 on 127\.0\.0\.1 refuses connections {2}1 ms\n {2}✗ Port 41001 on 127\.0\.0\.1 refuses connections/,
	);
	assert.doesNotMatch(broken, /ping|resolve\?/, 'the steps that passed are not repeated');
	// The walks that pass: one ✓ line each.
	script.advance();
	frame = await waitForFrame(ui, (text) => text.includes('✓ Candidate · http://127.0.0.1:41003'));
	assert.match(frame, /^✓ GOPROXY entry 2 · http:\/\/127\.0\.0\.1:41002$/m);
	assert.match(frame, /^✓ Candidate · http:\/\/127\.0\.0\.1:41003$/m);
	assert.match(frame, /⠋ Concluding/);
	for (const text of ui.frames) {
		assert.doesNotMatch(text, / → [a-z][A-Za-z]+\b|use TLS\? plain/, 'no node ids, no trivia');
	}
}

/** The proxy-down session's conclusion: the verdict in words, the measured proxies and the fixes on the menu. */
async function conclusionShown({ui, script}: Harness): Promise<void> {
	// The conclusion: which entry is broken and how, which proxies work (measured), and the fixes.
	script.advance();
	const frame = await waitForFrame(ui, (text) => text.includes('What now?'));
	// The verdict said once, in words (the category id is for --json), after the measurements and before the menu.
	assert.match(
		flat(frame),
		/Conclusion ✗ GOPROXY entry 1 \(http:\/\/127\.0\.0\.1:41001\) refuses connections; go stops there\. Working: http:\/\/127\.0\.0\.1:41002/,
	);
	assert.doesNotMatch(frame.slice(frame.indexOf('Conclusion')), /refused ·|refused:/);
	assert.match(frame, /^ {2}http:\/\/127\.0\.0\.1:41001 +GOPROXY +✗ refuses connections *$/m, 'the symptom, not the category id');
	assert.match(frame, /^ {2}http:\/\/127\.0\.0\.1:41002 +GOPROXY +✓ healthy +15 ms █{5}$/m);
	assert.match(frame, /^ {2}http:\/\/127\.0\.0\.1:41003 +candidate +✓ healthy +30 ms █{10}$/m);
	assert.match(frame, /❯ 1\. Use http:\/\/127\.0\.0\.1:41002 first\n\s+\$ go env -w GOPROXY=http:\/\/127\.0\.0\.1:41002,direct/);
	assert.match(frame, /2\. Use `\|` so go falls back on any error/);
	assert.match(frame, /3\. Show the evidence\n\s+4\. Export the transcript\n\s+5\. Quit/);
	assert.ok(
		ui.frames.every((text) => text.split('\n').every((line) => [...line].length <= ui.columns)),
		`no line is wider than ${ui.columns} columns`,
	);
}

/** The first fix confirmed and applied (held at the gate while it runs), then undone after its own confirmation. */
async function fixAppliedThenUndone({ui, script}: Harness, applyGate: Deferred<void>): Promise<void> {
	// A digit picks the first fix; the confirmation shows the exact command and runs nothing yet.
	await press(ui.stdin, '1');
	let frame = await waitForFrame(ui, (text) => text.includes('[y/N]'));
	assert.match(frame, /Apply “Use http:\/\/127\.0\.0\.1:41002 first”\?/);
	assert.ok(frame.includes(`$ ${firstFixCommand}`), frame);
	assert.ok(frame.includes(goenvFilePath), frame);
	assert.equal(script.calls.applyFix.length, 0);

	// Y applies it: a spinner while it runs, then the verdict from the outcome.
	await press(ui.stdin, 'y');
	frame = await waitForFrame(ui, (text) => text.includes('Applying'));
	assert.ok(frame.includes(`⠋ Applying: ${firstFixCommand}`), frame);
	// The phase's work starts in an effect, which runs after the frame is written.
	await waitFor(() => script.calls.applyFix.length === 1, 'applyFix');
	assert.equal(script.calls.applyFix[0]?.id, 'goproxy-use-working');
	applyGate.resolve();
	frame = await waitForFrame(ui, (text) => text.includes('What next?'));
	assert.match(frame, /✓ Fixed\n\s+go mod download -json now succeeds/);
	// The default after a fix that works is a step forward; the undo is never the row a stray Enter takes.
	assert.match(frame, /❯ 1\. Export the transcript\n\s+2\. Undo this change/);

	// Undo asks its own y/N (no until answered), then calls the action and says what was restored.
	await press(ui.stdin, '2');
	frame = await waitForFrame(ui, (text) => text.includes('Undo it? [y/N]'));
	assert.match(frame, /Undo “Use http:\/\/127\.0\.0\.1:41002 first”\?/);
	assert.match(frame, /❯ n {2}No, keep the change/);
	assert.equal(script.calls.undo, 0);
	await press(ui.stdin, 'y');
	frame = await waitForFrame(ui, (text) => text.includes('Undone'));
	assert.equal(script.calls.undo, 1);
	assert.match(frame, /↺ Undone: Restored GOPROXY; the GOENV file is byte for byte as before\./);
	assert.doesNotMatch(frame.slice(frame.lastIndexOf('What next?')), /Undo this change/);
}

/** The transcript exported, then quitting: the session handed back with every choice, fix, undo and step. */
async function exportedAndQuit({ui, script, exits}: Harness): Promise<void> {
	// E exports from anywhere and shows both paths.
	await press(ui.stdin, 'e');
	const frame = await waitForFrame(ui, (text) => text.includes(exportPaths.jsonPath));
	assert.ok(frame.includes(`Markdown: ${exportPaths.markdownPath}`), frame);
	assert.equal(script.calls.exports.length, 1);

	// Q quits and hands back the session with the transcript.
	await press(ui.stdin, 'q');
	await waitFor(() => exits.length === 1, 'onExit');
	const result = exits[0];
	assert.deepEqual(result?.exported, exportPaths);
	assert.equal(result?.exitCode, 1, 'the change was undone: the problem is still there');
	const choices = entries(result, 'choice').map((entry) =>
		entry.kind === 'choice' ? `${english(entry.question)} ${english(entry.answer)}` : '',
	);
	assert.deepEqual(choices, [
		'Which remediation? Use http://127.0.0.1:41002 first',
		`Run ${firstFixCommand}? yes`,
		'What next? Undo this change',
		'Undo this change? yes',
		'What next? Quit',
	]);
	const fixes = entries(result, 'fix');
	assert.equal(fixes.length, 1);
	assert.deepEqual(fixes[0]?.kind === 'fix' ? [fixes[0].fixId, fixes[0].status] : [], ['goproxy-use-working', 'applied']);
	assert.equal(entries(result, 'undo').length, 1);
	assert.equal(entries(result, 'step').length, 11, 'every probe that ran is in the transcript');
	assert.ok(
		script.calls.signals.every((signal) => signal.aborted),
		'the work of every phase is aborted once it ended',
	);
}

test('declining the confirmation changes nothing and records the choice', async (t) => {
	const {ui, script, exits} = await concluded(t);
	await press(ui.stdin, '1');
	await waitForFrame(ui, (text) => text.includes('[y/N]'));
	await press(ui.stdin, 'n');
	const frame = await waitForFrame(ui, (text) =>
		flat(text).includes('Not applied: Use http://127.0.0.1:41002 first. Nothing was changed.'),
	);
	assert.match(frame.slice(frame.lastIndexOf('Not applied')), /What now\?/, 'back at the menu');
	assert.equal(script.calls.applyFix.length, 0);

	await press(ui.stdin, '5');
	await waitFor(() => exits.length === 1, 'onExit');
	const choices = entries(exits[0], 'choice').map((entry) => (entry.kind === 'choice' ? english(entry.answer) : ''));
	assert.deepEqual(choices, ['Use http://127.0.0.1:41002 first', 'no', 'Quit']);
	const fixes = entries(exits[0], 'fix');
	assert.deepEqual(
		fixes.map((entry) => (entry.kind === 'fix' ? entry.status : '')),
		['declined'],
	);
	assert.equal(exits[0]?.exitCode, 1);
});

test('Enter at the confirmation means no', async (t) => {
	const {ui, script} = await concluded(t);
	await press(ui.stdin, '1');
	await waitForFrame(ui, (text) => text.includes('[y/N]'));
	await press(ui.stdin, keys.enter);
	await waitForFrame(ui, (text) => text.includes('Not applied'));
	assert.equal(script.calls.applyFix.length, 0);
});

test('a shadowed GOPROXY: the settings mark it, and the result shows the shell line, never "fixed"', async (t) => {
	const shellLine = 'export GOPROXY=http://127.0.0.1:41002,direct';
	const {ui, script} = await concluded(t, {
		scenario: {shadowed: true},
		script: {
			fixOutcome: {
				status: 'shadowed',
				summary: 'GOPROXY is set in your environment, which overrides go env -w: the GOENV file was left as it is (go would not use it).',
				shellLines: [shellLine],
				journalId: 'j-1',
			},
		},
	});
	let frame = ui.lastFrame();
	assert.match(lineWith(frame, 'GOPROXY '), /environment/);
	assert.match(
		flat(frame),
		/shadows the GOENV file value http:\/\/127\.0\.0\.1:41001,http:\/\/127\.0\.0\.1:41002,direct: go env -w cannot change what go sees/,
	);

	await press(ui.stdin, '1');
	await waitForFrame(ui, (text) => text.includes('[y/N]'));
	await press(ui.stdin, 'y');
	frame = await waitForFrame(ui, (text) => text.includes('What next?'));
	assert.equal(script.calls.applyFix.length, 1);
	assert.match(frame, /! Written, but not in effect/);
	assert.match(
		frame,
		new RegExp(String.raw`Change these lines in your shell profile instead:\n\s+\$ ${shellLine.replaceAll('.', String.raw`\.`)}`),
	);
	assert.match(
		frame,
		/❯ 1\. Try another fix\n\s+2\. Export the transcript\n\s+3\. Undo this change/,
		'go env -w did write the file: it can be undone, but that is never the default',
	);
	for (const text of ui.frames) {
		assert.doesNotMatch(text, /fixed/i);
	}
});

test('a fix that does not help says so', async (t) => {
	const {ui} = await concluded(t, {
		script: {fixOutcome: {status: 'not-fixed', summary: 'go still fails: example.com/lab/hello@v1.0.0 failed', journalId: 'j-1'}},
	});
	await press(ui.stdin, '1');
	await waitForFrame(ui, (text) => text.includes('[y/N]'));
	await press(ui.stdin, 'y');
	const frame = await waitForFrame(ui, (text) => text.includes('What next?'));
	assert.match(frame, /✗ Applied, but not fixed\n\s+go still fails: example\.com\/lab\/hello@v1\.0\.0 failed/);
	assert.doesNotMatch(frame, /✓ Fixed/);
});

test('a failed go env -w says nothing was changed and offers no undo', async (t) => {
	const {ui} = await concluded(t, {
		script: {fixOutcome: {status: 'failed', summary: 'go env -w failed; nothing was changed. go said: GOPROXY: invalid'}},
	});
	await press(ui.stdin, '1');
	await waitForFrame(ui, (text) => text.includes('[y/N]'));
	await press(ui.stdin, 'y');
	const frame = await waitForFrame(ui, (text) => text.includes('What next?'));
	assert.match(frame, /✗ Not applied\n\s+go env -w failed; nothing was changed/);
	assert.match(frame, /❯ 1\. Try another fix/);
	assert.doesNotMatch(frame, /Undo this change/);
});

test('an action that records the fix itself is not recorded twice', async (t) => {
	const {ui, exits} = await concluded(t, {script: {recordsItself: true}});
	await press(ui.stdin, '1');
	await waitForFrame(ui, (text) => text.includes('[y/N]'));
	await press(ui.stdin, 'y');
	await waitForFrame(ui, (text) => text.includes('What next?'));
	await press(ui.stdin, '2');
	await waitForFrame(ui, (text) => text.includes('Undo it? [y/N]'));
	await press(ui.stdin, 'y');
	await waitForFrame(ui, (text) => text.includes('Undone'));
	await press(ui.stdin, 'q');
	await waitFor(() => exits.length === 1, 'onExit');
	assert.equal(entries(exits[0], 'fix').length, 1);
	assert.equal(entries(exits[0], 'undo').length, 1);
});

test('the evidence view shows the commands behind the finding', async (t) => {
	const {ui, exits} = await concluded(t);
	await press(ui.stdin, '3');
	const frame = await waitForFrame(ui, (text) => text.includes('Evidence'));
	const evidence = frame.slice(frame.indexOf('Evidence'));
	assert.match(evidence, /^ {2}http:\/\/127\.0\.0\.1:41001$/m);
	// The whole walks are there too, above: every step that says something, without node ids.
	const walks = frame.slice(frame.indexOf('Conclusion'), frame.indexOf('Evidence'));
	assert.match(walks, /^GOPROXY entry 1 · http:\/\/127\.0\.0\.1:41001\n {2}• Does 127\.0\.0\.1 answer ping\?/m);
	assert.match(walks, /^ {2}✓ http:\/\/127\.0\.0\.1:41002 answers/m);
	assert.match(
		evidence,
		/\$ nc -z -v -w 3 127\.0\.0\.1 41001\n\s+port 41001 on 127\.0\.0\.1 refuses connections\s+refused · exit 1 · 1 ms/,
	);
	assert.match(evidence, /nc: connect to 127\.0\.0\.1 port 41001 \(tcp\) failed: Connection refused/);
	assert.match(evidence, /\$ ping -c 1 -W 2 127\.0\.0\.1/);
	assert.match(
		flat(evidence),
		/\$ go mod download -json -{2} (?:example\.com\/lab\/hel{2}o@v1(?:\.0){2} ){2}failed from 127(?:\.0){2}\.1:410{2}1/,
	);
	assert.match(evidence, /What now\?/, 'the menu stays');

	await press(ui.stdin, 'q');
	await waitFor(() => exits.length === 1, 'onExit');
	assert.ok(entries(exits[0], 'choice').some((entry) => entry.kind === 'choice' && english(entry.answer) === 'Show the evidence'));
});

test('arrow down and Enter pick the second item', async (t) => {
	const {ui, script} = await concluded(t);
	await press(ui.stdin, keys.arrowDown);
	await waitForFrame(ui, (text) => text.includes('❯ 2. Use `|`'));
	await press(ui.stdin, keys.enter);
	const frame = await waitForFrame(ui, (text) => text.includes('[y/N]'));
	assert.ok(frame.includes(`$ ${secondFixCommand}`), frame);
	await press(ui.stdin, 'y');
	await waitFor(() => script.calls.applyFix.length === 1, 'applyFix');
	assert.equal(script.calls.applyFix[0]?.id, 'goproxy-fallback-on-error');
});

test('a secret in GOPROXY never reaches the screen', async (t) => {
	const goproxy = 'https://user:s3cret@proxy.corp,http://127.0.0.1:41002,direct';
	const {ui, exits} = await concluded(t, {scenario: {goproxy, env: {HTTPS_PROXY: 'http://bob:hunter22@10.0.0.1:3128'}}});
	assert.match(ui.lastFrame(), /✗ GOPROXY entry 1 · https:\/\/\*\*\*@proxy\.corp/);
	assert.match(ui.lastFrame(), /HTTPS_PROXY\s+http:\/\/\*\*\*@10\.0\.0\.1:3128\s+environment/);
	await press(ui.stdin, '3');
	await waitForFrame(ui, (text) => text.includes('Evidence'));
	await press(ui.stdin, '2');
	await waitForFrame(ui, (text) => text.includes('[y/N]'));
	await press(ui.stdin, 'y');
	await waitForFrame(ui, (text) => text.includes('What next?'));
	await press(ui.stdin, 'q');
	await waitFor(() => exits.length === 1, 'onExit');
	assert.ok(ui.frames.length > 5);
	for (const frame of ui.frames) {
		assert.doesNotMatch(frame, /s3cret|hunter22/);
	}
});

test('answers apply the named fix without a key, and the run ends with its result', async (t) => {
	const {ui, script, exits} = await start(t, {answers: {fix: 'goproxy-use-working', yes: true}});
	await waitFor(() => exits.length === 1, 'onExit without a key');
	assert.equal(script.calls.applyFix.length, 1);
	assert.equal(script.calls.applyFix[0]?.id, 'goproxy-use-working');
	const screen = ui.frames.join('\n');
	assert.match(screen, /✓ Fixed/);
	assert.doesNotMatch(screen, /\[y\/N]/);
	assert.doesNotMatch(ui.lastFrame() ?? '', /What next\?/, 'no menu waits for a key');

	const choices = entries(exits[0], 'choice').map((entry) => (entry.kind === 'choice' ? english(entry.answer) : ''));
	assert.deepEqual(choices, ['Use http://127.0.0.1:41002 first (--fix)', 'yes (--yes)']);
	assert.equal(exits[0]?.exitCode, 0, 'the fix worked');
});

test('answers.fix alone still asks for confirmation; an unknown fix id is reported', async (t) => {
	const asked = await start(t, {answers: {fix: 'goproxy-fallback-on-error'}});
	const frame = await waitForFrame(asked.ui, (text) => text.includes('[y/N]'));
	assert.ok(frame.includes(secondFixCommand), frame);
	assert.equal(asked.script.calls.applyFix.length, 0);

	const unknown = await start(t, {answers: {fix: 'no-such-fix', yes: true}});
	const menu = await waitForFrame(unknown.ui, (text) => text.includes('What now?'));
	assert.match(flat(menu), /--fix no-such-fix is not among the fixes offered \(goproxy-use-working, goproxy-fallback-on-error\)/);
	assert.equal(unknown.script.calls.applyFix.length, 0);
});

test('? opens the help drawn from the key table; Ctrl-C while diagnosing quits with 130 and aborts the work', async (t) => {
	// 80 columns: a render of our own, whose Ink instance tells when Ink itself exits.
	const {ui, script, exits} = await start(t, {script: {stepwise: true}, columns: 80});
	let frame = await waitForFrame(ui, (text) => text.includes('Reproducing'));
	assert.match(frame, /e export · \? help · q\/Ctrl-C quit/);
	await press(ui.stdin, '?');
	frame = await waitForFrame(ui, (text) => text.includes('Keys'));
	assert.match(frame, /│ e\s+export/);
	assert.match(frame, /│ q\/Ctrl-C\s+quit/);
	assert.match(frame, /│ Esc\s+close help/);
	await press(ui.stdin, keys.escape);
	frame = await waitForFrame(ui, (text) => !text.includes('Keys'));
	assert.equal(exits.length, 0, 'Esc closes the help; it does not quit');

	await press(ui.stdin, keys.ctrlC);
	await waitFor(() => exits.length === 1, 'onExit');
	assert.equal(exits[0]?.exitCode, 130, 'Ctrl-C: 130, as a shell reports an interrupt');
	assert.equal(script.calls.signals[0]?.aborted, true);
	assert.equal(await ui.waitUntilExit(), exits[0], 'Ink exits with the same result');
});

test('e while diagnosing exports what is known so far', async (t) => {
	const {ui, script} = await start(t, {script: {stepwise: true}});
	await waitForFrame(ui, (text) => text.includes('Reproducing'));
	await press(ui.stdin, 'e');
	await waitForFrame(ui, (text) => text.includes(exportPaths.markdownPath));
	assert.equal(script.calls.exports.length, 1);
	assert.equal(script.calls.exports[0]?.phase, 'diagnosing');
	assert.equal(script.calls.signals[0]?.aborted, false, 'exporting does not stop the diagnosis');
});

test('at 40 columns every line but a command wraps inside the terminal and the conclusion stays readable', async (t) => {
	const {ui} = await concluded(t, {columns: 40});
	await press(ui.stdin, '1');
	const frame = await waitForFrame(ui, (text) => text.includes('[y/N]'));
	// A command to copy is never broken: it overflows, and the terminal wraps it softly.
	const command = 'go env -w GOPROXY=http://127.0.0.1:41002,direct';
	for (const text of ui.frames) {
		for (const line of text.split('\n')) {
			assert.ok([...line].length <= 40 || [command, `$ ${command}`].includes(line.trim()), `wider than 40 columns: "${line}"`);
		}
	}

	assert.match(flat(frame), /GOPROXY entry 1 \(http:\/\/127\.0\.0\.1:41001\) refuses connections; go stops there\./);
	assert.match(frame, /http:\/\/127\.0\.0\.1:41003\n\s+candidate\s+✓ healthy\s+30 ms/);
});

test('y and Enter in one burst apply the fix once; the Enter picks nothing in the menu that follows', async (t) => {
	const applyGate = deferred();
	const {ui, script} = await concluded(t, {script: {applyGate}});
	await press(ui.stdin, '1');
	await waitForFrame(ui, (text) => text.includes('[y/N]'));
	// One write: the two keys arrive as one input event, as they do when typed within a few milliseconds.
	await press(ui.stdin, 'y\r');
	await waitFor(() => script.calls.applyFix.length === 1, 'applyFix');
	applyGate.resolve();
	const frame = await waitForFrame(ui, (text) => text.includes('What next?'));
	assert.match(frame, /❯ 1\. Export the transcript/);
	await press(ui.stdin, keys.enter);
	await waitFor(() => script.calls.exports.length === 1, 'an Enter typed later takes the highlighted row');
	assert.equal(script.calls.undo, 0);
	assert.equal(script.calls.applyFix.length, 1);
});

test('three arrows in one burst move three rows', async (t) => {
	const {ui} = await concluded(t);
	await press(ui.stdin, keys.arrowUp.repeat(3));
	const frame = await waitForFrame(ui, (text) => text.includes('❯ 3. Show the evidence'));
	assert.doesNotMatch(frame, /❯ 5\./);
});
