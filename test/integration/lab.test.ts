/*
The lab against the real `go`: each scenario fails (or works) the way its table entry says.
Go runs with the lab's hermetic environment only (extendEnv: false): GOPROXY points at 127.0.0.1, GOSUMDB is off.
*/
import assert from 'node:assert/strict';
import {access, readFile, rm} from 'node:fs/promises';
import path from 'node:path';
import {test} from 'node:test';
import {execa} from 'execa';
import {hashModuleZip} from '../../source/lab/dirhash.js';
import {labModules} from '../../source/lab/lab-modules.js';
import {buildModuleArtifacts} from '../../source/lab/module-zip.js';
import {listScenarios} from '../../source/lab/scenarios.js';
import {labGoSum} from '../../source/lab/lab-project.js';
import {startLab, type Lab} from '../../source/lab/start-lab.js';

type GoRun = {exitCode: number | undefined; timedOut: boolean; stdout: string; stderr: string; durationMs: number};

/**
Runs go in the lab with the lab's environment, whose guard is the safety net: should go ever reach `direct`,
its HTTPS fetch goes to a closed loopback port instead of a DNS lookup and the internet (go never sends
loopback GOPROXY requests through a proxy, so the lab servers are unaffected).
*/
async function go(lab: Lab, args: readonly string[], timeoutMs = 20_000): Promise<GoRun> {
	const started = performance.now();
	const result = await execa('go', args, {
		cwd: lab.dir,
		// The lab's own guard already sends anything not on loopback to a closed port (unless a scenario brings its own proxy).
		env: lab.env,
		extendEnv: false,
		reject: false,
		stdin: 'ignore',
		timeout: timeoutMs,
		forceKillAfterDelay: 500,
	});
	return {
		exitCode: result.timedOut ? undefined : result.exitCode,
		timedOut: result.timedOut,
		stdout: result.stdout,
		stderr: result.stderr,
		durationMs: performance.now() - started,
	};
}

async function labFor(t: {after: (fn: () => Promise<void>) => void}, id: string): Promise<Lab> {
	const lab = await startLab(id);
	t.after(async () => lab.close());
	return lab;
}

/** `go mod download -json` prints a stream of indented JSON objects, one per module. */
function parseJsonStream(text: string): Array<Record<string, unknown>> {
	return text
		.split(/(?<=^})\n/m)
		.map((chunk) => chunk.trim())
		.filter((chunk) => chunk !== '')
		.map((chunk) => JSON.parse(chunk) as Record<string, unknown>);
}

async function exists(file: string): Promise<boolean> {
	return access(file).then(
		() => true,
		() => false,
	);
}

function modcache(lab: Lab): string {
	const value = lab.env['GOMODCACHE'] ?? '';
	assert.ok(value.startsWith(lab.root), 'GOMODCACHE is inside the lab');
	return value;
}

test('the lab environment holds nothing of the machine and points go at the lab', {timeout: 30_000}, async (t) => {
	const lab = await labFor(t, 'proxy-down');
	const result = await go(lab, ['env', '-json', 'GOPROXY', 'GOSUMDB', 'GOENV', 'GOMODCACHE', 'GOFLAGS', 'GOTOOLCHAIN']);
	assert.equal(result.exitCode, 0, result.stderr);
	const env = JSON.parse(result.stdout) as Record<string, string>;
	assert.equal(env['GOPROXY'], lab.goproxy);
	assert.equal(env['GOPROXY'], `${lab.server('down').url},${lab.server('good').url},direct`);
	assert.equal(env['GOSUMDB'], 'off');
	assert.equal(env['GOENV'], lab.goenvFile);
	assert.ok(env['GOMODCACHE']?.startsWith(lab.root));
	assert.equal(env['GOTOOLCHAIN'], 'local');
	assert.equal(lab.env['GOPROXY'], undefined, 'GOPROXY lives in the GOENV file, not the OS environment');
	assert.equal(lab.env['GOMOD_DOCTOR_CANDIDATES'], [lab.server('good').url, lab.server('spare').url].join(','));
	assert.deepEqual(lab.candidates, [lab.server('good').url, lab.server('spare').url]);
	assert.match(await readFile(lab.goenvFile, 'utf8'), /^GOPROXY=(?:ht{2}p:\/{2}127(?:\.0){2}\.1:\d+,){2}direct\nGOSUMDB=of{2}\n$/);
});

