import assert from 'node:assert/strict';
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {parseGoEnvFile} from '../../source/go/parse-goenv-file.js';
import {parseGoEnvJson, readGoSettings, type GoSnapshot} from '../../source/go/read-go-settings.js';
import {createHermeticGoEnv, type HermeticGoEnvOptions} from '../../source/lab/hermetic-env.js';
import type {Setting} from '../../source/model/report.js';
import {createSystem} from '../../source/system/create-system.js';
import {english} from '../helpers/text.js';

const system = createSystem();
const timeoutMs = 20_000;
const roots: string[] = [];
after(async () => {
	await Promise.all(roots.map(async (root) => rm(root, {recursive: true, force: true})));
});

async function temporaryRoot(): Promise<string> {
	const root = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-go-settings-'));
	roots.push(root);
	return root;
}

function setting(snapshot: GoSnapshot, name: string): Setting | undefined {
	return snapshot.settings.find((candidate) => candidate.name === name);
}

async function snapshotOf(options: Omit<HermeticGoEnvOptions, 'root'>, cwd?: string): Promise<GoSnapshot> {
	const root = await temporaryRoot();
	const hermetic = await createHermeticGoEnv({root, ...options});
	const result = await readGoSettings(system, {env: hermetic.env, cwd: cwd ?? root, timeoutMs});
	assert.equal(result.kind, 'ok', result.kind === 'go-missing' ? result.message : '');
	return result;
}

test('sources: GOENV file, OS environment shadowing the file, $GOROOT/go.env, default', async () => {
	const snapshot = await snapshotOf({
		goenv: {GOPROXY: 'http://127.0.0.1:1', GOPRIVATE: 'file.example.com', GOSUMDB: 'off'},
		extra: {GOPRIVATE: 'env.example.com', GOINSECURE: ''},
	});
	assert.match(snapshot.goVersion, /^go1(?:\.\d+){1,2}\S* \S+\/\S+$/);
	assert.ok(snapshot.goroot !== '');
	assert.ok(snapshot.goenvFile.endsWith(path.join('goenv', 'env')));
	assert.deepEqual(setting(snapshot, 'GOPROXY'), {name: 'GOPROXY', value: 'http://127.0.0.1:1', source: 'goenv-file'});
	assert.deepEqual(setting(snapshot, 'GOPRIVATE'), {
		name: 'GOPRIVATE',
		value: 'env.example.com',
		source: 'environment',
		shadowed: {source: 'goenv-file', value: 'file.example.com'},
	});
	// GONOPROXY defaults to GOPRIVATE: the effective value comes from go, the source is go's default.
	assert.deepEqual(setting(snapshot, 'GONOPROXY'), {name: 'GONOPROXY', value: 'env.example.com', source: 'default'});
	// An empty OS variable does not override: GOINSECURE='' stays the default.
	assert.deepEqual(setting(snapshot, 'GOINSECURE'), {name: 'GOINSECURE', value: '', source: 'default'});
	assert.deepEqual(setting(snapshot, 'GOAUTH'), {name: 'GOAUTH', value: 'netrc', source: 'default'});
	// The hermetic env sets GOTOOLCHAIN=local in the OS environment.
	assert.equal(setting(snapshot, 'GOTOOLCHAIN')?.source, 'environment');
	assert.equal(snapshot.values['GOSUMDB'], 'off');
	assert.deepEqual(
		snapshot.settings.slice(0, 10).map((candidate) => candidate.name),
		['GOPROXY', 'GONOPROXY', 'GOPRIVATE', 'GONOSUMDB', 'GOSUMDB', 'GOFLAGS', 'GOTOOLCHAIN', 'GOMODCACHE', 'GOINSECURE', 'GOAUTH'],
	);
});

test('an empty OS variable falls through to the GOENV file, as go does', async () => {
	const snapshot = await snapshotOf({goenv: {GOPROXY: 'http://127.0.0.1:2'}, extra: {GOPROXY: ''}});
	assert.deepEqual(setting(snapshot, 'GOPROXY'), {name: 'GOPROXY', value: 'http://127.0.0.1:2', source: 'goenv-file'});
});

