/*
The whole product against the real `go` in the lab: `diagnose --json` names the broken entry and its
category; the fix it proposes, applied as the wizard applies it, makes the real `go mod download` succeed;
undo restores the GOENV file byte for byte. Nothing leaves 127.0.0.1 and the machine's go settings are
never read: every run gets the lab's hermetic environment.
*/
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, test} from 'node:test';
import type {DiagnoseReport} from '../../source/report/build-report.js';
import {startLab, type Lab} from '../../source/lab/start-lab.js';
import {createSystem} from '../../source/system/create-system.js';
import {runCli} from '../helpers/cli.js';
import {labSession} from '../helpers/lab-session.js';
import {english} from '../helpers/text.js';

async function labFor(t: {after: (fn: () => Promise<void>) => void}, id: string): Promise<Lab> {
	const lab = await startLab(id);
	t.after(async () => lab.close());
	return lab;
}

async function diagnoseJson(
	lab: Lab,
	timeoutSeconds = 4,
): Promise<{report: DiagnoseReport; exitCode: number | undefined; durationMs: number}> {
	const run = await runCli(['diagnose', '--json', '--dir', lab.dir, '--timeout', String(timeoutSeconds)], {env: lab.env});
	assert.equal(run.stderr, '', 'diagnose writes nothing to stderr');
	return {report: JSON.parse(run.stdout) as DiagnoseReport, exitCode: run.exitCode, durationMs: run.durationMs};
}

const failing = [
	{id: 'proxy-down', category: 'refused', says: /connection refused/},
	{id: 'proxy-hang', category: 'timeout', says: /did not finish|hung|no progress|no answer|timed out/i},
	{id: 'proxy-502', category: 'proxy-bad-response', says: /502/},
] as const;

describe('diagnose --json in the lab', () => {
	for (const scenario of failing) {
		test(`${scenario.id}: names the first GOPROXY entry and ${scenario.category}, and proposes the working one`, async (t) => {
			const lab = await labFor(t, scenario.id);
			const broken = lab.servers[0]!.url;
			const {report, exitCode} = await diagnoseJson(lab);

			assert.equal(exitCode, 1, 'a problem was found');
			assert.equal(report.schemaVersion, 1);
			assert.equal(report.go?.settings.find((setting) => setting.name === 'GOPROXY')?.source, 'goenv-file');
			assert.equal(report.reproduction?.ok, false);
			assert.deepEqual(report.reproduction?.argv, ['go', 'mod', 'download', '-json']);
			assert.match(`${report.reproduction?.headline}\n${report.reproduction?.error}`, scenario.says);

			const finding = report.findings[0]!;
			assert.equal(finding.category, scenario.category);
			assert.equal(finding.subject, broken);
			assert.equal(finding.severity, 'error');
			assert.ok(finding.evidence.some((evidence) => evidence.probe === 'tcp' && evidence.command.includes(String(new URL(broken).port))));
			assert.ok(
				finding.evidence.some((evidence) => evidence.probe === 'go'),
				'the reproduction is part of the evidence',
			);

			const walk = report.path.find((item) => item.role === 'goproxy' && item.entryIndex === 0)!;
			assert.equal(walk.verdict, scenario.category);
			assert.deepEqual(
				walk.nodes.slice(0, 2).map((node) => `${node.node}:${node.branch}`),
				['route:direct', 'resolve:ip-literal'],
			);

			const fix = finding.fixes.find((item) => item.id === 'goproxy-use-working');
			assert.ok(fix, 'offers the working entry first');
			assert.equal(fix.argv?.[0], 'go');
			assert.deepEqual(fix.argv?.slice(1, 3), ['env', '-w']);
			assert.ok(!fix.argv?.[3]?.includes(broken), 'the broken entry is dropped');
			assert.ok(fix.argv?.[3]?.endsWith(',direct'), 'direct stays last');
			assert.ok(lab.candidates.some((candidate) => fix.argv?.[3]?.startsWith(`GOPROXY=${candidate}`)));
		});
	}

	test('proxy-hang: the verdict comes within the deadline plus a second, though go alone would wait for minutes', async (t) => {
		const lab = await labFor(t, 'proxy-hang');
		const {report} = await diagnoseJson(lab, 3);
		assert.equal(report.reproduction?.timedOut, true);
		assert.ok(report.durationMs < 4000, `took ${report.durationMs} ms`);
	});

	test('proxy-404-all: an entry that 404s a module the candidate serves is a bad response, not a missing module', async (t) => {
		const lab = await labFor(t, 'proxy-404-all');
		const {report} = await diagnoseJson(lab);
		assert.equal(report.findings[0]?.category, 'proxy-bad-response');
		assert.equal(report.findings[0]?.subject, lab.servers[0]!.url);
		assert.match(report.findings[0]?.summary ?? '', /path mapping/);
	});

	test('healthy: exit 0 and a healthy finding', async (t) => {
		const lab = await labFor(t, 'healthy');
		const {report, exitCode} = await diagnoseJson(lab);
		assert.equal(exitCode, 0);
		assert.equal(report.findings[0]?.category, 'healthy');
		assert.equal(report.reproduction?.ok, true);
	});
});