test('healthy: go downloads, verifies and builds the lab module, and writes the go.sum the lab wrote', {timeout: 120_000}, async (t) => {
	const lab = await labFor(t, 'healthy');
	const download = await go(lab, ['mod', 'download', '-json']);
	assert.equal(download.exitCode, 0, download.stderr);
	const modules = parseJsonStream(download.stdout);
	assert.deepEqual(
		modules.map((module) => `${String(module['Path'])}@${String(module['Version'])}`),
		['example.com/lab/greet@v1.2.0', 'example.com/lab/hello@v1.0.0'],
	);
	const goSum = labGoSum();
	for (const module of modules) {
		assert.equal(module['Error'], undefined);
		assert.ok(
			goSum.includes(`${String(module['Path'])} ${String(module['Version'])} ${String(module['Sum'])}\n`),
			'zip hash as in the lab go.sum',
		);
		assert.ok(goSum.includes(`${String(module['Path'])} ${String(module['Version'])}/go.mod ${String(module['GoModSum'])}\n`));
		const dir = String(module['Dir']);
		assert.ok(dir.startsWith(modcache(lab)), 'the module lands in GOMODCACHE');
		assert.ok(await exists(path.join(dir, 'go.mod')));
	}

	assert.ok(await exists(path.join(modcache(lab), 'example.com', 'lab', 'hello@v1.0.0', 'hello.go')));
	assert.ok(lab.server('good').requests.some((entry) => entry.path === '/example.com/lab/hello/@v/v1.0.0.zip' && entry.status === 200));

	const verify = await go(lab, ['mod', 'verify']);
	assert.equal(verify.exitCode, 0, verify.stderr);
	assert.match(verify.stdout, /all modules verified/);

	// Go rewrites go.sum from scratch: the lab's go.sum (and so its dirhash) must be exactly what go writes.
	await rm(path.join(lab.dir, 'go.sum'));
	const tidy = await go(lab, ['mod', 'tidy']);
	assert.equal(tidy.exitCode, 0, tidy.stderr);
	assert.equal(await readFile(path.join(lab.dir, 'go.sum'), 'utf8'), goSum);

	const binary = path.join(lab.root, 'lab-app');
	const build = await go(lab, ['build', '-o', binary, '.'], 90_000);
	assert.equal(build.exitCode, 0, build.stderr);
	const ran = await execa(binary, [], {env: lab.env, extendEnv: false, reject: false, timeout: 10_000, stdin: 'ignore'});
	assert.equal(ran.stdout, 'hello, gopher hello from the gomod-doctor lab');
});

test('healthy: go asks for upper-case module paths case-encoded, and the lab answers', {timeout: 30_000}, async (t) => {
	const lab = await labFor(t, 'healthy');
	const download = await go(lab, ['mod', 'download', '-json', 'example.com/lab/UpperCase@v0.1.0']);
	assert.equal(download.exitCode, 0, download.stderr);
	const [module] = parseJsonStream(download.stdout);
	assert.equal(module?.['Error'], undefined);
	assert.equal(module?.['Dir'], path.join(modcache(lab), 'example.com', 'lab', '!upper!case@v0.1.0'));
	const upper = labModules.find((item) => item.path === 'example.com/lab/UpperCase');
	assert.ok(upper);
	assert.equal(module?.['Sum'], hashModuleZip(buildModuleArtifacts(upper).zip), 'go hashes the zip as dirhash does');
	// Go percent-encodes the `!` of the case-encoding in the URL.
	assert.ok(
		lab.server('good').requests.some((entry) => entry.path === '/example.com/lab/%21upper%21case/@v/v0.1.0.zip' && entry.status === 200),
	);
});

test('proxy-down: go fails with connection refused at the first entry and does not fall back', {timeout: 30_000}, async (t) => {
	const lab = await labFor(t, 'proxy-down');
	const down = lab.server('down');
	const result = await go(lab, ['mod', 'download', '-json']);
	assert.equal(result.exitCode, 1);
	assert.ok(result.stderr.includes(`dial tcp 127.0.0.1:${down.port}: connect: connection refused`), result.stderr);
	assert.ok(result.stderr.includes(`Get "${down.url}/example.com/lab/`), 'go names the entry it asked');
	assert.deepEqual(lab.server('good').requests, [], '"," falls back only on 404/410: the good entry is never asked');
});

