import path from 'node:path';
import {checkModulePath, escapeModulePath, escapeVersion} from '../../go/escape-module-path.js';
import {hash1, hashGoMod, hashModuleZip, isH1Hash, type HashedFile} from '../../go/h1-hash.js';
import {formatDuration, redactUserinfo} from '../../model/format.js';
import type {Evidence} from '../../model/report.js';
import type {FileSystem, System} from '../../system/types.js';
import {statusLine} from '../../probes/probe-http-list.js';
import type {ProbeRun} from '../../probes/probe-support.js';
import {joinProxyUrl} from '../../go/proxy-url.js';
import {defineProbe} from '../../flow/define-probe.js';
import type {Message, Text} from '../../i18n/message.js';

/** What one source (a GOPROXY entry) serves for a module version, hashed as go hashes it. */
export type SourceHashes = {
	readonly label: string;
	readonly url: string;
	/** `fetched`: at least the zip or the go.mod came; `not-found`: 404/410 for both; `error`: no answer. */
	readonly outcome: 'fetched' | 'not-found' | 'error';
	/** The `h1:` hash of the zip it serves. */
	readonly zip?: string;
	/** The `h1:` hash of the go.mod it serves. */
	readonly mod?: string;
	/** One line: what it served. */
	readonly detail: string;
};

/** What the probes say: the module's messages, said in the reader's language where shown. */
export type ModuleHashText = {
	readonly noEntry: Message;
	readonly notVersion: (moduleVersion: Text) => Message;
	readonly noneServed: (module: Text, version: Text) => Message;
	readonly served: (fetched: number, asked: number, list: Text) => Message;
	readonly cacheNotChecked: Message;
	readonly cacheAbsent: (module: Text, version: Text) => Message;
	readonly ziphashNotHash: (start: Text) => Message;
	readonly ziphashDiffers: (ziphash: Text, zip: Text) => Message;
	readonly zipInvalid: Message;
	readonly extractedDiffers: (dir: Text, reference: Text) => Message;
	readonly extractedMatch: Message;
	readonly agrees: (parts: readonly Text[]) => Message;
	readonly corrupt: (problems: readonly Text[]) => Message;
	readonly unreadable: (message: Text) => Message;
};

/** One source's hash of the part that mismatched. */
export type SourceHash = {readonly label: string; readonly url: string; readonly hash?: string};

/**
What each source serves for the module version (`probeModuleHashes`); its data: each source's hash of `part`, the
part go found mismatching.
*/
export const moduleHashProbe = defineProbe({
	id: 'module-hash',
	outcomes: ['fetched', 'none', 'error'],
	async run(input: Parameters<typeof probeModuleHashes>[1] & {readonly system: System; readonly part: 'zip' | 'go.mod'}) {
		const {evidence, sources} = await probeModuleHashes(input.system, input);
		const hashes = sources.map((source): SourceHash => {
			const hash = input.part === 'zip' ? source.zip : source.mod;
			return {label: source.label, url: source.url, ...(hash === undefined ? {} : {hash})};
		});
		return {evidence: evidence as Evidence & {readonly outcome: 'fetched' | 'none' | 'error'}, data: hashes};
	},
});

/** Whether the module cache agrees with itself for the module version (`probeModuleCache`); its data: the hashes read. */
export const moduleCacheProbe = defineProbe({
	id: 'module-cache',
	outcomes: ['consistent', 'corrupt', 'absent', 'error'],
	async run(input: Parameters<typeof probeModuleCache>[1] & {readonly system: System}) {
		const {evidence, cache} = await probeModuleCache(input.system, input);
		return {evidence: evidence as Evidence & {readonly outcome: CacheHashes['outcome']}, data: cache};
	},
});

/** Module zips are at most 500 MB (golang.org/x/mod/zip); the lab's and most real ones are far smaller. */
const maxZipBytes = 500 << 20;

