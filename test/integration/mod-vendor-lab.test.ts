/*
GOFLAGS=-mod=vendor (issue 12, item 11): go mod download ignores the flag and succeeds, but go build, go test and
go list fail with "inconsistent vendoring" when the module has no vendor tree or a stale one. The diagnosis used to
swallow that as "cannot check" and call the setup healthy. Real go, the lab on 127.0.0.1, a hermetic GOENV.
*/
import assert from 'node:assert/strict';
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, test} from 'node:test';
import type {DiagnoseReport} from '../../source/diagnose/build-report.js';
import {startLab, type Lab} from '../../source/lab/start-lab.js';
import {createSystem} from '../../source/system/create-system.js';
import type {Environment} from '../../source/system/types.js';
import {runCli} from '../helpers/cli.js';

async function labFor(t: {after: (fn: () => Promise<void>) => void}): Promise<Lab> {
	const lab = await startLab('healthy');
	t.after(async () => lab.close());
	return lab;
}

async function diagnose(lab: Lab, env: Environment): Promise<{report: DiagnoseReport; exitCode: number | undefined}> {
	const run = await runCli(['diagnose', '--json', '--dir', lab.dir, '--timeout', '6'], {env});
	assert.equal(run.stderr, '');
	return {report: JSON.parse(run.stdout) as DiagnoseReport, exitCode: run.exitCode};
}

const vendorFinding = (report: DiagnoseReport) => report.findings.find((finding) => finding.subject === 'GOFLAGS' && finding.category === 'goproxy-config');

describe('GOFLAGS=-mod=vendor', () => {
	test('no vendor/ (GOENV file): an error finding; go env -u GOFLAGS, which makes go list work', async (t) => {
		const lab = await labFor(t);
		await writeFile(lab.goenvFile, `GOPROXY=${lab.goproxy}\nGOSUMDB=off\nGOFLAGS=-mod=vendor\n`);
		const {report, exitCode} = await diagnose(lab, lab.env);
		assert.equal(report.reproduction?.ok, true, 'go mod download does not use the flag');
		assert.equal(exitCode, 1);
		const finding = vendorFinding(report);
		assert.ok(finding, report.findings.map((item) => `${item.category} ${item.subject}`).join('; '));
		assert.equal(finding.severity, 'error');
		assert.match(finding.summary, /no vendor\/modules\.txt/);
		assert.ok(finding.evidence.some((evidence) => evidence.command === 'go list -m' && evidence.outcome === 'missing'));
		assert.deepEqual(finding.fixes[0]?.argv, ['go', 'env', '-u', 'GOFLAGS']);
		const system = createSystem();
		await system.run({file: 'go', args: ['env', '-u', 'GOFLAGS'], env: lab.env, cwd: lab.dir, timeoutMs: 20_000});
		const listed = await system.run({file: 'go', args: ['list', '-m'], env: lab.env, cwd: lab.dir, timeoutMs: 20_000});
		assert.equal(listed.exitCode, 0, listed.stderr);
	});

	test('a stale vendor/modules.txt: go mod vendor first; from the OS environment, the shell line', async (t) => {
		const lab = await labFor(t);
		await mkdir(path.join(lab.dir, 'vendor'), {recursive: true});
		await writeFile(path.join(lab.dir, 'vendor', 'modules.txt'), '# example.com/lab/greet v1.1.0\n## explicit\n');
		const {report} = await diagnose(lab, {...lab.env, GOFLAGS: '-mod=vendor -trimpath'});
		const finding = vendorFinding(report);
		assert.ok(finding);
		assert.match(finding.summary, /does not match go\.mod/);
		assert.deepEqual(finding.fixes[0]?.argv, ['go', 'mod', 'vendor']);
		assert.deepEqual(finding.fixes[1]?.shell, ["export GOFLAGS='-trimpath'"]);
	});

	test('a consistent vendor tree: no finding about GOFLAGS', async (t) => {
		const lab = await labFor(t);
		const system = createSystem();
		const vendored = await system.run({file: 'go', args: ['mod', 'vendor'], env: lab.env, cwd: lab.dir, timeoutMs: 20_000});
		assert.equal(vendored.exitCode, 0, vendored.stderr);
		const {report, exitCode} = await diagnose(lab, {...lab.env, GOFLAGS: '-mod=vendor'});
		assert.equal(vendorFinding(report), undefined);
		assert.equal(exitCode, 0, report.headline);
	});
});
