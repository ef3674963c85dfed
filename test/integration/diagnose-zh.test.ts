/*
A Chinese session reads as Chinese: `diagnose --lang zh` (the report and the Markdown transcript) on lab scenarios of
different flowcharts (GOPROXY connectivity and §2.2, checksums, missing versions, mirrors, HTTP proxies), with the
real go in the lab's hermetic environment, has no line of English prose left.

What counts as prose, and how English is recognised (`englishProse` below):
- Not prose: what a user copies or searches for, which stays as it is in every language (README "Languages"):
  lines that are commands (`$ …`), inline code (`…`), fenced blocks (go's and the tools' output, the mermaid source:
  the flowcharts' labels are checked node by node in test/unit/i18n-flows.test.ts), URLs, paths and other tokens with
  `/`, `@`, `=` or `_`, host:port pairs, quoted strings ("…", go's quoting), and go's own words: any phrase of the
  transcript's fenced output blocks (go's stderr, nc, ping…) quoted in a sentence (so a check's own output quoted
  in prose passes too: it is output, not prose). Single words such as outcome labels (`refused`, `healthy`) and
  category ids are never a run.
- English: what remains is split into runs of Latin-letter words joined only by spaces and light punctuation;
  a run of three or more words that includes a common English function word (the, is, not, does, with, of, to…) is
  an English sentence or phrase. Runs without one (`Proxy Authentication Required`, `go mod download`) are names.
The last test runs the same check on the English report and expects it to find English everywhere, so the check
itself can fail.
*/
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {startLab, type Lab} from '../../source/lab/start-lab.js';
import {runCli} from '../helpers/cli.js';

const functionWords = new Set(
	'the a an is are was were be been not no does do did has have had with without of to in on at by for from and or but this that these those it its can cannot could would will should may must only than then there here which what when where while who why how as so if into over under after before because'.split(
		' ',
	),
);

/** The phrases of fenced blocks (tool and go output, verbatim), split where go joins its messages (`: `). */
function quotedOutput(markdown: string): string[] {
	const phrases = new Set<string>();
	for (const block of markdown.matchAll(/^```[^\n]*\n([\s\S]*?)^```$/gm)) {
		for (const line of block[1]!.split('\n')) {
			for (const part of [line.trim(), ...line.split(/: /)]) {
				if (part.trim().length >= 8) {
					phrases.add(part.trim());
				}
			}
		}
	}

	// Longest first, so that a whole line goes before the pieces it holds.
	return [...phrases].sort((a, b) => b.length - a.length);
}

/** The lines of `text` that still hold English prose once commands, code, names and go's own words are removed. */
function englishProse(text: string, goOutput: readonly string[]): string[] {
	const found: string[] = [];
	const withoutBlocks = text.replaceAll(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
	for (const line of withoutBlocks.split('\n')) {
		if (/^\s*\$ /.test(line)) {
			continue;
		}

		let rest = line;
		for (const phrase of goOutput) {
			rest = rest.split(phrase).join(' ');
		}

		rest = rest
			.replaceAll(/`[^`]*`/g, ' ')
			.replaceAll(/"[^"]*"|“[^”]*”/g, ' ')
			.replaceAll(/\b[a-z][\w+.-]*:\/\/\S+/gi, ' ')
			.replaceAll(/\S*[/@=_]\S*/g, ' ')
			.replaceAll(/\S+:\d+/g, ' ');
		for (const run of rest.matchAll(/[A-Za-z][A-Za-z'’-]*(?:[ \t,;:()-]+[A-Za-z][A-Za-z'’-]*){2,}/g)) {
			const words = run[0].toLowerCase().split(/[^a-z'’-]+/).filter(Boolean);
			if (words.some((word) => functionWords.has(word))) {
				found.push(`${line.trim()}    ← "${run[0]}"`);
				break;
			}
		}
	}

	return found;
}

async function diagnose(lab: Lab, lang: 'zh' | 'en') {
	const args = ['diagnose', '--dir', lab.dir, '--candidates', lab.candidates.join(','), '--timeout', '5', '--lang', lang];
	const [text, markdown] = await Promise.all([runCli(args, {env: lab.env, timeoutMs: 90_000}), runCli([...args, '--markdown'], {env: lab.env, timeoutMs: 90_000})]);
	for (const run of [text, markdown]) {
		assert.equal(run.timedOut, false, `diagnose finished: ${run.stderr}`);
		assert.ok(run.exitCode === 0 || run.exitCode === 1, `diagnose exit status ${String(run.exitCode)}: ${run.stderr}`);
	}

	return {text: text.stdout, markdown: markdown.stdout, stderr: `${text.stderr}${markdown.stderr}`};
}

// Each scenario walks different flowcharts: connectivity and the mirror check; checksum (§2.4) and verification off;
// not-found (§4) with the minimal reproduction; mirror choice; the HTTP proxy and proxy settings; DNS; the module
// cache; §2.2's proxy server and path mapping; go's own settings; the toolchain.
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
		assert.ok(flagged.some((line) => line.includes('is open')) && flagged.some((line) => line.includes('answers ping')), flagged.join('\n'));
		assert.ok(englishProse(markdown, goOutput).length >= 15);
	});
});
