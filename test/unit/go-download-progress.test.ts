import assert from 'node:assert/strict';
import {appendFile, mkdir, mkdtemp, rename, rm, utimes, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {after, test} from 'node:test';
import {downloadWatchList, readDownloadCache} from '../../source/go/download-progress.js';
import {nodeFileSystem} from '../../source/system/file-system.js';
import {parseGoMod} from '../../source/go/parse-go-mod.js';
import {parseGoSum} from '../../source/go/parse-go-sum.js';
import {longestDownloadMs, pauseAfterProgressMs, reproduceDownload} from '../../source/go/reproduce-download.js';
import type {CommandSpec, System} from '../../source/system/types.js';
import {commandResult, createFakeSystem} from '../helpers/fake-system.js';
import {english} from '../helpers/text.js';

const roots: string[] = [];
after(async () => {
	await Promise.all(roots.map(async (root) => rm(root, {recursive: true, force: true})));
});

async function moduleCache(): Promise<string> {
	const root = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-progress-'));
	roots.push(root);
	return root;
}

/** The `@v` directory of a module in the download cache under `cache`. */
function versionDir(cache: string, escapedPath: string): string {
	return path.join(cache, 'cache', 'download', escapedPath, '@v');
}

/**
A system whose go runs `runMs` (or until its signal aborts) and meanwhile calls `during` every `everyMs`: a stand-in
for a go that writes into its module cache.
*/
function slowGo(
	runMs: number,
	options: {everyMs?: number; during?: (step: number) => Promise<void>} = {},
): {system: System; calls: CommandSpec[]} {
	const system = createFakeSystem({
		now: () => performance.now(),
		commands: {
			async 'go mod download -json'(spec) {
				const started = performance.now();
				let step = 0;
				const writer =
					options.during === undefined
						? undefined
						: setInterval(() => {
								void options.during!(step++);
							}, options.everyMs ?? 100);
				await new Promise<void>((resolve) => {
					const timer = setTimeout(resolve, runMs);
					spec.signal?.addEventListener('abort', () => {
						clearTimeout(timer);
						resolve();
					});
				});
				clearInterval(writer);
				const canceled = spec.signal?.aborted ?? false;
				return commandResult([spec.file, ...spec.args], {
					exitCode: canceled ? undefined : 0,
					canceled,
					durationMs: performance.now() - started,
				});
			},
		},
	});
	return {system, calls: system.commands};
}

const goMod = parseGoMod(
	'module example.com/app\n\ngo 1.22\n\nrequire (\n\texample.com/a v1.0.0\n\texample.com/B v1.2.3\n\texample.com/local v0.1.0\n)\n\nreplace example.com/local => ../local\n',
);
const goSum = parseGoSum('example.com/a v1.0.0 h1:x=\nexample.com/a v1.0.0/go.mod h1:y=\nexample.com/dep v0.3.0/go.mod h1:z=\n');

test('the watch list: go.mod requirements are counted (not one replaced by a directory), go.sum modules watched', () => {
	const list = downloadWatchList({goMod, goSum});
	assert.equal(list.expected, 2);
	assert.deepEqual(
		list.modules.map((module) => `${module.path}@${module.version} ${module.counted}`),
		['example.com/a@v1.0.0 true', 'example.com/B@v1.2.3 true', 'example.com/dep@v0.3.0 false'],
	);
	assert.deepEqual(downloadWatchList({goMod, module: 'example.com/x@latest'}), {
		modules: [{path: 'example.com/x', counted: true}],
		expected: 1,
	});
	assert.deepEqual(downloadWatchList({module: 'example.com/x@v1.0.0'}).modules, [
		{path: 'example.com/x', version: 'v1.0.0', counted: true},
	]);
});

test('reading the cache: a zip of a counted version is a module done; other versions of the path are not looked at', async () => {
	const cache = await moduleCache();
	const list = downloadWatchList({goMod, goSum});
	const a = versionDir(cache, 'example.com/a');
	const b = versionDir(cache, 'example.com/!b');
	await mkdir(a, {recursive: true});
	await mkdir(b, {recursive: true});
	await writeFile(path.join(a, 'v1.0.0.mod'), 'module example.com/a\n');
	await writeFile(path.join(a, 'v1.0.0.zip'), 'zip');
	// Another version of the same module, with a prefix that a careless match would take (v1.0.0 / v1.0.01…).
	await writeFile(path.join(a, 'v1.0.01.zip'), 'other version');
	await writeFile(path.join(b, 'v1.2.3.zip123456.tmp'), 'partial');
	// A lock comes before any byte (and for a module the proxy does not have): not progress.
	await writeFile(path.join(b, 'v1.2.3.lock'), '');
	const first = await readDownloadCache(nodeFileSystem, path.join(cache, 'cache', 'download'), list);
	assert.equal(first.modulesDone, 1);
	assert.equal(first.files, 3);
	assert.equal(first.bytes, 'module example.com/a\n'.length + 3 + 'partial'.length);
	// Bytes arriving in the partial zip change the fingerprint.
	await appendFile(path.join(b, 'v1.2.3.zip123456.tmp'), 'more bytes');
	const second = await readDownloadCache(nodeFileSystem, path.join(cache, 'cache', 'download'), list);
	assert.notEqual(second.fingerprint, first.fingerprint);
	assert.equal(second.modulesDone, 1);
	// A cache that does not exist yet is empty.
	const none = await readDownloadCache(nodeFileSystem, path.join(cache, 'nothing'), list);
	assert.deepEqual([none.modulesDone, none.files, none.bytes], [0, 0, 0]);
});

test('a go that keeps writing into its module cache is not stopped at the deadline', async () => {
	const cache = await moduleCache();
	const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
	const modules = names.map((name) => ({path: `example.com/${name}`, version: 'v1.0.0', counted: true}));
	const seen: number[] = [];
	// One module done every 150 ms for 1.2 s; the deadline is 500 ms without progress.
	const {system, calls} = slowGo(1200, {
		everyMs: 150,
		async during(step) {
			const name = names[step];
			if (name !== undefined) {
				const dir = versionDir(cache, `example.com/${name}`);
				await mkdir(dir, {recursive: true});
				await writeFile(path.join(dir, 'v1.0.0.zip'), `zip of ${name}`);
			}
		},
	});
	const reproduction = await reproduceDownload(system, {
		env: {},
		cwd: '/tmp',
		timeoutMs: 500,
		progress: {
			moduleCache: Promise.resolve(cache),
			watch: {modules, expected: names.length},
			pollMs: 50,
			onProgress(progress) {
				seen.push(progress.modulesDone);
			},
		},
	});
	assert.equal(reproduction.timedOut, false, english(reproduction.headline));
	assert.equal(reproduction.ok, true, english(reproduction.headline));
	assert.ok(reproduction.durationMs >= 1100, `go ran its whole ${Math.round(reproduction.durationMs)} ms`);
	assert.equal(reproduction.progress?.modulesExpected, names.length);
	// As it came (how many of the eight a loaded machine writes in time varies): in order, step by step.
	assert.ok(
		seen.length >= 3 && seen.every((done, index) => index === 0 || done > seen[index - 1]!),
		`progress was reported as it came: ${seen.join(', ')}`,
	);
	// The run's own deadline is only the longest a progressing go may run.
	assert.equal(calls[0]!.timeoutMs, longestDownloadMs(500));
});

test("the module cache's path known late: modules go wrote meanwhile count as progress once (field: --timeout 1)", async () => {
	const cache = await moduleCache();
	const names = ['a', 'b', 'c'];
	const modules = names.map((name) => ({path: `example.com/${name}`, version: 'v1.0.0', counted: true}));
	// Go writes its three modules at once, then works on for 1.6 s (extracting, verifying); the path of the cache is
	// known only after 800 ms (go env runs beside go), and the deadline is 1 s without progress.
	const {system} = slowGo(1600, {
		everyMs: 10,
		async during(step) {
			if (step === 0) {
				await Promise.all(
					names.map(async (name) => {
						const dir = versionDir(cache, `example.com/${name}`);
						await mkdir(dir, {recursive: true});
						await writeFile(path.join(dir, 'v1.0.0.zip'), `zip of ${name}`);
					}),
				);
			}
		},
	});
	const late = new Promise<string>((resolve) => {
		setTimeout(() => {
			resolve(cache);
		}, 800);
	});
	const reproduction = await reproduceDownload(system, {
		env: {},
		cwd: '/tmp',
		timeoutMs: 1000,
		progress: {moduleCache: late, watch: {modules, expected: names.length}, pollMs: 50},
	});
	assert.equal(reproduction.timedOut, false, english(reproduction.headline));
	assert.equal(reproduction.ok, true, english(reproduction.headline));
	assert.equal(reproduction.progress?.modulesDone, names.length);
});

test('a go that has made progress may pause longer than a short deadline (field: --timeout 1 on gin)', async () => {
	const cache = await moduleCache();
	const names = ['a', 'b'];
	const modules = names.map((name) => ({path: `example.com/${name}`, version: 'v1.0.0', counted: true}));
	// One module at once, then 1.5 s of nothing (a resolver's retry, a slow TLS handshake), then the other; the
	// deadline is 400 ms without progress.
	const {system} = slowGo(1800, {
		everyMs: 100,
		async during(step) {
			const name = step === 0 ? 'a' : step === 15 ? 'b' : undefined;
			if (name !== undefined) {
				const dir = versionDir(cache, `example.com/${name}`);
				await mkdir(dir, {recursive: true});
				await writeFile(path.join(dir, 'v1.0.0.zip'), `zip of ${name}`);
			}
		},
	});
	const reproduction = await reproduceDownload(system, {
		env: {},
		cwd: '/tmp',
		timeoutMs: 400,
		progress: {moduleCache: cache, watch: {modules, expected: 2}, pollMs: 50},
	});
	assert.ok(pauseAfterProgressMs > 1500);
	assert.equal(reproduction.timedOut, false, english(reproduction.headline));
	assert.equal(reproduction.progress?.modulesDone, 2);
});

/** A complete zip's last 22 bytes: the end of central directory record, no comment. */
function zipEnd(): Buffer {
	const end = Buffer.alloc(22);
	end.write('PK\u0005\u0006', 0, 'latin1');
	return end;
}

test('reading the cache: a complete temporary zip (go hashing it) and a .partial marker (go extracting) are go at work', async () => {
	const cache = await moduleCache();
	const list = downloadWatchList({goMod, goSum});
	const downloads = path.join(cache, 'cache', 'download');
	const a = versionDir(cache, 'example.com/a');
	const b = versionDir(cache, 'example.com/!b');
	await mkdir(a, {recursive: true});
	await mkdir(b, {recursive: true});
	const startedAt = Date.now();
	// Bytes still arriving: the zip is not complete, so nothing is being checked yet.
	await writeFile(
		path.join(b, 'v1.2.3.zip8812.tmp'),
		Buffer.concat([Buffer.from('PK\u0003\u0004 some deflated bytes'), Buffer.alloc(40, 7)]),
	);
	assert.equal((await readDownloadCache(nodeFileSystem, downloads, list, startedAt)).busy, 0);
	// The last bytes arrived: go hashes the file against go.sum before renaming it.
	await appendFile(path.join(b, 'v1.2.3.zip8812.tmp'), zipEnd());
	assert.equal((await readDownloadCache(nodeFileSystem, downloads, list, startedAt)).busy, 1);
	// Renamed; the .partial marker says go is extracting it.
	await rm(path.join(b, 'v1.2.3.zip8812.tmp'));
	await writeFile(path.join(b, 'v1.2.3.zip'), 'zip');
	const before = await readDownloadCache(nodeFileSystem, downloads, list, startedAt);
	await writeFile(path.join(b, 'v1.2.3.partial'), '');
	const extracting = await readDownloadCache(nodeFileSystem, downloads, list, startedAt);
	assert.equal(extracting.busy, 1);
	assert.notEqual(extracting.fingerprint, before.fingerprint, 'the marker coming is a change');
	// Without the time go started nothing counts as busy; a marker an earlier go left behind never does.
	assert.equal((await readDownloadCache(nodeFileSystem, downloads, list)).busy, 0);
	await writeFile(path.join(a, 'v1.0.0.partial'), '');
	await utimes(path.join(a, 'v1.0.0.partial'), new Date(startedAt - 60_000), new Date(startedAt - 60_000));
	const beforeEnd = await readDownloadCache(nodeFileSystem, downloads, list, startedAt);
	assert.equal(beforeEnd.busy, 1);
	await rm(path.join(b, 'v1.2.3.partial'));
	const done = await readDownloadCache(nodeFileSystem, downloads, list, startedAt);
	assert.equal(done.busy, 0);
	assert.notEqual(done.fingerprint, beforeEnd.fingerprint, 'the marker going is a change');
});

test('a go that hashes and extracts a large zip for longer than the pause allowed is not stopped (field: --timeout 1 on prometheus)', async () => {
	const cache = await moduleCache();
	const modules = [{path: 'example.com/big', version: 'v1.0.0', counted: true}];
	const dir = versionDir(cache, 'example.com/big');
	// The zip arrives at once; go then checks it for 700 ms and extracts it for 1.2 s, while nothing else changes
	// in the download cache. The pause allowed after progress is 400 ms.
	const {system} = slowGo(2300, {
		everyMs: 50,
		async during(step) {
			const temporary = path.join(dir, 'v1.0.0.zip4242.tmp');
			switch (step) {
				case 0: {
					await mkdir(dir, {recursive: true});
					await writeFile(temporary, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 1), zipEnd()]));

					break;
				}

				case 14: {
					await rename(temporary, path.join(dir, 'v1.0.0.zip'));
					await writeFile(path.join(dir, 'v1.0.0.ziphash'), 'h1:x=');
					await writeFile(path.join(dir, 'v1.0.0.partial'), '');

					break;
				}

				case 38: {
					await rm(path.join(dir, 'v1.0.0.partial'));

					break;
				}
				// No default
			}
		},
	});
	const reproduction = await reproduceDownload(system, {
		env: {},
		cwd: '/tmp',
		timeoutMs: 400,
		progress: {moduleCache: cache, watch: {modules, expected: 1}, pollMs: 50, pauseMs: 400},
	});
	assert.equal(reproduction.timedOut, false, english(reproduction.headline));
	assert.equal(reproduction.ok, true, english(reproduction.headline));
	assert.equal(reproduction.progress?.modulesDone, 1);
});

