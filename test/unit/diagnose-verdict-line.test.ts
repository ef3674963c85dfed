/*
The verdict in plain words: the concrete symptom (a status line, a refused connection, a name that does not resolve)
leads, never a taxonomy id; read from go's error and the checks' outcome labels.
*/
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {isPublicGoHost, nearestKnownHost} from '../../source/flowcharts/dns/index.js';
import {rankFixes} from '../../source/diagnose/rank-fixes.js';
import {symptomOf, verdictLine as verdictIn, type VerdictContext} from '../../source/diagnose/verdict-line.js';
import {textTree} from '../../source/flowcharts/texts.js';
import {parseGoproxyList} from '../../source/go/parse-goproxy-list.js';
import {t} from '../../source/i18n/index.js';
import {mirrorRows} from '../../source/mirrors/mirror-chart.js';
import type {Evidence, Finding, Fix} from '../../source/model/report.js';

/** The verdict an English reader reads (the edge says it: `verdictLine(first, context, tree)`). */
const verdictLine = (first: Finding, context: VerdictContext) => verdictIn(first, context, textTree('en'));

const entry = 'http://127.0.0.1:4312';
const {entries} = parseGoproxyList(`${entry},http://127.0.0.1:4313,direct`);
const evidence = (probe: Evidence['probe'], outcome: string, summary = ''): Evidence => ({
	probe,
	tool: 't',
	command: '',
	outcome,
	summary,
	durationMs: 1,
});
const finding = (category: Finding['category'], subject: string, items: Evidence[], summary = 'It is broken. More words.'): Finding => ({
	category,
	severity: 'error',
	subject,
	summary,
	evidence: items,
	fixes: [],
});

describe('verdictLine', () => {
	entrySymptomTests();
	moduleAndSummaryTests();
});

/** A GOPROXY entry's symptom leads: a status, refused, no such host, unknown authority, 407, cut short, a hang, HTML. */
function entrySymptomTests(): void {
	test('a 502 from the first entry: its position, URL, status and reason, and that go stops there', () => {
		const goError = `go: example.com/lab/greet@v1.2.0: reading ${entry}/example.com/lab/greet/@v/v1.2.0.mod: 502 Bad Gateway`;
		const verdict = verdictLine(finding('proxy-bad-response', entry, [evidence('http', 'upstream', '502 Bad Gateway (3 ms): …')]), {
			entries,
			goError,
			goFailed: true,
		});
		assert.equal(verdict.line, `GOPROXY entry 1 (${entry}) answers 502 Bad Gateway; go stops there.`);
		assert.doesNotMatch(verdict.line, /proxy-bad-response/);
		assert.equal(verdict.detail, 'It is broken. More words.');
	});

	test("nginx's own reason phrase is read as the standard one", () => {
		const goError = `go: m@v1.0.0: reading ${entry}/m/@v/v1.0.0.mod: 503 Service Temporarily Unavailable`;
		assert.match(
			verdictLine(finding('proxy-bad-response', entry, []), {entries, goError, goFailed: true}).line,
			/answers 503 Service Unavailable; go stops there\.$/,
		);
	});

	test('refused, no such host, unknown authority, a proxy that wants credentials, a file cut short', () => {
		const cases: Array<[Finding['category'], string, RegExp]> = [
			[
				'refused',
				`dial tcp 127.0.0.1:4312: connect: connection refused`,
				/^GOPROXY entry 1 \(\S+\) refuses connections; go stops there\.$/,
			],
			['dns', 'dial tcp: lookup 127.0.0.1:4312 on 10.0.0.1:53: no such host', /does not resolve \(no such host\)/],
			[
				'tls',
				'tls: failed to verify certificate: x509: certificate signed by unknown authority 127.0.0.1:4312',
				/presents a certificate signed by an unknown authority/,
			],
			[
				'http-proxy',
				`reading ${entry}/m/@v/v1.0.0.mod: 407 Proxy Authentication Required`,
				/through the HTTP\(S\) proxy of the environment, which answers 407 Proxy Authentication Required/,
			],
			['proxy-bad-response', `read "${entry}/m/@v/v1.0.0.zip": unexpected EOF`, /cuts downloads short \(unexpected EOF\)/],
		];
		for (const [category, goError, expected] of cases) {
			assert.match(verdictLine(finding(category, entry, []), {entries, goError, goFailed: true}).line, expected, category);
		}
	});

	test('an entry that hangs, an HTML page: from the checks, not from go', () => {
		assert.match(
			verdictLine(finding('timeout', entry, [evidence('http', 'timeout')]), {entries, goError: '', goFailed: true}).line,
			/accepts the connection but never answers/,
		);
		const html = finding('proxy-bad-response', entry, [evidence('http', 'bad-body', '200 OK, 425 bytes, but the body is HTML')]);
		assert.match(
			verdictLine(html, {entries, goError: 'verifying m@v1.0.0/go.mod: checksum mismatch', goFailed: true}).line,
			/answers with an HTML page/,
		);
	});
}

