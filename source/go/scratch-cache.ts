import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {Environment, System} from '../system/types.js';

/**
Runs `run` with `env` pointed at an empty module cache of its own (a new temporary directory), then removes that
cache: for the downloads that repeat go's with nothing cached (a check, a minimal reproduction, a fix's
verification). Everything else about go's settings stays as `env` has it. go makes the directories it extracts
read-only; `-modcacherw` (appended to GOFLAGS, which changes nothing else) leaves them writable, so the cache is
removed without running go again; should that fail (a GOFLAGS with `-modcacherw=false`), `go clean -modcache`
does it.
*/
export async function withScratchCache<T>(
	system: System,
	options: {readonly env: Environment; readonly cwd: string},
	run: (env: Environment) => Promise<T>,
): Promise<T> {
	const cache = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-cache-'));
	const env = {...options.env, GOMODCACHE: cache, GOFLAGS: `${options.env['GOFLAGS'] ?? ''} -modcacherw`.trim()};
	try {
		return await run(env);
	} finally {
		await rm(cache, {recursive: true, force: true}).catch(async () => {
			await system.run({file: 'go', args: ['clean', '-modcache'], env, cwd: options.cwd, timeoutMs: 30_000});
			await rm(cache, {recursive: true, force: true, maxRetries: 3, retryDelay: 100});
		});
	}
}