test('with nothing set, GOPROXY and GOSUMDB come from $GOROOT/go.env when the toolchain ships one', async () => {
	const snapshot = await snapshotOf({});
	const gorootEnv = parseGoEnvFile(await readFile(path.join(snapshot.goroot, 'go.env'), 'utf8').catch(() => ''));
	const goproxy = setting(snapshot, 'GOPROXY');
	if (Object.hasOwn(gorootEnv.values, 'GOPROXY')) {
		assert.deepEqual(goproxy, {name: 'GOPROXY', value: gorootEnv.values['GOPROXY'], source: 'goroot-env'});
	} else {
		assert.equal(goproxy?.source, 'default');
	}

	assert.equal(snapshot.goMod, '/dev/null');
	assert.deepEqual(snapshot.proxyVariables, []);
});

test('proxy variables: shown when set, with whether go reads them', async () => {
	const snapshot = await snapshotOf({
		extra: {
			HTTPS_PROXY: 'http://127.0.0.1:3129',
			https_proxy: 'http://127.0.0.1:3128',
			http_proxy: 'http://127.0.0.1:3130',
			HTTP_PROXY: '',
			ALL_PROXY: 'socks5://127.0.0.1:1080',
			no_proxy: 'example.com',
		},
	});
	const seen = Object.fromEntries(snapshot.proxyVariables.map((variable) => [variable.name, variable.seenByGo]));
	assert.deepEqual(seen, {
		http_proxy: true,
		HTTPS_PROXY: true,
		https_proxy: false,
		ALL_PROXY: false,
		no_proxy: true,
	});
	assert.match(
		english(snapshot.proxyVariables.find((variable) => variable.name === 'https_proxy')?.note ?? ''),
		/HTTPS_PROXY .*precedence/,
	);
	assert.deepEqual(setting(snapshot, 'ALL_PROXY'), {name: 'ALL_PROXY', value: 'socks5://127.0.0.1:1080', source: 'environment'});
	assert.equal(setting(snapshot, 'HTTP_PROXY'), undefined);
});

test('the GOENV file parser agrees with go on awkward files (spaces, CR, duplicates, comments)', async () => {
	const root = await temporaryRoot();
	const hermetic = await createHermeticGoEnv({root});
	await writeFile(
		hermetic.goenvFile,
		'# comment\n GOPRIVATE=indented\nGONOSUMDB=first\nGOSUMDB= spaced \r\nGONOSUMDB=second\nGOINSECURE\nGOFLAGS=-mod=mod=x\nGOPROXY=last-line-without-newline',
	);
	const env = {...hermetic.env, GOFLAGS: undefined, GOTOOLCHAIN: undefined};
	const keys = ['GOPRIVATE', 'GONOSUMDB', 'GOSUMDB', 'GOINSECURE', 'GOFLAGS', 'GOPROXY'];
	const result = await system.run({file: 'go', args: ['env', '-json', ...keys], env, cwd: root, timeoutMs, parseable: true});
	assert.equal(result.exitCode, 0, result.stderr);
	const fromGo = parseGoEnvJson(result.stdout) ?? {};
	const parsed = parseGoEnvFile(await readFile(hermetic.goenvFile, 'utf8'));
	assert.deepEqual(Object.keys(parsed.values).toSorted(), ['GOFLAGS', 'GONOSUMDB', 'GOPROXY', 'GOSUMDB']);
	for (const [key, value] of Object.entries(parsed.values)) {
		assert.equal(fromGo[key], value, key);
	}

	assert.equal(fromGo['GOSUMDB'], ' spaced \r');
	assert.equal(fromGo['GONOSUMDB'], 'second');
	assert.equal(fromGo['GOPROXY'], 'last-line-without-newline');
	assert.equal(Object.hasOwn(parsed.values, 'GOPRIVATE'), false);
});

test('go.mod found: goMod is its path', async () => {
	const root = await temporaryRoot();
	const dir = path.join(root, 'project');
	await mkdir(dir);
	await writeFile(path.join(dir, 'go.mod'), 'module example.com/project\n\ngo 1.22\n');
	const hermetic = await createHermeticGoEnv({root});
	const result = await readGoSettings(system, {env: hermetic.env, cwd: dir, timeoutMs});
	assert.equal(result.kind, 'ok');
	assert.equal(result.goMod, path.join(dir, 'go.mod'));
});

