import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {conclude, type WalkView} from '../../source/diagnose/conclude.js';
import type {WalkSubject} from '../../source/flow/define-flow.js';
import {connectivityFlow} from '../../source/flowcharts/connectivity/index.js';
import {pendingProbe, startWalk, stepWalk} from '../../source/flow/walk.js';
import {goproxyFixes} from '../../source/fixes/fix-goproxy-order.js';
import {parseGoproxyList} from '../../source/go/parse-goproxy-list.js';
import type {Reproduction} from '../../source/go/reproduce-download.js';
import type {GoSnapshot} from '../../source/go/read-go-settings.js';
import {reproductionOf} from '../helpers/reproduction.js';
import {english} from '../helpers/text.js';

function subject(url: string): WalkSubject {
	const parsed = new URL(url);
	return {label: url, url, scheme: 'http', host: parsed.hostname, port: Number(parsed.port), module: 'example.com/lab/hello'};
}

/** A real walk through the connectivity flowchart, stepped with these outcomes. */
function walk(id: string, url: string, outcomes: string[], role: 'goproxy' | 'candidate' = 'goproxy', entryIndex?: number): WalkView {
	let current = startWalk(connectivityFlow, id, subject(url));
	for (const [index, outcome] of outcomes.entries()) {
		const pending = pendingProbe(connectivityFlow, current);
		assert.ok(pending, `${id} waits on a probe at step ${index}`);
		current = stepWalk(connectivityFlow, current, {
			type: 'probe-finished',
			node: pending.node,
			evidence: {probe: 'tcp', tool: 'test', command: pending.probe, outcome, summary: outcome, durationMs: 10 * (index + 1)},
		});
	}

	return {walk: current, role, ...(entryIndex === undefined ? {} : {entryIndex})};
}

const refused = ['ip-literal', 'reply', 'refused'];
const works = ['ip-literal', 'reply', 'open', 'ok'];
const notHere = ['ip-literal', 'reply', 'open', 'not-found'];

function snapshot(goproxy: string, source: 'goenv-file' | 'environment' = 'goenv-file'): GoSnapshot {
	return {
		kind: 'ok',
		goVersion: 'go1.26.8 linux/amd64',
		goroot: '/usr/local/go',
		goenvFile: '/home/dev/.config/go/env',
		goMod: '/home/dev/app/go.mod',
		settings: [{name: 'GOPROXY', value: goproxy, source}],
		proxyVariables: [],
		values: {GOPROXY: goproxy},
		goenvFileValues: {GOPROXY: goproxy},
	};
}

const notFound = 'go: example.com/lab/hello@v1.0.0: reading http://127.0.0.1:1001/example.com/lab/hello/@v/v1.0.0.mod: 404 Not Found\n';
const refusedByGo =
	'go: example.com/lab/hello@v1.0.0: Get "http://127.0.0.1:1001/example.com/lab/hello/@v/v1.0.0.mod": dial tcp 127.0.0.1:1001: connect: connection refused\n';
const mismatch = [
	'verifying example.com/lab/hello@v1.0.0: checksum mismatch',
	'\tdownloaded: h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
	'\tgo.sum:     h1:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB=',
	'',
	'SECURITY ERROR',
	'',
].join('\n');

/** A reproduction that succeeded, or failed with go's `stderr`. */
function reproduction(ok: boolean, stderr = notFound): Reproduction {
	return reproductionOf(ok ? '' : stderr);
}

