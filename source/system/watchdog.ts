/*
What must happen even when this process dies without running any code of its own: a fatal "JavaScript heap out
of memory" abort, or `kill -9`. A small watchdog process (node, started once, only when needed) holds the read end
of a pipe from this one; when the pipe closes without a `done`, this process is gone, and the watchdog

- kills the process groups of the children still running (go, git, openssl s_client), which would otherwise
  go on as orphans (see process-groups.ts);
- puts the terminal back as it was before the wizard set raw mode (`stty` with the settings saved at start),
  and shows the cursor.

A normal exit kills the watchdog first (synchronously, in the `exit` hook), so it never acts after a clean end.
*/
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import type {Writable} from 'node:stream';

/** The watchdog's program: reads `+PID`, `-PID` and `tty SETTINGS` lines on fd 3 and acts when fd 3 closes. */
const program = String.raw`
const {spawnSync} = require('node:child_process');
const {createReadStream} = require('node:fs');
const groups = new Set();
let tty;
let buffer = '';
const input = createReadStream(null, {fd: 3});
input.on('data', (chunk) => {
	buffer += chunk;
	for (let at = buffer.indexOf('\n'); at >= 0; at = buffer.indexOf('\n')) {
		const line = buffer.slice(0, at);
		buffer = buffer.slice(at + 1);
		if (line.startsWith('+')) groups.add(Number(line.slice(1)));
		else if (line.startsWith('-')) groups.delete(Number(line.slice(1)));
		else if (line.startsWith('tty ')) tty = line.slice(4);
	}
});
const act = () => {
	for (const pid of groups) {
		try { process.kill(-pid, 'SIGKILL'); } catch {}
	}
	if (tty !== undefined) {
		spawnSync('stty', [tty], {stdio: ['inherit', 'ignore', 'ignore']});
		process.stdout.write('\u001B[?25h\u001B[0m\n');
	}
	process.exit(0);
};
input.on('end', act);
input.on('error', act);
`;

let watchdog: {readonly child: ChildProcess; readonly pipe: Writable} | undefined;
let terminalWatched = false;

function start(withTerminal: boolean): Writable | undefined {
	if (watchdog !== undefined) {
		return watchdog.pipe;
	}

	try {
		// The terminal's stdin and stdout only when the wizard asks (stty reads the terminal from stdin); otherwise
		// nothing of ours is held open (a test waiting for our stdout to end must not wait for the watchdog).
		const child = spawn(process.execPath, ['-e', program], {
			stdio: [withTerminal ? 'inherit' : 'ignore', withTerminal ? 'inherit' : 'ignore', 'ignore', 'pipe'],
			detached: true,
		});
		const pipe = child.stdio[3] as Writable;
		pipe.on('error', () => {
			// The watchdog died (a kill from outside): nothing to tell it any more.
		});
		child.on('error', () => {
			// No node to run (cannot happen: it is this process's own executable).
		});
		child.unref();
		(pipe as Writable & {unref?: () => void}).unref?.();
		process.on('exit', () => {
			child.kill('SIGKILL');
		});
		watchdog = {child, pipe};
		return pipe;
	} catch {
		return undefined;
	}
}

/** The watchdog kills this child's process group if this process dies first. */
export function watchProcessGroup(pid: number): void {
	start(false)?.write(`+${pid}\n`);
}

/** The group has ended: nothing to kill. */
export function unwatchProcessGroup(pid: number): void {
	watchdog?.pipe.write(`-${pid}\n`);
}

/**
The terminal is put back if this process dies in the wizard: raw mode off (the settings `stty -g` reports now,
before Ink changes them) and the cursor shown. Also on an uncaught exception (the `exit` hook). Call before
the wizard draws anything. Without `stty` the watchdog only shows the cursor.
*/
export function guardTerminal(stdin: NodeJS.ReadStream, stdout: NodeJS.WriteStream): void {
	if (terminalWatched || !stdin.isTTY) {
		return;
	}

	terminalWatched = true;
	const saved = spawnSync('stty', ['-g'], {stdio: [stdin, 'pipe', 'ignore'], encoding: 'utf8', timeout: 2000});
	const settings = saved.status === 0 ? saved.stdout.trim() : 'sane';
	start(true)?.write(`tty ${settings}\n`);
	process.on('exit', () => {
		try {
			if (stdin.isRaw) {
				stdin.setRawMode(false);
			}

			stdout.write('\u001B[?25h');
		} catch {
			// The terminal is gone.
		}
	});
}
