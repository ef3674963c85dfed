/*
An egress that intercepts TLS with its own CA (issue 12's lab), as in many companies and sandboxes: go reaches the
GOPROXY host only through HTTPS_PROXY, which answers every CONNECT itself with a certificate of its own CA. With that
CA trusted (SSL_CERT_FILE), the setup is healthy; without it, the finding is tls, and the walk through the egress shows
the chain rejected. (The TLS flowchart's own chain check connects directly, not through HTTPS_PROXY: here it cannot
resolve the name, and its summary does not yet name the egress's CA.)
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {DiagnoseReport} from '../../source/report/build-report.js';
import {startLab, type Lab} from '../../source/lab/start-lab.js';
import {runCli} from '../helpers/cli.js';

async function labFor(t: {after: (fn: () => Promise<void>) => void}): Promise<Lab> {
	const lab = await startLab('tls-egress-intercepted');
	t.after(async () => lab.close());
	return lab;
}

test('tls-egress-intercepted: with the egress CA trusted, healthy and exit 0; the egress answered for the GOPROXY host', async (t) => {
	const lab = await labFor(t);
	const run = await runCli(['diagnose', '--json', '--dir', lab.dir, '--timeout', '8'], {env: lab.env});
	const report = JSON.parse(run.stdout) as DiagnoseReport;
	assert.equal(
		run.exitCode,
		0,
		JSON.stringify(report.findings.map((finding) => [finding.severity, finding.category, finding.subject, finding.summary])),
	);
	assert.equal(report.findings[0]?.category, 'healthy');
	const entry = report.proxies.find((proxy) => proxy.url === `https://${lab.extras['host']}`);
	assert.equal(entry?.verdict, 'healthy');
});

test("tls-egress-intercepted: without the egress CA, tls: go's x509 error and the walk through the egress agree", async (t) => {
	const lab = await labFor(t);
	const env = {...lab.env};
	delete env['SSL_CERT_FILE'];
	const run = await runCli(['diagnose', '--json', '--dir', lab.dir, '--timeout', '8'], {env});
	const report = JSON.parse(run.stdout) as DiagnoseReport;
	assert.equal(run.exitCode, 1);
	const tls = report.findings.find((finding) => finding.category === 'tls');
	assert.ok(tls, JSON.stringify(report.findings.map((finding) => [finding.category, finding.subject])));
	const evidence = tls.evidence.map((item) => `${item.command}: ${item.summary}`).join('\n');
	assert.match(evidence, /x509: certificate signed by unknown authority/, 'go says so');
	assert.match(
		evidence,
		/GET https:\/\/proxy\.corp\.example\/.*: TLS fails: SELF_SIGNED_CERT_IN_CHAIN.*Via proxy http:\/\/127\.0\.0\.1:\d+/,
		'and so does the walk, through the egress',
	);
});
