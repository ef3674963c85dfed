import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {Conclusion} from '../../source/diagnose/conclude.js';
import {setLanguage} from '../../source/i18n/index.js';
import {displayWidth} from '../../source/i18n/text-width.js';
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
