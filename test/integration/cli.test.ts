/*
The built CLI as scripts use it: exit statuses (0 nothing wrong, 1 a problem found, 2 usage or tool
failure), clear messages without stack traces, `classify` on real go output and on hostile input, and the
bare command without a terminal printing the diagnose report. Every run gets a hermetic environment.
*/
import assert from 'node:assert/strict';
import {randomBytes} from 'node:crypto';
import {access, mkdtemp, readdir, readFile, readlink, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, test} from 'node:test';
import {setTimeout as sleep} from 'node:timers/promises';
import {execa} from 'execa';
import {createHermeticGoEnv} from '../../source/lab/hermetic-env.js';
import {startLab} from '../../source/lab/start-lab.js';
import {cliPath, runCli} from '../helpers/cli.js';

async function hermetic(t: {after: (fn: () => Promise<void>) => void}) {
	const root = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-cli-'));
	t.after(async () => rm(root, {recursive: true, force: true}));
	const {env} = await createHermeticGoEnv({root, goenv: {GOPROXY: 'off', GOSUMDB: 'off'}});
	return {root, env};
}

function noStackTrace(text: string): void {
	assert.doesNotMatch(text, /\n\s+at .+:\d+:\d+/, 'no stack trace');
}

describe('usage errors exit 2 with one clear line', () => {
	const cases: Array<[string[], RegExp]> = [
		[['--bogus'], /Unknown flag/],
		[['frobnicate'], /unknown command "frobnicate"/],
		[['diagnose', '--dir', '/nonexistent/gomod-doctor'], /--dir \/nonexistent\/gomod-doctor: no such directory/],
		[['diagnose', '--timeout', 'abc'], /--timeout "abc": give the deadline in seconds/],
		[['diagnose', '--timeout', '0'], /--timeout "0"/],
		[['diagnose', '--module=-x@v1.0.0'], /--module "-x@v1\.0\.0"/],
		[['diagnose', '--json', '--markdown'], /--json and --markdown exclude each other/],
		[['lab', 'proxy-teapot'], /lab: no scenario "proxy-teapot"/],
		[['classify', '/nonexistent/build.log'], /classify: cannot read \/nonexistent\/build\.log: ENOENT/],
	];
	for (const [args, message] of cases) {
		test(args.join(' '), async (t) => {
			const {env} = await hermetic(t);
			const run = await runCli(args, {env});
			assert.equal(run.exitCode, 2, run.stderr);
			assert.match(run.stderr, message);
			noStackTrace(run.stderr);
		});
	}
});

test('--version and --help exit 0', async (t) => {
	const {env} = await hermetic(t);
	const version = await runCli(['--version'], {env});
	assert.equal(version.exitCode, 0);
	assert.match(version.stdout, /^\d+\.\d+\.\d+$/);
	const help = await runCli(['--help'], {env});
	assert.equal(help.exitCode, 0);
	for (const word of ['diagnose', 'classify', 'undo', 'lab', '--module', '--timeout', '--candidates', 'Exit status']) {
		assert.ok(help.stdout.includes(word), `--help mentions ${word}`);
	}
});

describe('classify', () => {
	test('a CI log with a refused proxy: exit 1, the category, module, version and host', async (t) => {
		const {env} = await hermetic(t);
		const log = [
			'Run go mod download',
			'go: downloading example.com/lab/hello v1.0.0',
			'go: example.com/lab/greet@v1.2.0: Get "http://127.0.0.1:35753/example.com/lab/greet/@v/v1.2.0.mod": dial tcp 127.0.0.1:35753: connect: connection refused',
			'Error: Process completed with exit code 1.',
		].join('\n');
		const run = await runCli(['classify', '--json'], {env, input: log});
		assert.equal(run.exitCode, 1);
		const result = JSON.parse(run.stdout) as {
			schemaVersion: number;
			primary: {category: string; module: string; version: string; host: string};
		};
		assert.equal(result.schemaVersion, 1);
		assert.deepEqual(
			{category: result.primary.category, module: result.primary.module, version: result.primary.version, host: result.primary.host},
			{category: 'refused', module: 'example.com/lab/greet', version: 'v1.2.0', host: '127.0.0.1'},
		);
		const human = await runCli(['classify', '-'], {env, input: log});
		assert.equal(human.exitCode, 1);
		assert.match(human.stdout, /refused/);
	});

	test('empty input, NULs and 20 MB of random bytes: a clear answer, exit 0, no crash', async (t) => {
		const {root, env} = await hermetic(t);
		const empty = await runCli(['classify'], {env, input: ''});
		assert.equal(empty.exitCode, 0);
		assert.notEqual(empty.stdout.trim(), '');

		const nuls = path.join(root, 'nuls.bin');
		await writeFile(nuls, Buffer.alloc(1024 * 1024));
		const fromNuls = await runCli(['classify', nuls], {env});
		assert.equal(fromNuls.exitCode, 0);
		noStackTrace(fromNuls.stderr);

		const random = path.join(root, 'random.bin');
		await writeFile(random, randomBytes(20 * 1024 * 1024));
		const fromRandom = await runCli(['classify', '--json', random], {env, timeoutMs: 30_000});
		assert.equal(fromRandom.exitCode, 0, fromRandom.stderr);
		assert.equal((JSON.parse(fromRandom.stdout) as {kind: string}).kind, 'binary');
	});

	test('secrets in the pasted log are redacted in both forms', async (t) => {
		const {env} = await hermetic(t);
		const log =
			'go: git.corp.example/team/lib@v1.0.0: reading https://builder:hunter2-s3cret@goproxy.corp.example/git.corp.example/team/lib/@v/v1.0.0.info: 401 Unauthorized\n';
		for (const args of [['classify'], ['classify', '--json']]) {
			const run = await runCli(args, {env, input: log});
			assert.doesNotMatch(run.stdout, /hunter2-s3cret/);
			assert.match(run.stdout, /private-auth/);
		}
	});
});

