import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {Conclusion} from '../../source/diagnose/conclude.js';
import {t as catalogOf} from '../../source/i18n/index.js';
import {parseGoproxyList} from '../../source/go/parse-goproxy-list.js';
import {displayWidth} from '../../source/i18n/text-width.js';
import {mirrorChartLines, mirrorRows} from '../../source/mirrors/mirror-chart.js';
import {ConclusionPanel} from '../../source/ui/conclusion-panel.js';
import {render} from '../helpers/ink.js';

const conclusion: Conclusion = {
	headline: 'proxy-bad-response: https://evil.test: a GOPROXY server is reached but answers wrongly',
	verdict: {entries: parseGoproxyList('https://evil.test').entries, goError: '', goFailed: true},
	findings: [
		{
			category: 'proxy-bad-response',
			severity: 'error',
			subject: 'https://evil.test',
			summary: 'https://evil.test serves a go.mod for example.com/m v1.0.0 that differs from go.sum: altered content.',
			evidence: [],
			fixes: [],
		},
	],
	fixes: [],
	exitCode: 1,
	health: [
		{url: 'https://fast.test', raw: 'https://fast.test', verdict: 'healthy', role: 'candidate', listMs: 20, correct: true},
		{url: 'https://slow.test', raw: 'https://slow.test', verdict: 'healthy', role: 'candidate', listMs: 400, correct: true},
		{url: 'https://evil.test', raw: 'https://evil.test', verdict: 'checksum-mismatch', role: 'goproxy', listMs: 5, correct: false},
	],
	notWaitedFor: [],
};

test('the conclusion’s bar chart: fastest correct first, the altered mirror marked in its own column, bars by time', (t) => {
	const {lastFrame} = render(t, <ConclusionPanel conclusion={conclusion} />);
	const frame = lastFrame();
	assert.match(frame, /^ {2}https:\/\/fast\.test +candidate +✓ as go\.sum +20 ms █$/m);
	assert.match(frame, /^ {2}https:\/\/slow\.test +candidate +✓ as go\.sum +400 ms █{10}$/m);
	assert.match(frame, /^ {2}https:\/\/evil\.test +GOPROXY +✗ ALTERED +5 ms █$/m);
});

test('the conclusion’s bar chart in Chinese: the columns line up with double-width text', (t) => {
	const {lastFrame} = render(t, <ConclusionPanel conclusion={conclusion} />, {language: 'zh'});
	const rows = lastFrame()
		.split('\n')
		.filter((line) => /^ {2}https:\/\//.test(line));
	assert.equal(rows.length, 3);
	assert.match(rows[2]!, /内容被篡改/);
	const timeEnds = rows.map((line) => displayWidth(line.slice(0, line.indexOf(' ms') + 3)));
	assert.equal(new Set(timeEnds).size, 1, `the time column ends at one column: ${timeEnds.join(', ')}`);
});

test('a candidate the diagnosis stopped waiting for: its own row after the measured ones, how long it was waited for, no bar', (t) => {
	const waited: Conclusion = {
		...conclusion,
		notWaitedFor: [{url: 'https://far.test', raw: 'https://far.test', waitedMs: 35, chosen: 'https://fast.test'}],
	};
	const {lastFrame} = render(t, <ConclusionPanel conclusion={waited} />);
	const rows = lastFrame()
		.split('\n')
		.filter((line) => /^ {2}https:\/\//.test(line));
	assert.equal(rows.length, 4);
	assert.match(rows[3]!, /^ {2}https:\/\/far\.test +candidate +… not waited for +> 35 ms$/);

	const lines = mirrorChartLines(
		mirrorRows(waited.health, (text) => text, catalogOf('en'), waited.notWaitedFor),
		100,
		catalogOf('en'),
	);
	assert.match(lines.at(-2)!, /^… https:\/\/far\.test +candidate +not waited for +> 35 ms$/);
	assert.match(lines.at(-1)!, /^ {4}https:\/\/fast\.test answered first and passed the checks/);
});

/** The lab's `mirrors` scenario: four loopback proxies, the fastest altered. */
const fourMirrors: Conclusion = {
	...conclusion,
	health: [
		{url: 'http://127.0.0.1:43351', raw: 'http://127.0.0.1:43351', verdict: 'healthy', role: 'candidate', listMs: 120, correct: true},
		{url: 'http://127.0.0.1:35065', raw: 'http://127.0.0.1:35065', verdict: 'healthy', role: 'candidate', listMs: 239, correct: true},
		{url: 'http://127.0.0.1:45831', raw: 'http://127.0.0.1:45831', verdict: 'healthy', role: 'candidate', listMs: 491, correct: true},
		{
			url: 'http://127.0.0.1:35131',
			raw: 'http://127.0.0.1:35131',
			verdict: 'checksum-mismatch',
			role: 'goproxy',
			listMs: 100,
			correct: false,
		},
	],
};

const longUrl = 'https://artifactory.corp.example.com/artifactory/api/go/golang-remote';

for (const language of ['en', 'zh'] as const) {
	for (const columns of [80, 60, 40]) {
		test(`the measured proxies at ${columns} columns (${language}): no line overflows, no column runs into the next, every URL whole`, (t) => {
			const withLong: Conclusion = {
				...fourMirrors,
				health: [...fourMirrors.health, {url: longUrl, raw: longUrl, verdict: 'healthy', role: 'candidate', listMs: 300, correct: true}],
			};
			for (const shown of [fourMirrors, withLong]) {
				const {lastFrame} = render(t, <ConclusionPanel conclusion={shown} />, {columns, language});
				const lines = lastFrame().split('\n');
				const table = lines.slice(0, lines.indexOf(''));
				for (const line of table) {
					assert.ok(displayWidth(line) <= columns, `${displayWidth(line)} columns: "${line}"`);
				}

				for (const {raw} of shown.health) {
					// The URL on one line, or broken only after a slash with the rest on the next line, indented under it.
					const at = table.findIndex((line) => line.includes(raw) || (line.trimEnd().endsWith('/') && raw.startsWith(line.trim())));
					assert.ok(at !== -1, `${raw} is shown whole:\n${table.join('\n')}`);
					const joined = table[at]!.includes(raw) ? table[at]! : `${table[at]!.trim()}${table[at + 1]!.trim()}`;
					assert.ok(joined.includes(raw), `${raw} continues on the next line:\n${table.join('\n')}`);
					// Whatever follows the URL on its line is set apart by at least two spaces (a column, not a run-on).
					const after = joined.slice(joined.indexOf(raw) + raw.length);
					assert.ok(after === '' || /^ {2}/.test(after) || after.trim() === '', `"${joined}": the next column touches the URL`);
				}

				const altered = table.findIndex((line) => line.includes('http://127.0.0.1:35131'));
				const verdict = language === 'en' ? /ALTERED/ : /内容被篡改/;
				assert.match(`${table[altered]!}\n${table[altered + 1] ?? ''}`, verdict, table.join('\n'));
			}
		});
	}
}
