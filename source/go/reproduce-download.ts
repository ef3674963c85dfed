import {say, type Text} from '../i18n/index.js';
import {clipLongLines} from '../model/format.js';
import type {Environment, System} from '../system/types.js';
import {downloadCacheDir, readDownloadCache, type DownloadProgress, type DownloadWatchList} from './download-progress.js';
import {checkModulePath, printable} from './escape-module-path.js';
import {parseDownloadJson, type DownloadFailure, type DownloadRecord} from './parse-download-json.js';

/** What one run of `go mod download -json` did. */
export type Reproduction = {
	/** `['go', 'mod', 'download', '-json', ...]`, as run. */
	readonly argv: readonly string[];
	/** Undefined when go did not exit by itself (timed out, canceled, not installed). */
	readonly exitCode: number | undefined;
	readonly timedOut: boolean;
	readonly canceled: boolean;
	/** Go is not installed (or the query was rejected before anything ran: see `headline`). */
	readonly missing: boolean;
	readonly durationMs: number;
	/** Go was killed for using more memory than this (bytes): a hostile server's endless or bombed answer. */
	readonly memoryExceededBytes?: number;
	readonly stdout: string;
	readonly stderr: string;
	/** Every module object go printed. */
	readonly records: readonly DownloadRecord[];
	/**
	The modules that failed: from the JSON records, and from stderr, where go reports failures that happen
	while it loads the module graph (before it prints any JSON).
	*/
	readonly failures: readonly DownloadFailure[];
	/** The start of a JSON object that go never finished printing (it was killed). */
	readonly truncated?: string;
	/** How far go got, read from the module cache while it ran (when it was watched: `progress` was given). */
	readonly progress?: DownloadProgress;
	/** Why go was stopped, when gomod-doctor stopped it (`timedOut`). */
	readonly stopped?: DownloadStop;
	/** Go exited 0, in time, and no module failed. */
	readonly ok: boolean;
	/** One line: what failed, for which module and which host; or that go hung; or that it worked. */
	readonly headline: Text;
	/** The modules (`path@version`) go wrote into the module cache during this run (go-reached.ts), when known. */
	readonly fetchedInRun?: readonly string[];
};

export type ReproduceDownloadOptions = {
	readonly env: Environment;
	readonly cwd: string;
	/** `MOD` or `MOD@VERSION` (a version or a query such as `latest`); every module of go.mod when absent. */
	readonly module?: string;
	/**
	Go is stopped after this long without progress. Without `progress` nothing is watched, and this is simply
	the longest go may run.
	*/
	readonly timeoutMs: number;
	readonly signal?: AbortSignal;
	/** Watch the module cache while go runs: then the deadline counts only the time without progress. */
	readonly progress?: ProgressWatchOptions;
};

/** What {@link reproduceDownload} watches for progress, and whom it tells. */
export type ProgressWatchOptions = {
	/** GOMODCACHE, or its promise (`go env` answers while go already runs); undefined when unknown. */
	readonly moduleCache: string | undefined | Promise<string | undefined>;
	readonly watch: DownloadWatchList;
	/** Told whenever the number of modules done changes (and once at the first reading). */
	readonly onProgress?: (progress: DownloadProgress) => void;
	/**
	A shorter limit on the time without progress, asked at every tick: given when a check shows why go is stuck
	(the GOPROXY entry it asks accepted the connection and does not answer). Never longer than `timeoutMs`.
	*/
	readonly quietLimit?: () => {readonly ms: number; readonly entry: string} | undefined;
	/** How often the module cache is read. @default progressPollMs */
	readonly pollMs?: number;
	/**
	How long go may make no progress once it has made some (a pause between two steps).
	@default the longer of `timeoutMs` and {@link pauseAfterProgressMs}
	*/
	readonly pauseMs?: number;
};

/** Why gomod-doctor stopped go. */
export type DownloadStop = {
	/**
	`no-progress`: nothing arrived for the whole deadline; `silent-entry`: nothing arrived for the shorter limit
	while the GOPROXY entry go asks was connected but silent; `longest`: go was still progressing at the longest
	run it is given ({@link longestDownloadMs}).
	*/
	readonly reason: 'no-progress' | 'silent-entry' | 'longest';
	/** How long go had made no progress when it was stopped. */
	readonly quietMs: number;
	/** The limit that time passed (the whole run's for `longest`). */
	readonly limitMs: number;
	/** `silent-entry`: the GOPROXY entry, as written (redact before display). */
	readonly entry?: string;
};

/** How often the module cache is read while go runs. */
export const progressPollMs = 400;

