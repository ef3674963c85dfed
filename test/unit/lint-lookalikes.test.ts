/*
Look-alike characters in go's settings (issue 12, item 7): `，` pasted from a Chinese page into GOPROXY is one
entry for go, whose host name cannot resolve; URL parsing had normalised it to `,`, the evidence printed an ASCII
comma and the fix dropped `direct`. What go does with each character was measured with the real go
(test/integration/lookalike-go.test.ts).
*/
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import type {AfterContext} from '../../source/diagnose/investigation.js';
import {urlsThatMatter} from '../../source/diagnose/urls-that-matter.js';
import {describeLookalikes, lintFixes} from '../../source/flowcharts/settings-lint/lint-fixes.js';
import {sumdbFlowchart} from '../../source/flowcharts/sumdb/index.js';
import {lintSettings, type SettingLint} from '../../source/go/lint-settings.js';
import {findLookalikes, repairLookalikes, showLookalikes} from '../../source/go/lookalike-characters.js';
import {parseGoproxyList} from '../../source/go/parse-goproxy-list.js';
import type {Setting, SettingSource} from '../../source/model/report.js';
import {chinese, english} from '../helpers/text.js';

function lint(values: Record<string, string>, source: SettingSource = 'goenv-file'): SettingLint[] {
	const settings: Setting[] = Object.entries(values).map(([name, value]) => ({name, value, source}));
	return lintSettings(settings, values);
}

const separators = {'\uFF0C': ',', '\uFF5C': '|', '\u3000': ',', '\u00A0': ','} as const;

describe('look-alike characters in GOPROXY', () => {
	test('a full-width comma: one goproxy-config error naming the character; the repair keeps direct', () => {
		const [found, ...rest] = lint({GOPROXY: 'https://proxy.golang.org，direct'});
		assert.equal(rest.length, 0);
		assert.equal(found?.kind, 'lookalike');
		assert.equal(found?.severity, 'error');
		assert.equal(found?.repaired, 'https://proxy.golang.org,direct');
		assert.equal(found?.lookalikes?.[0]?.effect, 'host');
		const text = english(describeLookalikes(found.lookalikes));
		assert.match(text, /full-width comma ， \(U\+FF0C\) after https:\/\/proxy\.golang\.org; go reads it as part of the URL/);
		assert.match(text, /host name becomes proxy\.golang\.org\\uFF0C\(，\)direct/);
		assert.match(
			chinese(describeLookalikes(found.lookalikes)),
			/全角逗号 ，（U\+FF0C）；go 把它当作 URL 的一部分/,
			'said in Chinese, joined with ；',
		);
		const [fix] = lintFixes(found);
		assert.deepEqual(fix?.argv, ['go', 'env', '-w', 'GOPROXY=https://proxy.golang.org,direct']);
	});

	test('from the OS environment, the fix is the shell line', () => {
		const [found] = lint({GOPROXY: 'https://goproxy.cn，direct'}, 'environment');
		const [fix] = lintFixes(found!);
		assert.equal(fix?.kind, 'shell');
		assert.deepEqual(fix?.shell, ["export GOPROXY='https://goproxy.cn,direct'"]);
	});

	test('every separator look-alike between a mirror and direct is repaired to what it imitates', () => {
		for (const [char, ascii] of Object.entries(separators)) {
			const [found] = lint({GOPROXY: `https://goproxy.cn${char}direct`});
			assert.equal(found?.kind, 'lookalike', char);
			assert.equal(found?.repaired, `https://goproxy.cn${ascii}direct`, char);
		}
	});

	test('zero-width characters and curly quotes: removed; a full-width colon becomes ":"', () => {
		for (const char of ['\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060']) {
			const [found] = lint({GOPROXY: `https://goproxy.cn,${char}direct`});
			assert.equal(found?.kind, 'lookalike', escape(char));
			assert.equal(found?.lookalikes?.[0]?.effect, 'rejected', escape(char));
			assert.equal(found?.repaired, 'https://goproxy.cn,direct', escape(char));
		}

		const [quoted] = lint({GOPROXY: '“https://goproxy.cn,direct”'});
		assert.equal(quoted?.kind, 'lookalike');
		assert.equal(quoted?.repaired, 'https://goproxy.cn,direct');
		for (const quote of ['\u2018', '\u2019']) {
			assert.equal(lint({GOPROXY: `${quote}https://goproxy.cn${quote},direct`})[0]?.repaired, 'https://goproxy.cn,direct');
		}

		const [colon] = lint({GOPROXY: 'https：//goproxy.cn,direct'});
		assert.equal(colon?.repaired, 'https://goproxy.cn,direct');
	});

	test('a space at either end of an entry is harmless (go trims it): no finding', () => {
		assert.deepEqual(lint({GOPROXY: 'https://goproxy.cn,\u3000direct'}), []);
		assert.deepEqual(lint({GOPROXY: '\u00A0https://goproxy.cn,direct'}), []);
	});

	test('the evidence shows the raw character, escaped, never normalised', () => {
		assert.equal(showLookalikes('https://proxy.golang.org，direct'), String.raw`https://proxy.golang.org\uFF0C(，)direct`);
		assert.equal(showLookalikes('a\u200Bb'), String.raw`a\u200Bb`);
		assert.equal(showLookalikes('plain,ascii'), 'plain,ascii');
	});

	test('parseGoproxyList does not turn the host into another name: the entry is unusable, not proxy.golang.org,direct', () => {
		const parsed = parseGoproxyList('https://proxy.golang.org，direct');
		assert.deepEqual(parsed.entries, []);
		assert.deepEqual(parsed.invalid, ['https://proxy.golang.org，direct']);
		// In the path, the host is still the one go contacts.
		assert.equal(parseGoproxyList('https://goproxy.cn/a，b').entries[0]?.kind, 'url');
	});
});