describe('conclude', () => {
	test('a refused first entry is the finding, with the working proxies and the fix that drops it', () => {
		const goproxy = 'http://127.0.0.1:1001,http://127.0.0.1:1002,direct';
		const conclusion = conclude({
			snapshot: snapshot(goproxy),
			reproduction: reproduction(false, refusedByGo),
			walks: [
				walk('goproxy-0', 'http://127.0.0.1:1001', refused, 'goproxy', 0),
				walk('goproxy-1', 'http://127.0.0.1:1002', works, 'goproxy', 1),
				walk('candidate-2', 'http://127.0.0.1:1003', works, 'candidate'),
			],
		});
		assert.equal(conclusion.exitCode, 1);
		assert.equal(conclusion.findings.length, 1);
		const [finding] = conclusion.findings;
		assert.equal(finding?.category, 'refused');
		assert.equal(finding?.subject, 'http://127.0.0.1:1001');
		assert.match(
			english(finding?.summary) ?? '',
			/^GOPROXY entry 1, http:\/\/127\.0\.0\.1:1001: .*Working: http:\/\/127\.0\.0\.1:1002, http:\/\/127\.0\.0\.1:1003\./,
		);
		assert.deepEqual(
			finding?.evidence.map((evidence) => evidence.command),
			['dns', 'ping', 'tcp', 'go mod download -json'],
		);
		assert.deepEqual(
			conclusion.fixes.map((fix) => fix.argv?.join(' ')),
			['go env -w GOPROXY=http://127.0.0.1:1002,direct', 'go env -w GOPROXY=http://127.0.0.1:1001|http://127.0.0.1:1002|direct'],
		);
	});

	test("a dead spare entry go never reached does not hide go's own error: the checksum mismatch leads, the spare is a warning", () => {
		const goproxy = 'http://127.0.0.1:1002,http://127.0.0.1:1009,direct';
		const conclusion = conclude({
			snapshot: snapshot(goproxy),
			reproduction: reproduction(false, mismatch),
			walks: [
				walk('goproxy-0', 'http://127.0.0.1:1002', works, 'goproxy', 0),
				walk('goproxy-1', 'http://127.0.0.1:1009', refused, 'goproxy', 1),
			],
		});
		assert.deepEqual(
			conclusion.findings.map((finding) => `${finding.severity} ${finding.category} ${finding.subject}`),
			['error checksum-mismatch example.com/lab/hello@v1.0.0', 'warning refused http://127.0.0.1:1009'],
		);
		assert.match(english(conclusion.headline), /^checksum-mismatch: example\.com\/lab\/hello@v1\.0\.0/);
	});

	// An entry that answers 404 for every path (§2.2, the path mapping): test/unit/proxy-server.test.ts.
	test('a 404 from a public mirror that no other proxy contradicts is left to the classifier: the module may really not exist', () => {
		const mirror = 'https://mirror.example.org:8443';
		const conclusion = conclude({
			snapshot: snapshot(mirror),
			reproduction: reproduction(false, notFound.replace('http://127.0.0.1:1001', mirror)),
			walks: [walk('goproxy-0', mirror, notHere, 'goproxy', 0)],
		});
		assert.equal(conclusion.findings[0]?.category, 'not-found');
		assert.equal(conclusion.findings[0]?.subject, 'example.com/lab/hello@v1.0.0');
	});

	test('a 404 from a proxy on this machine (a self-hosted one) is first its own failed fetch; its checks settle it', () => {
		const conclusion = conclude({
			snapshot: snapshot('http://127.0.0.1:1001'),
			reproduction: reproduction(false),
			walks: [walk('goproxy-0', 'http://127.0.0.1:1001', notHere, 'goproxy', 0)],
		});
		assert.equal(conclusion.findings[0]?.category, 'proxy-bad-response');
		assert.deepEqual(conclusion.settled?.candidates, ['proxy-bad-response', 'not-found']);
	});

	test('go succeeding while an entry is broken: a warning (every download pays for it), exit 0 unless strict', () => {
		const input = {
			snapshot: snapshot('http://127.0.0.1:1001|http://127.0.0.1:1002'),
			reproduction: reproduction(true),
			walks: [
				walk('goproxy-0', 'http://127.0.0.1:1001', refused, 'goproxy', 0),
				walk('goproxy-1', 'http://127.0.0.1:1002', works, 'goproxy', 1),
			],
		};
		const conclusion = conclude(input);
		assert.equal(conclusion.findings[0]?.severity, 'warning');
		assert.equal(conclusion.exitCode, 0);
		assert.equal(conclude({...input, strict: true}).exitCode, 1);
	});

	test('healthy: exit 0, no fixes', () => {
		const conclusion = conclude({
			snapshot: snapshot('http://127.0.0.1:1002'),
			reproduction: reproduction(true),
			walks: [walk('goproxy-0', 'http://127.0.0.1:1002', works, 'goproxy', 0)],
		});
		assert.deepEqual(
			conclusion.findings.map((finding) => finding.category),
			['healthy'],
		);
		assert.equal(conclusion.exitCode, 0);
		assert.deepEqual(conclusion.fixes, []);
	});

	test('go missing and no go.mod are findings of their own', () => {
		assert.equal(conclude({goMissing: 'spawn go ENOENT', walks: []}).findings[0]?.category, 'go-missing');
		assert.equal(conclude({noModule: '/tmp/empty', walks: []}).findings[0]?.category, 'no-module');
	});
});

