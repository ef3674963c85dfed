/*
The exit-status contract (README, "Exit status") on the lab, through the built CLI: a warning alone never
makes a working setup fail, and `--strict` makes it count.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {startLab} from '../../source/lab/start-lab.js';
import {runCli} from '../helpers/cli.js';

type Report = {exitCode: number; reproduction: {ok: boolean}; findings: Array<{category: string; severity: string}>};

test('go works and the only finding is a warning: exit 0; with --strict, exit 1', async (t) => {
	const lab = await startLab('healthy');
	t.after(async () => lab.close());
	// GONOSUMDB=github.com covers public modules: the settings lint warns (too broad), and go still works here.
	const env = {...lab.env, GONOSUMDB: 'github.com'};
	const plain = await runCli(['diagnose', '--json', '--dir', lab.dir], {env});
	const report = JSON.parse(plain.stdout) as Report;
	assert.equal(report.reproduction.ok, true, plain.stdout);
	assert.ok(report.findings.length > 0 && report.findings.every((finding) => finding.severity === 'warning'), plain.stdout);
	assert.equal(plain.exitCode, 0, plain.stderr);
	assert.equal(report.exitCode, 0);

	const strict = await runCli(['diagnose', '--json', '--strict', '--dir', lab.dir], {env});
	assert.equal(strict.exitCode, 1, strict.stderr);
	assert.equal((JSON.parse(strict.stdout) as Report).exitCode, 1);

	// The wizard without a terminal prints the same report and follows the same contract.
	const wizard = await runCli(['--strict', '--dir', lab.dir], {env});
	assert.equal(wizard.exitCode, 1, wizard.stderr);
});

test('--strict is spelt whole and takes no value', async () => {
	for (const argument of ['--stric', '--strict=yes', '--strictly']) {
		const run = await runCli(['diagnose', argument], {env: {PATH: process.env['PATH'] ?? ''}});
		assert.equal(run.exitCode, 2, `${argument}: ${run.stderr}`);
	}
});
