import {readFile, stat} from 'node:fs/promises';
import {performance} from 'node:perf_hooks';
import {execa} from 'execa';
import {formatDuration} from '../model/format.js';
import {signalProcessGroup, trackProcessGroup, untrackProcessGroup} from './process-groups.js';
import type {CommandResult, CommandRunner, CommandSpec, Environment} from './types.js';

/** Bytes of each stream kept in a result: the first half and the last half; the middle is dropped. */
export const outputCapBytes = 4 * 1024 * 1024;

/**
The most memory (resident set) a child may use before it is killed: go reading an endless body or a gzip bomb from
a hostile server reached 3.9 GB within the deadline. `GOMOD_DOCTOR_CHILD_MEMORY_MB` lowers or raises it.
*/
export const defaultChildMemoryBytes = 1024 * 1024 * 1024;

/** How often a child's resident set is read (Linux, /proc). */
const memoryPollMs = 200;

/** After SIGTERM, how long a child's process group has before SIGKILL. */
export const forceKillAfterMs = 2000;

/** How every command is started. */
function spawnOptions(spec: CommandSpec) {
	return {
		env: buildEnvironment(spec),
		extendEnv: false,
		cwd: spec.cwd,
		reject: false,
		// Its own process group, so that a deadline reaches the grandchildren too (see process-groups.ts);
		// also a new session without a controlling terminal, so nothing can stop to prompt on the TTY.
		detached: true,
		cleanup: false,
		...(spec.input === undefined ? {stdin: 'ignore' as const} : {input: spec.input}),
		buffer: false,
		windowsHide: true,
	} as const;
}

/** On Linux, polls the process's resident memory and calls `exceeded` when it is over `limit`. */
function watchMemory(pid: number, limit: number, exceeded: () => void): NodeJS.Timeout | undefined {
	if (process.platform !== 'linux') {
		return undefined;
	}

	const watch = setInterval(() => {
		void residentBytes(pid).then((bytes) => {
			if (bytes !== undefined && bytes > limit) {
				exceeded();
			}
		});
	}, memoryPollMs);
	watch.unref();
	return watch;
}

type NotRunFlags = {missing?: boolean; canceled?: boolean};

/** The result of a command that did not run: no exit code, no output, and why. */
function notRunResult(argv: readonly string[], durationMs: number, errorMessage: string, flags: NotRunFlags): CommandResult {
	return {
		argv,
		exitCode: undefined,
		stdout: '',
		stderr: '',
		timedOut: false,
		canceled: flags.canceled ?? false,
		missing: flags.missing ?? false,
		durationMs,
		errorMessage,
	};
}

/** Why a command that got no process did not start: a missing working directory or command, or what Node said. */
async function whyNotStarted(
	spec: CommandSpec,
	code: string | undefined,
	message: string | undefined,
): Promise<{message: string; flags: NotRunFlags}> {
	if (code === 'ENOENT') {
		// Node reports a missing working directory as ENOENT too.
		if (spec.cwd !== undefined && !(await isDirectory(spec.cwd))) {
			return {message: `working directory ${spec.cwd} does not exist`, flags: {}};
		}

		return {message: `${spec.file}: command not found`, flags: {missing: true}};
	}

	return {message: `could not start ${spec.file}: ${message ?? code ?? 'unknown error'}`, flags: {}};
}

/** What ended a command that ran, when it was not its own exit: the memory bound, the deadline, a cancel or a signal. */
function endMessage(
	ended: {memoryExceeded: boolean; timedOut: boolean; canceled: boolean; signal: string | undefined},
	timeoutMs: number,
	memoryLimit: number,
): string | undefined {
	if (ended.memoryExceeded) {
		return `used more than ${Math.round(memoryLimit / 1024 / 1024)} MB of memory and was killed`;
	}

	if (ended.timedOut) {
		return `timed out after ${formatDuration(timeoutMs)} and was killed`;
	}

	if (ended.canceled) {
		return 'canceled';
	}

	return ended.signal === undefined ? undefined : `killed by ${ended.signal}`;
}

