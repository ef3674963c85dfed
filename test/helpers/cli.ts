/*
Runs the built CLI (dist/cli.js, made by `npm run build`, which `npm test` runs first) as a user would,
with an explicit environment and a deadline.
*/
import path from 'node:path';
import {execa} from 'execa';
import type {Environment} from '../../source/system/types.js';

export const cliPath = path.resolve(import.meta.dirname, '../../dist/cli.js');

export type CliRun = {exitCode: number | undefined; stdout: string; stderr: string; timedOut: boolean; durationMs: number};

export async function runCli(
	args: readonly string[],
	options: {env: Environment; cwd?: string; input?: string | Uint8Array; timeoutMs?: number},
): Promise<CliRun> {
	const started = performance.now();
	const result = await execa(process.execPath, [cliPath, ...args], {
		env: {...(options.env as Record<string, string>), CI: 'true'},
		extendEnv: false,
		cwd: options.cwd,
		reject: false,
		timeout: options.timeoutMs ?? 60_000,
		forceKillAfterDelay: 1000,
		...(options.input === undefined ? {stdin: 'ignore' as const} : {input: options.input}),
	});
	return {
		exitCode: result.timedOut ? undefined : result.exitCode,
		stdout: result.stdout,
		stderr: result.stderr,
		timedOut: result.timedOut,
		durationMs: performance.now() - started,
	};
}