/** A module's symptom (checksum mismatch, 404), the summary's first sentence without one, and Chinese. */
function moduleAndSummaryTests(): void {
	test('a checksum mismatch names the module and version, then the cause', () => {
		const verdict = verdictLine(finding('checksum-mismatch', entry, []), {
			entries,
			goError: 'go: example.com/x@v1.0.0: verifying example.com/x@v1.0.0/go.mod: checksum mismatch',
			goFailed: true,
		});
		assert.equal(verdict.line, `checksum mismatch for example.com/x v1.0.0: GOPROXY entry 1 (${entry}) serves altered content.`);
	});

	test('a 404 go read for a module the finding explains in words: the status leads', () => {
		const missing = finding(
			'not-found',
			'example.com/lab/greet@v1.3.0',
			[],
			'example.com/lab/greet v1.3.0 does not exist on the proxy; other versions do. Nearest: v1.2.0.',
		);
		const verdict = verdictLine(missing, {
			entries,
			goError: `go: example.com/lab/greet@v1.3.0: reading ${entry}/example.com/lab/greet/@v/v1.3.0.info: 404 Not Found`,
			goFailed: true,
		});
		assert.equal(
			verdict.line,
			'go gets 404 Not Found for example.com/lab/greet@v1.3.0: example.com/lab/greet v1.3.0 does not exist on the proxy; other versions do.',
		);
		assert.equal(verdict.detail, 'Nearest: v1.2.0.');
	});

	test('without a concrete symptom, the first sentence of the summary; the rest is the detail', () => {
		const verdict = verdictLine(
			finding(
				'module-path',
				'example.com/old',
				[],
				'example.com/old v1.0.0 declares itself as example.com/new: require it instead. And more.',
			),
			{entries, goError: '', goFailed: true},
		);
		assert.deepEqual(verdict, {
			line: 'example.com/old v1.0.0 declares itself as example.com/new: require it instead.',
			detail: 'And more.',
		});
	});

	test('Chinese: the same verdict in Chinese', () => {
		const goError = `go: m@v1.0.0: reading ${entry}/m/@v/v1.0.0.mod: 502 Bad Gateway`;
		assert.equal(
			verdictIn(finding('proxy-bad-response', entry, []), {entries, goError, goFailed: true}, textTree('zh')).line,
			`GOPROXY 第 1 项（${entry}）应答 502 Bad Gateway，go 就停在这里。`,
		);
	});
}

describe('the measured proxies show the symptom, not the category id', () => {
	test('502 Bad Gateway, refuses connections', () => {
		const symptom = symptomOf(
			{
				category: 'proxy-bad-response',
				evidence: [evidence('http', 'server-error', '502 Bad Gateway (13 ms): the server is reached but fails.')],
			},
			[],
		);
		const rows = mirrorRows(
			[
				{url: entry, raw: entry, verdict: 'proxy-bad-response', role: 'goproxy', ...(symptom === undefined ? {} : {symptom})},
				{url: 'http://127.0.0.1:1', raw: 'http://127.0.0.1:1', verdict: 'refused', role: 'candidate', symptom: {kind: 'refused'}},
			],
			(text) => text,
			t('en'),
		);
		assert.deepEqual(
			rows.map((row) => row.content),
			['502 Bad Gateway', 'refuses connections'],
		);
	});
});

describe('a name that does not resolve', () => {
	test('the nearest known host, one or two edits away', () => {
		assert.equal(nearestKnownHost('goproxy.cm', []), 'goproxy.cn');
		assert.equal(nearestKnownHost('proxy.golang.rog', []), 'proxy.golang.org');
		assert.equal(nearestKnownHost('athens.corp.exampel', ['athens.corp.example']), 'athens.corp.example');
		assert.equal(nearestKnownHost('no-such-goproxy.invalid', ['127.0.0.1']), undefined);
	});

	test('a public mirror spelt right gets no "check the name": the network blocks it, and a working mirror is the fix', () => {
		// Field: GOPROXY=https://goproxy.cn,direct where goproxy.cn does not resolve; the first fix must be the mirror that works.
		assert.ok(isPublicGoHost('goproxy.cn'));
		assert.ok(isPublicGoHost('Mirrors.Aliyun.com'));
		assert.ok(!isPublicGoHost('goproxy.cm'));
		assert.ok(!isPublicGoHost('athens.corp.example'));
	});

	test('checking the name (VPN, typo) comes before switching GOPROXY away from it', () => {
		const fix = (id: string, changes?: Fix['changes']): Fix => ({
			id,
			title: id,
			kind: changes === undefined ? 'info' : 'go-env',
			scope: 'persistent',
			weakensSecurity: false,
			...(changes === undefined ? {} : {changes, argv: ['go', 'env', '-w']}),
		});
		const useWorking = fix('goproxy-use-working', [{key: 'GOPROXY', value: 'http://127.0.0.1:4313,direct'}]);
		const check = fix('dns-check-name');
		const findings = [
			{...finding('dns', entry, []), fixes: [useWorking]},
			{...finding('dns', 'no-such.invalid', []), fixes: [check]},
		];
		assert.deepEqual(
			rankFixes([useWorking, check], {fromEnvironment: new Set(), findings}).map((item) => item.id),
			['dns-check-name', 'goproxy-use-working'],
		);
	});
});
