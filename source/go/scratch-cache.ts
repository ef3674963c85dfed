import path from 'node:path';
import type {Environment, FileSystem, System} from '../system/types.js';

/** The prefixes of the temporary directories gomod-doctor makes (scratch caches, minimal modules, isolation runs). */
const scratchPrefixes = ['gomod-doctor-cache-', 'gomod-doctor-minimal-', 'gomod-doctor-isolate-'];

/** Older than the longest run (a 600 s deadline and its fixes): left by a process that was killed. */
const staleAfterMs = 60 * 60 * 1000;

let staleRemoval: Promise<void> | undefined;

/**
Removes this user's scratch directories that a killed gomod-doctor left in the temporary directory (kill -9 runs no
clean-up), once per process, before the first new one is made. Only directories older than any run can be, so
that a second gomod-doctor running beside this one keeps its own. Never throws.
*/
export async function removeStaleScratchDirs(fs: FileSystem, root: string = fs.tmpdir(), now: number = Date.now()): Promise<void> {
	const uid = process.getuid?.();
	const names = await fs.readdir(root).catch(() => [] as string[]);
	await Promise.all(
		names
			.filter((name) => scratchPrefixes.some((prefix) => name.startsWith(prefix)))
			.map(async (name) => {
				const file = path.join(root, name);
				const info = await fs.lstat(file).catch(() => undefined);
				if (info?.isDirectory() === true && (uid === undefined || info.uid === uid) && now - info.mtimeMs > staleAfterMs) {
					await fs.rm(file, {recursive: true, force: true}).catch(() => undefined);
				}
			}),
	);
}

/** {@link removeStaleScratchDirs}, once per process. */
export async function removeStaleScratchDirsOnce(fs: FileSystem): Promise<void> {
	staleRemoval ??= removeStaleScratchDirs(fs);
	return staleRemoval;
}

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
	await removeStaleScratchDirsOnce(system.fs);
	const cache = await system.fs.mkdtemp(path.join(system.fs.tmpdir(), 'gomod-doctor-cache-'));
	const env = {...options.env, GOMODCACHE: cache, GOFLAGS: `${options.env['GOFLAGS'] ?? ''} -modcacherw`.trim()};
	try {
		return await run(env);
	} finally {
		await system.fs.rm(cache, {recursive: true, force: true}).catch(async () => {
			await system.run({file: 'go', args: ['clean', '-modcache'], env, cwd: options.cwd, timeoutMs: 30_000});
			await system.fs.rm(cache, {recursive: true, force: true, maxRetries: 3, retryDelay: 100});
		});
	}
}
