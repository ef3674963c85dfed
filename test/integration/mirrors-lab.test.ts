/*
§3.1 by measurement against the real go: in the lab's `mirrors` scenario the GOPROXY entry is the fastest mirror
of all but serves an altered go.mod, so go fails verifying it; three honest mirrors answer in about 30, 150
and 400 ms. `gomod-doctor mirrors` and the diagnosis must rank the honest ones fastest first, never recommend
the altered one, and the fix they propose must make the real go mod download succeed.
*/
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {describe, test} from 'node:test';
import type {DiagnoseReport} from '../../source/report/build-report.js';
import {startLab, type Lab} from '../../source/lab/start-lab.js';
import {runCli} from '../helpers/cli.js';
import {labSession} from '../helpers/lab-session.js';
import {english} from '../helpers/text.js';

async function mirrorsLab(t: {after: (fn: () => Promise<void>) => void}): Promise<Lab & {urls: Record<string, string>}> {
	const lab = await startLab('mirrors');
	t.after(async () => lab.close());
	const urls = Object.fromEntries(['tampered', 'fast', 'medium', 'slow'].map((name) => [name, lab.server(name).url]));
	return Object.assign(lab, {urls});
}

describe('mirrors in the lab', () => {
	test('gomod-doctor mirrors: fastest correct first, the altered mirror last and marked, the fast honest one recommended', async (t) => {
		const lab = await mirrorsLab(t);
		const text = await runCli(['mirrors', '--dir', lab.dir, '--timeout', '4'], {env: {...lab.env, COLUMNS: '100'}});
		assert.equal(text.exitCode, 0, text.stderr);
		const rows = text.stdout.split('\n').filter((line) => /^[✓✗] /.test(line));
		assert.deepEqual(
			rows.map((line) => line.split(/\s+/)[1]),
			[lab.urls['fast'], lab.urls['medium'], lab.urls['slow'], lab.urls['tampered']],
			'honest mirrors by speed, then the altered one',
		);
		assert.match(rows[0]!, /^✓ .*as go\.sum/);
		assert.match(rows[3]!, /^✗ .*GOPROXY\s+ALTERED/);
		assert.ok(rows[2]!.split('█').length > rows[0]!.split('█').length, 'the slower mirror draws the longer bar');
		assert.match(text.stdout, new RegExp(`go env -w GOPROXY=${lab.urls['fast']!.replaceAll('.', String.raw`\.`)},direct`));

		const json = await runCli(['mirrors', '--json', '--dir', lab.dir, '--timeout', '4'], {env: lab.env});
		const report = JSON.parse(json.stdout) as {
			proxies: Array<{url: string; verdict: string; correct?: boolean; timings?: {listMs?: number}}>;
			recommended: string;
		};
		assert.equal(report.recommended, lab.urls['fast']);
		const tampered = report.proxies.find((proxy) => proxy.url === lab.urls['tampered']);
		assert.equal(tampered?.correct, false);
		assert.equal(tampered?.verdict, 'checksum-mismatch');
		assert.ok(
			report.proxies.every((proxy) => typeof proxy.timings?.listMs === 'number'),
			'each proxy has its list time',
		);
		const asked = lab.server('fast').requests.map((request) => request.path);
		assert.ok(asked.includes('/example.com/lab/greet/@v/v1.2.0.mod'), 'the go.mod itself was fetched and compared');
	});

	test('the diagnosis blames the altered GOPROXY entry, and its fix (the fastest correct mirror) makes the real go succeed', async (t) => {
		const lab = await mirrorsLab(t);
		const run = await runCli(['diagnose', '--json', '--dir', lab.dir, '--timeout', '4'], {env: lab.env});
		const report = JSON.parse(run.stdout) as DiagnoseReport;
		assert.equal(run.exitCode, 1);
		assert.match(report.reproduction?.error ?? '', /checksum mismatch/);
		assert.ok(
			report.findings.some((item) => item.category === 'checksum-mismatch'),
			JSON.stringify(report.findings.map((item) => [item.category, item.subject, item.summary])),
		);
		const walk = report.path.find((item) => item.flow === 'mirror-choice' && item.subject === lab.urls['tampered']);
		assert.equal(walk?.end, 'altered', 'the §3.1 walk found the altered go.mod');
		const proxies = report.proxies.map((proxy) => proxy.url);
		assert.deepEqual(proxies.slice(0, 3), [lab.urls['fast'], lab.urls['medium'], lab.urls['slow']], 'fastest correct first');

		const {actions, emit, state} = labSession(lab);

		await actions.diagnose(emit, new AbortController().signal);
		const fix = state().conclusion?.fixes.find((item) => item.id === 'goproxy-use-working');
		assert.ok(fix);
		assert.ok(fix.argv?.[3]?.startsWith(`GOPROXY=${lab.urls['fast']}`), `the fastest honest mirror first: ${fix.argv?.join(' ')}`);
		assert.ok(!fix.argv?.[3]?.includes(lab.urls['tampered']!), 'the altered mirror is dropped');
		const outcome = await actions.applyFix(fix, emit, new AbortController().signal);
		assert.equal(outcome.status, 'fixed', english(outcome.summary));
		assert.match(await readFile(lab.goenvFile, 'utf8'), new RegExp(`^GOPROXY=${lab.urls['fast']!.replaceAll('.', String.raw`\.`)}`, 'm'));
	});
});