test('proxy-down: with GOPROXY set to the good entry by go env -w, the download works', {timeout: 30_000}, async (t) => {
	const lab = await labFor(t, 'proxy-down');
	const good = lab.server('good');
	const write = await go(lab, ['env', '-w', `GOPROXY=${good.url}`]);
	assert.equal(write.exitCode, 0, write.stderr);
	assert.match(await readFile(lab.goenvFile, 'utf8'), new RegExp(`^GOPROXY=${good.url.replaceAll('.', String.raw`\.`)}$`, 'm'));

	const result = await go(lab, ['mod', 'download', '-json']);
	assert.equal(result.exitCode, 0, result.stderr);
	assert.equal(parseJsonStream(result.stdout).length, 2);
	assert.ok(good.requests.some((entry) => entry.path === '/example.com/lab/greet/@v/v1.2.0.zip' && entry.status === 200));
	assert.ok(await exists(path.join(modcache(lab), 'example.com', 'lab', 'greet@v1.2.0', 'greet.go')));
});

test('proxy-hang: go does not finish while the first entry never answers', {timeout: 30_000}, async (t) => {
	const lab = await labFor(t, 'proxy-hang');
	const result = await go(lab, ['mod', 'download', '-json'], 3000);
	assert.equal(result.timedOut, true, `go finished: ${result.stderr}`);
	assert.ok(result.durationMs < 8000, 'the kill is prompt');
	const asked = lab.server('hang').requests;
	assert.ok(asked.length > 0, 'go reached the hanging entry');
	assert.ok(
		asked.every((entry) => entry.status === undefined),
		'and never got an answer',
	);
	assert.match(asked[0]?.path ?? '', /^\/example\.com\/lab\/(greet|hello)\/@v\/v1\.\d\.0\.mod$/);
	assert.deepEqual(lab.server('good').requests, []);

	const started = performance.now();
	await lab.close();
	assert.ok(performance.now() - started < 2000, 'closing the lab does not wait for the hung connection');
});

test('proxy-502: go fails with the 502 of the first entry and does not fall back', {timeout: 30_000}, async (t) => {
	const lab = await labFor(t, 'proxy-502');
	const bad = lab.server('bad-gateway');
	const result = await go(lab, ['mod', 'download', '-json']);
	assert.equal(result.exitCode, 1);
	assert.ok(result.stderr.includes(`reading ${bad.url}/example.com/lab/`), result.stderr);
	assert.match(result.stderr, /: 502 Bad Gateway$/m);
	assert.ok(bad.requests.length > 0 && bad.requests.every((entry) => entry.status === 502));
	assert.deepEqual(lab.server('good').requests, []);
});

for (const scenario of listScenarios()) {
	const {goSays} = scenario;
	// Goproxy-off and env-shadows-goenv: go asks no lab server, or only a closed port (see proxy-tls-config-lab.test.ts).
	if (goSays === undefined || ['proxy-down', 'proxy-502', 'goproxy-off', 'env-shadows-goenv'].includes(scenario.id)) {
		continue;
	}

	test(
		`${scenario.id}: go says "${goSays}"${scenario.expected.entryIndex === undefined ? '' : ' after asking the entry at fault'}`,
		{timeout: 30_000},
		async (t) => {
			const lab = await labFor(t, scenario.id);
			const result = await go(lab, ['mod', 'download']);
			assert.equal(result.exitCode, 1);
			assert.ok(result.stderr.includes(goSays), result.stderr);
			if (scenario.expected.entryIndex === undefined || scenario.setup !== undefined) {
				// The fault is not a lab GOPROXY server (go.sum, the checksum database, a private host, the cache, a name
				// that does not resolve, an HTTP proxy…): the scenario's own integration test checks where go went.
				return;
			}

			const atFault = lab.servers[scenario.expected.entryIndex];
			assert.ok(atFault, 'the entry at fault is the lab server listed at that index');
			assert.ok(atFault.requests.length > 0, 'go asked the entry at fault');
			for (const other of lab.servers.filter((server) => server !== atFault)) {
				assert.deepEqual(other.requests, [], `go did not ask ${other.name}`);
			}
		},
	);
}

test('lab.close() removes the temporary root', {timeout: 30_000}, async () => {
	const lab = await startLab('healthy');
	assert.ok(await exists(path.join(lab.dir, 'go.mod')));
	await lab.close();
	assert.equal(await exists(lab.root), false);
	await assert.rejects(startLab('no-such-scenario'), /unknown lab scenario/);
});
