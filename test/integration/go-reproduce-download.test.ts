import assert from 'node:assert/strict';
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {failingHosts, reproduceDownload} from '../../source/go/reproduce-download.js';
import {createHermeticGoEnv} from '../../source/lab/hermetic-env.js';
import {startLab} from '../../source/lab/start-lab.js';
import {createSystem} from '../../source/system/create-system.js';
import {english} from '../helpers/text.js';

const system = createSystem();
const timeoutMs = 30_000;
const roots: string[] = [];
after(async () => {
	await Promise.all(roots.map(async (root) => rm(root, {recursive: true, force: true})));
});

test('healthy lab: go downloads every module and the headline says so', async (t) => {
	const lab = await startLab('healthy');
	t.after(async () => lab.close());
	const reproduction = await reproduceDownload(system, {env: lab.env, cwd: lab.dir, timeoutMs});
	assert.equal(reproduction.ok, true, reproduction.stderr);
	assert.equal(reproduction.exitCode, 0);
	assert.ok(reproduction.records.length > 0);
	assert.ok(reproduction.records.every((record) => record.zip !== undefined && record.sum?.startsWith('h1:')));
	assert.equal(
		english(reproduction.headline),
		`go mod download succeeded: ${reproduction.records.length} modules downloaded or already in the cache`,
	);
	assert.deepEqual(failingHosts(reproduction), []);
});

test('proxy refusing connections: the failing module and host are named', async (t) => {
	const lab = await startLab('proxy-down');
	t.after(async () => lab.close());
	const down = new URL(lab.server('down').url).host;

	const all = await reproduceDownload(system, {env: lab.env, cwd: lab.dir, timeoutMs});
	assert.equal(all.ok, false);
	assert.equal(all.exitCode, 1);
	// While loading the module graph, go reports on stderr, not in JSON.
	assert.deepEqual(all.records, []);
	assert.equal(all.failures.length, 1);
	assert.deepEqual(failingHosts(all), [down]);
	assert.match(
		english(all.headline),
		new RegExp(
			String.raw`^example\.com/lab/\S+@v\S+ failed from ${down.replaceAll('.', String.raw`\.`)}: dial tcp ${down.replaceAll('.', String.raw`\.`)}: connect: connection refused$`,
		),
	);

	const one = await reproduceDownload(system, {env: lab.env, cwd: lab.dir, module: 'example.com/lab/hello@v1.0.0', timeoutMs});
	assert.deepEqual(one.argv, ['go', 'mod', 'download', '-json', '--', 'example.com/lab/hello@v1.0.0']);
	assert.equal(one.records.length, 1);
	assert.deepEqual(
		one.failures.map((failure) => failure.module),
		['example.com/lab/hello'],
	);
	assert.equal(english(one.headline), `example.com/lab/hello@v1.0.0 failed from ${down}: dial tcp ${down}: connect: connection refused`);
});

test('proxy that never answers: go is killed at the deadline and the headline says it made no progress', async (t) => {
	const lab = await startLab('proxy-hang');
	t.after(async () => lab.close());
	const reproduction = await reproduceDownload(system, {env: lab.env, cwd: lab.dir, timeoutMs: 2000});
	assert.equal(reproduction.ok, false);
	assert.equal(reproduction.timedOut, true);
	assert.equal(reproduction.exitCode, undefined);
	assert.ok(reproduction.durationMs >= 1900 && reproduction.durationMs < 10_000, String(reproduction.durationMs));
	assert.match(english(reproduction.headline), /^go mod download made no progress for 2\.0 s and was stopped/);
});

test("no go.mod, and a go.mod go cannot parse: go's own message from stderr", async () => {
	const root = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-reproduce-'));
	roots.push(root);
	const hermetic = await createHermeticGoEnv({root, goenv: {GOPROXY: 'off', GOSUMDB: 'off'}});
	const empty = path.join(root, 'empty');
	const broken = path.join(root, 'broken');
	await Promise.all([mkdir(empty), mkdir(broken)]);
	await writeFile(path.join(broken, 'go.mod'), 'module example.com/broken\n\nrequire example.com/x\nfoo bar\n');

	const none = await reproduceDownload(system, {env: hermetic.env, cwd: empty, timeoutMs});
	assert.equal(none.ok, false);
	assert.deepEqual(none.failures, []);
	assert.equal(none.stderr.trim(), "go: no modules specified (see 'go help mod download')");
	assert.equal(english(none.headline), 'go mod download failed: no go.mod here or in any parent directory (go: no modules specified)');

	const bad = await reproduceDownload(system, {env: hermetic.env, cwd: broken, timeoutMs});
	assert.equal(bad.ok, false);
	assert.deepEqual(bad.failures, []);
	assert.equal(english(bad.headline), 'go mod download failed: errors parsing go.mod: go.mod:3: usage: require module/path v1.2.3');
});

test("GOPROXY=off: the module and go's reason, no host", async () => {
	const root = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-reproduce-'));
	roots.push(root);
	const hermetic = await createHermeticGoEnv({root, goenv: {GOPROXY: 'off', GOSUMDB: 'off'}});
	const reproduction = await reproduceDownload(system, {env: hermetic.env, cwd: root, module: 'example.com/z@v1.0.0', timeoutMs});
	assert.equal(english(reproduction.headline), 'example.com/z@v1.0.0 failed: module lookup disabled by GOPROXY=off');
	assert.deepEqual(failingHosts(reproduction), []);
});
