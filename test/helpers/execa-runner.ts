/**
A minimal `CommandRunner` for tests, until `source/system/create-system.ts` lands: execa with an argument
array, no shell, no inherited environment, a hard deadline and a cancel signal. A failing command is data.
*/
import {execa} from 'execa';
import type {CommandResult, CommandRunner, CommandSpec, System} from '../../source/system/types.js';

export const execaRunner: CommandRunner = async (spec: CommandSpec): Promise<CommandResult> => {
	const started = performance.now();
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(spec.env)) {
		if (value !== undefined) {
			env[key] = value;
		}
	}

	if (spec.parseable) {
		env['LC_ALL'] = 'C';
	}

	const result = await execa(spec.file, [...spec.args], {
		reject: false,
		extendEnv: false,
		env,
		cwd: spec.cwd,
		timeout: spec.timeoutMs,
		forceKillAfterDelay: 1000,
		cancelSignal: spec.signal,
		...(spec.input === undefined ? {stdin: 'ignore' as const} : {input: spec.input}),
		stripFinalNewline: false,
		encoding: 'utf8',
	});
	const errorCode = (result as {code?: string}).code;
	const missing = errorCode === 'ENOENT';
	return {
		argv: [spec.file, ...spec.args],
		exitCode: result.timedOut || result.isCanceled || missing ? undefined : result.exitCode,
		stdout: typeof result.stdout === 'string' ? result.stdout : '',
		stderr: typeof result.stderr === 'string' ? result.stderr : '',
		timedOut: result.timedOut,
		canceled: result.isCanceled,
		missing,
		durationMs: performance.now() - started,
		errorMessage: result.failed && result.exitCode === undefined ? result.shortMessage : undefined,
	};
};

/** A `System` whose only working part is `run`; http and net fail loudly if a test reaches them. */
export function createTestSystem(run: CommandRunner = execaRunner): System {
	const unavailable = () => {
		throw new Error('not available in this test system');
	};

	return {
		run,
		http: unavailable,
		net: {resolve: unavailable, connect: unavailable, tlsHandshake: unavailable},
		now: () => performance.now(),
	};
}
