/**
The built CLI (dist/cli.js) in a real pseudo-terminal: a fresh tmux server of its own, keys sent with
send-keys, the screen read with capture-pane. After the CLI ends, the shell writes its exit status and the
terminal's mode (`stty -a`) to files, then waits to be killed when the test ends.
*/
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {TestContext} from 'node:test';
import {setTimeout as sleep} from 'node:timers/promises';
import {execa} from 'execa';
import {cliPath} from './cli.js';

/** A CLI running in tmux. */
export type Pty = {
	/** The tmux session (and server socket) name. */
	readonly session: string;
	/** A temporary directory of its own: the CLI's working directory; removed when the test ends. */
	readonly directory: string;
	/** Runs a tmux command on this server; resolves with its output. */
	readonly tmux: (...args: string[]) => Promise<string>;
	readonly keys: (...keys: string[]) => Promise<void>;
	/**
	Polls the screen and its history, lines tmux wrapped joined again (`-J`: a line longer than the terminal is one
	the CLI wrote), until `pattern` matches; throws with the last screen after `timeoutMs`.
	*/
	readonly screenWith: (pattern: RegExp, timeoutMs?: number) => Promise<string>;
	/** The screen and its history with the escape codes kept (`-e`). */
	readonly coloured: () => Promise<string>;
	/** The CLI's exit status, once it has ended (empty if it did not end in time). */
	readonly exitStatus: () => Promise<string>;
	/** The visible screen only (no history), lines as the terminal shows them. */
	readonly visible: () => Promise<string>;
	/** `stty -a` of the terminal after the CLI ended. */
	readonly sttyAfter: () => Promise<string>;
	readonly cursorVisible: () => Promise<boolean>;
};

export type LaunchOptions = {
	/** Names the session and the temporary directory. */
	readonly name: string;
	/** The CLI's arguments; relative paths land in `directory`. */
	readonly args: (directory: string) => readonly string[];
	/** The CLI's whole environment (`env -i`): nothing else reaches it. Undefined values are left out. */
	readonly env: (directory: string) => Readonly<Record<string, string | undefined>>;
	/** @default 110 */
	readonly columns?: number;
	/** @default 50 */
	readonly rows?: number;
	/** Lines the shell prints before the CLI starts (what a user had on screen), each echoed as it is. */
	readonly before?: readonly string[];
	/** Lines of history `screenWith` and `coloured` read. @default 300 */
	readonly history?: number;
};

let sessions = 0;

/** Starts the built CLI in a fresh tmux server (`columns`×50); the server and the directory go when the test ends. */
export async function launchInTmux(t: TestContext, options: LaunchOptions): Promise<Pty> {
	const directory = await mkdtemp(path.join(tmpdir(), `${options.name}-`));
	const session = `${options.name}-${process.pid}-${++sessions}`;
	const tmux = async (...args: string[]) => (await execa('tmux', ['-L', session, ...args], {reject: false, timeout: 10_000})).stdout;
	t.after(async () => {
		await tmux('kill-server');
		await rm(directory, {recursive: true, force: true});
	});
	const quote = (part: string) => `'${part.replaceAll("'", String.raw`'\''`)}'`;
	const variables = Object.entries(options.env(directory)).flatMap(([key, value]) => (value === undefined ? [] : [`${key}=${value}`]));
	const cli = ['env', '-i', ...variables, process.execPath, cliPath, ...options.args(directory)].map((part) => quote(part)).join(' ');
	const command = [...(options.before ?? []).map((line) => `echo ${quote(line)}`), cli].join('; ');
	const status = path.join(directory, 'status');
	const stty = path.join(directory, 'stty');
	const columns = String(options.columns ?? 110);
	await execa(
		'tmux',
		[
			'-L',
			session,
			'new-session',
			'-d',
			'-s',
			session,
			'-c',
			directory,
			'-x',
			columns,
			'-y',
			String(options.rows ?? 50),
			`${command}; echo $? > ${quote(status)}; stty -a > ${quote(stty)}; sleep 60`,
		],
		{timeout: 10_000},
	);
	const history = `-${options.history ?? 300}`;
	const waitForFile = async (file: string) => {
		const deadline = Date.now() + 30_000;
		for (;;) {
			const text = (await readFile(file, 'utf8').catch(() => '')).trim();
			if (text !== '' || Date.now() > deadline) {
				return text;
			}

			await sleep(50);
		}
	};

	return {
		session,
		directory,
		tmux,
		async keys(...keys) {
			await tmux('send-keys', '-t', session, ...keys);
		},
		async screenWith(pattern, timeoutMs = 30_000) {
			const deadline = Date.now() + timeoutMs;
			let screen = '';
			while (Date.now() < deadline) {
				screen = await tmux('capture-pane', '-p', '-J', '-S', history, '-t', session);
				if (pattern.test(screen)) {
					return screen;
				}

				await sleep(100);
			}

			throw new Error(`the screen never showed ${pattern}; it showed:\n${screen}`);
		},
		coloured: async () => tmux('capture-pane', '-p', '-e', '-S', history, '-t', session),
		visible: async () => tmux('capture-pane', '-p', '-t', session),
		exitStatus: async () => waitForFile(status),
		sttyAfter: async () => waitForFile(stty),
		cursorVisible: async () => (await tmux('display-message', '-p', '-t', session, '#{cursor_flag}')).trim() === '1',
	};
}
