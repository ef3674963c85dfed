import assert from 'node:assert/strict';
import {test} from 'node:test';
import {rankMirrors} from '../../source/diagnose/conclude.js';
import type {ProxyHealth} from '../../source/fixes/fix-goproxy-order.js';
import {t} from '../../source/i18n/index.js';
import {displayWidth} from '../../source/i18n/text-width.js';
import {startGoproxyServer} from '../../source/lab/goproxy-server.js';
import {hashGoMod} from '../../source/lab/dirhash.js';
import {buildModuleArtifacts} from '../../source/lab/module-zip.js';
import {labModules} from '../../source/lab/lab-modules.js';
import {mirrorChartLines, mirrorRows} from '../../source/mirrors/mirror-chart.js';
import {probeModHash} from '../../source/flowcharts/mirror-choice/probe-mod-hash.js';
import {createSystem} from '../../source/system/create-system.js';
import {english} from '../helpers/text.js';

const measured: ProxyHealth[] = [
	{url: 'https://slow.test', raw: 'https://slow.test', verdict: 'healthy', role: 'candidate', listMs: 400, correct: true},
	{url: 'https://down.test', raw: 'https://down.test', verdict: 'refused', role: 'goproxy'},
	{url: 'https://evil.test', raw: 'https://evil.test', verdict: 'checksum-mismatch', role: 'goproxy', listMs: 5, correct: false},
	{
		url: 'https://fast.test',
		raw: 'https://fast.test',
		verdict: 'healthy',
		role: 'candidate',
		listMs: 20,
		correct: true,
		timings: {dnsMs: 3, connectMs: 4, tlsMs: 9, listMs: 20},
	},
	{url: 'https://plain.test', raw: 'https://plain.test', verdict: 'healthy', role: 'candidate', listMs: 90},
];

test('rankMirrors: working proxies fastest first, then the broken ones as measured; a fast altered mirror is not working', () => {
	assert.deepEqual(
		rankMirrors(measured).map((item) => item.url),
		['https://fast.test', 'https://plain.test', 'https://slow.test', 'https://down.test', 'https://evil.test'],
	);
});

test('the chart: a mark, the proxy, its role, its content, the time and a bar as long as the time', () => {
	const lines = mirrorChartLines(
		mirrorRows(rankMirrors(measured), (text) => text, t('en')),
		100,
		t('en'),
	);
	const rows = lines.filter((line) => /^[✓✗] /.test(line));
	assert.equal(rows.length, 5);
	assert.match(rows[0]!, /^✓ https:\/\/fast\.test\s+candidate\s+as go\.sum\s+20 ms █+$/);
	assert.match(rows[1]!, /candidate\s+healthy\s+90 ms/, 'content that could not be compared keeps the verdict');
	assert.match(rows[4]!, /^✗ https:\/\/evil\.test\s+GOPROXY\s+ALTERED/);
	assert.match(rows[3]!, /^✗ https:\/\/down\.test\s+GOPROXY\s+refused\s*$/, 'no time, no bar for a proxy that never answered');
	const bars = rows.slice(0, 3).map((line) => line.split('█').length - 1);
	assert.ok(bars[0]! < bars[1]! && bars[1]! < bars[2]!, `bars grow with the time: ${bars.join(', ')}`);
	assert.equal(bars[2], 24, 'the slowest fills the bar');
	assert.match(lines[2]!, /dns 3 ms · connect 4 ms · tls 9 ms · list 20 ms/);
	assert.ok(
		lines.every((line) => displayWidth(line) <= 100),
		'fits the terminal',
	);
});

test('the chart lines up in Chinese, where every header and label is double width', () => {
	const lines = mirrorChartLines(
		mirrorRows(rankMirrors(measured), (text) => text, t('zh')),
		100,
		t('zh'),
	).filter((line) => !line.startsWith('    '));
	assert.match(lines[0]!, /代理/);
	// The time column ends at the same display column on every row (it is right-aligned).
	const timeEnds = lines
		.slice(1)
		.filter((line) => line.includes(' ms'))
		.map((line) => displayWidth(line.slice(0, line.indexOf(' ms') + 3)));
	assert.equal(new Set(timeEnds).size, 1, `time column ends: ${timeEnds.join(', ')}`);
	const contentStarts = lines.slice(1).map((line) => displayWidth(line.slice(0, line.search(/与 go\.sum|内容被篡改|healthy|refused/))));
	assert.equal(new Set(contentStarts).size, 1, `content column starts: ${contentStarts.join(', ')}`);
});

test('a narrow terminal: labels are cut, bars shrink, nothing is wider than the terminal', () => {
	const lines = mirrorChartLines(
		mirrorRows(rankMirrors(measured), (text) => text, t('en')),
		60,
		t('en'),
	);
	assert.ok(
		lines.every((line) => displayWidth(line) <= 60),
		lines.join('\n'),
	);
});

test('probeModHash against lab proxies: match for an honest one, mismatch with both hashes for an altered one', async (t) => {
	const honest = await startGoproxyServer();
	const altered = await startGoproxyServer({fault: {kind: 'altered-mod'}});
	t.after(async () => Promise.all([honest.close(), altered.close()]));
	const module = labModules.find((item) => item.path === 'example.com/lab/greet' && item.version === 'v1.2.0')!;
	const expected = hashGoMod(buildModuleArtifacts(module).mod);
	const system = createSystem();
	const ask = async (entryUrl: string) =>
		probeModHash(system, {entryUrl, module: module.path, version: module.version, expected, env: {}, timeoutMs: 3000});

	const good = await ask(honest.url);
	assert.equal(good.outcome, 'match');
	assert.equal(good.command, `GET ${honest.url}/example.com/lab/greet/@v/v1.2.0.mod`);
	const bad = await ask(altered.url);
	assert.equal(bad.outcome, 'mismatch');
	assert.ok(english(bad.summary).includes(expected), 'names what go.sum records');
	const missing = await probeModHash(system, {
		entryUrl: honest.url,
		module: 'example.com/lab/none',
		version: 'v9.9.9',
		expected,
		env: {},
		timeoutMs: 3000,
	});
	assert.equal(missing.outcome, 'not-found');
	const refused = await probeModHash(system, {entryUrl: honest.url, module: '-bad', version: 'v1.0.0', expected, env: {}, timeoutMs: 3000});
	assert.equal(refused.outcome, 'error', 'an invalid module path is never requested');
});
