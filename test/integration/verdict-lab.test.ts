/*
The verdict in plain words, from the built CLI against the lab: the text report, the Markdown transcript and the
Chinese report lead with the concrete symptom a Go developer would name (the status and its reason, "refuses
connections", "does not resolve"…), never with a taxonomy id; `diagnose --json` keeps its id-led headline and adds
the verdict. The fixes of a name that does not resolve start with checking the name (VPN, typo).
*/
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import type {DiagnoseReport} from '../../source/report/build-report.js';
import {startLab, type Lab} from '../../source/lab/start-lab.js';
import {downloadCategories} from '../../source/model/taxonomy.js';
import {runCli} from '../helpers/cli.js';

async function labFor(t: {after: (fn: () => Promise<void>) => void}, id: string): Promise<Lab> {
	const lab = await startLab(id);
	t.after(async () => lab.close());
	return lab;
}

async function diagnose(lab: Lab, ...args: string[]): Promise<string> {
	const run = await runCli(
		[
			'diagnose',
			...args,
			'--dir',
			lab.dir,
			'--timeout',
			'6',
			...(lab.candidates.length > 0 ? ['--candidates', lab.candidates.join(',')] : []),
		],
		{env: lab.env},
	);
	return run.stdout;
}

/** The text report's conclusion line, unwrapped. */
function conclusionOf(text: string): string {
	const [, line = ''] = /^(?:Conclusion|结论)[:：] ?([^]*?)\n {2}\[/m.exec(text) ?? [];
	return line.replaceAll(/\n {2}/g, ' ').replaceAll(/(\p{Script=Han}) (?=\p{Script=Han})/gu, '$1');
}

const ids = new RegExp(String.raw`^(?:${downloadCategories.join('|')})\b`);
const port = String.raw`:\d+`;

const cases = [
	{
		id: 'proxy-502',
		says: new RegExp(String.raw`^GOPROXY entry 1 \(http://127\.0\.0\.1${port}\) answers 502 Bad Gateway; go stops there\.$`),
	},
	{id: 'proxy-down', says: new RegExp(String.raw`^GOPROXY entry 1 \(http://127\.0\.0\.1${port}\) refuses connections; go stops there\.$`)},
	{
		id: 'tls-unknown-ca',
		says: /^GOPROXY entry 1 \(https:\/\/127\.0\.0\.1:\d+\) presents a certificate signed by an unknown authority; go refuses it\.$/,
	},
	{id: 'http-proxy-407', says: /through the HTTP\(S\) proxy of the environment, which answers 407 Proxy Authentication Required\.$/},
	{id: 'dns-fail', says: /^GOPROXY entry 1 \(http:\/\/no-such-\S+\) does not resolve \(no such host\); go stops there\.$/},
] as const;

describe('the verdict leads with the symptom', {concurrency: 2}, () => {
	for (const {id, says} of cases) {
		test(`${id}: text and Markdown`, async (t) => {
			const lab = await labFor(t, id);
			const text = await diagnose(lab);
			const line = conclusionOf(text).replaceAll(/(\S)\n? +-/g, '$1-');
			assert.match(line, says, text);
			assert.doesNotMatch(line, ids, 'no taxonomy id leads the verdict');
			const markdown = await diagnose(lab, '--markdown');
			const bold = /## Conclusion\n\n\*\*(.+)\*\*\n/.exec(markdown)?.[1] ?? '';
			assert.match(bold, says, markdown.slice(0, 1500));
		});
	}

	test('proxy-502: the measured proxies show 502 Bad Gateway; JSON keeps its id-led headline and adds the verdict', async (t) => {
		const lab = await labFor(t, 'proxy-502');
		const report = JSON.parse(await diagnose(lab, '--json')) as DiagnoseReport;
		assert.match(report.headline, /^proxy-bad-response: /);
		assert.match(report.verdict ?? '', /answers 502 Bad Gateway; go stops there\.$/);
		const broken = report.proxies.find((proxy) => proxy.verdict === 'proxy-bad-response');
		assert.deepEqual(broken?.symptom, {kind: 'status', status: 502, reason: 'Bad Gateway'});
	});

	test('proxy-502 in Chinese', async (t) => {
		const lab = await labFor(t, 'proxy-502');
		const text = await diagnose(lab, '--lang', 'zh');
		assert.match(conclusionOf(text), /^GOPROXY 第 1 项（http:\/\/127\.0\.0\.1:\d+）应答 502 Bad Gateway，go 就停在这\s?里。$/, text);
	});

	test('dns-fail: checking the name (VPN, typo) is the first fix, before switching GOPROXY away', async (t) => {
		const lab = await labFor(t, 'dns-fail');
		const report = JSON.parse(await diagnose(lab, '--json')) as DiagnoseReport;
		const fixes = report.findings.flatMap((finding) => finding.fixes);
		assert.ok(
			fixes.some((fix) => fix.id === 'dns-check-name'),
			JSON.stringify(fixes.map((fix) => fix.id)),
		);
		const text = await diagnose(lab);
		const list = text.slice(text.indexOf('Fixes to try'));
		assert.ok(list.includes('Check the name') && list.indexOf('Check the name') < list.indexOf(' first\n'), list);
		assert.match(list, /\$ getent ahosts no-such-\S+\.invalid\n/);
	});
});
