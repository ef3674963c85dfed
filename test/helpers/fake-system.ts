/**
A fake `System` for tests: commands answered by argv, HTTP and Node's net primitives answered by functions,
every call recorded. Anything a test did not answer throws, so an unexpected command fails the test loudly
instead of passing by accident. Files are the machine's own (tests work in temporary directories) unless a
test replaces some of the operations (a full disk, a read-only directory).
*/
import {nodeFileSystem} from '../../source/system/file-system.js';
import type {
	CommandResult,
	CommandSpec,
	ConnectResult,
	FileSystem,
	HttpRequest,
	HttpResult,
	NetClient,
	ResolveResult,
	System,
	TlsResult,
} from '../../source/system/types.js';

/** A fixed result, or one computed from the spec. */
export type FakeCommand = CommandResult | ((spec: CommandSpec) => CommandResult | Promise<CommandResult>);

export type FakeSystemOptions = {
	/** Answers keyed by `argvKey([file, ...args])`, e.g. `'nc -zv -w 2 127.0.0.1 4312'`. */
	readonly commands?: Readonly<Record<string, FakeCommand>>;
	/** Programs that are not installed: every command that runs one of them is `missing`. */
	readonly missingPrograms?: readonly string[];
	readonly http?: (request: HttpRequest) => HttpResult | Promise<HttpResult>;
	readonly net?: {
		readonly resolve?: (host: string) => ResolveResult | Promise<ResolveResult>;
		readonly connect?: (host: string, port: number) => ConnectResult | Promise<ConnectResult>;
		readonly tlsHandshake?: (host: string, port: number, servername: string) => TlsResult | Promise<TlsResult>;
	};
	/** Operations that replace the real file system's. @default none: every file operation is real */
	readonly fs?: Partial<FileSystem>;
	/** @default a clock that advances 1 ms per call */
	readonly now?: () => number;
};

export type FakeSystem = System & {
	/** Every command run, in order. */
	readonly commands: CommandSpec[];
	readonly requests: HttpRequest[];
	/** Every NetClient call, e.g. `connect 127.0.0.1 4312`. */
	readonly netCalls: string[];
};

/** The key of an argv in `FakeSystemOptions.commands`: its words joined by single spaces. */
export function argvKey(argv: readonly string[]): string {
	return argv.join(' ');
}

export function createFakeSystem(options: FakeSystemOptions = {}): FakeSystem {
	const commands: CommandSpec[] = [];
	const requests: HttpRequest[] = [];
	const netCalls: string[] = [];
	let clock = 0;
	const unanswered = (what: string): never => {
		throw new Error(`fake system: nothing answers ${what}`);
	};

	const net: NetClient = {
		async resolve(host) {
			netCalls.push(`resolve ${host}`);
			return options.net?.resolve?.(host) ?? unanswered(`resolve ${host}`);
		},
		async connect(host, port) {
			netCalls.push(`connect ${host} ${port}`);
			return options.net?.connect?.(host, port) ?? unanswered(`connect ${host} ${port}`);
		},
		async tlsHandshake(host, port, {servername}) {
			netCalls.push(`tlsHandshake ${host} ${port} ${servername}`);
			return options.net?.tlsHandshake?.(host, port, servername) ?? unanswered(`tlsHandshake ${host} ${port}`);
		},
	};

	return {
		commands,
		requests,
		netCalls,
		async run(spec) {
			commands.push(spec);
			const argv = [spec.file, ...spec.args];
			if (options.missingPrograms?.includes(spec.file)) {
				return missingCommand(argv);
			}

			const answer = options.commands?.[argvKey(argv)] ?? unanswered(`\`${argvKey(argv)}\``);
			return typeof answer === 'function' ? answer(spec) : answer;
		},
		async http(request) {
			requests.push(request);
			return options.http?.(request) ?? unanswered(`GET ${request.url}`);
		},
		net,
		fs: {...nodeFileSystem, ...options.fs},
		now: options.now ?? (() => clock++),
	};
}

/** A finished command: exit status 0 and empty output unless given. */
export function commandResult(argv: readonly string[], fields: Partial<Omit<CommandResult, 'argv'>> = {}): CommandResult {
	return {
		argv,
		exitCode: 0,
		stdout: '',
		stderr: '',
		timedOut: false,
		canceled: false,
		missing: false,
		durationMs: 5,
		...fields,
	};
}

/** A command that exited with `exitCode`. */
export function exited(
	argv: readonly string[],
	exitCode: number,
	output: {stdout?: string; stderr?: string; durationMs?: number} = {},
): CommandResult {
	return commandResult(argv, {exitCode, ...output});
}

/** A program that is not installed. */
export function missingCommand(argv: readonly string[]): CommandResult {
	return commandResult(argv, {exitCode: undefined, missing: true, durationMs: 1, errorMessage: `${argv[0] ?? ''}: command not found`});
}

/** A command killed at its deadline. */
export function timedOutCommand(
	argv: readonly string[],
	durationMs: number,
	output: {stdout?: string; stderr?: string} = {},
): CommandResult {
	return commandResult(argv, {
		exitCode: undefined,
		timedOut: true,
		durationMs,
		errorMessage: `timed out after ${durationMs} ms and was killed`,
		...output,
	});
}

/** An HTTP answer with a status. */
export function httpResult(url: string, status: number, body = '', fields: Partial<HttpResult> = {}): HttpResult {
	return {url, status, headers: {}, body, bodyBytes: Buffer.byteLength(body), durationMs: 7, ...fields};
}
