/**
How a fix is verified: go runs the download again. With an empty temporary module cache by default, so that a
module an earlier fix (or an earlier run) already downloaded cannot make a fix that does not work look as if it did.
*/
import {projectWatchList} from '../go/download-progress.js';
import {reproduceDownload, type Reproduction} from '../go/reproduce-download.js';
import {withScratchCache} from '../go/scratch-cache.js';
import type {Environment, System} from '../system/types.js';

export type VerifyRequest = {
	/** The environment go runs with (the user's, or it with a fix's variables over it). */
	readonly env: Environment;
	readonly signal: AbortSignal;
	/**
	`failed`: what the diagnosis's reproduction found failing (or `--module`); `graph`: the whole module graph, for a
	command that may change go.mod (go get another version: what failed is no longer what go needs). @default 'failed'
	*/
	readonly scope?: 'failed' | 'graph';
	/**
	`scratch`: an empty temporary module cache; `own`: the cache `env` names, for a fix that moves GOMODCACHE (a
	temporary one would prove nothing). @default 'scratch'
	*/
	readonly cache?: 'scratch' | 'own';
};

/** Runs go's download again to check a fix. */
export type Verify = (request: VerifyRequest) => Promise<Reproduction>;

export type VerifierOptions = {
	readonly dir: string;
	/** `--module`: always what is downloaded. */
	readonly module?: string;
	/** The deadline, counted (as in the diagnosis) as the time without progress. */
	readonly timeoutMs: number;
	/** The diagnosis's reproduction, once it ran: which module failed. */
	readonly reproduced: () => Reproduction | undefined;
};

export function createVerifier(system: System, options: VerifierOptions): Verify {
	const {dir, timeoutMs} = options;
	// A whole graph downloaded into an empty cache (250 modules: longer than the deadline) is not a fix that failed.
	const progress = async (env: Environment, module: string | undefined) => ({
		moduleCache: env['GOMODCACHE'],
		watch: await projectWatchList(system.fs, dir, module),
	});
	const run = async (env: Environment, module: string | undefined, signal: AbortSignal) =>
		reproduceDownload(system, {env, cwd: dir, module, timeoutMs, signal, progress: await progress(env, module)});
	return async ({env, signal, scope = 'failed', cache = 'scratch'}) => {
		const failed = options.reproduced()?.failures[0];
		const module = options.module ?? (failed === undefined || scope === 'graph' ? undefined : `${failed.module}@${failed.version}`);
		if (cache === 'own') {
			return run(env, module, signal);
		}

		return withScratchCache(system, {env, cwd: dir}, async (checkEnv) => run(checkEnv, module, signal));
	};
}
