/*
The built CLI (dist/cli.js) in a real pseudo-terminal (tmux: keys with send-keys, the screen with capture-pane),
interrupted the ways a person interrupts it. Run 1: the lab, a fix chosen and confirmed by key, quit: the GOENV
file holds the fix. Run 2: Ctrl-C at the confirmation prompt: the GOENV file is byte for byte as before, the
transcript is written and its path printed, the terminal is back in cooked mode with its cursor, and no child
process is left. Run 3: Ctrl-C while go and the probes run, with the same guarantees.
*/
import assert from 'node:assert/strict';
import {readdir, readFile, rm} from 'node:fs/promises';
import path from 'node:path';
import {test, type TestContext} from 'node:test';
import {setTimeout as sleep} from 'node:timers/promises';
import {launchInTmux, type Pty} from '../helpers/tmux.js';

/**
Starts the built CLI with `args` in a fresh tmux server (110×50), in a new temporary directory (relative paths in
`args` land there); everything is removed when the test ends.
*/
async function launch(t: TestContext, args: readonly string[]): Promise<Pty> {
	return launchInTmux(t, {
		name: 'gomod-doctor-pty',
		args: () => args,
		env: (directory) => ({PATH: process.env['PATH'] ?? '', HOME: directory, TERM: 'xterm-256color', CI: 'false'}),
	});
}

/** Processes whose environment or command line mentions `root` (the lab's HOME and files are under it). */
async function processesUnder(root: string): Promise<string[]> {
	const found: string[] = [];
	for (const pid of (await readdir('/proc')).filter((name) => /^\d+$/.test(name))) {
		const [environ, cmdline] = await Promise.all([
			readFile(`/proc/${pid}/environ`).catch(() => Buffer.alloc(0)),
			readFile(`/proc/${pid}/cmdline`).catch(() => Buffer.alloc(0)),
		]);
		if (environ.includes(root) || cmdline.includes(root)) {
			found.push(`${pid}: ${cmdline.toString().replaceAll('\0', ' ')}`);
		}
	}

	return found;
}

function assertCookedTerminal(stty: string): void {
	assert.match(stty, /(?:^|\s)icanon(?:\s|$)/, `canonical mode is back: ${stty}`);
	assert.match(stty, /(?:^|\s)echo(?:\s|$)/, `echo is back: ${stty}`);
}

/** The lab's root and GOENV file, from the header the wizard draws. */
function labPaths(screen: string): {root: string; goenvFile: string} {
	const goenvFile = /GOENV file: (\/\S+\/goenv\/env)/.exec(screen)?.[1];
	assert.ok(goenvFile, `the header names the GOENV file:\n${screen}`);
	return {goenvFile, root: path.dirname(path.dirname(goenvFile))};
}

test('a real terminal: a confirmed fix changes the GOENV file; Ctrl-C at the prompt of a second run changes nothing and leaves nothing behind', async (t) => {
	// Run 1: diagnose, pick the first fix, confirm it.
	const first = await launch(t, ['lab', 'proxy-down', '--keep', '--transcript-dir', 'transcripts']);
	let screen = await first.screenWith(/What now\?/);
	const lab1 = labPaths(screen);
	t.after(async () => rm(lab1.root, {recursive: true, force: true}));
	const before1 = await readFile(lab1.goenvFile, 'utf8');
	assert.match(before1, /^GOPROXY=(?:ht{2}p:\/{2}127(?:\.0){2}\.1:\d+,){2}direct\nGOSUMDB=of{2}\n$/);
	await first.keys('1');
	screen = await first.screenWith(/Run it\? \[y\/N]/);
	await first.keys('y');
	screen = await first.screenWith(/What next\?/);
	assert.match(screen, /✓ Fixed/);
	const fixed = await readFile(lab1.goenvFile, 'utf8');
	assert.match(fixed, /^GOPROXY=http:\/\/127\.0\.0\.1:\d+,direct\nGOSUMDB=off\n$/, 'the confirmed fix is in the GOENV file');
	await first.keys('q');
	screen = await first.screenWith(/Lab files kept in/);
	assert.match(screen, /Transcript: \S+\.md/);
	assert.match(screen, /Still changed by this session: GOPROXY\. gomod-doctor undo restores it\./);
	assert.equal(await first.exitStatus(), '0');
	assert.equal(await readFile(lab1.goenvFile, 'utf8'), fixed, 'quitting after the fix keeps it');

	// Run 2: a fresh lab; Ctrl-C at the confirmation prompt.
	const second = await launch(t, ['lab', 'proxy-down', '--keep', '--transcript-dir', 'transcripts']);
	screen = await second.screenWith(/What now\?/);
	const lab2 = labPaths(screen);
	t.after(async () => rm(lab2.root, {recursive: true, force: true}));
	const before2 = await readFile(lab2.goenvFile);
	await second.keys('1');
	await second.screenWith(/Run it\? \[y\/N]/);
	await second.keys('C-c');
	screen = await second.screenWith(/Lab files kept in/, 20_000);
	const transcript = /Transcript: (\S+\.md)/.exec(screen)?.[1];
	assert.ok(transcript, `the transcript's path is printed:\n${screen}`);
	assert.doesNotMatch(screen, /Still changed by this session/);
	assert.doesNotMatch(screen, /\n\s+at .+:\d+:\d+/, 'no stack trace');
	assert.equal(await second.exitStatus(), '130', 'Ctrl-C: 130, as a shell reports an interrupt');
	assert.deepEqual(await readFile(lab2.goenvFile), before2, 'the GOENV file is byte for byte as before');
	assertCookedTerminal(await second.sttyAfter());
	assert.equal(await second.cursorVisible(), true, 'the cursor is shown again');
	assert.deepEqual(await processesUnder(lab2.root), [], 'no go, nc, ping or gomod-doctor is left');
	const markdown = await readFile(transcript, 'utf8');
	assert.match(markdown, /refused/);
	assert.match(markdown, /Quit/);
});

test('a real terminal: Ctrl-C while go hangs and the probes run ends them all and saves the transcript so far', async (t) => {
	const run = await launch(t, ['lab', 'proxy-hang', '--keep', '--timeout', '60', '--transcript-dir', 'transcripts']);
	let screen = await run.screenWith(/GOENV file: /);
	const lab = labPaths(screen);
	t.after(async () => rm(lab.root, {recursive: true, force: true}));
	const before = await readFile(lab.goenvFile);
	await run.screenWith(/Reproducing|Reproduce/);
	// Go is now waiting on the entry that never answers (for up to 60 s), and the walks are probing it.
	await sleep(1500);
	assert.ok(
		(await processesUnder(lab.root)).some((line) => /\bgo\b/.test(line)),
		'go is running',
	);
	const interrupted = Date.now();
	await run.keys('C-c');
	screen = await run.screenWith(/Lab files kept in/, 20_000);
	assert.ok(Date.now() - interrupted < 10_000, 'Ctrl-C ends the run at once, not at the deadline');
	const transcript = /Transcript: (\S+\.md)/.exec(screen)?.[1];
	assert.ok(transcript, screen);
	assert.equal(await run.exitStatus(), '130', 'Ctrl-C: 130, as a shell reports an interrupt');
	assertCookedTerminal(await run.sttyAfter());
	assert.equal(await run.cursorVisible(), true);
	assert.deepEqual(await processesUnder(lab.root), [], 'no orphaned go, nc or ping');
	assert.deepEqual(await readFile(lab.goenvFile), before);
	assert.match(await readFile(transcript, 'utf8'), /Interrupted by the user during: the diagnosis/);
});
