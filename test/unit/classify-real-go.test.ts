import assert from 'node:assert/strict';
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {classifyGoOutput} from '../../source/classify/classify-go-error.js';
import {createHermeticGoEnv} from '../../source/lab/hermetic-env.js';
import type {Category} from '../../source/model/taxonomy.js';
import {runCommand} from '../../source/system/run-command.js';
import type {Environment} from '../../source/system/types.js';

/**
The real go, on failures that need no network: a file:// GOPROXY, GOPROXY=off or malformed, a refused loopback
port, a go.mod that asks for a future Go. GOSUMDB is off in every run, so nothing leaves the machine.
*/
let root: string;
const proxyDir = () => join(root, 'proxy');
const moduleDir = () => join(root, 'app');

async function writeModule(dir: string, goMod: string, files: Record<string, string> = {}): Promise<void> {
	await mkdir(dir, {recursive: true});
	await writeFile(join(dir, 'go.mod'), goMod);
	for (const [name, content] of Object.entries(files)) {
		await writeFile(join(dir, name), content);
	}
}

before(async () => {
	root = await mkdtemp(join(tmpdir(), 'gomod-doctor-classify-go-'));
	// A file:// GOPROXY that serves example.com/lab/greet v1.2.0's list, info and go.mod (enough to reach the go.sum check).
	const versions = join(proxyDir(), 'example.com', 'lab', 'greet', '@v');
	await mkdir(versions, {recursive: true});
	await writeFile(join(versions, 'list'), 'v1.2.0\n');
	await writeFile(join(versions, 'v1.2.0.info'), '{"Version":"v1.2.0","Time":"2024-01-01T00:00:00Z"}');
	await writeFile(join(versions, 'v1.2.0.mod'), 'module example.com/lab/greet\n\ngo 1.21\n');
	await writeModule(moduleDir(), 'module example.com/app\n\ngo 1.21\n\nrequire example.com/lab/greet v1.2.0\n');
});

after(async () => {
	await rm(root, {recursive: true, force: true});
});

async function go(args: string[], options: {cwd?: string; extra?: Environment} = {}): Promise<string> {
	const hermetic = await createHermeticGoEnv({root: await mkdtemp(join(root, 'env-')), extra: {GOSUMDB: 'off', ...options.extra}});
	const result = await runCommand({
		file: 'go',
		args,
		env: hermetic.env,
		cwd: options.cwd ?? moduleDir(),
		timeoutMs: 30_000,
		parseable: true,
	});
	assert.notEqual(result.exitCode, 0, `go ${args.join(' ')} was expected to fail:\n${result.stdout}${result.stderr}`);
	return `${result.stdout}${result.stderr}`;
}

type Expect = {category: Category; module?: string; version?: string; host?: string; cause?: Category};

function expectOne(output: string, expected: Expect): void {
	const result = classifyGoOutput(output);
	assert.equal(result.kind, 'classified', output);
	assert.equal(result.items.length, 1, `${output}\n${JSON.stringify(result.items)}`);
	const [item] = result.items;
	for (const [key, value] of Object.entries(expected)) {
		assert.equal(item?.[key as keyof Expect], value, `${key} for:\n${output}`);
	}
}

const fileProxy = () => `file://${proxyDir()}`;

describe('classifyGoOutput on the real go (offline failures)', () => {
	test('GOPROXY=off', async () => {
		expectOne(await go(['mod', 'download'], {extra: {GOPROXY: 'off'}}), {
			category: 'goproxy-config',
			module: 'example.com/lab/greet',
			version: 'v1.2.0',
		});
	});

	test('GOPROXY with separators only', async () => {
		expectOne(await go(['mod', 'download'], {extra: {GOPROXY: ','}}), {category: 'goproxy-config'});
	});

	test('GOPROXY with an unsupported scheme', async () => {
		expectOne(await go(['mod', 'download'], {extra: {GOPROXY: 'ftp://127.0.0.1'}}), {category: 'goproxy-config'});
	});

	test('a GOPROXY port that refuses', async () => {
		expectOne(await go(['mod', 'download'], {extra: {GOPROXY: 'http://127.0.0.1:1'}}), {
			category: 'refused',
			module: 'example.com/lab/greet',
			host: '127.0.0.1',
		});
	});

	test('a version the proxy does not have', async () => {
		expectOne(await go(['mod', 'download', 'example.com/lab/greet@v9.9.9'], {extra: {GOPROXY: fileProxy()}}), {
			category: 'not-found',
			module: 'example.com/lab/greet',
			version: 'v9.9.9',
		});
	});

	test('a go.sum line that does not match', async () => {
		const dir = join(root, 'mismatch');
		await writeModule(dir, 'module example.com/app\n\ngo 1.21\n\nrequire example.com/lab/greet v1.2.0\n', {
			'go.sum': 'example.com/lab/greet v1.2.0/go.mod h1:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB=\n',
		});
		expectOne(await go(['mod', 'download'], {cwd: dir, extra: {GOPROXY: fileProxy()}}), {
			category: 'checksum-mismatch',
			module: 'example.com/lab/greet',
			version: 'v1.2.0',
		});
	});

	test('a missing go.sum entry', async () => {
		const dir = join(root, 'nosum');
		await writeModule(dir, 'module example.com/app\n\ngo 1.21\n\nrequire example.com/lab/greet v1.2.0\n', {
			'main.go': 'package main\n\nimport _ "example.com/lab/greet"\n\nfunc main() {}\n',
		});
		expectOne(await go(['build', './...'], {cwd: dir, extra: {GOPROXY: fileProxy()}}), {
			category: 'go-sum-missing',
			module: 'example.com/lab/greet',
		});
	});

	test('go.mod asks for a newer Go with GOTOOLCHAIN=local', async () => {
		const dir = join(root, 'future-local');
		await writeModule(dir, 'module example.com/app\n\ngo 1.99\n');
		expectOne(await go(['mod', 'download'], {cwd: dir, extra: {GOPROXY: 'off'}}), {category: 'toolchain', version: 'go1.99'});
	});

	test('go.mod asks for a newer Go and the toolchain download is refused', async () => {
		const dir = join(root, 'future-auto');
		await writeModule(dir, 'module example.com/app\n\ngo 1.99\n');
		expectOne(await go(['mod', 'download'], {cwd: dir, extra: {GOTOOLCHAIN: 'auto', GOPROXY: 'http://127.0.0.1:1'}}), {
			category: 'toolchain',
			version: 'go1.99.0',
			cause: 'refused',
		});
	});

	test('the module cache cannot be created', async () => {
		const blocker = join(root, 'a-file');
		await writeFile(blocker, 'not a directory');
		expectOne(await go(['mod', 'download'], {extra: {GOPROXY: fileProxy(), GOMODCACHE: join(blocker, 'mod')}}), {category: 'cache'});
	});

	test('-mod=vendor without a vendor directory', async () => {
		expectOne(await go(['build', './...'], {extra: {GOPROXY: 'off', GOFLAGS: '-mod=vendor'}}), {category: 'goproxy-config'});
	});
});