describe('goproxyFixes', () => {
	const {entries} = parseGoproxyList('http://a.test,http://b.test,direct');

	test('puts the fastest working proxy first, keeps direct last, and carries the shell line when the environment shadows GOPROXY', () => {
		const fixes = goproxyFixes(
			entries,
			[
				{url: 'http://a.test', raw: 'http://a.test', verdict: 'timeout', role: 'goproxy'},
				{url: 'http://b.test', raw: 'http://b.test', verdict: 'healthy', role: 'goproxy', listMs: 300},
				{url: 'https://c.test', raw: 'https://c.test', verdict: 'healthy', role: 'candidate', listMs: 50},
			],
			{shadowedByEnvironment: true},
		);
		assert.deepEqual(fixes[0]?.changes, [{key: 'GOPROXY', value: 'https://c.test,http://b.test,direct'}]);
		assert.deepEqual(fixes[0]?.shell, ["export GOPROXY='https://c.test,http://b.test,direct'"]);
		assert.match(english(fixes[0]?.detail ?? ''), /overrides go env -w/);
		assert.equal(fixes[1]?.id, 'goproxy-fallback-on-error');
		assert.match(english(fixes[1]?.detail ?? ''), /an entry that hangs still costs go its own timeout/);
		assert.ok(fixes.every((fix) => !fix.weakensSecurity));
	});

	test('nothing broken, nothing to fix', () => {
		assert.deepEqual(
			goproxyFixes(entries, [{url: 'http://a.test', raw: 'http://a.test', verdict: 'healthy', role: 'goproxy'}], {
				shadowedByEnvironment: false,
			}),
			[],
		);
	});
});

test('go that runs but cannot report its settings is a configuration finding, not "go is missing"', () => {
	const conclusion = conclude({goUnusable: 'go env -json failed: go: parsing $GOFLAGS: unknown flag -bogus', walks: []});
	assert.equal(conclusion.findings[0]?.category, 'goproxy-config');
	assert.match(english(conclusion.findings[0]?.summary) ?? '', /parsing \$GOFLAGS/);
	assert.equal(conclusion.exitCode, 1);
});

describe('what the findings of the entries go failed on explain', () => {
	const timedOut =
		'go: example.com/lab/hello@v1.0.0: Get "http://127.0.0.1:1001/example.com/lab/hello/@v/v1.0.0.mod": dial tcp 127.0.0.1:1001: i/o timeout\n';

	test("go's report of another failure to reach the entry the walk blamed: the walk's finding stands alone", () => {
		const conclusion = conclude({
			snapshot: snapshot('http://127.0.0.1:1001'),
			reproduction: reproduction(false, timedOut),
			walks: [walk('goproxy-0', 'http://127.0.0.1:1001', refused, 'goproxy', 0)],
		});
		assert.deepEqual(
			conclusion.findings.map((finding) => `${finding.severity} ${finding.category} ${finding.subject}`),
			['error refused http://127.0.0.1:1001'],
		);
	});

	test("GOPROXY=direct while a candidate serves the module: GOPROXY is the finding, go's failure to reach the host its consequence", () => {
		const candidate = walk('candidate-0', 'http://127.0.0.1:1002', works, 'candidate');
		assert.ok(candidate.role === 'candidate');
		// The version list came over HTTP: the candidate has a list time, so it is the mirror to use.
		const listed: WalkView = {
			...candidate,
			walk: {
				...candidate.walk,
				visits: candidate.walk.visits.map((visit) =>
					visit.branch === 'ok' && visit.evidence !== undefined ? {...visit, evidence: {...visit.evidence, probe: 'http' as const}} : visit,
				),
			},
		};
		const conclusion = conclude({
			snapshot: snapshot('direct'),
			reproduction: reproduction(
				false,
				'go: example.com/lab/hello@v1.0.0: unrecognized import path "example.com/lab/hello": https fetch: Get "https://example.com/lab/hello?go-get=1": dial tcp: lookup example.com on 10.0.0.1:53: no such host\n',
			),
			walks: [listed],
		});
		assert.deepEqual(
			conclusion.findings.map((finding) => `${finding.severity} ${finding.category} ${finding.subject}`),
			['error goproxy-config GOPROXY'],
		);
	});

	test("a spare entry go never reached explains nothing: go's own report stays", () => {
		const conclusion = conclude({
			snapshot: snapshot('http://127.0.0.1:1001,http://127.0.0.1:1009'),
			reproduction: reproduction(false, timedOut),
			walks: [walk('goproxy-1', 'http://127.0.0.1:1009', refused, 'goproxy', 1)],
		});
		assert.deepEqual(
			conclusion.findings.map((finding) => `${finding.severity} ${finding.category}`),
			['error timeout', 'warning refused'],
		);
	});
});
