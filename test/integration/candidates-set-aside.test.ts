/*
Candidates are measured for one fix, the fastest proxy that works and serves what go.sum records. Once a proxy
has answered and passed the checks, the diagnosis stops waiting for the candidates still running (they are
slower, and one that hangs must not hold up the verdict); `gomod-doctor mirrors` and a checksum mismatch (where
the candidates are witnesses) wait for every one. With the real go, against the lab.
*/
import assert from 'node:assert/strict';
import {createServer} from 'node:net';
import {describe, test} from 'node:test';
import type {DiagnoseReport} from '../../source/report/build-report.js';
import {startLab, type Lab} from '../../source/lab/start-lab.js';
import {runCli} from '../helpers/cli.js';

async function lab(t: {after: (fn: () => Promise<void>) => void}, id: string): Promise<Lab> {
	const started = await startLab(id);
	t.after(async () => started.close());
	return started;
}

/** A loopback port nothing listens on: connections to it are refused. */
async function closedPort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => {
		server.listen(0, '127.0.0.1', resolve);
	});
	const {port} = server.address() as {port: number};
	await new Promise((resolve) => {
		server.close(resolve);
	});
	return port;
}

function walkOf(report: DiagnoseReport, url: string) {
	return report.path.find((item) => item.flow === 'connectivity' && item.subject === url);
}

describe('candidates the diagnosis stops waiting for', () => {
	test('proxy-down: the slow spare candidate is set aside once the working GOPROXY entry passed; the fix is unchanged', async (t) => {
		const down = await lab(t, 'proxy-down');
		const good = down.server('good').url;
		const spare = down.server('spare').url;
		const run = await runCli(['diagnose', '--json', '--dir', down.dir, '--timeout', '8'], {env: down.env});
		assert.equal(run.exitCode, 1, run.stderr);
		const report = JSON.parse(run.stdout) as DiagnoseReport;
		assert.equal(report.findings[0]?.category, 'refused');
		const walk = walkOf(report, spare);
		assert.equal(walk?.verdict, null, 'the walk stops where it was');
		assert.equal(walk?.notWaitedFor?.chosen, good);
		assert.ok(
			(walk?.notWaitedFor?.waitedMs ?? Number.POSITIVE_INFINITY) < 250,
			`set aside before its 250 ms answer: ${JSON.stringify(walk?.notWaitedFor)}`,
		);
		assert.ok(!report.proxies.some((proxy) => proxy.url === spare), 'not ranked: it was not measured');
		const fix = report.findings[0]?.fixes.find((item) => item.id === 'goproxy-use-working');
		assert.equal(fix?.argv?.[3], `GOPROXY=${good},direct`);

		const text = await runCli(['diagnose', '--dir', down.dir, '--timeout', '8'], {env: down.env});
		assert.match(
			text.stdout,
			new RegExp(
				String.raw`candidate: ${spare.replaceAll('.', String.raw`\.`)}[\s\S]*not waited for after \d+ ms:\s+${good.replaceAll('.', String.raw`\.`)}\s+answered\s+first\s+and\s+passed\s+the\s+checks`,
			),
		);
		const markdown = await runCli(['diagnose', '--markdown', '--dir', down.dir, '--timeout', '8'], {env: down.env});
		assert.match(markdown.stdout, /Stopped waiting for http:\/\/127\.0\.0\.1:\d+ after \d+ ms/);
		assert.match(
			markdown.stdout,
			new RegExp(`### connectivity: \`${spare.replaceAll('.', String.raw`\.`)}\`\n\n- Path: .*\n- Verdict: not waited for after \\d+ ms`),
			'the walk says it in its own section',
		);
	});

	test('a fast candidate serving an altered go.mod is not the one to stop for: the honest one is waited for, the slower one set aside', async (t) => {
		const mirrors = await lab(t, 'mirrors');
		const url = (name: string) => mirrors.server(name).url;
		// GOPROXY refuses, so go fails at once and not on a checksum (which would make every candidate a witness).
		const refused = `http://127.0.0.1:${await closedPort()}`;
		const run = await runCli(
			[
				'diagnose',
				'--json',
				'--dir',
				mirrors.dir,
				'--timeout',
				'8',
				'--candidates',
				[url('tampered'), url('medium'), url('slow')].join(','),
			],
			{env: {...mirrors.env, GOPROXY: refused}},
		);
		const report = JSON.parse(run.stdout) as DiagnoseReport;
		assert.equal(report.findings[0]?.category, 'refused', JSON.stringify(report.findings.map((item) => item.category)));
		assert.equal(walkOf(report, url('tampered'))?.verdict, 'healthy', 'it answers the version list first…');
		assert.equal(report.proxies.find((proxy) => proxy.url === url('tampered'))?.correct, false, '…but its go.mod is altered');
		assert.equal(walkOf(report, url('medium'))?.notWaitedFor, undefined, 'the honest mirror is waited for');
		assert.equal(report.proxies[0]?.url, url('medium'));
		assert.equal(report.proxies[0]?.correct, true);
		assert.equal(walkOf(report, url('slow'))?.notWaitedFor?.chosen, url('medium'), 'the 400 ms mirror is set aside');
		const fix = report.findings[0]?.fixes.find((item) => item.id === 'goproxy-use-working');
		assert.equal(fix?.argv?.[3], `GOPROXY=${url('medium')}`, 'never the altered mirror');
	});

	test('a checksum mismatch waits for every candidate: they are the witnesses of which side is wrong', async (t) => {
		const mirrors = await lab(t, 'mirrors');
		const run = await runCli(['diagnose', '--json', '--dir', mirrors.dir, '--timeout', '8'], {env: mirrors.env});
		const report = JSON.parse(run.stdout) as DiagnoseReport;
		assert.match(report.reproduction?.error ?? '', /checksum mismatch/);
		assert.ok(
			report.path.every((item) => item.notWaitedFor === undefined),
			'no walk set aside',
		);
		assert.ok(
			report.proxies.some((proxy) => proxy.url === mirrors.server('slow').url && proxy.correct === true),
			'the 400 ms mirror measured',
		);
	});
});
