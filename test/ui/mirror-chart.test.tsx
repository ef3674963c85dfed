import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {Conclusion} from '../../source/diagnose/conclude.js';
import {setLanguage} from '../../source/i18n/index.js';
import {displayWidth} from '../../source/i18n/text-width.js';
import {mirrorChartLines, mirrorRows} from '../../source/mirrors/mirror-chart.js';
import {ConclusionPanel} from '../../source/ui/conclusion-panel.js';
import {render} from '../helpers/ink.js';

const conclusion: Conclusion = {
	headline: 'proxy-bad-response: https://evil.test: a GOPROXY server is reached but answers wrongly',
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
	setLanguage('zh');
	t.after(() => {
		setLanguage('en');
	});
	const {lastFrame} = render(t, <ConclusionPanel conclusion={conclusion} />);
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

	const lines = mirrorChartLines(mirrorRows(waited.health, (text) => text, waited.notWaitedFor), 100);
	assert.match(lines.at(-2)!, /^… https:\/\/far\.test +candidate +not waited for +> 35 ms$/);
	assert.match(lines.at(-1)!, /^ {4}https:\/\/fast\.test answered first and passed the checks/);
});
