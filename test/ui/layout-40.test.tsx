/*
The wizard in a terminal 40 columns wide, with a GOPROXY entry far longer than a line: no line of prose is wider than
the terminal, and long tokens (URLs, paths) break only at their separators, never mid-word. A command to copy (the
menu's, the confirmation's `$` line) is never broken: it overflows, and the terminal wraps it softly.
*/
import assert from 'node:assert/strict';
import {test, type TestContext} from 'node:test';
import {textTree} from '../../source/flowcharts/texts.js';
import type {Language} from '../../source/i18n/index.js';
import {displayWidth} from '../../source/i18n/text-width.js';
import {initialSession} from '../../source/session/reduce-session.js';
import {createRedactor} from '../../source/redact/redact.js';
import {App} from '../../source/ui/app.js';
import {ShellLines} from '../../source/ui/fix-result.js';
import {keys, press, render, waitForFrame, type Rendered} from '../helpers/ink.js';
import {proxyDownScenario, scriptedActions} from '../helpers/session-script.js';

const longEntry = 'https://goproxy.corp.example.com/artifactory/api/go/golang-remote';
const goproxy = `${longEntry},http://127.0.0.1:41002,direct`;
const {redact} = createRedactor({});
/** The menu's commands, each on one line. */
const fallback = "go env -w 'GOPROXY=https://goproxy.corp.example.com/artifactory/api/go/golang-remote|http://127.0.0.1:41002|direct'";
const useWorking = 'go env -w GOPROXY=http://127.0.0.1:41002,direct';

async function start(t: TestContext, columns: number, language: Language = 'en'): Promise<Rendered> {
	const scenario = await proxyDownScenario({goproxy});
	const script = scriptedActions({batches: scenario.batches, redact});
	return render(
		t,
		<App
			staticSpinners
			actions={script.actions}
			initialState={initialSession({
				startedAt: '2026-11-25T15:00:00.000Z',
				dir: '/home/dev/src/github.com/example-org/a-module-with-a-long-name',
				module: 'example.com/lab/hello@v1.0.0',
				toolVersion: '0.1.0',
			})}
			toolVersion="0.1.0"
			tree={textTree(language)}
			onExit={() => undefined}
		/>,
		{columns},
	);
}

/**
Asserts that `token` is in `frame` whole, or broken only where wrapTokens may break it: after `/ , | = & ? :` or
before `-` (a break is a line feed and the next line's indentation). `examp` / `le.com` does not match.
*/
function assertUnbroken(frame: string, token: string): void {
	const chars = [...token];
	const pattern = chars
		.map((char, index) => {
			const escaped = char.replaceAll(/[.*+?^${}()|[\]\\/]/g, String.raw`\$&`);
			const before = chars[index - 1];
			const mayBreak = index > 0 && (('/,|=&?:'.includes(before!) && char !== '/') || (char === '-' && before !== '-'));
			if (char === ' ') {
				// A space is a place to break too.
				return String.raw`\s+`;
			}

			return mayBreak ? String.raw`(?:\n *)?${escaped}` : escaped;
		})
		.join('');
	assert.match(frame, new RegExp(pattern), `${token} is split mid-word in:\n${frame}`);
}

function assertFits(ui: Rendered, columns: number, commands: readonly string[] = []): void {
	for (const frame of ui.frames) {
		for (const line of frame.split('\n')) {
			// A command to copy (a `$` line: the menu's, the trace's) overflows rather than break.
			if (commands.includes(line.trim()) || line.trimStart().startsWith('$ ')) {
				continue;
			}

			assert.ok(displayWidth(line) <= columns, `wider than ${columns} columns (${displayWidth(line)}): "${line}"`);
		}
	}
}

test('at 40 columns: prose fits the terminal, URLs break only at separators, commands stay whole on one line', async (t) => {
	const ui = await start(t, 40);
	let frame = await waitForFrame(ui, (text) => text.includes('What now?'));
	// The walk of the long entry: its heading, the version-list URL, the verdict.
	assertUnbroken(frame, longEntry);
	assertUnbroken(frame, 'goproxy.corp.example.com');
	assertUnbroken(frame, 'http://127.0.0.1:41002,http://127.0.0.1:41003');
	assertUnbroken(frame, '/home/dev/src/github.com/example-org/a-module-with-a-long-name');
	// The menu's commands: the highlighted fix's, under it.
	await press(ui.stdin, keys.arrowDown);
	frame = await waitForFrame(ui, (text) => text.includes('❯ 2.'));
	assert.ok(
		frame.split('\n').some((line) => line.trim() === `$ ${fallback}`),
		`the command is on one line, whole:\n${frame}`,
	);

	// The confirm screen of the `|` fix: the exact command, whole, on one line.
	await press(ui.stdin, '2');
	frame = await waitForFrame(ui, (text) => text.includes('[y/N]'));
	const confirm = frame.slice(frame.lastIndexOf('Use `|`'));
	assert.ok(
		confirm.split('\n').some((line) => line.trim() === `$ ${fallback}`),
		`the $ line is whole:\n${confirm}`,
	);

	// The evidence: commands and output lines.
	await press(ui.stdin, 'n');
	frame = await waitForFrame(ui, (text) => text.includes('What now?') && text.includes('Not applied'));
	assertFits(ui, 40, [`$ ${fallback}`, `$ ${useWorking}`]);
});

test('in Chinese at 40 columns: double-width text wraps inside the terminal, and URLs stay whole', async (t) => {
	const ui = await start(t, 40, 'zh');
	await waitForFrame(ui, (text) => text.includes('1.') && text.includes('❯'));
	await press(ui.stdin, keys.arrowDown);
	const frame = await waitForFrame(ui, (text) => text.includes('❯ 2.'));
	assertFits(ui, 40, [`$ ${fallback}`, `$ ${useWorking}`]);
	assertUnbroken(frame, longEntry);
	assert.ok(
		frame.split('\n').some((line) => line.trim() === `$ ${fallback}`),
		frame,
	);
});

test('at 40 columns a line to copy in the log is never broken: it overflows and the terminal wraps it softly', (t) => {
	const line = "export GOPROXY='https://goproxy.corp.example.com/artifactory/api/go/golang-remote,direct'";
	const ui = render(t, <ShellLines lines={[line]} />, {columns: 40});
	assert.ok(ui.lastFrame().split('\n').includes(`  $ ${line}`), ui.lastFrame());
});

test("a check's command in the trace is never broken either: it overflows, whole, on one line", async (t) => {
	const ui = await start(t, 40);
	const frame = await waitForFrame(ui, (text) => text.includes('What now?'));
	const commands = frame.split('\n').filter((line) => line.trimStart().startsWith('$ nc '));
	assert.ok(commands.length > 0, frame);
	// The walk's nc command is wider than the 34 columns right of its indent: whole, not wrapped.
	for (const line of commands) {
		assert.equal(line.trim(), '$ nc -z -v -w 3 goproxy.corp.example.com 443', frame);
	}
});