/**
The one place that starts processes. Runs `spec.file` with an argument array (never a shell) in exactly
`spec.env`, in its own process group, under a hard deadline. Never throws: a failing, missing, timed-out or
canceled command is described by the result.

Output is decoded as UTF-8 with one final newline stripped (as execa does). Output beyond `outputCapBytes`
per stream is not an error: the middle is dropped and a marker line says how much.
*/
export const runCommand: CommandRunner = async (spec) => {
	const start = performance.now();
	const argv = [spec.file, ...spec.args];
	const elapsed = () => Math.round(performance.now() - start);
	const notRun = (errorMessage: string, flags: NotRunFlags = {}): CommandResult => notRunResult(argv, elapsed(), errorMessage, flags);

	if (spec.signal?.aborted) {
		return notRun('canceled before it started', {canceled: true});
	}

	const stdout = new CappedOutput(outputCapBytes);
	const stderr = new CappedOutput(outputCapBytes);
	let timedOut = false;
	let canceled = false;
	let memoryExceeded = false;
	let forceKillTimer: NodeJS.Timeout | undefined;

	let subprocess;
	try {
		subprocess = execa(spec.file, [...spec.args], spawnOptions(spec));
	} catch (error) {
		return notRun(`could not start ${spec.file}: ${errorText(error)}`);
	}

	const {pid} = subprocess;
	const stop = () => {
		if (pid === undefined || forceKillTimer !== undefined) {
			return;
		}

		signalProcessGroup(pid, 'SIGTERM');
		forceKillTimer = setTimeout(() => {
			signalProcessGroup(pid, 'SIGKILL');
		}, forceKillAfterMs);
		forceKillTimer.unref();
	};

	if (pid !== undefined) {
		trackProcessGroup(pid);
	}

	const deadline = setTimeout(
		() => {
			if (!canceled) {
				timedOut = true;
			}

			stop();
		},
		Math.max(1, spec.timeoutMs),
	);
	const onAbort = () => {
		if (!timedOut) {
			canceled = true;
		}

		stop();
	};

	spec.signal?.addEventListener('abort', onAbort, {once: true});
	const memoryLimit = childMemoryLimit(spec.env);
	const memoryWatch =
		pid === undefined
			? undefined
			: watchMemory(pid, memoryLimit, () => {
					if (!memoryExceeded && !timedOut && !canceled) {
						memoryExceeded = true;
						stop();
					}
				});
	subprocess.stdout?.on('data', (chunk: Uint8Array | string) => {
		stdout.push(chunk);
	});
	subprocess.stderr?.on('data', (chunk: Uint8Array | string) => {
		stderr.push(chunk);
	});

	const result = await subprocess;
	clearTimeout(deadline);
	clearInterval(memoryWatch);
	spec.signal?.removeEventListener('abort', onAbort);
	if (pid !== undefined) {
		untrackProcessGroup(pid);
	}

	if (pid === undefined) {
		const why = await whyNotStarted(
			spec,
			'code' in result ? result.code : undefined,
			'originalMessage' in result ? result.originalMessage : undefined,
		);
		return notRun(why.message, why.flags);
	}

	const errorMessage = endMessage({memoryExceeded, timedOut, canceled, signal: result.signal}, spec.timeoutMs, memoryLimit);

	return {
		argv,
		exitCode: timedOut || canceled || memoryExceeded ? undefined : result.exitCode,
		stdout: stdout.text(),
		stderr: stderr.text(),
		timedOut,
		canceled,
		missing: false,
		durationMs: elapsed(),
		...(errorMessage === undefined ? {} : {errorMessage}),
		...(memoryExceeded ? {memoryExceededBytes: memoryLimit} : {}),
	};
};

function childMemoryLimit(env: Environment): number {
	const megabytes = Number(env['GOMOD_DOCTOR_CHILD_MEMORY_MB'] ?? process.env['GOMOD_DOCTOR_CHILD_MEMORY_MB']);
	return Number.isFinite(megabytes) && megabytes >= 16 ? megabytes * 1024 * 1024 : defaultChildMemoryBytes;
}

/** The resident set of a process (VmRSS in /proc/PID/status), or undefined when it cannot be read. */
async function residentBytes(pid: number): Promise<number | undefined> {
	try {
		const status = await readFile(`/proc/${pid}/status`, 'utf8');
		const kilobytes = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
		return kilobytes === undefined ? undefined : Number(kilobytes) * 1024;
	} catch {
		return undefined;
	}
}

function buildEnvironment(spec: CommandSpec): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(spec.env satisfies Environment)) {
		if (value !== undefined) {
			env[key] = value;
		}
	}

	// Go's collector works harder near this soft limit; the resident-set watch above is the hard one.
	if (spec.file === 'go' && env['GOMEMLIMIT'] === undefined) {
		env['GOMEMLIMIT'] = `${Math.floor(childMemoryLimit(spec.env) / 1024 / 1024 / 2)}MiB`;
	}

	if (spec.parseable) {
		env['LC_ALL'] = 'C';
		env['LANG'] = 'C';
	}

	return env;
}

async function isDirectory(directory: string): Promise<boolean> {
	try {
		return (await stat(directory)).isDirectory();
	} catch {
		return false;
	}
}

function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** Keeps the first and the last `cap / 2` bytes of a stream. */
class CappedOutput {
	readonly #half: number;
	readonly #head: Uint8Array[] = [];
	#headBytes = 0;
	readonly #tail: Uint8Array[] = [];
	#tailBytes = 0;
	#totalBytes = 0;

	constructor(cap: number) {
		this.#half = Math.floor(cap / 2);
	}

	push(chunk: Uint8Array | string): void {
		let bytes: Uint8Array = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
		this.#totalBytes += bytes.length;
		if (this.#headBytes < this.#half) {
			const take = Math.min(this.#half - this.#headBytes, bytes.length);
			this.#head.push(bytes.subarray(0, take));
			this.#headBytes += take;
			bytes = bytes.subarray(take);
		}

		if (bytes.length === 0) {
			return;
		}

		this.#tail.push(bytes);
		this.#tailBytes += bytes.length;
		while (this.#tail.length > 1 && this.#tailBytes - this.#tail[0]!.length >= this.#half) {
			this.#tailBytes -= this.#tail.shift()!.length;
		}
	}

	text(): string {
		let tailBuffer = Buffer.concat(this.#tail);
		if (tailBuffer.length <= this.#half) {
			return stripFinalNewline(Buffer.concat([...this.#head, tailBuffer]).toString('utf8'));
		}

		tailBuffer = tailBuffer.subarray(tailBuffer.length - this.#half);
		const dropped = this.#totalBytes - this.#headBytes - tailBuffer.length;
		const head = Buffer.concat(this.#head).toString('utf8');
		return stripFinalNewline(`${head}\n[… ${dropped} bytes of output dropped …]\n${tailBuffer.toString('utf8')}`);
	}
}

function stripFinalNewline(text: string): string {
	if (text.endsWith('\r\n')) {
		return text.slice(0, -2);
	}

	return text.endsWith('\n') ? text.slice(0, -1) : text;
}