describe('a fix applied as the wizard applies it, then undone', () => {
	for (const id of ['proxy-down', 'proxy-502'] as const) {
		test(`${id}: go env -w makes the real go mod download succeed; undo restores the GOENV file byte for byte`, async (t) => {
			const lab = await labFor(t, id);
			const before = await readFile(lab.goenvFile);
			const {actions, emit, state} = labSession(lab);

			await actions.diagnose(emit, new AbortController().signal);
			const fix = state().conclusion?.fixes.find((item) => item.id === 'goproxy-use-working');
			assert.ok(fix);

			const outcome = await actions.applyFix(fix, emit, new AbortController().signal);
			assert.equal(outcome.status, 'fixed', english(outcome.summary));
			const goenv = await readFile(lab.goenvFile, 'utf8');
			assert.match(goenv, new RegExp(`^GOPROXY=${lab.candidates[0]!.replaceAll('.', String.raw`\.`)}`, 'm'));
			assert.ok(
				state().transcript.some((entry) => entry.kind === 'verify' && entry.ok),
				'the verification is in the transcript',
			);

			// The real go, on its own, now downloads.
			const undone = await runCli(['undo'], {env: lab.env, cwd: lab.dir});
			assert.equal(undone.exitCode, 0, undone.stderr);
			assert.match(undone.stdout, /Restored GOPROXY/);
			assert.deepEqual(await readFile(lab.goenvFile), before, 'the GOENV file is byte for byte as before');

			const again = await runCli(['undo'], {env: lab.env, cwd: lab.dir});
			assert.match(again.stdout, /Nothing to undo/);
		});
	}

	test('an OS variable shadowing GOPROXY: says so, shows the shell line, never claims fixed', async (t) => {
		const lab = await labFor(t, 'proxy-down');
		const env = {...lab.env, GOPROXY: lab.goproxy};
		const {actions, emit, state} = labSession(lab, {env});

		await actions.diagnose(emit, new AbortController().signal);
		assert.equal(state().snapshot?.settings.find((setting) => setting.name === 'GOPROXY')?.source, 'environment');
		const fix = state().conclusion?.fixes.find((item) => item.id === 'goproxy-use-working');
		assert.ok(fix, 'offers the working entry first');
		assert.ok(fix.shell?.[0]?.startsWith('export GOPROXY='), 'the fix carries the shell line');
		const outcome = await actions.applyFix(fix, emit, new AbortController().signal);
		assert.equal(outcome.status, 'shadowed');
		assert.match(english(outcome.summary), /overrides go env -w/);
		assert.match(english(outcome.summary), /With that change go downloads/);
		assert.ok(outcome.shellLines?.some((line) => line.startsWith('export GOPROXY=')));
	});
});