/** The pause between two steps of a go that has made progress that is still no hang: one resolver retry and a margin. */
export const pauseAfterProgressMs = 5500;

/** The longest a watched go may run while it still makes progress: 30 deadlines, at least two minutes. */
export function longestDownloadMs(timeoutMs: number): number {
	return Math.max(30 * timeoutMs, 120_000);
}

/** A module query that is safe to hand to go as an argument. */
export type ModuleQuery = {readonly ok: true; readonly path: string; readonly version?: string; readonly argument: string};

export type ModuleQueryResult = ModuleQuery | {readonly ok: false; readonly reason: Text};

/**
Runs `go mod download -json` (for one module when `module` is given) in `cwd`, with a deadline, and reads
what happened. Never throws for go's failures; an invalid `module` is reported in the result without running go.
*/
export async function reproduceDownload(system: System, options: ReproduceDownloadOptions): Promise<Reproduction> {
	const args = ['mod', 'download', '-json'];
	if (options.module !== undefined) {
		const query = validateModuleQuery(options.module);
		if (!query.ok) {
			return {
				argv: ['go', ...args],
				exitCode: undefined,
				timedOut: false,
				canceled: false,
				missing: false,
				durationMs: 0,
				stdout: '',
				stderr: '',
				records: [],
				failures: [],
				ok: false,
				headline: say.go.reproduction.notRun(query.reason),
			};
		}

		// `--` as well, although the query was checked not to start with `-`.
		args.push('--', query.argument);
	}

	const watcher = options.progress === undefined ? undefined : watchProgress(system, options.timeoutMs, options.progress);
	const run = system.run({
		file: 'go',
		args,
		env: options.env,
		cwd: options.cwd,
		timeoutMs: options.progress === undefined ? options.timeoutMs : longestDownloadMs(options.timeoutMs),
		signal:
			watcher === undefined
				? options.signal
				: options.signal === undefined
					? watcher.signal
					: AbortSignal.any([options.signal, watcher.signal]),
		parseable: true,
	});
	const result = await run;
	const watched = await watcher?.finish();
	// Stopped for want of progress: a deadline, not the caller's cancel.
	const stalled = watched?.stopped !== undefined && result.canceled && options.signal?.aborted !== true ? watched.stopped : undefined;
	const stopped: DownloadStop | undefined =
		stalled ??
		(result.timedOut
			? options.progress === undefined
				? {reason: 'no-progress', quietMs: options.timeoutMs, limitMs: options.timeoutMs}
				: {reason: 'longest', quietMs: watched?.quietMs ?? 0, limitMs: longestDownloadMs(options.timeoutMs)}
			: undefined);
	const timedOut = result.timedOut || stalled !== undefined;
	const canceled = result.canceled && stalled === undefined;
	const parsed = parseDownloadJson(result.stdout);
	// Go quotes what it read (a 1 MB module path in go.mod): every line kept is bounded, for every output.
	const stderr = clipLongLines(result.stderr);
	const failures = mergeFailures(
		parsed.failures.map((failure) => ({...failure, error: clipLongLines(failure.error)})),
		parseStderrFailures(stderr),
	);
	const ok = result.exitCode === 0 && !timedOut && !canceled && failures.length === 0;
	const base = {
		argv: result.argv,
		exitCode: result.exitCode,
		timedOut,
		canceled,
		missing: result.missing,
		durationMs: result.durationMs,
		...(result.memoryExceededBytes === undefined ? {} : {memoryExceededBytes: result.memoryExceededBytes}),
		stdout: result.stdout,
		stderr,
		records: parsed.records,
		failures,
		...(parsed.truncated === undefined ? {} : {truncated: parsed.truncated}),
		...(watched?.progress === undefined ? {} : {progress: watched.progress}),
		...(stopped === undefined ? {} : {stopped}),
		ok,
	};
	return {...base, headline: describeReproduction(base)};
}

