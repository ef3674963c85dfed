/*
Look-alike characters in GOPROXY with the real go (issue 12, item 7). First what go itself does with each: it
splits GOPROXY on ASCII `,` and `|` only, so `http://HOST，direct` is one entry whose host name holds the character.
net/http's IDNA step then drops U+200B, U+FEFF and U+2060 (go looks up `HOSTdirect`), turns a curly quote into a
punycode label, and keeps the others as they are. go's own resolver (GODEBUG=netdns=go) answers "no such host"
without sending any query for a name that is not a domain name: the host here starts with a 64-octet label, so
whatever go makes of it, no query leaves the machine. Then what `diagnose` makes of it: a goproxy-config finding naming the character,
no DNS verdict, the raw character in the evidence, and a repair that keeps direct and works once applied.
Hermetic: the lab on 127.0.0.1, a temporary GOENV, no HTTP proxy (go must look the name up as it would for a user).
*/
import assert from 'node:assert/strict';
import {readFile, writeFile} from 'node:fs/promises';
import {describe, test} from 'node:test';
import type {DiagnoseReport} from '../../source/report/build-report.js';
import {startLab, type Lab} from '../../source/lab/start-lab.js';
import {createSystem} from '../../source/system/create-system.js';
import type {Environment} from '../../source/system/types.js';
import {runCli} from '../helpers/cli.js';
import {english} from '../helpers/text.js';

const separatorLookalikes = [
	'\uFF0C',
	'\uFF5C',
	'\uFF1A',
	'\u3000',
	'\u00A0',
	'\u200B',
	'\u200C',
	'\u200D',
	'\uFEFF',
	'\u2060',
	'\u2018',
	'\u2019',
	'\u201C',
	'\u201D',
];

async function labFor(t: {after: (fn: () => Promise<void>) => void}): Promise<Lab> {
	const lab = await startLab('healthy');
	t.after(async () => lab.close());
	return lab;
}

/** The lab's environment without its HTTP proxy guard, with go's own resolver (it rejects a non-domain name itself). */
function unguarded(lab: Lab, extra: Environment = {}): Environment {
	const env: Record<string, string | undefined> = {...lab.env, GODEBUG: 'netdns=go', ...extra};
	delete env['HTTP_PROXY'];
	delete env['HTTPS_PROXY'];
	return env;
}

async function setGoproxy(lab: Lab, goproxy: string): Promise<void> {
	await writeFile(lab.goenvFile, `GOPROXY=${goproxy}\nGOSUMDB=off\n`);
}

async function diagnose(lab: Lab, env: Environment): Promise<{report: DiagnoseReport; exitCode: number | undefined}> {
	const run = await runCli(['diagnose', '--json', '--dir', lab.dir, '--timeout', '4'], {env});
	assert.equal(run.stderr, '');
	return {report: JSON.parse(run.stdout) as DiagnoseReport, exitCode: run.exitCode};
}

describe('what go does with a look-alike between a proxy and direct', () => {
	test('each is part of the host name go looks up, and the lookup fails without reaching direct', async (t) => {
		const lab = await labFor(t);
		const system = createSystem();
		const label = 'x'.repeat(64);
		for (const char of separatorLookalikes) {
			await setGoproxy(lab, `http://${label}${char}direct`);

			const result = await system.run({
				file: 'go',
				args: ['mod', 'download', '-json', 'example.com/lab/greet@v1.2.0'],
				env: unguarded(lab),
				cwd: lab.dir,
				timeoutMs: 20_000,
			});
			const name = `U+${char.codePointAt(0)!.toString(16).toUpperCase()}`;
			assert.equal(result.exitCode, 1, name);
			const looked = /lookup (.+?): no such host/.exec(result.stdout)?.[1];
			const expected = ['\u200B', '\uFEFF', '\u2060'].includes(char)
				? `${label}direct`
				: ['\u2018', '\u2019', '\u201C', '\u201D'].includes(char)
					? new RegExp(String.raw`^xn--${label}direct-\w+$`)
					: `${label}${char}direct`;
			if (typeof expected === 'string') {
				assert.equal(looked, expected, `${name}: ${result.stdout}`);
			} else {
				assert.match(looked ?? '', expected, `${name}: ${result.stdout}`);
			}
		}
	});
});

describe('diagnose with a full-width comma in GOPROXY', () => {
	test('GOENV file: goproxy-config names U+FF0C, no DNS verdict, no walk of the name, the repair keeps direct', async (t) => {
		const lab = await labFor(t);
		await setGoproxy(lab, 'http://localhost，direct');
		const {report, exitCode} = await diagnose(lab, unguarded(lab));
		assert.equal(exitCode, 1);
		const [first] = report.findings;
		assert.equal(first?.category, 'goproxy-config');
		assert.equal(first?.subject, 'GOPROXY');
		assert.match(english(first?.summary ?? ''), /full-width comma ， \(U\+FF0C\) after http:\/\/localhost; go reads it as part of the URL/);
		assert.ok(
			first?.evidence.some((evidence) => english(evidence.summary).includes(String.raw`GOPROXY=http://localhost\uFF0C(，)direct`)),
			'the raw character, escaped',
		);
		assert.ok(!report.findings.some((finding) => finding.category === 'dns'), report.findings.map((finding) => finding.category).join(','));
		assert.ok(!report.path.some((walk) => walk.role === 'goproxy'), 'the name is not walked');
		const said = report.findings.flatMap((finding) => [finding.summary, ...finding.evidence.map((evidence) => evidence.summary)]);
		assert.ok(!said.some((text) => english(text).includes('localhost,direct')), 'never normalised to an ASCII comma');
		assert.deepEqual(first?.fixes[0]?.argv, ['go', 'env', '-w', 'GOPROXY=http://localhost,direct']);
		assert.match(report.headline, /goproxy-config/);
	});

	test('OS environment: the fix is the shell line', async (t) => {
		const lab = await labFor(t);
		const {report} = await diagnose(lab, unguarded(lab, {GOPROXY: 'http://localhost，direct'}));
		const finding = report.findings.find((item) => item.category === 'goproxy-config' && english(item.summary).includes('U+FF0C'));
		assert.ok(finding);
		assert.deepEqual(finding.fixes[0]?.shell, ["export GOPROXY='http://localhost,direct'"]);
	});

	test('the lab proxy with a port: go rejects the URL; the repair, applied with go env -w, makes go download', async (t) => {
		const lab = await labFor(t);
		const {url} = lab.servers[0]!;
		await setGoproxy(lab, `${url}，direct`);
		const {report} = await diagnose(lab, lab.env);
		const [first] = report.findings;
		assert.equal(first?.category, 'goproxy-config');
		assert.match(english(first?.summary ?? ''), /U\+FF0C/);
		const argv = first?.fixes[0]?.argv ?? [];
		assert.deepEqual(argv, ['go', 'env', '-w', `GOPROXY=${url},direct`]);
		const system = createSystem();
		const written = await system.run({file: argv[0]!, args: argv.slice(1), env: lab.env, cwd: lab.dir, timeoutMs: 20_000});
		assert.equal(written.exitCode, 0, written.stderr);
		assert.match(await readFile(lab.goenvFile, 'utf8'), new RegExp(`^GOPROXY=${url.replaceAll('.', String.raw`\.`)},direct$`, 'm'));
		const download = await system.run({file: 'go', args: ['mod', 'download', '-json'], env: lab.env, cwd: lab.dir, timeoutMs: 20_000});
		assert.equal(download.exitCode, 0, download.stdout);
	});
});
