/**
How far a running `go mod download` has come. go prints its `-json` objects only once every module is done
(cmd/go/internal/modcmd/download.go writes them after the last download ends), and prints nothing on the way,
so the one sign of life is the module cache: each module's `.mod`, `.info` and `.zip` (first as a temporary
`<version>.zip<random>.tmp` that grows as the bytes arrive) appear under `GOMODCACHE/cache/download`. This reads
the files of the modules go.mod and go.sum name, bounded, and says when anything changed.

Between the bytes, go works on what arrived (cmd/go/internal/modfetch/fetch.go): it hashes the complete
temporary zip against go.sum before renaming it, then extracts the zip into `GOMODCACHE/<path>@<version>`
while a `<version>.partial` marker beside the zip says the directory is incomplete. For a large module (the
Oracle, AWS or Google API SDKs: thousands of files) that takes seconds in which no byte arrives; this reads
both as go being busy, so it is never mistaken for a hang.
*/
import path from 'node:path';
import type {FileSystem} from '../system/types.js';
import {escapeModulePath, escapeVersion} from './escape-module-path.js';
import {parseGoMod, type ParsedGoMod} from './parse-go-mod.js';
import {parseGoSum, type GoSumLine} from './parse-go-sum.js';

/** What go has done so far. */
export type DownloadProgress = {
	/** Modules whose zip is in the module cache, of those counted (go.mod's requirements, or `--module`). */
	readonly modulesDone: number;
	/** About how many modules go downloads (go.mod's requirements; 1 for `--module`); undefined when unknown. */
	readonly modulesExpected?: number;
	/** Bytes of the watched modules' files in the download cache, partial downloads included. */
	readonly bytes: number;
};

/** A module version whose download-cache files are watched. */
export type WatchedModule = {
	readonly path: string;
	/** Undefined for a query (`latest`, a branch): every file of the module's `@v` directory is watched. */
	readonly version?: string;
	/** Its zip counts as a module done (a requirement, or the module `--module` names). */
	readonly counted: boolean;
};

/** What to watch for one download, and how many modules it is about. */
export type DownloadWatchList = {
	readonly modules: readonly WatchedModule[];
	readonly expected?: number;
};

/** At most this many module directories are read each time (a go.sum of a very large project is cut here). */
export const maxWatchedModules = 1000;

/** At most this many files are looked at each time. */
export const maxWatchedFiles = 5000;

/**
The modules a download touches: with `--module MOD[@VER]` that one; otherwise every requirement of go.mod (the
ones counted as modules done; a requirement replaced by a directory is never downloaded), and every module
version go.sum names (go fetches their go.mod files while it loads the module graph).
*/
export function downloadWatchList(input: {
	readonly goMod?: ParsedGoMod;
	readonly goSum?: readonly GoSumLine[];
	readonly module?: string;
}): DownloadWatchList {
	if (input.module !== undefined) {
		const at = input.module.indexOf('@');
		const modulePath = at === -1 ? input.module : input.module.slice(0, at);
		const version = at === -1 ? undefined : input.module.slice(at + 1);
		const exact = version !== undefined && /^v\d+\.\d+\.\d+(?:[-+].*)?$/.test(version);
		return {modules: [{path: modulePath, ...(exact ? {version} : {}), counted: true}], expected: 1};
	}

	const seen = new Map<string, WatchedModule>();
	const add = (module: WatchedModule) => {
		const key = `${module.path} ${module.version ?? ''}`;
		const known = seen.get(key);
		if (known === undefined || (module.counted && !known.counted)) {
			seen.set(key, module);
		}
	};

	let expected: number | undefined;
	if (input.goMod !== undefined) {
		const replaced = (modulePath: string, version: string) =>
			input.goMod!.replaces.find(
				(replace) => replace.oldPath === modulePath && (replace.oldVersion === undefined || replace.oldVersion === version),
			);
		expected = 0;
		for (const require of input.goMod.requires) {
			const replace = replaced(require.path, require.version);
			if (replace !== undefined && replace.newVersion === undefined) {
				// Replaced by a directory: nothing to download.
				continue;
			}

			expected++;
			add(
				replace === undefined
					? {path: require.path, version: require.version, counted: true}
					: {path: replace.newPath, version: replace.newVersion!, counted: true},
			);
		}
	}

	for (const line of input.goSum ?? []) {
		add({path: line.module, version: line.version, counted: false});
	}

	return {modules: [...seen.values()], ...(expected === undefined ? {} : {expected})};
}

/** {@link downloadWatchList} of the project in `dir` (its go.mod and go.sum, when it has them). */
export async function projectWatchList(fs: FileSystem, dir: string, module?: string): Promise<DownloadWatchList> {
	const read = async (name: string) => fs.readFile(path.join(dir, name), 'utf8').catch(() => undefined);
	const [goMod, goSum] = await Promise.all([read('go.mod'), read('go.sum')]);
	return downloadWatchList({
		...(goMod === undefined ? {} : {goMod: parseGoMod(goMod)}),
		...(goSum === undefined ? {} : {goSum: parseGoSum(goSum)}),
		...(module === undefined ? {} : {module}),
	});
}

/** One reading of the download cache. */
export type CacheReading = {
	readonly modulesDone: number;
	readonly files: number;
	readonly bytes: number;
	/** Changes whenever a watched file appears, grows, is renamed or rewritten. */
	readonly fingerprint: string;
	/** The newest modification time of a watched file (epoch ms); 0 when there is none. */
	readonly newestMs: number;
	/**
	Watched versions go is working on locally since `busySince`: a complete zip being hashed before it is renamed,
	or a zip being extracted (its `.partial` marker).
	*/
	readonly busy: number;
};

