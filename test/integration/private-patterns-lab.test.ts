/*
GOPRIVATE far too broad (field: GOPRIVATE=github.com/* where github.com does not resolve): go fetches the public
modules from their hosts and fails there, while the proxy serves them. The verdict is the setting, goproxy-config,
with a fix that runs: removing the setting where it was set makes go work. The real go against the lab; `*` stands
for the too-broad pattern (the lab's modules are on example.com), and the lab's guard sends the direct fetches to
a closed port.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {execa} from 'execa';
import type {DiagnoseReport} from '../../source/report/build-report.js';
import {startLab, type Lab} from '../../source/lab/start-lab.js';
import {runCli} from '../helpers/cli.js';
import {english} from '../helpers/text.js';

async function goDownload(lab: Lab, env: Record<string, string | undefined>) {
	return execa('go', ['mod', 'download'], {
		cwd: lab.dir,
		env: env as Record<string, string>,
		extendEnv: false,
		reject: false,
		timeout: 30_000,
		stdin: 'ignore',
	});
}

test('GOPRIVATE=* in the shell: goproxy-config on GOPRIVATE is the first finding, and its fix (unset GOPRIVATE) makes go work', async (t) => {
	const lab = await startLab('healthy');
	t.after(async () => lab.close());
	const env = {...lab.env, GOPRIVATE: '*'};
	assert.notEqual((await goDownload(lab, env)).exitCode, 0, 'go fails with the setting');
	const run = await runCli(['diagnose', '--json', '--dir', lab.dir], {env});
	const report = JSON.parse(run.stdout) as DiagnoseReport;
	assert.equal(run.exitCode, 1);
	const [first] = report.findings;
	assert.equal(
		first?.category,
		'goproxy-config',
		JSON.stringify(report.findings.map((finding) => `${finding.category} ${finding.subject}`)),
	);
	assert.equal(first.subject, 'GOPRIVATE');
	assert.equal(first.severity, 'error');
	assert.match(
		english(first.summary),
		new RegExp(
			String.raw`GOPRIVATE=\* \(the OS environment\) sends 2 of go\.mod's requirements straight to their hosts instead of through ${lab.server('good').url}`,
		),
	);
	const fix = first.fixes[0];
	assert.deepEqual(fix?.shell, ['unset GOPRIVATE']);
	assert.ok(
		!report.findings.some((finding) => finding.category === 'goproxy-config' && finding.subject !== 'GOPRIVATE'),
		'GONOPROXY and GONOSUMDB, which inherit it, are not findings of their own',
	);
	// The hosts the setting sent go to fail as a consequence of it: warnings under it, never errors of their own.
	assert.deepEqual(
		report.findings.filter((finding) => finding.severity === 'error').map((finding) => `${finding.category} ${finding.subject}`),
		['goproxy-config GOPRIVATE'],
	);
	const {GOPRIVATE: _removed, ...without} = env;
	assert.equal((await goDownload(lab, without)).exitCode, 0, 'go works once the fix is applied');
});

test('GOPRIVATE=* written with go env -w: the fix is go env -u GOPRIVATE, and it makes go work', async (t) => {
	const lab = await startLab('healthy');
	t.after(async () => lab.close());
	await execa('go', ['env', '-w', 'GOPRIVATE=*'], {cwd: lab.dir, env: lab.env as Record<string, string>, extendEnv: false});
	const run = await runCli(['diagnose', '--json', '--dir', lab.dir], {env: lab.env});
	const report = JSON.parse(run.stdout) as DiagnoseReport;
	const [first] = report.findings;
	assert.equal(`${first?.category} ${first?.subject} ${first?.severity}`, 'goproxy-config GOPRIVATE error');
	assert.deepEqual(first?.fixes[0]?.argv, ['go', 'env', '-u', 'GOPRIVATE']);
	await execa('go', first.fixes[0].argv.slice(1), {cwd: lab.dir, env: lab.env as Record<string, string>, extendEnv: false});
	assert.equal((await goDownload(lab, lab.env)).exitCode, 0);
});
