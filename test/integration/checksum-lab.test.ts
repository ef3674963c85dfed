/*
The checksum scenarios with the real go and the lab's own checksum database (go verifies its signed tree): the
diagnosis names the side that is wrong, with its evidence; the repair it offers, applied as the wizard applies
it, makes the real `go mod download` succeed. Nothing leaves 127.0.0.1; every go runs hermetic.
*/
import assert from 'node:assert/strict';
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, test} from 'node:test';
import type {DiagnosisEvent} from '../../source/diagnose/run-diagnosis.js';
import {hashGoMod, hashModuleZip} from '../../source/go/h1-hash.js';
import {labModules} from '../../source/lab/lab-modules.js';
import {buildModuleArtifacts} from '../../source/lab/module-zip.js';
import {startGoproxyServer} from '../../source/lab/goproxy-server.js';
import {createHermeticGoEnv} from '../../source/lab/hermetic-env.js';
import {labGoMod, labMainGo} from '../../source/lab/lab-project.js';
import {startLab, type Lab} from '../../source/lab/start-lab.js';
import {startSumdbServer} from '../../source/lab/sumdb-server.js';
import type {Finding, Fix} from '../../source/model/report.js';
import {createSessionActions} from '../../source/session/create-session-actions.js';
import type {SessionActions} from '../../source/session/session-actions.js';
import {createSystem} from '../../source/system/create-system.js';
import {english} from '../helpers/text.js';

const system = createSystem();
const greet = 'example.com/lab/greet@v1.2.0';

async function labFor(t: {after: (fn: () => Promise<void>) => void}, id: string): Promise<Lab> {
	const lab = await startLab(id);
	t.after(async () => lab.close());
	return lab;
}

/** Diagnoses the lab as the wizard does; the findings of the checksum flowcharts, in order. */
async function diagnose(lab: Lab): Promise<{actions: SessionActions; findings: Finding[]; events: DiagnosisEvent[]}> {
	const actions = createSessionActions(system, {
		dir: lab.dir,
		env: lab.env,
		timeoutMs: 8000,
		candidates: lab.candidates,
		toolVersion: 'test',
	});
	const events: DiagnosisEvent[] = [];
	await actions.diagnose((event) => {
		events.push(event as DiagnosisEvent);
	}, AbortSignal.timeout(60_000));
	const findings = events.flatMap((event) => (event.type === 'check-concluded' ? event.findings : []));
	return {actions, findings, events};
}

async function apply(actions: SessionActions, fix: Fix) {
	return actions.applyFix(fix, () => undefined, AbortSignal.timeout(60_000));
}

async function goDownload(lab: Lab): Promise<{exitCode: number | undefined; output: string}> {
	const result = await system.run({file: 'go', args: ['mod', 'download'], env: lab.env, cwd: lab.dir, timeoutMs: 30_000});
	return {exitCode: result.exitCode, output: result.stdout + result.stderr};
}

function fixOf(finding: Finding | undefined, id: string): Fix {
	const fix = finding?.fixes.find((item) => item.id === id);
	assert.ok(fix, `${id} offered: ${JSON.stringify(finding?.fixes.map((item) => item.id))}`);
	return fix;
}