test('without a terminal, the bare command prints the diagnose report (lab: proxy-502)', async (t) => {
	const lab = await startLab('proxy-502');
	t.after(async () => lab.close());
	const run = await runCli(['--dir', lab.dir, '--timeout', '4'], {env: lab.env});
	assert.equal(run.exitCode, 1);
	assert.match(run.stderr, /no terminal here \(or TERM=dumb\), so no wizard/);
	assert.match(
		run.stdout.replaceAll(/\n\s+/g, ' '),
		/Conclusion: GOPROXY entry 1 \(http:\/\/127\.0\.0\.1:\d+\) answers 502 Bad Gateway; go stops there\./,
	);
	assert.match(run.stdout, /\$ go env -w GOPROXY=http:\/\/127\.0\.0\.1:\d+,direct/);
	assert.equal(await readFile(lab.goenvFile, 'utf8'), `GOPROXY=${lab.goproxy}\nGOSUMDB=off\n`, 'diagnose applies nothing');
});

test('lab: SIGTERM while go hangs stops go, removes the lab and exits 143', async (t) => {
	const {env} = await hermetic(t);
	const child = execa(process.execPath, [cliPath, 'lab', 'proxy-hang', '--timeout', '30'], {
		env: {...env, CI: 'true'},
		extendEnv: false,
		reject: false,
		timeout: 60_000,
	});
	let output = '';
	child.stdout?.on('data', (chunk: Buffer) => {
		output += chunk.toString();
	});
	const deadline = Date.now() + 20_000;
	while (!/Go module: (\S+)/.test(output) && Date.now() < deadline) {
		await sleep(50);
	}

	const projectDir = /Go module: (\S+)/.exec(output)?.[1];
	assert.ok(projectDir, `the lab started: ${output}`);
	await sleep(1500); // Go is now waiting on the hanging entry
	child.kill('SIGTERM');
	const result = await child;
	assert.equal(result.exitCode ?? (result.signal === 'SIGTERM' ? 143 : undefined), 143);
	assert.equal(
		await access(path.dirname(projectDir)).then(
			() => true,
			() => false,
		),
		false,
		'the lab directory is gone',
	);
	// Go ran with its working directory in the lab: no process may still have one there.
	const labRoot = path.dirname(projectDir);
	const left: string[] = [];
	for (const pid of (await readdir('/proc')).filter((name) => /^\d+$/.test(name))) {
		const cwd = await readlink(`/proc/${pid}/cwd`).catch(() => '');
		if (cwd.startsWith(labRoot)) {
			left.push(`${pid} ${cwd}`);
		}
	}

	assert.deepEqual(left, [], 'no orphaned go');
});

test("a setting go cannot parse (GOFLAGS) is reported as go configuration, with go's message", async (t) => {
	const lab = await startLab('healthy');
	t.after(async () => lab.close());
	const run = await runCli(['diagnose', '--json', '--dir', lab.dir], {env: {...lab.env, GOFLAGS: '-bogus-flag'}});
	assert.equal(run.exitCode, 1);
	const report = JSON.parse(run.stdout) as {findings: Array<{category: string; summary: string}>};
	assert.equal(report.findings[0]?.category, 'goproxy-config');
	assert.match(report.findings[0]?.summary ?? '', /GOFLAGS/);
});

test('undo with nothing to undo says so once, exit 0', async (t) => {
	const {root, env} = await hermetic(t);
	const run = await runCli(['undo', '--dir', root], {env});
	assert.equal(run.exitCode, 0, run.stderr);
	// Before: the sentence, then the library's own "nothing to undo" under it.
	assert.deepEqual(run.stdout.trim().split('\n'), ['Nothing to undo: the journal holds no change that is still applied.']);
});