/**
Reads the module cache every `pollMs` while go runs and aborts `signal` once go has made no progress for
`timeoutMs` (or the shorter `quietLimit`). Progress is any change in the watched files; the clock starts when go
does. `finish` stops the watching, after one last reading, and tells what was seen.
*/
function watchProgress(
	system: System,
	timeoutMs: number,
	options: ProgressWatchOptions,
): {signal: AbortSignal; finish: () => Promise<{progress?: DownloadProgress; stopped?: DownloadStop; quietMs: number}>} {
	const controller = new AbortController();
	const pollMs = options.pollMs ?? progressPollMs;
	let lastProgressAt = system.now();
	let progressed = false;
	// File times are wall-clock times (the system's clock may be another).
	const startedWallMs = Date.now();
	let fingerprint: string | undefined;
	let progress: DownloadProgress | undefined;
	let stopped: DownloadStop | undefined;
	let reading: Promise<void> | undefined;
	// When the last reading ended, and how long to rest after it: three times as long as it took (at least
	// `pollMs`), so that reading a large project's cache never takes more than a quarter of the time.
	let lastReadAt = Number.NEGATIVE_INFINITY;
	let restMs = pollMs;
	let ended = false;
	const expected = options.watch.expected === undefined ? {} : {modulesExpected: options.watch.expected};
	const cacheDir = Promise.resolve(options.moduleCache).then(
		(dir) => (dir === undefined || dir === '' ? undefined : downloadCacheDir(dir)),
		() => undefined,
	);
	const tickMs = Math.min(100, pollMs);
	let timer: NodeJS.Timeout | undefined;
	// When the last completed look at the cache began.
	let confirmedQuietFrom = Number.NEGATIVE_INFINITY;
	const read = async () => {
		const dir = await cacheDir;
		if (dir === undefined) {
			return;
		}

		const now = await readDownloadCache(system.fs, dir, options.watch, startedWallMs);
		// The first reading may come late (the module cache's path is read beside go's start): files written since go
		// started are what go did meanwhile, and count as progress once; a warm cache's older files do not. A zip go
		// is hashing or extracting is progress for as long as that lasts: local work, which no network can stall.
		if (now.busy > 0 || (fingerprint === undefined ? now.newestMs >= startedWallMs : now.fingerprint !== fingerprint)) {
			lastProgressAt = system.now();
			progressed = true;
		}

		fingerprint = now.fingerprint;
		const changed = progress?.modulesDone !== now.modulesDone;
		progress = {modulesDone: now.modulesDone, ...expected, bytes: now.bytes};
		if (changed && !ended) {
			options.onProgress?.(progress);
		}
	};

	const tick = () => {
		if (ended) {
			return;
		}

		const now = system.now();
		const quietMs = now - lastProgressAt;
		const shorter = options.quietLimit?.();
		// Once go has made progress it is given at least one resolver retry between steps (glibc waits 5 s before it
		// asks again): a pause that long between two modules, seen on real networks, is not a hang.
		const quietAllowedMs = progressed ? (options.pauseMs ?? Math.max(timeoutMs, pauseAfterProgressMs)) : timeoutMs;
		const limitMs = shorter === undefined ? quietAllowedMs : Math.min(quietAllowedMs, shorter.ms);
		// Go is quiet only when a look at the cache that began after the limit had passed saw nothing new: a reading
		// that comes late (a slow disk, a loaded machine, the cache's path known late) never turns into "no progress".
		if (quietMs >= limitMs && confirmedQuietFrom >= lastProgressAt + limitMs) {
			stopped =
				shorter !== undefined && shorter.ms < quietAllowedMs
					? {reason: 'silent-entry', quietMs, limitMs, entry: shorter.entry}
					: {reason: 'no-progress', quietMs, limitMs};
			controller.abort();
			return;
		}

		if (reading === undefined && (now - lastReadAt >= restMs || quietMs >= limitMs)) {
			reading = read()
				.catch(() => undefined)
				.finally(() => {
					confirmedQuietFrom = now;
					lastReadAt = system.now();
					restMs = Math.max(pollMs, 3 * (lastReadAt - now));
					reading = undefined;
				});
		}

		timer = setTimeout(tick, Math.min(tickMs, Math.max(10, limitMs - quietMs)));
	};

	timer = setTimeout(tick, 0);
	return {
		signal: controller.signal,
		async finish() {
			ended = true;
			clearTimeout(timer);
			await reading;
			// One last look: what go finished just before it exited.
			await read().catch(() => undefined);
			return {
				...(progress === undefined ? {} : {progress}),
				...(stopped === undefined ? {} : {stopped}),
				quietMs: system.now() - lastProgressAt,
			};
		},
	};
}

