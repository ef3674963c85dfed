import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {test} from 'node:test';
import {
	failingHosts,
	hostsInError,
	parseStderrFailures,
	reproduceDownload,
	validateModuleQuery,
} from '../../source/go/reproduce-download.js';
import {checkModulePath} from '../../source/go/escape-module-path.js';
import {nodeFileSystem} from '../../source/system/file-system.js';
import type {CommandResult, CommandSpec, System} from '../../source/system/types.js';
import {english} from '../helpers/text.js';

/** A system whose `run` answers with a canned result and records what it was asked. */
function fakeSystem(result: Partial<CommandResult>): {system: System; calls: CommandSpec[]} {
	const calls: CommandSpec[] = [];
	const unavailable = () => {
		throw new Error('not in this test');
	};

	const system: System = {
		async run(spec) {
			calls.push(spec);
			return {
				argv: [spec.file, ...spec.args],
				exitCode: 1,
				stdout: '',
				stderr: '',
				timedOut: false,
				canceled: false,
				missing: false,
				durationMs: 5,
				...result,
			};
		},
		http: unavailable,
		net: {resolve: unavailable, connect: unavailable, tlsHandshake: unavailable},
		fs: nodeFileSystem,
		now: () => 0,
	};
	return {system, calls};
}

const options = {env: {PATH: '/usr/bin'}, cwd: '/tmp', timeoutMs: 30_000};

/** The sections of a captured fixture (scripts/capture-go-output.ts): command, exit, stdout, stderr. */
async function fixture(
	name: string,
	command: string,
): Promise<{exitCode: number | undefined; timedOut: boolean; stdout: string; stderr: string; goproxy: string}> {
	const text = await readFile(new URL(`../fixtures/go-output/${name}.txt`, import.meta.url), 'utf8');
	const sections = text.split(/^==> go /m).slice(1);
	const section = sections.find((candidate) => candidate.startsWith(`${command}\n`));
	assert.ok(section, `fixture ${name} has no section for go ${command}`);
	const lines = section.split('\n');
	const goproxy = lines[1]!.replace('==> GOPROXY=', '');
	const outcome = lines[2]!;
	const stdoutStart = lines.indexOf('==> stdout') + 1;
	const stderrStart = lines.indexOf('==> stderr') + 1;
	return {
		exitCode: /exit code (\d+)/.test(outcome) ? Number(/exit code (\d+)/.exec(outcome)![1]) : undefined,
		timedOut: outcome.startsWith('==> killed'),
		stdout: lines.slice(stdoutStart, stderrStart - 1).join('\n'),
		stderr: lines.slice(stderrStart).join('\n'),
		goproxy,
	};
}

test('validateModuleQuery accepts module paths, versions and queries', () => {
	assert.deepEqual(validateModuleQuery('example.com/x@v1.0.0'), {
		ok: true,
		path: 'example.com/x',
		version: 'v1.0.0',
		argument: 'example.com/x@v1.0.0',
	});
	assert.deepEqual(validateModuleQuery('golang.org/x/mod'), {ok: true, path: 'golang.org/x/mod', argument: 'golang.org/x/mod'});
	for (const query of [
		'example.com/x/v2@latest',
		'example.com/x@<v1.2.0',
		'gopkg.in/yaml.v3@v3.0.1',
		'example.com/x@master',
		'example.com/Upper_Case~x@v0.0.0-20230102030405-abcdefabcdef',
	]) {
		assert.equal(validateModuleQuery(query).ok, true, query);
	}
});

test('validateModuleQuery refuses options, control characters and paths go would reject', () => {
	const reasons = (query: string) => {
		const result = validateModuleQuery(query);
		assert.equal(result.ok, false, query);
		return result.ok ? '' : result.reason;
	};

	assert.match(english(reasons('-modfile=/etc/passwd')), /starts with "-"/);
	assert.match(english(reasons('example.com/x@-v1')), /starts with "-"/);
	assert.match(english(reasons('example.com/x@v1.0.0\nrm')), /control characters/);
	assert.match(english(reasons('example.com/x @v1')), /whitespace/);
	assert.match(english(reasons('example.com/x\u001B[31m')), /\\x1b/);
	assert.match(english(reasons('EXAMPLE.com/x@v1.0.0')), /invalid char 'E' in first path element/);
	assert.match(english(reasons('localhost/x')), /missing dot in first path element/);
	assert.match(english(reasons('example.com/x/v1')), /invalid version/);
	assert.match(english(reasons('example.com//x')), /double slash/);
	assert.match(english(reasons('example.com/.hidden')), /leading dot/);
	assert.match(english(reasons('example.com/x@')), /empty version/);
	assert.match(english(reasons('example.com/x@v1;rm')), /characters no version/);
	assert.match(english(reasons('')), /empty/);
});