/** The end of central directory record, with which a complete zip ends (go's module zips carry no comment). */
const endOfCentralDirectory = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const endOfCentralDirectoryLength = 22;

/** File times may be this coarse (a second on some file systems), so "written since go started" allows for it. */
const fileTimeSlackMs = 1000;

/**
Reads the download cache (`GOMODCACHE/cache/download`) for the watched modules: one directory listing per
module path, one stat per file of a watched version, at most {@link maxWatchedModules} directories and
{@link maxWatchedFiles} files. A directory that does not exist yet counts as empty. Never throws.
`busySince` (epoch ms, when go started): only markers and temporary zips written since then count as
{@link CacheReading.busy} (an earlier go that crashed leaves them behind); none count when it is absent.
*/
export async function readDownloadCache(
	fs: FileSystem,
	downloadDir: string,
	list: DownloadWatchList,
	busySince?: number,
): Promise<CacheReading> {
	const byPath = new Map<string, {versions: Set<string> | 'any'; counted: Set<string>}>();
	for (const module of list.modules) {
		const escaped = escapeModulePath(module.path);
		const entry = byPath.get(escaped) ?? {versions: new Set<string>(), counted: new Set<string>()};
		if (module.version === undefined) {
			entry.versions = 'any';
		} else {
			if (entry.versions !== 'any') {
				entry.versions.add(escapeVersion(module.version));
			}

			if (module.counted) {
				entry.counted.add(escapeVersion(module.version));
			}
		}

		byPath.set(escaped, entry);
		if (byPath.size >= maxWatchedModules) {
			break;
		}
	}

	let files = 0;
	let bytes = 0;
	let modulesDone = 0;
	let newest = 0;
	let busy = 0;
	let budget = maxWatchedFiles;
	const queryDone = list.modules.some((module) => module.counted && module.version === undefined);
	let anyZip = false;
	const directories = [...byPath.entries()];
	// A few directories at a time: the reading must not take the thread pool from go's own file work.
	const parallel = 16;
	for (let start = 0; start < directories.length && budget > 0; start += parallel) {
		// eslint-disable-next-line no-await-in-loop -- bounded batches on purpose
		const batches = await Promise.all(
			// eslint-disable-next-line @typescript-eslint/no-loop-func -- the batch's reads share one file budget, on purpose
			directories.slice(start, start + parallel).map(async ([escaped, watched]) => {
				const directory = path.join(downloadDir, escaped, '@v');
				const names = await fs.readdir(directory).catch(() => [] as string[]);
				// Files that carry what arrived; a `.lock` appears before any byte does (and for a 404 too), and `list` is a
				// query's answer, not a module's.
				const chosen = names.filter(
					(name) =>
						carriesData(name) && (watched.versions === 'any' || [...watched.versions].some((version) => name.startsWith(`${version}.`))),
				);
				const done = chosen.filter((name) => name.endsWith('.zip') && watched.counted.has(name.slice(0, -'.zip'.length))).length;
				const zipped = chosen.some((name) => name.endsWith('.zip'));
				const taken = chosen.slice(0, Math.max(0, budget));
				budget -= taken.length;
				const sizes = await Promise.all(taken.map(async (name) => fs.stat(path.join(directory, name)).catch(() => undefined)));
				const fresh = (index: number) => busySince !== undefined && (sizes[index]?.mtimeMs ?? 0) >= busySince - fileTimeSlackMs;
				const working = await Promise.all(
					taken.map(
						async (name, index) =>
							fresh(index) &&
							(name.endsWith('.partial') || (/\.zip\d*\.tmp$/.test(name) && endsAsZip(fs, path.join(directory, name), sizes[index]!.size))),
					),
				);
				return {names: taken, sizes, done, zipped, busy: working.filter(Boolean).length};
			}),
		);
		for (const batch of batches) {
			modulesDone += batch.done;
			busy += batch.busy;
			anyZip ||= batch.zipped;
			for (const size of batch.sizes) {
				if (size !== undefined) {
					files++;
					bytes += size.size;
					newest = Math.max(newest, size.mtimeMs);
				}
			}
		}
	}

	if (queryDone && anyZip) {
		modulesDone = Math.max(modulesDone, 1);
	}

	return {modulesDone, files, bytes, fingerprint: `${files} ${bytes} ${newest}`, newestMs: newest, busy};
}

/**
`.info`, `.mod`, `.zip`, `.ziphash`, the temporary files go writes them through (`v1.0.0.zip1234.tmp`), and the
`.partial` marker of a zip being extracted (its coming and going is progress too).
*/
function carriesData(name: string): boolean {
	return /\.(?:info|mod|zip|ziphash|tmp|partial)$/.test(name);
}

/** Whether the file's last bytes are a zip's end record: the download is complete and go is checking it. Never throws. */
async function endsAsZip(fs: FileSystem, file: string, size: number): Promise<boolean> {
	if (size < endOfCentralDirectoryLength) {
		return false;
	}

	const handle = await fs.open(file, 'r').catch(() => undefined);
	if (handle === undefined) {
		return false;
	}

	try {
		const tail = Buffer.alloc(endOfCentralDirectoryLength);
		const {bytesRead} = await handle.read(tail, 0, tail.length, size - tail.length);
		// The record's signature, and a comment length of zero (the record is the file's last 22 bytes).
		return bytesRead === tail.length && tail.subarray(0, 4).equals(endOfCentralDirectory) && tail.readUInt16LE(20) === 0;
	} catch {
		return false;
	} finally {
		await handle.close().catch(() => undefined);
	}
}

/** Where go keeps downloads: `GOMODCACHE/cache/download`. */
export function downloadCacheDir(gomodcache: string): string {
	return path.join(gomodcache, 'cache', 'download');
}
