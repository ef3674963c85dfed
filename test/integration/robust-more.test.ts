/*
More bad input and bad environments, through the built CLI where a user would meet them: a malformed go.mod ends
the diagnosis with go's own message before any network check; the go-missing headline says it once; a flag
that merely starts like a known one is a usage error; without openssl the TLS check falls back on Node's tls
and says so. Nothing leaves 127.0.0.1: GOPROXY and the candidates are loopback servers or off.
*/
import assert from 'node:assert/strict';
import {access, constants, mkdir, mkdtemp, rm, symlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {test, type TestContext} from 'node:test';
import {conclude} from '../../source/diagnose/conclude.js';
import {chinese, english} from '../helpers/text.js';
import {createHermeticGoEnv} from '../../source/lab/hermetic-env.js';
import type {Environment} from '../../source/system/types.js';
import {runCli} from '../helpers/cli.js';
import {startHttpServer, startTlsServer} from '../helpers/loopback-servers.js';

async function hermetic(t: TestContext, goMod: string | undefined, goenv: Record<string, string> = {GOPROXY: 'off', GOSUMDB: 'off'}) {
	const root = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-robust-more-'));
	t.after(async () => rm(root, {recursive: true, force: true}));
	const made = await createHermeticGoEnv({root, goenv, extra: {GOMOD_DOCTOR_CANDIDATES: 'off'}});
	const dir = path.join(root, 'project');
	await mkdir(dir);
	if (goMod !== undefined) {
		await writeFile(path.join(dir, 'go.mod'), goMod);
	}

	return {root, dir, env: made.env};
}

/** Where `program` is on the test's own PATH; undefined when it is not installed. */
async function which(program: string): Promise<string | undefined> {
	for (const directory of (process.env['PATH'] ?? '').split(path.delimiter)) {
		const candidate = path.join(directory, program);
		try {
			await access(candidate, constants.X_OK);
			return candidate;
		} catch {}
	}

	return undefined;
}

/** A directory to use as PATH holding only those of `programs` that are installed (symlinks to them). */
async function pathWith(root: string, name: string, programs: readonly string[]): Promise<string> {
	const bin = path.join(root, name);
	await mkdir(bin, {recursive: true});
	for (const program of programs) {
		const real = await which(program);
		if (real !== undefined) {
			await symlink(real, path.join(bin, program));
		}
	}

	return bin;
}

function noStackTrace(text: string): void {
	assert.doesNotMatch(text, /\n\s+at .+:\d+:\d+|node:internal|TypeError|ReferenceError/, `no stack trace:\n${text}`);
}

type Report = {
	headline: string;
	exitCode: number;
	reproduction?: {argv: string[]};
	findings: Array<{
		category: string;
		subject: string;
		summary: string;
		evidence: Array<{tool: string; command: string; summary: string; outcome: string}>;
	}>;
	path: unknown[];
};

test("a go.mod go cannot parse: go's own message with the file and line, and not one network check", async (t) => {
	// A GOPROXY and a candidate that count what they are asked: neither may be asked anything.
	const proxy = await startHttpServer({status: 404, body: 'not found'});
	t.after(async () => proxy.close());
	const candidate = await startHttpServer({status: 404, body: 'not found'});
	t.after(async () => candidate.close());
	const {dir, env} = await hermetic(
		t,
		'module example.com/m\n\ngo 1.22\n\nrequire (\n\texample.com/lab/greet v1.2.0\n\tthis is not a requirement\n)\n',
		{
			GOPROXY: proxy.url,
			GOSUMDB: 'off',
		},
	);
	const started = Date.now();
	const json = await runCli(['diagnose', '--json', '--dir', dir, '--timeout', '5', '--candidates', candidate.url], {env});
	assert.equal(json.exitCode, 1, json.stderr);
	const report = JSON.parse(json.stdout) as Report;
	const goMod = path.join(dir, 'go.mod');
	assert.equal(report.findings.length, 1, JSON.stringify(report.findings));
	const [finding] = report.findings;
	assert.equal(finding?.subject, `${goMod}:7`);
	assert.match(
		report.headline,
		new RegExp(
			String.raw`^go cannot parse go\.mod: ${goMod.replaceAll(/[./]/g, String.raw`\$&`)}:7:\d+: usage: require module/path v1\.2\.3`,
		),
	);
	assert.deepEqual(report.reproduction?.argv, ['go', 'mod', 'edit', '-json'], 'go was asked to read go.mod only');
	assert.deepEqual(report.path, [], 'no flowchart was walked');
	assert.deepEqual(
		finding?.evidence.map((evidence) => evidence.tool),
		['go'],
	);
	assert.equal(proxy.requests.length + candidate.requests.length, 0, 'no proxy was asked anything');
	assert.ok(Date.now() - started < 5000, 'it ends at once, not at the deadline');

	const text = await runCli(['diagnose', '--dir', dir, '--timeout', '5', '--candidates', candidate.url], {env});
	assert.equal(text.exitCode, 1);
	// The text report is wrapped to 80 columns: a sentence may go on on the next line.
	assert.match(
		text.stdout.replaceAll(/\n\s*/g, ' '),
		/Conclusion: go cannot parse go\.mod: \S+go\.mod:7:\d+: usage: require module\/path v1\.2\.3\. Fix that line/,
	);
	assert.doesNotMatch(text.stdout, /GOPROXY entry 1|Candidate ·/);
	noStackTrace(text.stdout + text.stderr);
	assert.equal(proxy.requests.length + candidate.requests.length, 0);
});

test('a well-formed go.mod is not stopped there: the walks run as before', async (t) => {
	const proxy = await startHttpServer({status: 404, body: 'not found'});
	t.after(async () => proxy.close());
	const {dir, env} = await hermetic(t, 'module example.com/m\n\ngo 1.22\n\nrequire example.com/lab/greet v1.2.0\n', {
		GOPROXY: proxy.url,
		GOSUMDB: 'off',
	});
	const run = await runCli(['diagnose', '--json', '--dir', dir, '--timeout', '5'], {env});
	const report = JSON.parse(run.stdout) as Report;
	assert.deepEqual(report.reproduction?.argv.slice(0, 3), ['go', 'mod', 'download']);
	assert.ok(report.path.length > 0);
	assert.ok(proxy.requests.length > 0);
});

test('go missing: the headline says so once, in English and in Chinese', async (t) => {
	const said = conclude({goMissing: 'go is not installed or not on PATH', walks: []}).headline;
	for (const language of ['en', 'zh'] as const) {
		const headline = language === 'en' ? english(said) : chinese(said);
		const sentence = language === 'en' ? 'go is not installed or not on PATH' : 'go 没有安装，或者不在 PATH 中';
		assert.equal(headline.split(sentence).length - 1, 1, headline);
	}

	const {root, dir, env} = await hermetic(t, 'module example.com/m\n\ngo 1.22\n');
	const run = await runCli(['diagnose', '--dir', dir], {env: {...env, PATH: await pathWith(root, 'bin', [])}});
	assert.equal(run.exitCode, 1);
	const conclusion = run.stdout.split('\n').find((line) => line.startsWith('Conclusion:'));
	assert.equal(conclusion?.match(/not installed or not on PATH/g)?.length, 1, run.stdout);
});

test('a flag that only starts like a known one is a usage error (exit 2), not silently ignored', async (t) => {
	const {env} = await hermetic(t, undefined);
	const cases: Array<[string[], RegExp]> = [
		[['undo', '--yes-please'], /Unknown flag --yes-please/],
		[['undo', '--yes=please'], /Unknown flag --yes=please/],
		[['diagnose', '--dir-x', 'a'], /Unknown flag --dir-x/],
		[['diagnose', '--json=1'], /Unknown flag --json=1/],
		[['diagnose', '--no-dir'], /Unknown flag --no-dir/],
		[['diagnose', '--token=ghp_secretvalue'], /Unknown flag --token(?!=)/],
		[['-x'], /Unknown flag -x/],
		[['--lang', 'zh', 'undo', '--yes-please'], /未知选项 --yes-please/],
	];
	for (const [args, message] of cases) {
		const run = await runCli(args, {env});
		assert.equal(run.exitCode, 2, `${args.join(' ')}: ${run.stdout}${run.stderr}`);
		assert.match(run.stderr, message);
		assert.doesNotMatch(run.stderr, /ghp_secretvalue/);
		assert.equal(run.stdout, '', 'nothing ran');
		noStackTrace(run.stderr);
	}

	// What follows `--` is an argument, and a string flag's value may start with a dash.
	const separated = await runCli(['undo', '--', '--yes-please'], {env});
	assert.equal(separated.exitCode, 2);
	assert.match(separated.stderr, /unexpected argument "--yes-please"/);
	const known = await runCli(['undo', '--yes'], {env});
	assert.equal(known.exitCode, 0, known.stderr);
});

test("without openssl the TLS check falls back on Node's tls and the evidence says so; with it, openssl runs", async (t) => {
	const server = await startTlsServer('localhost');
	t.after(async () => server.close());
	const {root, dir, env} = await hermetic(t, 'module example.com/m\n\ngo 1.22\n\nrequire example.com/lab/greet v1.2.0\n', {
		GOPROXY: server.url,
		GOSUMDB: 'off',
	});
	const tools = ['go', 'getent', 'nc', 'ping'];
	const tlsEvidence = async (PATH: string) => {
		const run = await runCli(['diagnose', '--json', '--dir', dir, '--timeout', '8'], {env: {...env, PATH} satisfies Environment});
		assert.equal(run.exitCode, 1, run.stderr);
		const report = JSON.parse(run.stdout) as Report;
		const steps = report.findings
			.flatMap((finding) => finding.evidence)
			.filter((evidence) => evidence.command.includes(`127.0.0.1:${server.port} -servername localhost`));
		const tls = steps.find((evidence) => evidence.tool === 'openssl' || evidence.tool === 'node:tls');
		assert.ok(tls !== undefined, JSON.stringify(report.findings, undefined, 2));
		return tls;
	};

	if ((await which('openssl')) !== undefined) {
		const withOpenssl = await tlsEvidence(await pathWith(root, 'with-openssl', [...tools, 'openssl']));
		assert.equal(withOpenssl.tool, 'openssl');
		assert.match(withOpenssl.command, /^openssl s_client /);
		assert.doesNotMatch(withOpenssl.summary, /openssl is not installed/);
	}

	const without = await tlsEvidence(await pathWith(root, 'without-openssl', tools));
	assert.equal(without.tool, 'node:tls');
	assert.match(without.summary, /\(openssl is not installed, so Node's tls checked instead\.\)/);
	// The handshake really happened: the lab CA is not trusted, and Node says so.
	assert.equal(without.outcome, 'untrusted', without.summary);
});