describe('look-alike characters in GOSUMDB and the pattern settings', () => {
	test('GOPRIVATE with a full-width comma: a warning, the two patterns split again', () => {
		for (const name of ['GOPRIVATE', 'GONOPROXY', 'GONOSUMDB', 'GOINSECURE']) {
			const [found] = lint({[name]: 'git.corp.example，github.com/org'});
			assert.equal(found?.kind, 'lookalike', name);
			assert.equal(found?.severity, 'warning', name);
			assert.equal(found?.repaired, 'git.corp.example,github.com/org', name);
			assert.equal(found?.lookalikes?.[0]?.effect, 'pattern');
		}

		assert.equal(lint({GOPRIVATE: 'git.corp.example\u200B'})[0]?.repaired, 'git.corp.example');
		assert.equal(lint({GOPRIVATE: '\u201Cgit.corp.example\u201D'})[0]?.repaired, 'git.corp.example');
	});

	test('GOSUMDB: a zero-width character is an error; a wide space splits fields as an ASCII one does', () => {
		const [found] = lint({GOSUMDB: 'sum.golang.org\u200B'});
		assert.equal(found?.kind, 'lookalike');
		assert.equal(found?.severity, 'error');
		assert.equal(found?.repaired, 'sum.golang.org');
		assert.deepEqual(findLookalikes('GOSUMDB', 'sum.golang.org\u3000https://sum.example'), []);
		assert.equal(repairLookalikes('GOSUMDB', 'sum.golang.org\u3000https://sum.example'), 'sum.golang.org https://sum.example');
	});
});

function escape(char: string): string {
	return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

describe("a GOPROXY that lets go fetch nothing: the checksum database is not go's problem yet", () => {
	const context = (goproxy: string) =>
		({snapshot: {values: {GOPROXY: goproxy, GOSUMDB: 'sum.golang.org'}, settings: []}, classified: []}) as unknown as AfterContext;

	test('a full-width comma in the only entry: no sumdb walk, GOSUMDB not among the hosts to resolve', async () => {
		assert.deepEqual(await sumdbFlowchart.subjects(context('https://proxy.golang.org，direct')), []);
		assert.ok(!urlsThatMatter(context('https://proxy.golang.org，direct')).some((item) => item.role === 'GOSUMDB'));
	});

	test('with a usable entry, both still apply', async () => {
		assert.equal((await sumdbFlowchart.subjects(context('https://proxy.golang.org,direct'))).length, 1);
		assert.ok(urlsThatMatter(context('https://proxy.golang.org,direct')).some((item) => item.role === 'GOSUMDB'));
	});
});

test('a hostile value of a million look-alikes: one pass, the first few named', () => {
	const started = performance.now();
	const found = findLookalikes('GOPRIVATE', '\uFF0C'.repeat(1_000_000));
	assert.equal(found.length, 8);
	assert.equal(repairLookalikes('GOPRIVATE', '\u3000a'.repeat(200_000)).length, 399_999);
	assert.ok(performance.now() - started < 5000, `${Math.round(performance.now() - started)} ms`);
});