test('a go.mod asking for a toolchain go cannot fetch: settings are still read, the failure is kept', async () => {
	const root = await temporaryRoot();
	const dir = path.join(root, 'project');
	await mkdir(dir);
	await writeFile(path.join(dir, 'go.mod'), 'module example.com/project\n\ngo 1.999\n');
	const hermetic = await createHermeticGoEnv({root, goenv: {GOPROXY: 'off', GOSUMDB: 'off'}, extra: {GOTOOLCHAIN: 'auto'}});
	const result = await readGoSettings(system, {env: hermetic.env, cwd: dir, timeoutMs});
	assert.equal(result.kind, 'ok', result.kind === 'go-missing' ? result.message : '');
	const snapshot = result;
	assert.match(snapshot.toolchainSwitchError ?? '', /go1\.999.*toolchain not available/s);
	assert.equal(snapshot.values['GOTOOLCHAIN'], 'auto');
	assert.deepEqual(setting(snapshot, 'GOTOOLCHAIN'), {name: 'GOTOOLCHAIN', value: 'auto', source: 'environment'});
});

test('no go on PATH: go-missing', async () => {
	const root = await temporaryRoot();
	const hermetic = await createHermeticGoEnv({root, extra: {PATH: path.join(root, 'empty-bin')}});
	const result = await readGoSettings(system, {env: hermetic.env, cwd: root, timeoutMs});
	assert.deepEqual(result, {kind: 'go-missing', message: 'go is not installed or not on PATH'});
});

test('GOENV=off is reported as off', async () => {
	const snapshot = await snapshotOf({extra: {GOENV: 'off'}});
	assert.equal(snapshot.goenvFile, 'off');
	assert.deepEqual(snapshot.goenvFileValues, {});
});

test('go env is asked by name: every setting the diagnosis reads is there, and the C compiler is never asked (a cold GOCACHE stays cold)', async () => {
	const root = await temporaryRoot();
	const hermetic = await createHermeticGoEnv({root});
	const argvs: string[] = [];
	const recording = {
		...system,
		async run(spec: Parameters<typeof system.run>[0]) {
			argvs.push([spec.file, ...spec.args].join(' '));
			return system.run(spec);
		},
	};
	const result = await readGoSettings(recording, {env: hermetic.env, cwd: root, timeoutMs});
	assert.equal(result.kind, 'ok');
	const snapshot = result;
	for (const name of [
		'GOENV',
		'GOROOT',
		'GOVERSION',
		'GOMOD',
		'GOMODCACHE',
		'GOFLAGS',
		'GOPROXY',
		'GONOPROXY',
		'GOPRIVATE',
		'GONOSUMDB',
		'GOSUMDB',
		'GOINSECURE',
		'GOAUTH',
		'GOTOOLCHAIN',
		'GOPATH',
		'GOCACHE',
		'GOOS',
		'GOARCH',
	]) {
		assert.ok(Object.hasOwn(snapshot.values, name), `${name} is missing from the snapshot`);
	}

	assert.equal(snapshot.values['GOCACHE'], hermetic.env['GOCACHE']);
	assert.equal(snapshot.values['GOMODCACHE'], hermetic.env['GOMODCACHE']);
	assert.equal(snapshot.values['GOVERSION'], snapshot.goVersion.split(' ')[0]);
	// Without names go env also works out CGO_CFLAGS, GOGCCFLAGS…: it runs the C compiler, with a cold cache 0.3-0.7 s.
	const goEnv = argvs.find((argv) => argv.startsWith('go env -json'));
	assert.ok(goEnv !== undefined && goEnv !== 'go env -json', `go env was asked without names: ${goEnv}`);
	assert.equal(Object.hasOwn(snapshot.values, 'GOGCCFLAGS'), false);
	assert.equal(Object.hasOwn(snapshot.values, 'CGO_CFLAGS'), false);
});
