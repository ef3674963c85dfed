/*
Commands to copy run as shown, every step: the go.sum repair removes its lines with a command (not prose), the
reproduction with verification off shows its whole environment (the empty directory, the empty module cache, its
GOFLAGS), and a URL's credentials are shown as USER:TOKEN, never as the redaction marker. Each line is run here by
/bin/sh, with a stand-in `go` that prints what it was given.
*/
import assert from 'node:assert/strict';
import {chmod, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {test, type TestContext} from 'node:test';
import {execa} from 'execa';
import {fixGoSumFix} from '../../source/flowcharts/checksum/checksum-fixes.js';
import {en as checksumText} from '../../source/flowcharts/checksum/text.en.js';
import {verificationOffFix} from '../../source/flowcharts/verification-off/fix-verification-off.js';
import {renderReportText} from '../../source/report/render-report-text.js';
import {textTree} from '../../source/flowcharts/texts.js';
import {messagesOf} from '../../source/i18n/message.js';
import type {Fix} from '../../source/model/report.js';
import {initialSession} from '../../source/session/reduce-session.js';
import {createRedactor, withCredentialPlaceholders} from '../../source/redact/redact.js';

const bad = 'example.com/lab/greet v1.2.0 h1:AMnecM1pu7JrjSqREy4XZWbdhIqfTssANqW/4LhpfMI=';
const badMod = 'example.com/lab/greet v1.2.0/go.mod h1:UAeN/Upcl7dl28WEVogJIJz1K38v4DCo8Xgh+Lp3ppk=';
const other = 'example.com/lab/hello v1.0.0 h1:ggI0pEChuOcUIzN1iC9wW1KYmR9duEgyjGY5e0i0BEA=';

async function scratch(t: TestContext): Promise<string> {
	const directory = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-by-hand-'));
	t.after(async () => rm(directory, {recursive: true, force: true}));
	// A stand-in go: prints where it ran and what it was given.
	await writeFile(
		path.join(directory, 'go'),
		'#!/bin/sh\necho "dir=$PWD cache=$GOMODCACHE sumdb=$GOSUMDB nosumdb=$GONOSUMDB flags=$GOFLAGS args=$*"\n',
	);
	await chmod(path.join(directory, 'go'), 0o755);
	return directory;
}

async function sh(directory: string, line: string) {
	return execa('/bin/sh', ['-c', line], {cwd: directory, env: {PATH: `${directory}:/usr/bin:/bin`}, extendEnv: false, reject: false});
}

const subject = {
	label: 'example.com/lab/greet@v1.2.0',
	module: 'example.com/lab/greet',
	version: 'v1.2.0',
	part: 'zip',
	against: 'go.sum',
} as const;

test('the go.sum repair: every step a command; the first removes exactly the wrong lines', async (t) => {
	const fix = fixGoSumFix(
		subject,
		[bad, badMod],
		'sum.golang.org',
		messagesOf(checksumText.messages, ['flowcharts', 'checksum', 'messages']),
	);
	assert.equal(fix.byHand?.length, 2);
	assert.equal(fix.byHand?.[1], 'go mod download example.com/lab/greet@v1.2.0');
	for (const [before, after] of [
		[`${bad}\n${badMod}\n${other}\n`, `${other}\n`],
		// Nothing left: grep finds no line to print (status 1), and the file is still replaced.
		[`${bad}\n${badMod}\n`, ''],
	] as const) {
		const directory = await scratch(t);
		await writeFile(path.join(directory, 'go.sum'), before);
		const run = await sh(directory, fix.byHand[0]!);
		assert.equal(run.exitCode, 0, run.stderr);
		assert.equal(await readFile(path.join(directory, 'go.sum'), 'utf8'), after);
	}

	const report = renderReportText(
		{...initialSession({startedAt: '2026-12-06T00:00:00.000Z', dir: '/m', toolVersion: 't'}), conclusion: conclusionWith(fix)},
		(text) => text,
		textTree('en'),
		80,
	);
	assert.ok(report.includes(`    $ ${fix.byHand[0]!}\n    $ go mod download example.com/lab/greet@v1.2.0\n`), report);
});

test('verification off shows its whole environment, and runs as shown', async (t) => {
	const fix = verificationOffFix('example.com/lab/greet', 'v1.2.0', 'checksum');
	const directory = await scratch(t);
	const run = await sh(directory, fix.byHand!.join(' && '));
	assert.equal(run.exitCode, 0, run.stderr);
	const printed =
		/^dir=(\S+) cache=(\S+) sumdb=off nosumdb=example\.com\/lab\/greet flags=-mod=mod -modcacherw args=mod download -json example\.com\/lab\/greet@v1\.2\.0$/.exec(
			run.stdout,
		);
	assert.ok(printed, run.stdout);
	assert.notEqual(printed[1], directory, 'an empty directory of its own, outside the project');
	assert.equal(printed[2], `${printed[1]}/modcache`, 'an empty module cache');
});

test('a line to copy says USER:TOKEN where the credentials were, never ***', () => {
	const {redact} = createRedactor({});
	assert.equal(
		withCredentialPlaceholders(redact("export HTTPS_PROXY='http://alice:s3cret@proxy.corp:3128'")),
		"export HTTPS_PROXY='http://USER:TOKEN@proxy.corp:3128'",
	);
	assert.equal(withCredentialPlaceholders(redact('export HTTP_PROXY=alice:s3cret@proxy:3128')), 'export HTTP_PROXY=USER:TOKEN@proxy:3128');
	const fix: Fix = {
		id: 'proxy-export',
		title: 'Export HTTPS_PROXY',
		kind: 'shell',
		shell: ['export HTTPS_PROXY=http://alice:s3cret@proxy.corp:3128'],
		env: {HTTPS_PROXY: 'http://alice:s3cret@proxy.corp:3128'},
		scope: 'session',
		weakensSecurity: false,
	};
	const report = renderReportText(
		{...initialSession({startedAt: '2026-12-06T00:00:00.000Z', dir: '/m', toolVersion: 't'}), conclusion: conclusionWith(fix)},
		redact,
		textTree('en'),
		80,
	);
	assert.match(report, /\$ export HTTPS_PROXY=http:\/\/USER:TOKEN@proxy\.corp:3128/);
	assert.doesNotMatch(report, /\*{3}@|s3cret/);
});

function conclusionWith(fix: Fix) {
	return {
		headline: 'checksum-mismatch: go.sum',
		verdict: {entries: [], goError: '', goFailed: true},
		findings: [],
		fixes: [fix],
		exitCode: 1 as const,
		health: [],
		notWaitedFor: [],
	};
}
