/**
The module cache (GOMODCACHE) as the §4.1 flowchart examines it: can this user write it, how much room is left,
how large it is, and whether the failing download works with an empty temporary cache instead (which tells a
broken cache from a network fault). Every command runs through `System['run']` under a deadline.
*/
import {randomBytes} from 'node:crypto';
import path from 'node:path';
import {say, type Text} from '../i18n/index.js';
import type {Environment, FileInfo, FileSystem, System} from '../system/types.js';
import {reproduceDownload, type Reproduction} from './reproduce-download.js';
import {withScratchCache} from './scratch-cache.js';

/** Whether GOMODCACHE can be written, and why not. */
export type CacheWritable = {
	readonly outcome: 'writable' | 'not-writable' | 'no-space' | 'error';
	/** The deepest directory of the path that exists (where the cache is, or would be created). */
	readonly existing?: string;
	/** Its owner, and this process's uid. */
	readonly ownerUid?: number;
	readonly processUid?: number;
	/** Free bytes on its file system. */
	readonly freeBytes?: number;
	/** The error of the test write (`EACCES`, `EROFS`, `ENOTDIR`, `ENOSPC`…). */
	readonly code?: string;
	readonly message: Text;
};

/** Below this, a file system is said to be full for the module cache. */
export const lowSpaceBytes = 64 * 1024 * 1024;

/**
Tests GOMODCACHE for real (root ignores permission bits, so a stat of the mode bits says little): creates and
removes a small file in it, or, when it does not exist yet, in the deepest directory that does (go creates the
rest). A path through a regular file, a read-only file system or a directory of another user fails here as it
does for go.
*/
export async function testCacheWritable(fs: FileSystem, dir: string): Promise<CacheWritable> {
	let existing = path.resolve(dir);
	let info: FileInfo | undefined;
	for (;;) {
		try {
			// eslint-disable-next-line no-await-in-loop
			info = await fs.stat(existing);
			break;
		} catch (error) {
			const {code} = error as NodeJS.ErrnoException;
			const parent = path.dirname(existing);
			if ((code !== 'ENOENT' && code !== 'ENOTDIR') || parent === existing) {
				return {outcome: 'error', message: say.probes.cache.cannotExamine(existing, (error as Error).message)};
			}

			existing = parent;
		}
	}

	const processUid = process.getuid?.();
	const base = {existing, ownerUid: info.uid, ...(processUid === undefined ? {} : {processUid})};
	const free = await fs.freeBytes(existing).catch(() => undefined);
	const withFree = free === undefined ? base : {...base, freeBytes: free};
	if (!info.isDirectory()) {
		return {...withFree, outcome: 'not-writable', code: 'ENOTDIR', message: say.probes.cache.isFile(existing, dir)};
	}

	const probe = path.join(existing, `.gomod-doctor-write-test-${randomBytes(4).toString('hex')}`);
	try {
		await fs.writeFile(probe, '', {flag: 'wx'});
		await fs.rm(probe, {force: true});
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? 'error';
		const outcome = code === 'ENOSPC' || code === 'EDQUOT' ? 'no-space' : 'not-writable';
		const owner = processUid !== undefined && info.uid !== processUid ? say.probes.cache.owner(info.uid, processUid) : '';
		return {...withFree, outcome, code, message: say.probes.cache.notWritable(existing, code, owner)};
	}

	if (free !== undefined && free < lowSpaceBytes) {
		return {...withFree, outcome: 'no-space', message: say.probes.cache.lowSpace(existing, formatBytes(free))};
	}

	return {
		...withFree,
		outcome: 'writable',
		message: say.probes.cache.writable(existing, free === undefined ? undefined : formatBytes(free)),
	};
}

/** The size of a directory in bytes, from `du -sk` (under a deadline); undefined when du failed. */
export async function measureCacheSize(
	system: System,
	dir: string,
	env: Environment,
	timeoutMs: number,
	signal?: AbortSignal,
): Promise<{bytes?: number; argv: readonly string[]; exitCode?: number; durationMs: number; output: string}> {
	const args = ['-sk', '--', dir];
	const result = await system.run({file: 'du', args, env, timeoutMs, ...(signal === undefined ? {} : {signal}), parseable: true});
	const kib = /^(\d+)\s/.exec(result.stdout)?.[1];
	return {
		...(kib === undefined ? {} : {bytes: Number(kib) * 1024}),
		argv: result.argv,
		...(result.exitCode === undefined ? {} : {exitCode: result.exitCode}),
		durationMs: result.durationMs,
		output: (result.timedOut ? `du did not finish in ${Math.round(timeoutMs / 1000)} s` : `${result.stdout}${result.stderr}`).trim(),
	};
}

/**
Repeats the download (`module`: `MOD@VER`, or the whole graph) with an empty temporary GOMODCACHE and the same
settings otherwise, then removes that cache (`withScratchCache`).
*/
export async function downloadWithEmptyCache(
	system: System,
	options: {env: Environment; cwd: string; module?: string; timeoutMs: number; signal?: AbortSignal},
): Promise<Reproduction> {
	return withScratchCache(system, options, async (env) =>
		reproduceDownload(system, {
			env,
			cwd: options.cwd,
			module: options.module,
			timeoutMs: options.timeoutMs,
			...(options.signal === undefined ? {} : {signal: options.signal}),
		}),
	);
}

/** `12 KB`, `3.4 MB`, `1.2 GB`. */
export function formatBytes(bytes: number): string {
	const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}

	return unit === 0 ? `${value} bytes` : `${value >= 10 ? Math.round(value) : value.toFixed(1)} ${units[unit]!}`;
}

/** Whether go's error text is about the module cache (`dir`): a path under it, or go's own words for the cache. */
export function mentionsCache(text: string, dir: string): boolean {
	return (dir !== '' && text.includes(dir)) || /could not create module cache|pkg\/mod\/cache|zip: not a valid zip file/.test(text);
}
