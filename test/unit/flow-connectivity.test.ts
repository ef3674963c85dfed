import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import type {Flow, WalkSubject} from '../../source/flow/define-flow.js';
import {connectivityFlow} from '../../source/flowcharts/connectivity/index.js';
import {renderMermaid} from '../../source/flow/render-mermaid.js';
import {validateFlow} from '../../source/flow/validate-flow.js';
import {pendingProbe, startWalk, stepWalk, walkPath, type Walk} from '../../source/flow/walk.js';
import type {Evidence} from '../../source/model/report.js';
import {textTree} from '../../source/flowcharts/texts.js';
import {english} from '../helpers/text.js';

const httpSubject: WalkSubject = {
	label: 'http://127.0.0.1:4312',
	url: 'http://127.0.0.1:4312',
	scheme: 'http',
	host: '127.0.0.1',
	port: 4312,
	module: 'example.com/lab/hello',
};
const httpsSubject: WalkSubject = {
	...httpSubject,
	label: 'https://goproxy.cn',
	url: 'https://goproxy.cn',
	scheme: 'https',
	host: 'goproxy.cn',
	port: 443,
};

function evidence(outcome: string): Evidence {
	return {probe: 'tcp', tool: 'test', command: 'test', outcome, summary: outcome, durationMs: 1};
}

/** Feeds outcomes to a walk in order, asserting it asks for the expected probes. */
function walkWith(subject: WalkSubject, steps: Array<[probe: string, outcome: string]>): Walk {
	let walk = startWalk(connectivityFlow, 'w', subject);
	for (const [probe, outcome] of steps) {
		const pending = pendingProbe(connectivityFlow, walk);
		assert.equal(pending?.probe, probe, `expected the walk to ask for ${probe} at ${walk.current}`);
		walk = stepWalk(connectivityFlow, walk, {type: 'probe-finished', node: pending.node, evidence: evidence(outcome)});
	}

	return walk;
}

function walkWithProxy(subject: WalkSubject, outcomes: string[]): Walk {
	let walk = startWalk(connectivityFlow, 'w', subject);
	for (const outcome of outcomes) {
		const pending = pendingProbe(connectivityFlow, walk);
		assert.ok(pending);
		walk = stepWalk(connectivityFlow, walk, {type: 'probe-finished', node: pending.node, evidence: evidence(outcome)});
	}

	return walk;
}

describe('the connectivity flowchart (§2.1, §2.3)', () => {
	pathTests();
	verdictAndProxyTests();
});

/** The chart is sound; the path a refused port, a lost ping and an https entry take. */
function pathTests(): void {
	test('is sound: every node reachable, every node reaches an end, no cycle', () => {
		assert.deepEqual(validateFlow(connectivityFlow), []);
	});

	test('a refused port ends in `refused` without trying TLS or HTTP', () => {
		const walk = walkWith(httpSubject, [
			['dns', 'ip-literal'],
			['ping', 'reply'],
			['tcp', 'refused'],
		]);
		assert.equal(walk.phase, 'done');
		assert.equal(walk.phase === 'done' && walk.verdict, 'refused');
		assert.deepEqual(walkPath(walk), ['route', 'resolve', 'ping', 'port', 'portClosed']);
		assert.match(walk.phase === 'done' ? english(walk.summary) : '', /Port 4312 on 127\.0\.0\.1 refuses connections/);
		assert.deepEqual(
			walk.phase === 'done' && walk.offers,
			['goproxy-use-working', 'goproxy-fallback-on-error'],
			'the verdict offers its fix node',
		);
	});

	test('ping failing does not decide: ICMP is often filtered, the port check does', () => {
		const walk = walkWith(httpSubject, [
			['dns', 'resolved'],
			['ping', 'no-reply'],
			['tcp', 'open'],
			['http-list', 'ok'],
		]);
		assert.equal(walk.phase === 'done' && walk.verdict, 'healthy');
		assert.deepEqual(walk.phase === 'done' && walk.offers, [], 'a working entry needs no fix');
		assert.deepEqual(
			walk.visits.map((visit) => `${visit.node}:${visit.branch}`),
			['route:direct', 'resolve:resolved', 'ping:no-reply', 'port:open', 'scheme:plain', 'list:ok'],
		);
	});

	test('an https entry goes through the TLS handshake; http skips it', () => {
		const walk = walkWith(httpsSubject, [
			['dns', 'resolved'],
			['ping', 'unavailable'],
			['tcp', 'open'],
			['tls', 'untrusted'],
		]);
		assert.equal(walk.phase === 'done' && walk.verdict, 'tls');
		assert.ok(walkPath(walk).includes('tls'));
	});
}