test('a download that stalls with its zip incomplete is stopped at the pause allowed', async () => {
	const cache = await moduleCache();
	const modules = [{path: 'example.com/big', version: 'v1.0.0', counted: true}];
	const dir = versionDir(cache, 'example.com/big');
	const {system} = slowGo(60_000, {
		everyMs: 50,
		async during(step) {
			if (step === 0) {
				await mkdir(dir, {recursive: true});
				await writeFile(path.join(dir, 'v1.0.0.zip4242.tmp'), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 1)]));
			}
		},
	});
	const reproduction = await reproduceDownload(system, {
		env: {},
		cwd: '/tmp',
		timeoutMs: 400,
		progress: {moduleCache: cache, watch: {modules, expected: 1}, pollMs: 50, pauseMs: 400},
	});
	assert.equal(reproduction.timedOut, true);
	assert.equal(reproduction.stopped?.reason, 'no-progress');
	assert.equal(reproduction.stopped?.limitMs, 400);
	assert.ok(reproduction.durationMs < 5000, `${Math.round(reproduction.durationMs)} ms`);
});

test('a go that makes no progress is stopped after the deadline without progress, and says how far it got', async () => {
	const cache = await moduleCache();
	const dir = versionDir(cache, 'example.com/a');
	await mkdir(dir, {recursive: true});
	await writeFile(path.join(dir, 'v1.0.0.zip'), 'zip');
	const {system} = slowGo(60_000);
	const reproduction = await reproduceDownload(system, {
		env: {},
		cwd: '/tmp',
		timeoutMs: 400,
		progress: {moduleCache: cache, watch: downloadWatchList({goMod}), pollMs: 50},
	});
	assert.equal(reproduction.timedOut, true);
	assert.equal(reproduction.canceled, false);
	assert.equal(reproduction.stopped?.reason, 'no-progress');
	assert.equal(reproduction.stopped?.limitMs, 400);
	assert.ok(reproduction.stopped.quietMs >= 400);
	assert.match(
		english(reproduction.headline),
		/^go mod download made no progress for 0\.\d s \(1 of about 2 modules done\) and was stopped$/,
	);
});

