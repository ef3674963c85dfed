/*
A Chinese session reads as Chinese: `diagnose --lang zh` (the report and the Markdown transcript) on lab scenarios of
different flowcharts (GOPROXY connectivity and §2.2, checksums, missing versions, mirrors, HTTP proxies), with the
real go in the lab's hermetic environment, has no line of English prose left.

Prose is checked with `englishProse` (test/helpers/english-prose.ts, which explains the heuristic): commands, code,
names and go's quoted output aside, no run of three or more Latin words with a common English function word in it.
The last test runs the same check on the English report and expects it to find English everywhere, so the check
itself can fail.
*/
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {startLab, type Lab} from '../../source/lab/start-lab.js';
import {runCli} from '../helpers/cli.js';
import {englishProse, quotedOutput} from '../helpers/english-prose.js';

async function diagnose(lab: Lab, lang: 'zh' | 'en') {
	const args = ['diagnose', '--dir', lab.dir, '--candidates', lab.candidates.join(','), '--timeout', '5', '--lang', lang];
	const [text, markdown] = await Promise.all([
		runCli(args, {env: lab.env, timeoutMs: 90_000}),
		runCli([...args, '--markdown'], {env: lab.env, timeoutMs: 90_000}),
	]);
	for (const run of [text, markdown]) {
		assert.equal(run.timedOut, false, `diagnose finished: ${run.stderr}`);
		assert.ok(run.exitCode === 0 || run.exitCode === 1, `diagnose exit status ${String(run.exitCode)}: ${run.stderr}`);
	}

	return {text: text.stdout, markdown: markdown.stdout, stderr: `${text.stderr}${markdown.stderr}`};
}

// Each scenario walks different flowcharts: connectivity and the mirror check; checksum (§2.4) and verification off;
// not-found (§4) with the minimal reproduction; mirror choice; the HTTP proxy and proxy settings; DNS; the module
// cache; §2.2's proxy server and path mapping; go's own settings; the toolchain; TLS; private modules and .netrc.
const scenarios = [
	'proxy-down',
	'checksum-gosum-wrong',
	'not-found-version',
	'mirrors',
	'http-proxy-407',
	'dns-fail',
	'cache-corrupt',
	'proxy-404-mapping',
	'goproxy-off',
	'toolchain-missing',
	'tls-unknown-ca',
	'private-401',
] as const;

describe('diagnose --lang zh reads as Chinese', {concurrency: 3}, () => {
	for (const id of scenarios) {
		it(`${id}: the report and the Markdown transcript have no English prose`, async (t) => {
			const lab = await startLab(id);
			t.after(async () => lab.close());
			const {text, markdown, stderr} = await diagnose(lab, 'zh');
			assert.match(text, /gomod-doctor 诊断：/);
			assert.match(markdown, /^# gomod-doctor 诊断记录/m);
			assert.ok(/\p{Script=Han}/u.test(stderr) || stderr.trim() === '', `stderr is Chinese or empty: ${stderr}`);
			const goOutput = quotedOutput(markdown);
			assert.deepEqual(englishProse(text, goOutput), [], `English prose in the Chinese report of ${id}:\n${text}`);
			assert.deepEqual(englishProse(markdown, goOutput), [], `English prose in the Chinese transcript of ${id}`);
		});
	}

	it('the check finds English: the same scenario in English is prose on almost every line', async (t) => {
		const lab = await startLab('proxy-down');
		t.after(async () => lab.close());
		const {text, markdown} = await diagnose(lab, 'en');
		const goOutput = quotedOutput(markdown);
		const flagged = englishProse(text, goOutput);
		assert.ok(flagged.length >= 15, `the English report is flagged line by line:\n${flagged.join('\n')}`);
		assert.ok(
			flagged.some((line) => line.includes('is open')) && flagged.some((line) => line.includes('answers ping')),
			flagged.join('\n'),
		);
		assert.ok(englishProse(markdown, goOutput).length >= 15);
	});
});