describe('checksum scenarios with the real go', () => {
	test('checksum-gosum-wrong: go.sum is the wrong side; removing its lines and downloading again writes what go and the database agree on', async (t) => {
		const lab = await labFor(t, 'checksum-gosum-wrong');
		const before = await goDownload(lab);
		assert.notEqual(before.exitCode, 0);
		assert.match(before.output, /checksum mismatch[\s\S]*go\.sum:[\s\S]*SECURITY ERROR/);

		const {actions, findings} = await diagnose(lab);
		const finding = findings.find((item) => item.category === 'checksum-mismatch' && item.severity === 'error');
		assert.equal(finding?.subject, `go.sum (${greet})`);
		assert.ok(
			finding.evidence.some(
				(evidence) => evidence.outcome === 'found' && evidence.command.includes('/lookup/example.com/lab/greet@v1.2.0'),
			),
			'the checksum database was asked',
		);
		assert.ok(
			finding.evidence.some((evidence) => evidence.outcome === 'go-sum' && evidence.output?.includes(lab.extras['wrongHash']!)),
			'the comparison shows the wrong line',
		);
		assert.ok(
			finding.evidence.some((evidence) => evidence.probe === 'go'),
			'go itself is part of the evidence',
		);

		const fix = fixOf(finding, 'checksum-fix-go-sum');
		assert.deepEqual(fix.argv, ['go', 'mod', 'download', greet]);
		assert.match(english(fix.detail ?? ''), /gives up/);
		const outcome = await apply(actions, fix);
		assert.equal(outcome.status, 'fixed', english(outcome.summary));

		// The line go wrote after checking the lab database: the h1: hash gomod-doctor computes of the same zip.
		const module = labModules.find((item) => `${item.path}@${item.version}` === greet)!;
		const artifacts = buildModuleArtifacts(module);
		const goSum = await readFile(`${lab.dir}/go.sum`, 'utf8');
		assert.ok(goSum.includes(`example.com/lab/greet v1.2.0 ${hashModuleZip(artifacts.zip)}\n`), goSum);
		assert.ok(goSum.includes(`example.com/lab/greet v1.2.0/go.mod ${hashGoMod(artifacts.mod)}\n`), goSum);
		assert.ok(!goSum.includes(lab.extras['wrongHash']!));
		assert.equal((await goDownload(lab)).exitCode, 0);
		// What the wizard says on quitting: only go.sum's bytes changed, go.mod's did not (issue 12: "Still changed: go.mod, go.sum").
		assert.deepEqual(await actions.settle?.(), ['go.sum']);
	});

	test('checksum-mirror-tampered: the first entry is blamed, the database and the second entry vouch for go.sum; switching GOPROXY fixes it', async (t) => {
		const lab = await labFor(t, 'checksum-mirror-tampered');
		const {actions, findings} = await diagnose(lab);
		const tampered = lab.server('tampered').url;
		const finding = findings.find((item) => item.category === 'checksum-mismatch' && item.severity === 'error');
		assert.equal(finding?.subject, tampered);
		assert.ok(finding.evidence.some((evidence) => evidence.outcome === 'mirror'));
		assert.ok(!finding.fixes.some((item) => item.id === 'checksum-fix-go-sum'), 'go.sum is not the wrong side: never offered');
		const fix = fixOf(finding, 'goproxy-use-working');
		assert.deepEqual(fix.changes, [{key: 'GOPROXY', value: `${lab.server('good').url},direct`}]);
		const outcome = await apply(actions, fix);
		assert.equal(outcome.status, 'fixed', english(outcome.summary));
		assert.equal((await goDownload(lab)).exitCode, 0);
	});

	test('sumdb-down: the database refuses, its mirror (same key) answers; GOSUMDB pointed at the mirror fixes it; §4.3 isolation says the download itself works and leaves go.sum alone', async (t) => {
		const lab = await labFor(t, 'sumdb-down');
		const before = await goDownload(lab);
		assert.match(before.output, /connection refused/);

		const {actions, findings} = await diagnose(lab);
		const finding = findings.find((item) => item.category === 'sumdb' && item.severity === 'error');
		assert.equal(finding?.subject, 'sum.lab.example');
		assert.ok(finding.evidence.some((evidence) => evidence.outcome === 'refused' && evidence.command.includes(lab.extras['sumdb']!)));
		assert.ok(finding.evidence.some((evidence) => evidence.outcome === 'found' && evidence.output?.includes(lab.extras['mirror']!)));

		const isolate = findings.flatMap((item) => item.fixes).find((item) => item.id === 'verification-off-repro');
		assert.ok(isolate, 'the §4.3 reproduction is offered');
		assert.equal(isolate.weakensSecurity, true);
		assert.equal(isolate.scope, 'session');
		assert.ok(!isolate.argv?.includes('-w'), 'never go env -w');
		const isolated = await apply(actions, isolate);
		assert.equal(isolated.status, 'not-fixed', 'a reproduction repairs nothing');
		assert.match(english(isolated.summary), /download itself works/);
		assert.equal(await readFile(`${lab.dir}/go.sum`, 'utf8'), '', 'go.sum was neither read nor written');

		const fix = fixOf(finding, 'sumdb-use-mirror');
		assert.deepEqual(fix.changes, [{key: 'GOSUMDB', value: lab.extras['mirrorGosumdb']}]);
		const outcome = await apply(actions, fix);
		assert.equal(outcome.status, 'fixed', english(outcome.summary));
		assert.equal((await goDownload(lab)).exitCode, 0);
	});
});