/**
Checks `MOD` or `MOD@QUERY` before it becomes an argument: the path by go's module path rules
(golang.org/x/mod/module.CheckPath), the query as a version, a branch or commit name, or a comparison such as
`<v1.2.0`. Nothing may start with `-`, and no whitespace or control characters are accepted.
*/
export function validateModuleQuery(text: string): ModuleQueryResult {
	if (text === '') {
		return {ok: false, reason: say.go.query.empty};
	}

	if (text.startsWith('-')) {
		return {ok: false, reason: say.go.query.startsWithDash(printable(text))};
	}

	if (/[\u0000-\u0020\u007F-\u009F]/.test(text)) {
		return {ok: false, reason: say.go.query.whitespace(printable(text))};
	}

	if (text.length > 512) {
		return {ok: false, reason: say.go.query.tooLong};
	}

	const at = text.indexOf('@');
	const path = at === -1 ? text : text.slice(0, at);
	const version = at === -1 ? undefined : text.slice(at + 1);
	const pathProblem = checkModulePath(path);
	if (pathProblem !== undefined) {
		return {ok: false, reason: say.go.query.malformed(printable(path), pathProblem)};
	}

	if (version !== undefined) {
		if (version === '') {
			return {ok: false, reason: say.go.query.emptyVersion(printable(text))};
		}

		if (version.startsWith('-')) {
			return {ok: false, reason: say.go.query.versionDash(printable(version))};
		}

		if (!/^[\w.+~/<>=-]+$/.test(version)) {
			return {ok: false, reason: say.go.query.versionCharacters(printable(version))};
		}
	}

	return {ok: true, path, ...(version === undefined ? {} : {version}), argument: text};
}

/** The hosts named in the failures, the one that refused or timed out first (e.g. `127.0.0.1:4312`), without duplicates. */
export function failingHosts(reproduction: Pick<Reproduction, 'failures' | 'stderr'>): string[] {
	const hosts: string[] = [];
	const texts = reproduction.failures.length > 0 ? reproduction.failures.map((failure) => failure.error) : [reproduction.stderr];
	for (const text of texts) {
		for (const host of hostsInError(text)) {
			if (!hosts.includes(host)) {
				hosts.push(host);
			}
		}
	}

	return hosts;
}

/**
The hosts one go error names, most specific first: the proxy of a `proxyconnect` failure, a host that did
not resolve, then the hosts of the URLs go was fetching, then the addresses go dialled.
*/
export function hostsInError(text: string): string[] {
	const found: string[] = [];
	const add = (host: string | undefined) => {
		if (host !== undefined && host !== '' && !found.includes(host)) {
			found.push(host);
		}
	};

	for (const match of text.matchAll(/proxyconnect tcp: dial tcp (?:lookup )?(\[[^\]\s]+]:\d+|[^\s:]+(?::\d+)?)/g)) {
		add(match[1]);
	}

	for (const match of text.matchAll(/dial tcp: lookup (\S+?)(?: on \S+)?: /g)) {
		add(match[1]);
	}

	// `read "URL": unexpected EOF` is a body cut short.
	for (const match of text.matchAll(/(?:Get|Head|read) "([^"]+)"|(?:reading|fetching) (https?:\/\/\S+?):? /g)) {
		add(urlHost(match[1] ?? match[2] ?? ''));
	}

	for (const match of text.matchAll(/dial tcp (\[[^\]\s]+]:\d+|\d{1,3}(?:\.\d{1,3}){3}:\d+|[A-Za-z\d.-]+:\d+)/g)) {
		add(match[1]);
	}

	return found;
}

/**
Failures go printed on stderr: `go: MOD@VER: message`, and the last `MOD@VER: message` of a
`MOD@VER requires` chain. Continuation lines (indented) belong to the message above them.
*/
export function parseStderrFailures(stderr: string): DownloadFailure[] {
	const messages: string[][] = [];
	for (const line of stderr.split('\n')) {
		if (line.startsWith('go: ') || messages.length === 0) {
			messages.push([line]);
		} else if (/^\s/.test(line) && line.trim() !== '') {
			messages.at(-1)!.push(line);
		} else if (line.trim() !== '') {
			messages.push([line]);
		}
	}

	const failures: DownloadFailure[] = [];
	for (const message of messages) {
		let found: {index: number; module: string; version: string} | undefined;
		for (const [index, line] of message.entries()) {
			// `MOD@VER: message`, or `verifying MOD@VER/go.mod: checksum mismatch`.
			// Only at the start of a token (the lookbehind): tried at every character, a 1 MB line took minutes.
			const match = /(?<![\w.~/+-])([A-Za-z\d][\w.~/+-]*)@([\w.+~-]+)(?:\/go\.mod)?: /.exec(line);
			if (match !== null) {
				found = {index, module: match[1]!, version: match[2]!};
			}
		}

		if (found === undefined) {
			continue;
		}

		const lines = message.slice(found.index).map((line) => line.trim());
		lines[0] = lines[0]!.replace(/^go: /, '');
		failures.push({module: found.module, version: found.version, error: lines.join('\n')});
	}

	return failures;
}