/**
What does each source serve for `module@version`? `GET <entry>/<module>/@v/<version>.zip` and `.mod` from every
entry at once, each hashed the way go hashes it for go.sum (`h1:`, go's dirhash). Never throws.
*/
export async function probeModuleHashes(
	system: System,
	input: {
		readonly sources: ReadonlyArray<{readonly label: string; readonly url: string}>;
		readonly module: string;
		readonly version: string;
		readonly text: ModuleHashText;
	} & ProbeRun,
): Promise<{readonly evidence: Evidence; readonly sources: readonly SourceHashes[]}> {
	const started = system.now();
	const escaped = `${escapeModulePath(input.module)}/@v/${escapeVersion(input.version)}`;
	const command = input.sources.map((source) => `GET ${redactUserinfo(source.url.replace(/\/+$/, ''))}/${escaped}.zip .mod`).join('; ');
	const valid = checkModulePath(input.module) === undefined && /^v[\w.+-]+$/.test(input.version);
	if (!valid || input.sources.length === 0) {
		return {
			evidence: {
				probe: 'http',
				tool: 'undici',
				command: command || `GET <entry>/${escaped}.zip`,
				outcome: valid ? 'none' : 'error',
				summary: valid ? input.text.noEntry : input.text.notVersion(`${input.module}@${input.version}`),
				durationMs: 0,
			},
			sources: [],
		};
	}

	const sources = await Promise.all(input.sources.map(async (source) => fetchSource(system, source, escaped, input)));
	const fetched = sources.filter((source) => source.outcome === 'fetched');
	const outcome = fetched.length > 0 ? 'fetched' : sources.every((source) => source.outcome === 'not-found') ? 'none' : 'error';
	const summary =
		fetched.length === 0
			? input.text.noneServed(input.module, input.version)
			: input.text.served(
					fetched.length,
					sources.length,
					fetched.map((source) => `${redactUserinfo(source.label)} zip ${source.zip ?? '?'}`).join('; '),
				);
	return {
		evidence: {
			probe: 'http',
			tool: 'undici',
			command,
			outcome,
			summary,
			durationMs: system.now() - started,
			output: sources.map((source) => `${redactUserinfo(source.label)}: ${source.detail}`).join('\n'),
		},
		sources,
	};
}

async function fetchSource(
	system: System,
	source: {readonly label: string; readonly url: string},
	escaped: string,
	run: ProbeRun,
): Promise<SourceHashes> {
	const url = (suffix: string) => joinProxyUrl(source.url, `${escaped}${suffix}`);
	const signal = run.signal ? {signal: run.signal} : {};
	const [zip, mod] = await Promise.all([
		system.http({url: url('.zip'), env: run.env, timeoutMs: run.timeoutMs, maxBodyBytes: maxZipBytes, binary: true, ...signal}),
		system.http({url: url('.mod'), env: run.env, timeoutMs: run.timeoutMs, maxBodyBytes: 1 << 20, ...signal}),
	]);
	const parts: string[] = [];
	let zipHash: string | undefined;
	let modHash: string | undefined;
	if (zip.status === 200 && zip.bodyBytes === zip.bytes?.length) {
		try {
			zipHash = hashModuleZip(zip.bytes);
			parts.push(`zip ${zipHash} (${zip.bodyBytes} bytes, ${formatDuration(zip.durationMs)})`);
		} catch (error) {
			parts.push(`zip: 200 but not a zip (${(error as Error).message})`);
		}
	} else {
		parts.push(`zip: ${zip.status === undefined ? (zip.error?.message ?? 'no answer') : statusLine(zip.status)}`);
	}

	if (mod.status === 200) {
		modHash = hashGoMod(mod.body);
		parts.push(`go.mod ${modHash}`);
	} else {
		parts.push(`go.mod: ${mod.status === undefined ? (mod.error?.message ?? 'no answer') : statusLine(mod.status)}`);
	}

	const missing = (status: number | undefined) => status === 404 || status === 410;
	const outcome =
		zipHash !== undefined || modHash !== undefined ? 'fetched' : missing(zip.status) && missing(mod.status) ? 'not-found' : 'error';
	return {
		label: source.label,
		url: source.url,
		outcome,
		...(zipHash === undefined ? {} : {zip: zipHash}),
		...(modHash === undefined ? {} : {mod: modHash}),
		detail: parts.join(', '),
	};
}

/** What the module cache holds for a module version, and whether it agrees with itself. */
export type CacheHashes = {
	/** `consistent`: .ziphash, .zip and the extracted files agree; `corrupt`: they do not; `absent`: nothing cached. */
	readonly outcome: 'consistent' | 'corrupt' | 'absent' | 'error';
	/** The `.ziphash` file's content (what go compares with go.sum). */
	readonly ziphash?: string;
	/** The hash of the cached `.zip` itself. */
	readonly zip?: string;
	/** The hash of the extracted directory (what `go mod verify` checks). */
	readonly dir?: string;
	/** The hash of the cached `.mod`. */
	readonly mod?: string;
};

/** Files in an extracted module directory hashed at most; a bigger tree is not hashed. */
const maxDirFiles = 20_000;

