import assert from 'node:assert/strict';
import {access, mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import {labGoMod, labMainGo} from '../../source/lab/lab-project.js';
import {offMachineGuard, startLab} from '../../source/lab/start-lab.js';

async function exists(file: string): Promise<boolean> {
	return access(file).then(
		() => true,
		() => false,
	);
}

test('startLab writes a Go module that requires the lab modules', async (t) => {
	const lab = await startLab('healthy');
	t.after(async () => lab.close());
	assert.equal(
		await readFile(path.join(lab.dir, 'go.mod'), 'utf8'),
		'module example.com/lab/app\n\ngo 1.22\n\nrequire (\n\texample.com/lab/greet v1.2.0\n\texample.com/lab/hello v1.0.0\n)\n',
	);
	assert.equal(labGoMod(), await readFile(path.join(lab.dir, 'go.mod'), 'utf8'));
	const main = await readFile(path.join(lab.dir, 'main.go'), 'utf8');
	assert.equal(main, labMainGo());
	assert.match(main, /^package main\n/);
	assert.match(main, /\t"example\.com\/lab\/greet"\n\t"example\.com\/lab\/hello"\n/);
	const goSum = await readFile(path.join(lab.dir, 'go.sum'), 'utf8');
	assert.deepEqual(
		goSum
			.split('\n')
			.filter(Boolean)
			.map((line) => line.split(' ').slice(0, 2).join(' ')),
		[
			'example.com/lab/greet v1.2.0',
			'example.com/lab/greet v1.2.0/go.mod',
			'example.com/lab/hello v1.0.0',
			'example.com/lab/hello v1.0.0/go.mod',
		],
	);
});

test('servers follow the table order, GOPROXY and candidates use their URLs', async (t) => {
	const lab = await startLab('proxy-down');
	t.after(async () => lab.close());
	assert.deepEqual(
		lab.servers.map((server) => server.name),
		['down', 'good', 'spare'],
	);
	assert.deepEqual(
		lab.servers.map((server) => server.fault.kind),
		['closed', 'none', 'slow'],
	);
	assert.equal(new Set(lab.servers.map((server) => server.port)).size, 3, 'three different ports');
	assert.equal(lab.goproxy, `${lab.server('down').url},${lab.server('good').url},direct`);
	assert.deepEqual(lab.candidates, [lab.server('good').url, lab.server('spare').url]);
	assert.equal(lab.env['GOMOD_DOCTOR_CANDIDATES'], lab.candidates.join(','));
	assert.equal(await readFile(lab.goenvFile, 'utf8'), `GOPROXY=${lab.goproxy}\nGOSUMDB=off\n`);
	assert.throws(() => lab.server('nope'), /no server named "nope"/);
});

test("the lab environment keeps none of the machine's go, proxy or gomod-doctor settings", async (t) => {
	const base = {
		PATH: '/usr/bin',
		GOPROXY: 'https://proxy.example',
		GOFLAGS: '-mod=vendor',
		HTTPS_PROXY: 'http://corp-proxy:3128',
		GOMOD_DOCTOR_CANDIDATES: 'https://elsewhere.example',
	};
	const lab = await startLab('healthy', {base});
	t.after(async () => lab.close());
	assert.equal(lab.env['PATH'], '/usr/bin');
	assert.equal(lab.env['GOPROXY'], undefined);
	// Not the machine's proxy: the lab's own guard, a closed loopback port for anything that is not loopback.
	assert.equal(lab.env['HTTPS_PROXY'], offMachineGuard.HTTPS_PROXY);
	assert.equal(lab.env['HTTP_PROXY'], offMachineGuard.HTTP_PROXY);
	assert.match(offMachineGuard.HTTPS_PROXY, /^http:\/\/127\.0\.0\.1:\d+$/);
	assert.equal(lab.env['GOFLAGS'], '');
	assert.equal(lab.env['GOMOD_DOCTOR_CANDIDATES'], lab.candidates.join(','));
	for (const key of ['HOME', 'GOENV', 'GOMODCACHE', 'GOPATH', 'GOCACHE']) {
		assert.ok(lab.env[key]?.startsWith(lab.root), `${key} is inside the lab`);
	}
});

test('close() stops the servers and removes the lab; keep leaves the files; root chooses where', async (t) => {
	const parent = await mkdtemp(path.join(tmpdir(), 'lab-start-test-'));
	t.after(async () => rm(parent, {recursive: true, force: true}));

	const lab = await startLab('proxy-502', {root: parent});
	assert.equal(path.dirname(lab.root), parent);
	const {url} = lab.server('good');
	await lab.close();
	assert.equal(await exists(lab.root), false);
	await assert.rejects(fetch(`${url}/example.com/lab/hello/@v/list`, {signal: AbortSignal.timeout(2000)}));
	assert.ok(await exists(parent), 'the given root itself is never removed');

	const kept = await startLab('healthy', {root: parent, keep: true});
	await kept.close();
	assert.ok(await exists(path.join(kept.dir, 'go.mod')));
});

test('an unknown scenario is refused before anything starts', async () => {
	await assert.rejects(startLab('proxy-teapot'), /unknown lab scenario: "proxy-teapot"/);
});