function mergeFailures(json: readonly DownloadFailure[], stderr: readonly DownloadFailure[]): DownloadFailure[] {
	const merged = [...json];
	for (const failure of stderr) {
		if (!merged.some((known) => known.module === failure.module && known.version === failure.version)) {
			merged.push(failure);
		}
	}

	return merged;
}

function describeReproduction(reproduction: Omit<Reproduction, 'headline'>): Text {
	const words = say.go.reproduction;
	if (reproduction.missing) {
		return words.missing;
	}

	if (reproduction.canceled) {
		return words.canceled;
	}

	if (reproduction.memoryExceededBytes !== undefined) {
		return words.tooMuchMemory(Math.round(reproduction.memoryExceededBytes / 1024 / 1024), lastDownloading(reproduction.stderr));
	}

	if (reproduction.timedOut) {
		const stop = reproduction.stopped ?? {reason: 'no-progress', quietMs: reproduction.durationMs, limitMs: reproduction.durationMs};
		const last = lastDownloading(reproduction.stderr);
		const known = reproduction.failures.length > 0 ? words.beforeThat(describeFailure(reproduction.failures[0]!)) : '';
		return words.stopped(stop, progressText(reproduction.progress), last, known);
	}

	if (reproduction.ok) {
		const count = reproduction.records.length;
		return count === 0 ? words.nothing : words.succeeded(count);
	}

	const first = reproduction.failures[0];
	if (first !== undefined) {
		const more = reproduction.failures.length - 1;
		return words.more(describeFailure(first), more);
	}

	const line = firstMeaningfulLine(reproduction.stderr);
	if (line === "go: no modules specified (see 'go help mod download')") {
		// What go says when the directory has no go.mod and no module was named.
		return words.noGoMod;
	}

	if (line !== undefined) {
		return words.failedLine(clip(line.replace(/^go: /, '')));
	}

	return words.noMessage(String(reproduction.exitCode));
}

/** `3 of about 30 modules done`, or undefined when nothing was watched. */
export function progressText(progress: DownloadProgress | undefined): Text | undefined {
	return progress === undefined ? undefined : say.go.reproduction.progress(progress.modulesDone, progress.modulesExpected);
}

function describeFailure(failure: DownloadFailure): Text {
	const hosts = hostsInError(failure.error);
	const firstLine = failure.error.split('\n')[0] ?? '';
	let detail = firstLine.startsWith(`${failure.module}@${failure.version}: `)
		? firstLine.slice(failure.module.length + failure.version.length + 3)
		: firstLine.replace(/^module \S+: /, '');
	detail = detail.replace(/^(?:Get|Head) "[^"]*": /, '');
	const host = hosts[0];
	return say.go.reproduction.failure(
		clip(`${failure.module}@${failure.version}`, 120),
		host === undefined ? undefined : clip(host, 120),
		clip(detail),
	);
}

function lastDownloading(stderr: string): string | undefined {
	const matches = [...stderr.matchAll(/^go: downloading (\S+ \S+)$/gm)];
	return matches.at(-1)?.[1];
}

/** The first non-blank line; with the next one when it ends in `:` (`go: errors parsing go.mod:`). */
function firstMeaningfulLine(text: string): string | undefined {
	const lines = text
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '');
	const first = lines[0];
	return first?.endsWith(':') && lines[1] !== undefined ? `${first} ${lines[1]}` : first;
}

/** The `host:port` of a URL as go names it in its errors (what `failingHosts` lists), or undefined. */
export function urlHost(url: string): string | undefined {
	try {
		return new URL(url).host;
	} catch {
		return undefined;
	}
}

/** Go's words as a headline quotes them: on one line, at most `max` characters. */
function clip(text: string, max = 300): string {
	const line = text.replaceAll(/\s*\n\s*/g, ' ');
	return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/**
Go's error text of a reproduction: stderr, then the errors of failing modules that go reported only in its
JSON records (those it printed on stderr are not repeated). Empty when go printed no error.
*/
export function reproductionErrorText(reproduction: Pick<Reproduction, 'failures' | 'stderr'>): string {
	const stderr = reproduction.stderr.trim();
	const fromJson = reproduction.failures
		.filter((failure) => !stderr.includes(failure.error.split('\n')[0] ?? failure.error))
		.map((failure) => `${failure.module}@${failure.version}: ${failure.error}`);
	return [stderr, ...fromJson].filter((part) => part !== '').join('\n');
}
