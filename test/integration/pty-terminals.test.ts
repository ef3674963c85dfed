/*
The built CLI (dist/cli.js) in real pseudo-terminals of different kinds (tmux: keys with send-keys, the screen
with capture-pane, `-e` to keep the escape codes), on one lab (proxy-down) started here and shared:

- NO_COLOR: the live wizard draws without a single colour code (and with colours when it is not set);
- TERM=dumb: a terminal that cannot move the cursor gets no wizard but the plain diagnose report (a note on
  stderr, no escape code, exit 1 for the problem found, the terminal left in cooked mode);
- a resize to 40 columns mid-session: the live region is drawn again at 40 columns, long commands break at
  their separators, and the keys still work;
- an unreadable change journal: the notice at the start says so instead of saying nothing.

No test applies a fix: the lab's GOENV file stays as it is for the others.
*/
import assert from 'node:assert/strict';
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, before, test, type TestContext} from 'node:test';
import {setTimeout as sleep} from 'node:timers/promises';
import {execa} from 'execa';
import {displayWidth} from '../../source/i18n/text-width.js';
import {startLab, type Lab} from '../../source/lab/start-lab.js';
import {launchInTmux, type Pty} from '../helpers/tmux.js';

let lab: Lab;

before(async () => {
	lab = await startLab('proxy-down');
});

after(async () => {
	await lab.close();
});

/**
Starts the wizard on the lab in a fresh tmux server (`columns` wide), with the lab's environment plus `env`
(later wins), and no CI variable at all (CI=false would also turn chalk's colours off).
*/
async function launch(t: TestContext, env: Record<string, string>, columns = 110): Promise<Pty> {
	return launchInTmux(t, {
		name: 'gomod-doctor-pty-terminals',
		args: (directory) => ['--dir', lab.dir, '--transcript-dir', path.join(directory, 'transcripts')],
		env: () => ({...lab.env, TERM: 'xterm-256color', ...env, CI: undefined}),
		columns,
		history: 400,
	});
}