test('with the entry connected but silent, the shorter limit applies and the headline names the entry', async () => {
	const cache = await moduleCache();
	const {system} = slowGo(60_000);
	let asked = 0;
	const reproduction = await reproduceDownload(system, {
		env: {},
		cwd: '/tmp',
		timeoutMs: 10_000,
		progress: {
			moduleCache: cache,
			watch: downloadWatchList({goMod}),
			pollMs: 50,
			quietLimit() {
				asked++;
				return {ms: 300, entry: 'https://proxy.example'};
			},
		},
	});
	assert.ok(asked > 0);
	assert.equal(reproduction.timedOut, true);
	assert.equal(reproduction.stopped?.reason, 'silent-entry');
	assert.equal(reproduction.stopped?.limitMs, 300);
	assert.ok(reproduction.durationMs < 5000, `stopped at the shorter limit, not the deadline (${Math.round(reproduction.durationMs)} ms)`);
	assert.match(
		english(reproduction.headline),
		/no progress for 0\.\d s \(0 of about 2 modules done\) while https:\/\/proxy\.example accepted the connection and sent nothing/,
	);
});

test('the caller canceling is a cancel, not a stop for want of progress', async () => {
	const {system} = slowGo(60_000);
	const controller = new AbortController();
	setTimeout(() => {
		controller.abort();
	}, 100);
	const reproduction = await reproduceDownload(system, {
		env: {},
		cwd: '/tmp',
		timeoutMs: 5000,
		signal: controller.signal,
		progress: {moduleCache: undefined, watch: {modules: []}, pollMs: 50},
	});
	assert.equal(reproduction.canceled, true);
	assert.equal(reproduction.timedOut, false);
	assert.equal(reproduction.stopped, undefined);
});