test('checkModulePath follows go: Windows names and short names are refused', () => {
	assert.match(checkModulePath('example.com/con.txt') ?? '', /disallowed/);
	assert.match(checkModulePath('example.com/abc~1') ?? '', /tilde/);
	assert.equal(checkModulePath('example.com/x/v2'), undefined);
	assert.match(checkModulePath('example.com/x/v02') ?? '', /invalid version/);
});

test('hostsInError finds the host of the URL and the address dialled', () => {
	assert.deepEqual(
		hostsInError(
			'example.com/x@v1.0.0: Get "http://127.0.0.1:4312/example.com/x/@v/v1.0.0.info": dial tcp 127.0.0.1:4312: connect: connection refused',
		),
		['127.0.0.1:4312'],
	);
	assert.deepEqual(hostsInError('reading https://proxy.example.com/x/@v/list: 502 Bad Gateway'), ['proxy.example.com']);
	assert.deepEqual(
		hostsInError('Get "https://proxy.example.com/x/@v/list": dial tcp: lookup proxy.example.com on 127.0.0.53:53: no such host'),
		['proxy.example.com'],
	);
	assert.deepEqual(
		hostsInError('Get "https://proxy.golang.org/x/@v/list": proxyconnect tcp: dial tcp 127.0.0.1:3128: connect: connection refused'),
		['127.0.0.1:3128', 'proxy.golang.org'],
	);
	assert.deepEqual(hostsInError('Get "http://[::1]:8080/x/@v/list": dial tcp [::1]:8080: i/o timeout'), ['[::1]:8080']);
	assert.deepEqual(hostsInError('no matching versions for query "latest"'), []);
});

test('parseStderrFailures reads go: MOD@VER lines, requires chains and checksum mismatches', () => {
	assert.deepEqual(
		parseStderrFailures(
			'go: example.com/a@v1.0.0 requires\n\texample.com/b@v1.1.0: reading http://127.0.0.1:9/example.com/b/@v/v1.1.0.mod: 404 Not Found\n\tserver response: not found\n',
		),
		[
			{
				module: 'example.com/b',
				version: 'v1.1.0',
				error: 'example.com/b@v1.1.0: reading http://127.0.0.1:9/example.com/b/@v/v1.1.0.mod: 404 Not Found\nserver response: not found',
			},
		],
	);
	const mismatch = parseStderrFailures(
		'verifying example.com/lab/greet@v1.2.0/go.mod: checksum mismatch\n\tdownloaded: h1:a=\n\tgo.sum:     h1:b=\n\nSECURITY ERROR\nThis download does NOT match.\n',
	);
	assert.deepEqual(mismatch, [
		{
			module: 'example.com/lab/greet',
			version: 'v1.2.0',
			error: 'verifying example.com/lab/greet@v1.2.0/go.mod: checksum mismatch\ndownloaded: h1:a=\ngo.sum:     h1:b=',
		},
	]);
	assert.deepEqual(parseStderrFailures('go: errors parsing go.mod:\n/x/go.mod:3: unknown directive: foo\n'), []);
});

for (const [name, reason] of [
	['proxy-down', 'connect: connection refused'],
	['proxy-404-all', '404 Not Found'],
	['proxy-502', '502 Bad Gateway'],
	['proxy-401', '401 Unauthorized'],
] as const) {
	test(`headline for real go output (${name}): module, first GOPROXY host and reason`, async () => {
		for (const command of ['mod download -json', 'mod download -json example.com/lab/hello@v1.0.0']) {
			const captured = await fixture(name, command);
			const {system} = fakeSystem({exitCode: captured.exitCode, stdout: captured.stdout, stderr: captured.stderr});
			const module = command.includes('@') ? 'example.com/lab/hello@v1.0.0' : undefined;

			const reproduction = await reproduceDownload(system, {...options, ...(module === undefined ? {} : {module})});
			const firstHost = new URL(captured.goproxy.split(',')[0]!).host;
			assert.equal(reproduction.ok, false);
			assert.equal(reproduction.failures.length, 1);
			assert.deepEqual(failingHosts(reproduction), [firstHost]);
			const expectedModule = module ?? 'example.com/lab/greet@v1.2.0';
			assert.ok(english(reproduction.headline).startsWith(`${expectedModule} failed from ${firstHost}: `), english(reproduction.headline));
			assert.ok(english(reproduction.headline).endsWith(reason), english(reproduction.headline));
			assert.ok(!english(reproduction.headline).includes('\n'));
		}
	});
}