describe('the lab checksum database, as go sees it', () => {
	/** A project with no go.sum, so that go must ask the database for every module. */
	async function project(t: {after: (fn: () => Promise<void>) => void}, goenv: Record<string, string>) {
		const root = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-sumdb-'));
		const dir = path.join(root, 'project');
		await mkdir(dir);
		await Promise.all([writeFile(path.join(dir, 'go.mod'), labGoMod()), writeFile(path.join(dir, 'main.go'), labMainGo())]);
		const hermetic = await createHermeticGoEnv({root, goenv: {GONOSUMDB: '', GOPRIVATE: '', ...goenv}});
		t.after(async () => {
			await system.run({file: 'go', args: ['clean', '-modcache'], env: hermetic.env, cwd: dir, timeoutMs: 30_000});
			await rm(root, {recursive: true, force: true});
		});
		const download = async () => {
			const result = await system.run({
				file: 'go',
				args: ['mod', 'download', '-json', 'example.com/lab/greet@v1.2.0', 'example.com/lab/hello@v1.0.0'],
				env: hermetic.env,
				cwd: dir,
				timeoutMs: 30_000,
			});
			return {
				exitCode: result.exitCode,
				output: result.stdout + result.stderr,
				goSum: await readFile(path.join(dir, 'go.sum'), 'utf8').catch(() => ''),
			};
		};

		return {download};
	}

	test('go verifies every module against it (GOSUMDB="<key> <url>") and writes the h1: lines gomod-doctor computes', async (t) => {
		const sumdb = await startSumdbServer();
		const proxy = await startGoproxyServer();
		t.after(async () => Promise.all([sumdb.close(), proxy.close()]));
		const {download} = await project(t, {GOPROXY: proxy.url, GOSUMDB: sumdb.gosumdb});
		const result = await download();
		assert.equal(result.exitCode, 0, result.output);
		assert.ok(sumdb.requests.includes('/lookup/example.com/lab/greet@v1.2.0'), 'go asked the database');
		assert.ok(
			sumdb.requests.some((request) => request.startsWith('/tile/8/0/')),
			'and proved the record with its tiles',
		);
		for (const module of labModules.filter((item) =>
			['example.com/lab/greet@v1.2.0', 'example.com/lab/hello@v1.0.0'].includes(`${item.path}@${item.version}`),
		)) {
			const artifacts = buildModuleArtifacts(module);
			assert.ok(result.goSum.includes(`${module.path} ${module.version} ${hashModuleZip(artifacts.zip)}\n`), result.goSum);
			assert.ok(result.goSum.includes(`${module.path} ${module.version}/go.mod ${hashGoMod(artifacts.mod)}\n`), result.goSum);
		}
	});

	test('through a proxy that proxies it (GOSUMDB is the key alone), and a proxy serving altered zips is a SECURITY ERROR', async (t) => {
		const sumdb = await startSumdbServer();
		const tampered = await startGoproxyServer({fault: {kind: 'altered-zip'}, sumdb: {name: sumdb.name, url: sumdb.url}});
		const honest = await startGoproxyServer({sumdb: {name: sumdb.name, url: sumdb.url}});
		t.after(async () => Promise.all([sumdb.close(), tampered.close(), honest.close()]));

		const good = await (await project(t, {GOPROXY: honest.url, GOSUMDB: sumdb.verifierKey})).download();
		assert.equal(good.exitCode, 0, good.output);
		assert.ok(honest.requests.some((request) => request.path === `/sumdb/${sumdb.name}/supported`));
		assert.ok(
			honest.requests.some((request) => request.path.startsWith(`/sumdb/${sumdb.name}/lookup/`)),
			'the database was read through the proxy',
		);

		const bad = await (await project(t, {GOPROXY: tampered.url, GOSUMDB: sumdb.verifierKey})).download();
		assert.notEqual(bad.exitCode, 0);
		assert.match(bad.output, /verifying module: checksum mismatch[\s\S]*sum\.lab\.example: h1:[\s\S]*SECURITY ERROR/);
	});
});