/**
Does the module cache agree with itself for `module@version`? Reads `$GOMODCACHE/cache/download/<module>/@v/<version>`
`.ziphash`, `.zip`, `.mod` and the extracted `$GOMODCACHE/<module>@<version>/` (as `go mod verify` does) and compares
their `h1:` hashes. Never throws.
*/
export async function probeModuleCache(
	system: System,
	input: {readonly gomodcache: string; readonly module: string; readonly version: string; readonly text: ModuleHashText},
): Promise<{readonly evidence: Evidence; readonly cache: CacheHashes}> {
	const started = system.now();
	const escapedPath = escapeModulePath(input.module);
	const escapedVersion = escapeVersion(input.version);
	const download = path.join(input.gomodcache, 'cache', 'download', ...escapedPath.split('/'), '@v', escapedVersion);
	const extracted = path.join(input.gomodcache, ...`${escapedPath}@${escapedVersion}`.split('/'));
	const command = `read ${download}.ziphash, .zip, .mod and ${extracted}`;
	const done = (cache: CacheHashes, summary: Text) => ({
		evidence: {
			probe: 'file',
			tool: 'gomod-doctor',
			command,
			outcome: cache.outcome,
			summary,
			durationMs: system.now() - started,
		} satisfies Evidence,
		cache,
	});
	if (input.gomodcache === '' || checkModulePath(input.module) !== undefined || !/^v[\w.+-]+$/.test(input.version)) {
		return done({outcome: 'error'}, input.text.cacheNotChecked);
	}

	try {
		const ziphash = (await readText(system.fs, `${download}.ziphash`))?.trim();
		const zipBytes = await readBytes(system.fs, `${download}.zip`);
		const modBytes = await readBytes(system.fs, `${download}.mod`);
		const zip = zipBytes === undefined ? undefined : safeZipHash(zipBytes);
		const mod = modBytes === undefined ? undefined : hashGoMod(modBytes);
		const dir = await hashExtractedDir(system.fs, extracted, `${input.module}@${input.version}`);
		const cache: CacheHashes = {
			outcome: 'consistent',
			...(ziphash === undefined ? {} : {ziphash}),
			...(zip === undefined ? {} : {zip}),
			...(dir === undefined ? {} : {dir}),
			...(mod === undefined ? {} : {mod}),
		};
		if (ziphash === undefined && zip === undefined && dir === undefined) {
			return done({...cache, outcome: 'absent'}, input.text.cacheAbsent(input.module, input.version));
		}

		const problems: Text[] = [];
		if (ziphash !== undefined && !isH1Hash(ziphash)) {
			problems.push(input.text.ziphashNotHash(ziphash.slice(0, 60)));
		}

		if (ziphash !== undefined && zip !== undefined && ziphash !== zip) {
			problems.push(input.text.ziphashDiffers(ziphash, zip));
		}

		if (zipBytes !== undefined && zip === undefined) {
			problems.push(input.text.zipInvalid);
		}

		const reference = ziphash ?? zip;
		if (dir !== undefined && reference !== undefined && dir !== reference) {
			problems.push(input.text.extractedDiffers(dir, reference));
		}

		return problems.length === 0
			? done(
					cache,
					input.text.agrees(
						[
							ziphash === undefined ? '' : `.ziphash ${ziphash}`,
							zip === undefined ? '' : `.zip ${zip}`,
							dir === undefined ? '' : input.text.extractedMatch,
						].filter((part) => part !== ''),
					),
				)
			: done({...cache, outcome: 'corrupt'}, input.text.corrupt(problems));
	} catch (error) {
		return done({outcome: 'error'}, input.text.unreadable((error as Error).message));
	}
}

function safeZipHash(bytes: Uint8Array): string | undefined {
	try {
		return hashModuleZip(bytes);
	} catch {
		return undefined;
	}
}

async function readBytes(fs: FileSystem, file: string): Promise<Uint8Array | undefined> {
	try {
		const info = await fs.stat(file);
		if (!info.isFile() || info.size > maxZipBytes) {
			return undefined;
		}

		return new Uint8Array(await fs.readFile(file));
	} catch {
		return undefined;
	}
}

async function readText(fs: FileSystem, file: string): Promise<string | undefined> {
	const bytes = await readBytes(fs, file);
	return bytes === undefined ? undefined : Buffer.from(bytes).toString('utf8');
}

/** Go's dirhash.HashDir(dir, prefix, Hash1): every file under `dir`, named `prefix/relative/path`. */
async function hashExtractedDir(fs: FileSystem, dir: string, prefix: string): Promise<string | undefined> {
	let entries;
	try {
		entries = await fs.readdirEntries(dir, {recursive: true});
	} catch {
		return undefined;
	}

	const files = entries.filter((entry) => entry.isFile());
	if (files.length > maxDirFiles) {
		return undefined;
	}

	const hashed: HashedFile[] = [];
	for (const entry of files) {
		const full = path.join(entry.parentPath, entry.name);
		// eslint-disable-next-line no-await-in-loop -- one file at a time keeps memory flat
		const content = await fs.readFile(full);
		hashed.push({name: `${prefix}/${path.relative(dir, full).split(path.sep).join('/')}`, content});
	}

	return hash1(hashed);
}
