import assert from 'node:assert/strict';
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import {classifyGoOutput} from '../../source/classify/classify-go-error.js';
import {missingFrom} from '../../source/flowcharts/go-sum/probe-go-sum-lines.js';
import {allFlows} from '../../source/diagnose/investigations.js';
import {minimalGoMod, projectDifferences} from '../../source/go/minimal-repro.js';
import {parseGoMod} from '../../source/go/parse-go-mod.js';
import {nodeFileSystem} from '../../source/system/file-system.js';
import {validateFlow} from '../../source/flow/validate-flow.js';
import {probeReplaceTarget} from '../../source/flowcharts/not-found/probe-versions.js';
import {createFakeSystem} from '../helpers/fake-system.js';

test('the minimal module requires only the failing version (a query is downloaded without a require line)', () => {
	assert.equal(minimalGoMod('example.com/a', 'v1.2.3'), 'module gomod-doctor.invalid/minimal\n\nrequire example.com/a v1.2.3\n');
	assert.equal(minimalGoMod('example.com/a', 'latest'), 'module gomod-doctor.invalid/minimal\n');
});

test('what the project adds for a module: replace, exclude, vendor/modules.txt, go.sum lines', async (t) => {
	const dir = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-minimal-test-'));
	t.after(async () => rm(dir, {recursive: true, force: true}));
	const goMod = parseGoMod(
		'module m\n\ngo 1.22\n\nrequire example.com/a v1.2.0\n\nreplace example.com/a => ../a-fork\n\nexclude example.com/a v1.1.0\n',
	);
	await mkdir(path.join(dir, 'vendor'));
	await writeFile(path.join(dir, 'vendor', 'modules.txt'), '# example.com/a v1.2.0 => ../a-fork\n## explicit\n');
	await writeFile(
		path.join(dir, 'go.sum'),
		'example.com/a v1.2.0 h1:abc=\nexample.com/a v1.2.0/go.mod h1:def=\nexample.com/b v1.0.0 h1:x=\n',
	);
	assert.deepEqual(await projectDifferences(nodeFileSystem, dir, goMod, 'example.com/a'), [
		'go.mod line 7 replaces it: example.com/a => ../a-fork',
		'go.mod line 9 excludes example.com/a v1.1.0',
		'vendor/modules.txt lists it: example.com/a v1.2.0 => ../a-fork',
		'go.sum records: example.com/a v1.2.0 h1:abc= · example.com/a v1.2.0/go.mod h1:def=',
	]);
	assert.deepEqual(await projectDifferences(nodeFileSystem, dir, goMod, 'example.com/c'), [
		'vendor/modules.txt exists and does not list example.com/c (go builds from vendor/ when it exists)',
		'go.sum has no line for example.com/c',
	]);
});

test('replace directives that point nowhere: a missing directory, one without go.mod, a version the proxy lacks', async (t) => {
	const dir = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-replace-test-'));
	t.after(async () => rm(dir, {recursive: true, force: true}));
	await mkdir(path.join(dir, 'empty'));
	await mkdir(path.join(dir, 'fork'));
	await writeFile(path.join(dir, 'fork', 'go.mod'), 'module example.com/a\n');
	const system = createFakeSystem({
		http: async (request) => ({
			url: request.url,
			status: request.url.endsWith('/@v/list') ? 200 : 404,
			headers: {},
			body: request.url.endsWith('/@v/list') ? 'v1.0.0\n' : 'not found',
			bodyBytes: 7,
			durationMs: 1,
		}),
	});
	const common = {dir, goproxy: 'http://127.0.0.1:9', env: {}, timeoutMs: 1000};
	assert.equal((await probeReplaceTarget(system, {...common, newPath: './missing'})).outcome, 'no-dir');
	assert.equal((await probeReplaceTarget(system, {...common, newPath: './empty'})).outcome, 'no-go-mod');
	assert.equal((await probeReplaceTarget(system, {...common, newPath: './fork'})).outcome, 'ok');
	assert.equal(
		(await probeReplaceTarget(system, {...common, newPath: 'example.com/a-fork', newVersion: 'v1.1.0'})).outcome,
		'version-missing',
	);
	assert.equal((await probeReplaceTarget(system, {...common, newPath: 'example.com/a-fork', newVersion: 'v1.0.0'})).outcome, 'ok');
});

test('every module flowchart validates', () => {
	for (const id of ['not-found', 'module-cache', 'toolchain', 'go-sum', 'minimal-repro']) {
		const flow = allFlows().find((item) => item.id === id);
		assert.ok(flow, id);
		assert.deepEqual(validateFlow(flow), [], id);
	}
});

test('go.sum: the modules whose lines are missing, from the packages go names', () => {
	const goMod = parseGoMod('module m\n\nrequire (\n\texample.com/lab/greet v1.2.0\n\texample.com/lab/hello v1.0.0\n)\n');
	const stderr =
		'main.go:6:2: missing go.sum entry for module providing package example.com/lab/greet/sub (imported by m); to add:\n\tgo get m\ngo: example.com/lab/hello@v1.0.0: missing go.sum entry for go.mod file; to add it:\n\tgo mod download example.com/lab/hello\n';
	assert.deepEqual(missingFrom(stderr, goMod), ['example.com/lab/hello', 'example.com/lab/greet']);
	assert.deepEqual(missingFrom('missing go.sum entry for module providing package -x (imported by m)', goMod), []);
});

test('classify: not-found and go.sum shapes as go versions and proxies word them', () => {
	const notFound = [
		// Goproxy.io / goproxy.cn (goproxy's server response), go 1.21+.
		'go: nhooyr.io/websocket@v1.8.7: reading https://goproxy.io/nhooyr.io/websocket/@v/v1.8.7.info: 404 Not Found\n\tserver response: not found: nhooyr.io/websocket@v1.8.7: invalid version: unknown revision v1.8.7\n',
		// Go 1.12 wording, goproxy.cn.
		'go: github.com/gogo/protobuf@v0.0.0-20190410021324-65acae22fc9: unexpected status (https://goproxy.cn/github.com/gogo/protobuf/@v/v0.0.0-20190410021324-65acae22fc9.info): 404 Not Found\n',
		// Proxy.golang.org.
		'go: example.com/lab/greet@v1.3.0: reading https://proxy.golang.org/example.com/lab/greet/@v/v1.3.0.mod: 410 Gone\n\tserver response: not found: example.com/lab/greet@v1.3.0: invalid version: unknown revision v1.3.0\n',
		'go: module github.com/acme/untagged: no matching versions for query "latest"\n',
		'go: github.com/acme/tool@v1.2.3: invalid version: unknown revision v1.2.3\n',
	];
	for (const shape of notFound) {
		assert.equal(classifyGoOutput(shape).primary?.category, 'not-found', shape);
	}

	const goSum = [
		'main.go:6:2: missing go.sum entry for module providing package example.com/lab/greet (imported by example.com/lab/app); to add:\n\tgo get example.com/lab/app\n',
		'go: example.com/lab/greet@v1.2.0: missing go.sum entry for go.mod file; to add it:\n\tgo mod download example.com/lab/greet\n',
		'go: updates to go.sum needed, disabled by -mod=readonly\n',
		'go: updates to go.mod needed; to update it:\n\tgo mod tidy\n',
	];
	for (const shape of goSum) {
		assert.equal(classifyGoOutput(shape).primary?.category, 'go-sum-missing', shape);
	}
});
