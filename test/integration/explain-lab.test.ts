/*
What a broken proxy explains, with the real go in the lab: an entry that answers 404 (or 410) for every path, or
maps the paths wrongly, makes go report the module "not found"; §2.2 finds the server broken, and its finding
declares that those 404s were its own (`brokenProxyExplains`): no not-found finding is left beside it. Hermetic.
*/
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import type {DiagnoseReport} from '../../source/report/build-report.js';
import {startLab} from '../../source/lab/start-lab.js';
import {runCli} from '../helpers/cli.js';

describe('a broken proxy explains the "not found" of its 404s', () => {
	for (const id of ['proxy-404-all', 'proxy-404-mapping']) {
		test(`${id}: the broken server is the finding; no module is said to be missing`, async (t) => {
			const lab = await startLab(id);
			t.after(async () => lab.close());
			const run = await runCli(['diagnose', '--json', '--dir', lab.dir, '--timeout', '4'], {env: lab.env});
			const report = JSON.parse(run.stdout) as DiagnoseReport;
			assert.equal(report.findings[0]?.category, 'proxy-bad-response');
			assert.equal(report.findings[0]?.severity, 'error');
			assert.deepEqual(
				report.findings.filter((finding) => finding.category === 'not-found').map((finding) => finding.subject),
				[],
				'go said "not found", the not-found flowchart found the module missing from that proxy: both are the broken proxy\'s',
			);
		});
	}
});