test("the wizard's undo restores its own session's change, not one an earlier run made and kept", async (t) => {
	const lab = await labFor(t, 'proxy-down');
	const system = createSystem();
	const session = () => labSession(lab, {system});

	// An earlier run applied the `|` form and kept it.
	const earlier = session();
	await earlier.actions.diagnose(earlier.emit, new AbortController().signal);
	const pipe = earlier.state().conclusion?.fixes.find((fix) => fix.id === 'goproxy-fallback-on-error');
	assert.ok(pipe);
	assert.equal((await earlier.actions.applyFix(pipe, earlier.emit, new AbortController().signal)).status, 'fixed');
	const kept = await readFile(lab.goenvFile);

	// This run applies another fix, then undoes it: the earlier, kept change stays.
	const now = session();
	await now.actions.diagnose(now.emit, new AbortController().signal);
	const working = now.state().conclusion?.fixes.find((fix) => fix.id === 'goproxy-use-working');
	assert.ok(working, 'the | form still leaves the broken entry first, so the reorder is offered');
	assert.equal((await now.actions.applyFix(working, now.emit, new AbortController().signal)).status, 'fixed');
	const undone = await now.actions.undo(now.emit, new AbortController().signal);
	assert.ok(undone.ok, english(undone.summary));
	assert.deepEqual(await readFile(lab.goenvFile), kept, 'back to what the earlier run left, not further');
	assert.equal((await now.actions.undo(now.emit, new AbortController().signal)).nothingToUndo, true);
});

test('a private module path (GOPRIVATE) is never sent to any proxy: the probes ask for a public one', async (t) => {
	const lab = await labFor(t, 'proxy-down');
	const env = {...lab.env, GOPRIVATE: 'example.com/lab/hello'};
	const run = await runCli(['diagnose', '--json', '--dir', lab.dir, '--timeout', '4', '--module', 'example.com/lab/hello@v1.0.0'], {env});
	const report = JSON.parse(run.stdout) as DiagnoseReport;
	const asked = lab.servers.flatMap((server) => server.requests.map((request) => request.path));
	assert.ok(asked.length > 0, 'the proxies were checked');
	assert.deepEqual(
		asked.filter((requested) => requested.includes('/example.com/lab/hello/')),
		[],
		'no request names the private module',
	);
	const list = report.path.flatMap((walk) => walk.nodes).find((node) => node.node === 'list');
	assert.match(list?.question ?? '', /serve the versions of example\.com\/lab\/greet\?/);
});

test('a fix is checked with an empty module cache: modules an earlier fix downloaded do not make a broken one look fixed', async (t) => {
	const lab = await labFor(t, 'proxy-down');
	const system = createSystem();
	const {actions, emit, state} = labSession(lab, {system});

	await actions.diagnose(emit, new AbortController().signal);
	const working = state().conclusion?.fixes.find((fix) => fix.id === 'goproxy-use-working');
	assert.ok(working);
	assert.equal((await actions.applyFix(working, emit, new AbortController().signal)).status, 'fixed');
	// The user builds: their own cache now holds every module. A GOPROXY of only the dead entry must still be caught.
	const build = await system.run({file: 'go', args: ['mod', 'download'], env: lab.env, cwd: lab.dir, timeoutMs: 30_000});
	assert.equal(build.exitCode, 0, build.stderr);
	const broken = lab.servers[0]!.url;
	const bad = {
		...working,
		id: 'test-dead-only',
		title: 'Use only the dead entry',
		argv: ['go', 'env', '-w', `GOPROXY=${broken}`],
		changes: [{key: 'GOPROXY', value: broken}],
	};
	const outcome = await actions.applyFix(bad, emit, new AbortController().signal);
	assert.equal(outcome.status, 'not-fixed', english(outcome.summary));
	assert.match(english(outcome.summary), /connection refused/);
	const modcache = lab.env['GOMODCACHE']!;
	assert.ok(
		(await readFile(path.join(modcache, 'cache', 'download', 'example.com', 'lab', 'greet', '@v', 'v1.2.0.mod'), 'utf8')).length > 0,
		"the user's own cache is left as it was",
	);
});