/** The version list's failures, a name that does not resolve, an HTTP(S) proxy, and results the walk rejects. */
function verdictAndProxyTests(): void {
	test('each failure of the version list maps to its category', () => {
		const cases: Array<[string, string]> = [
			['server-error', 'proxy-bad-response'],
			['bad-body', 'proxy-bad-response'],
			['timeout', 'timeout'],
			['auth', 'private-auth'],
			['proxy', 'http-proxy'],
			['not-found', 'healthy'],
		];
		for (const [outcome, verdict] of cases) {
			const walk = walkWith(httpSubject, [
				['dns', 'ip-literal'],
				['ping', 'reply'],
				['tcp', 'open'],
				['http-list', outcome],
			]);
			assert.equal(walk.phase === 'done' && walk.verdict, verdict, `${outcome} → ${verdict}`);
		}
	});

	test('a name that does not resolve ends at once in `dns`', () => {
		const walk = walkWith(httpsSubject, [['dns', 'failed']]);
		assert.equal(walk.phase === 'done' && walk.verdict, 'dns');
		assert.equal(english(walk.visits[1]?.question ?? ''), 'Does goproxy.cn resolve?');
	});

	test('behind an HTTP(S) proxy (§3.2) the proxy is checked, not the entry, and the list is fetched through it', () => {
		const proxied: WalkSubject = {
			...httpsSubject,
			proxy: {url: 'http://proxy.corp:3128', host: 'proxy.corp', port: 3128, variable: 'HTTPS_PROXY'},
		};
		let walk = startWalk(connectivityFlow, 'w', proxied);
		const asked: string[] = [];
		for (const outcome of ['resolved', 'open', 'ok']) {
			const pending = pendingProbe(connectivityFlow, walk);
			assert.ok(pending);
			asked.push(`${pending.probe}@${pending.target}: ${english(pending.question)}`);
			walk = stepWalk(connectivityFlow, walk, {type: 'probe-finished', node: pending.node, evidence: evidence(outcome)});
		}

		assert.deepEqual(asked, [
			'dns@proxy: Does the host of the proxy proxy.corp:3128 (from HTTPS_PROXY) resolve?',
			'tcp@proxy: Is the proxy proxy.corp:3128 (from HTTPS_PROXY) reachable?',
			'http-list@entry: Does https://goproxy.cn serve the versions of example.com/lab/hello?',
		]);
		assert.equal(walk.phase === 'done' && walk.verdict, 'healthy');

		const down = walkWithProxy(proxied, ['resolved', 'refused']);
		assert.equal(down.phase === 'done' && down.verdict, 'http-proxy');
		assert.match(
			down.phase === 'done' ? english(down.summary) : '',
			/^Cannot connect to the proxy proxy\.corp:3128 \(from HTTPS_PROXY\), so go cannot reach https:\/\/goproxy\.cn through it\.$/,
		);
	});

	test('rejects a result for the wrong node and an unknown outcome', () => {
		const walk = startWalk(connectivityFlow, 'w', httpSubject);
		assert.throws(
			() => stepWalk(connectivityFlow, walk, {type: 'probe-finished', node: 'port', evidence: evidence('open')}),
			/waits on resolve/,
		);
		assert.throws(
			() => stepWalk(connectivityFlow, walk, {type: 'probe-finished', node: 'resolve', evidence: evidence('maybe')}),
			/no edge for the outcome "maybe"/,
		);
	});
}