/** SGR codes that set a colour (foreground 30–37, 90–97, 38;…; background 40–47, 100–107, 48;…). tmux's own resets (39, 49) are not colours. */
function colourCodes(screen: string): string[] {
	return [...screen.matchAll(/\u001B\[([\d;]*)m/g)].flatMap(([code, parameters = '']) =>
		parameters.split(';').some((parameter) => /^(?:3[0-8]|9[0-7]|4[0-8]|10[0-7])$/.test(parameter)) ? [code] : [],
	);
}

function assertCookedTerminal(stty: string): void {
	assert.match(stty, /(?:^|\s)icanon(?:\s|$)/, `canonical mode is back: ${stty}`);
	assert.match(stty, /(?:^|\s)echo(?:\s|$)/, `echo is back: ${stty}`);
}

test('NO_COLOR: the live wizard draws without colour codes; without it, in the same terminal, with them', async (t) => {
	const plain = await launch(t, {NO_COLOR: '1'});
	await plain.screenWith(/What now\?/);
	const plainScreen = await plain.coloured();
	assert.match(plainScreen, /✗ GOPROXY entry 1 · http:\/\/127\.0\.0\.1:\d+/, 'the symbols carry the verdicts without colour');
	assert.deepEqual(colourCodes(plainScreen), [], plainScreen);
	await plain.keys('q');
	assert.equal(await plain.exitStatus(), '1');

	const coloured = await launch(t, {});
	await coloured.screenWith(/What now\?/);
	assert.notDeepEqual(colourCodes(await coloured.coloured()), [], 'the control: colours are drawn when NO_COLOR is not set');
	await coloured.keys('q');
	assert.equal(await coloured.exitStatus(), '1');
});

test('TERM=dumb on a real terminal: no wizard, the plain diagnose report, no escape codes, exit 1, cooked mode', async (t) => {
	const dumb = await launch(t, {TERM: 'dumb'});
	const status = await dumb.exitStatus();
	const screen = await dumb.screenWith(/Took [\d.]+ m?s\./);
	assert.equal(status, '1', 'a problem was found');
	assert.match(screen, /no terminal here \(or TERM=dumb\), so no wizard: printing the diagnose report instead/);
	assert.match(screen, /Conclusion: GOPROXY entry 1 \(http:\/\/127\.0\.0\.1:\d+\)/);
	assert.doesNotMatch(screen, /What now\?/, 'no menu waits for keys');

	assert.doesNotMatch(await dumb.coloured(), /\u001B/, 'not one escape code: no colour, no cursor movement');
	assertCookedTerminal(await dumb.sttyAfter());
});

test('resized to 40 columns mid-session: the live region is drawn again at 40, commands stay whole (the terminal wraps them softly), the keys still work', async (t) => {
	const pty = await launch(t, {}, 110);
	let screen = await pty.screenWith(/What now\?/);
	const port = /1\. Use http:\/\/127\.0\.0\.1:(\d+) first/.exec(screen)?.[1];
	assert.ok(port, screen);
	const command = `go env -w GOPROXY=http://127.0.0.1:${port},direct`;
	assert.match(screen, new RegExp(command.replaceAll(/[.*+?/]/g, String.raw`\$&`)), 'at 110 columns the command is on one line');

	await pty.tmux('resize-window', '-t', pty.session, '-x', '40', '-y', '50');
	// The menu drawn again at 40 columns: its command is never broken by the CLI; it overflows, and the terminal wraps
	// it softly (the capture joins those wraps again). Wait for the whole redraw, not a half-drawn screen.
	screen = await pty.screenWith(/What now\?[\s\S]*\n {5}\$ go env -w GOPROXY=http:\/\/127\.0\.0\.1:\d+,direct\n[\s\S]*quit/);
	const menu = screen.slice(screen.lastIndexOf('What now?'));
	assert.ok(menu.split('\n').includes(`     $ ${command}`), menu);
	for (const line of menu.split('\n')) {
		assert.ok(displayWidth(line) <= 40 || line.trim() === `$ ${command}`, `a line the CLI wrote wider than the terminal: "${line}"`);
	}

	// A new screen after the resize: the confirmation, at 40 columns.
	await pty.keys('1');
	screen = await pty.screenWith(/Run it\? \[y\/N]/);
	const confirm = screen.slice(screen.lastIndexOf('Apply “'));
	assert.ok(confirm.split('\n').includes(`  $ ${command}`), `the $ line is whole:\n${confirm}`);
	for (const line of confirm.split('\n')) {
		assert.ok(displayWidth(line) <= 40 || line.trim() === `$ ${command}`, `wider than the terminal: "${line}"`);
	}

	await pty.keys('n');
	await pty.screenWith(/Not applied: [\s\S]*What now\?/);
	await pty.keys('q');
	assert.equal(await pty.exitStatus(), '1', 'nothing was changed, the problem is still there');
	assertCookedTerminal(await pty.sttyAfter());
});

test('an unreadable change journal: the wizard says so at the start instead of saying nothing', async (t) => {
	const state = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-pty-journal-'));
	t.after(async () => rm(state, {recursive: true, force: true}));
	await mkdir(state, {recursive: true});
	await writeFile(path.join(state, 'journal.json'), '{"version": 1, "entries": [', {mode: 0o600});
	const pty = await launch(t, {GOMOD_DOCTOR_STATE_DIR: state});
	const screen = (await pty.screenWith(/What now\?/)).replaceAll(/\s+/g, ' ');
	assert.match(
		screen,
		new RegExp(
			String.raw`! The change journal could not be read: the journal ${state.replaceAll(/[.*+?/]/g, String.raw`\$&`)}/journal\.json is not valid JSON`,
		),
	);
	assert.match(screen, /no fix is applied while it cannot be read/);
	assert.doesNotMatch(screen, /Undo the earlier changes/, 'nothing to offer: what the journal holds is unknown');
	await pty.keys('q');
	assert.equal(await pty.exitStatus(), '1');
	// The journal is left as it was: gomod-doctor never overwrites what it cannot read.
	assert.equal(await readFile(path.join(state, 'journal.json'), 'utf8'), '{"version": 1, "entries": [');
});

test('killed with SIGKILL mid-session (as an out-of-memory abort ends it): the watchdog puts the terminal back in cooked mode and shows the cursor', async (t) => {
	const pty = await launch(t, {});
	await pty.screenWith(/What now\?/);
	const panePid = (await pty.tmux('display-message', '-p', '-t', pty.session, '#{pane_pid}')).trim();
	const {stdout} = await execa('ps', ['-o', 'pid=', '--ppid', panePid]);
	const cli = Number(stdout.trim().split(/\s+/)[0]);
	assert.ok(cli > 0, `the CLI's pid under the pane's shell ${panePid}: ${stdout}`);
	process.kill(cli, 'SIGKILL');
	assert.equal(await pty.exitStatus(), '137');
	// The watchdog acts a moment after the kill, perhaps after the shell's own `stty -a`: the pane's terminal is read
	// again until it is back (or five seconds have passed).
	const paneTty = (await pty.tmux('display-message', '-p', '-t', pty.session, '#{pane_tty}')).trim();
	const deadline = Date.now() + 5000;
	let stty = '';

	while (
		!(/(?:^|\s)icanon(?:\s|$)/.test((stty = (await execa('stty', ['-a', '-F', paneTty])).stdout)) && (await pty.cursorVisible())) &&
		Date.now() < deadline
	) {
		await sleep(50);
	}

	assertCookedTerminal(stty);
	assert.ok(await pty.cursorVisible(), 'the cursor is shown again');
});