test('headline for checksum mismatches printed without a go: prefix (altered-zip, proxy-html)', async () => {
	for (const name of ['altered-zip', 'proxy-html']) {
		const captured = await fixture(name, 'mod download -json');
		// Which lab module go verifies first depends on the capture; read it from go's own line.
		const verifying = /^verifying (\S+)@(v[^/:\s]+)(\/go\.mod)?: checksum mismatch$/m.exec(captured.stderr);
		assert.ok(verifying, captured.stderr);
		const [line, module, version] = verifying;
		const {system} = fakeSystem({exitCode: captured.exitCode, stdout: captured.stdout, stderr: captured.stderr});

		const reproduction = await reproduceDownload(system, options);
		assert.deepEqual(
			reproduction.failures.map((failure) => `${failure.module}@${failure.version}`),
			[`${module}@${version}`],
		);
		assert.match(reproduction.failures[0]?.error ?? '', /\ndownloaded: h1:.*\ngo\.sum: +h1:/);
		assert.equal(english(reproduction.headline), `${module}@${version} failed: ${line}`);
	}
});

test('a headline stays short and on one line, whatever go prints about a module', async () => {
	// Long, but under the 4096 characters a line of go's is clipped to before it is read.
	const module = `example.com/${'a'.repeat(1000)}`;
	const stderr = `go: ${module}@v1.0.0: reading http://${'h'.repeat(1000)}.example/x/@v/v1.0.0.info: ${'no '.repeat(600)}\nmore\n`;
	const {system} = fakeSystem({exitCode: 1, stderr});
	const headline = english((await reproduceDownload(system, options)).headline);
	assert.match(headline, /^example\.com\/a+… failed from h+…: reading http:\/\/h+/);
	assert.ok(!headline.includes('\n'));
	assert.ok(headline.length <= 600, `${headline.length} characters`);
});

test('a hang says how long go ran without progress (nothing watched: its whole run)', async () => {
	const captured = await fixture('proxy-hang', 'mod download -json');
	const {system} = fakeSystem({exitCode: undefined, timedOut: true, stdout: captured.stdout, stderr: captured.stderr, durationMs: 3000});
	const reproduction = await reproduceDownload(system, {...options, timeoutMs: 3000});
	assert.equal(reproduction.ok, false);
	assert.equal(reproduction.timedOut, true);
	assert.equal(english(reproduction.headline), 'go mod download made no progress for 3.0 s and was stopped');
	assert.deepEqual(reproduction.stopped, {reason: 'no-progress', quietMs: 3000, limitMs: 3000});
});

test("a go.mod that go cannot parse: the headline is go's message from stderr", async () => {
	const {system} = fakeSystem({exitCode: 1, stderr: 'go: errors parsing go.mod:\n/w/go.mod:4: unknown directive: foo\n'});
	const reproduction = await reproduceDownload(system, options);
	assert.equal(reproduction.ok, false);
	assert.deepEqual(reproduction.failures, []);
	assert.equal(english(reproduction.headline), 'go mod download failed: errors parsing go.mod: /w/go.mod:4: unknown directive: foo');
});

test('success counts the modules; an invalid module is refused without running go', async () => {
	const ok = fakeSystem({
		exitCode: 0,
		stdout: '{"Path":"a.com/x","Version":"v1.0.0","Sum":"h1:x="}\n{"Path":"a.com/y","Version":"v1.0.0"}\n',
	});
	const reproduction = await reproduceDownload(ok.system, options);
	assert.equal(reproduction.ok, true);
	assert.equal(english(reproduction.headline), 'go mod download succeeded: 2 modules downloaded or already in the cache');
	assert.deepEqual(ok.calls[0]?.args, ['mod', 'download', '-json']);
	assert.equal(ok.calls[0]?.parseable, true);

	const named = fakeSystem({exitCode: 0, stdout: '{"Path":"a.com/x","Version":"v1.0.0"}'});
	await reproduceDownload(named.system, {...options, module: 'a.com/x@v1.0.0'});
	assert.deepEqual(named.calls[0]?.args, ['mod', 'download', '-json', '--', 'a.com/x@v1.0.0']);

	const refused = fakeSystem({exitCode: 0});
	const rejected = await reproduceDownload(refused.system, {...options, module: '-exec=/bin/sh'});
	assert.equal(refused.calls.length, 0);
	assert.equal(rejected.ok, false);
	assert.match(english(rejected.headline), /^not run: .*starts with "-"/);
});

test('go missing is said plainly', async () => {
	const {system} = fakeSystem({exitCode: undefined, missing: true});
	const reproduction = await reproduceDownload(system, options);
	assert.equal(english(reproduction.headline), 'go is not installed or not on PATH');
});