describe('validateFlow', () => {
	test('finds unreachable nodes, dead ends and cycles', () => {
		const broken = {
			id: 'broken',
			source: '',
			title: '',
			start: 'a',
			nodes: {
				a: {kind: 'probe', probe: 'ping', question: 'a', edges: {reply: 'b', 'no-reply': 'end', unavailable: 'end'}},
				b: {kind: 'probe', probe: 'ping', question: 'b', edges: {reply: 'a', 'no-reply': 'a', unavailable: 'a'}},
				orphan: {kind: 'end', verdict: 'healthy', summary: ''},
				end: {kind: 'end', verdict: 'healthy', summary: ''},
			},
		} as unknown as Flow;
		const problems = validateFlow(broken);
		assert.ok(problems.includes('orphan is unreachable from a'), problems.join('\n'));
		assert.ok(
			problems.some((problem) => problem.startsWith('cycle: a → b → a')),
			problems.join('\n'),
		);

		const offersAProbe = {
			...broken,
			nodes: {
				a: {kind: 'probe', probe: 'ping', question: 'a', edges: {reply: 'end', 'no-reply': 'end', unavailable: 'end'}},
				end: {kind: 'end', verdict: 'dns', summary: '', offers: ['fix']},
				fix: {kind: 'fix', title: 'f', fixes: ['goproxy-use-working']},
			},
		} as unknown as Flow;
		assert.deepEqual(validateFlow(offersAProbe), [], 'a fix node offered by an end is sound and ends its path');

		const deadEnd = {
			...broken,
			nodes: {a: {kind: 'probe', probe: 'ping', question: 'a', edges: {reply: 'a', 'no-reply': 'a', unavailable: 'a'}}},
		} as unknown as Flow;
		assert.ok(validateFlow(deadEnd).includes('a never reaches an end'));
	});
});

describe('renderMermaid', () => {
	test('renders every node and edge, and highlights the path taken', () => {
		const walk = walkWith(httpSubject, [
			['dns', 'ip-literal'],
			['ping', 'reply'],
			['tcp', 'refused'],
		]);
		const mermaid = renderMermaid(connectivityFlow, {
			tree: textTree('en'),
			subject: httpSubject,
			visits: walk.visits,
			current: walk.current,
		});
		assert.match(mermaid, /^graph TD\n/);
		assert.match(mermaid, /resolve\["Does 127\.0\.0\.1 resolve\?"]/);
		assert.match(mermaid, /port -->\|refused\| portClosed/);
		assert.match(mermaid, /scheme{"Does http:\/\/127\.0\.0\.1:4312 use TLS\?"}/);
		assert.match(mermaid, /class route,resolve,ping,port,portClosed,switchEntry visited/);
		assert.match(mermaid, /switchEntry{{"fix: Switch to a GOPROXY entry that works/);
		assert.match(mermaid, /portClosed -\.->\|offers\| switchEntry/);
		const edgeLines = mermaid.split('\n').filter((line) => line.includes('-->') || line.includes('-.->'));
		const linkStyle = /linkStyle ([\d,]+) /.exec(mermaid);
		assert.ok(linkStyle, 'the taken edges are styled');
		const styled = linkStyle[1]!.split(',').map((index) => edgeLines[Number(index)]?.trim());
		assert.deepEqual(styled, [
			'route -->|direct| resolve',
			'resolve -->|ip-literal| ping',
			'ping -->|reply| port',
			'port -->|refused| portClosed',
			'portClosed -.->|offers| switchEntry',
		]);
	});

	test('without a proxy the proxy branch reads in generic words, with no empty placeholders', () => {
		const mermaid = renderMermaid(connectivityFlow, {tree: textTree('en'), subject: httpSubject});
		assert.match(mermaid, /proxyResolve\["Does the host of the HTTP\(S\) proxy resolve\?"]/);
		assert.match(mermaid, /proxyPort\["Is the HTTP\(S\) proxy reachable\?"]/);
		assert.doesNotMatch(mermaid, /\(\)|\(no proxy\)/);
	});

	test('escapes characters that would break a mermaid label', () => {
		const mermaid = renderMermaid(connectivityFlow, {tree: textTree('en'), subject: {...httpSubject, label: 'http://x/"a"|[b]'}});
		assert.doesNotMatch(mermaid.split('\n').find((line) => line.startsWith('    scheme{')) ?? '', /"a"|\[b]/);
	});
});

test('an entry that accepts and never answers is not offered the | form: go never gets an error to fall back on', () => {
	let walk = startWalk(connectivityFlow, 'w', httpSubject);
	for (const outcome of ['ip-literal', 'reply', 'open', 'timeout']) {
		const pending = pendingProbe(connectivityFlow, walk);
		assert.ok(pending);
		walk = stepWalk(connectivityFlow, walk, {type: 'probe-finished', node: pending.node, evidence: evidence(outcome)});
	}

	assert.equal(walk.current, 'slowAnswer');
	assert.deepEqual(walk.phase === 'done' && walk.offers, ['goproxy-use-working']);
});
