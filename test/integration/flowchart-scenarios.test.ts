/*
Every lab scenario a flowchart module brings (`source/flowcharts/<id>/`, `scenarios`), diagnosed with the built CLI
and the real go in the lab: the exit status, the first finding and its first fix are what the module says, and
where it names a go command that the fault breaks, that command fails before the first fix and works after it.
A new flowchart module is tested here by declaring its scenarios; no test file changes.
*/
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import type {DiagnoseReport} from '../../source/report/build-report.js';
import {flowcharts} from '../../source/flowcharts/index.js';
import {startLab} from '../../source/lab/start-lab.js';
import type {Fix} from '../../source/model/report.js';
import {createSystem} from '../../source/system/create-system.js';
import type {Environment} from '../../source/system/types.js';
import {runCli} from '../helpers/cli.js';

const system = createSystem();

async function go(args: readonly string[], env: Environment, cwd: string) {
	return system.run({file: 'go', args, env, cwd, timeoutMs: 30_000});
}

/** Applies a fix as the wizard would: runs its argv, or (a shell fix) sets its variables for the next go. */
async function apply(fix: Fix, env: Environment, cwd: string): Promise<Environment> {
	if (fix.kind === 'shell') {
		const next: Record<string, string | undefined> = {...env};
		for (const [key, value] of Object.entries(fix.env ?? {})) {
			next[key] = value;
		}

		return Object.fromEntries(Object.entries(next).filter((entry): entry is [string, string] => entry[1] !== undefined));
	}

	assert.ok(fix.argv, `fix ${fix.id} (${fix.kind}) has a command to run`);
	const [file, ...args] = fix.argv;
	assert.equal(file, 'go', 'the scenarios apply go commands only');
	const result = await go(args, env, cwd);
	assert.equal(result.exitCode, 0, `${fix.argv.join(' ')}: ${result.stderr}`);
	return env;
}

for (const chart of flowcharts.filter((item) => item.scenarios.length > 0)) {
	describe(`the ${chart.id} flowchart's scenarios`, () => {
		for (const {lab: scenario, expect} of chart.scenarios) {
			test(
				`${scenario.id}: ${expect.first === undefined ? 'no finding' : `${expect.first.category} on ${expect.first.subject}`}, exit ${expect.exitCode}`,
				{timeout: 90_000},
				async (t) => {
					const lab = await startLab(scenario.id);
					t.after(async () => lab.close());
					const run = await runCli(['diagnose', '--json', '--dir', lab.dir, '--timeout', '6'], {env: lab.env});
					assert.equal(run.stderr, '');
					const report = JSON.parse(run.stdout) as DiagnoseReport;
					const summary = report.findings.map((item) => `${item.severity} ${item.category} ${item.subject}`).join('; ');
					assert.equal(run.exitCode, expect.exitCode, summary);
					const first = report.findings[0];
					if (expect.first === undefined) {
						assert.ok(
							report.findings.every((item) => item.severity !== 'error'),
							summary,
						);
						return;
					}

					assert.ok(first, 'a finding');
					assert.deepEqual({category: first.category, subject: first.subject, severity: first.severity}, expect.first, summary);
					const fix = first.fixes[0];
					if (expect.firstFix !== undefined) {
						assert.ok(fix, 'a first fix');
						assert.deepEqual({argv: fix.argv, shell: fix.shell}, {argv: expect.firstFix.argv, shell: expect.firstFix.shell});
					}

					if (expect.fixedWhen !== undefined) {
						assert.ok(fix);
						assert.notEqual(
							(await go(expect.fixedWhen, lab.env, lab.dir)).exitCode,
							0,
							`go ${expect.fixedWhen.join(' ')} fails before the fix`,
						);
						const after = await apply(fix, lab.env, lab.dir);
						const fixed = await go(expect.fixedWhen, after, lab.dir);
						assert.equal(fixed.exitCode, 0, `go ${expect.fixedWhen.join(' ')} works after ${fix.id}: ${fixed.stderr}`);
					}
				},
			);
		}
	});
}

test('every flowchart module scenario is in the lab', () => {
	const ids = flowcharts.flatMap((chart) => chart.scenarios.map((scenario) => scenario.lab.id));
	assert.equal(new Set(ids).size, ids.length, 'scenario ids are unique');
});
