/*
§2.3 DNS and §3.2 HTTP(S) proxies against the real `go` in the lab: the diagnosis names the category, the host
or proxy it blames and the evidence, and the offered fix, applied as the wizard applies it, makes the real
`go mod download` succeed. Shell fixes change nothing: they are checked by a re-run with their lines applied.
Nothing leaves the machine: the unresolvable GOPROXY host is rejected by the resolvers before any query, the
proxy is the lab's own on 127.0.0.1, and the GOPROXY hosts of the proxy scenarios are /etc/hosts aliases of it.
*/
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {describe, test} from 'node:test';
import type {Fix} from '../../source/model/report.js';
import {labProxyRealm} from '../../source/lab/connect-proxy.js';
import {unresolvableHost} from '../../source/lab/scenarios/network.js';
import {startLab, type Lab} from '../../source/lab/start-lab.js';
import type {SessionState} from '../../source/session/reduce-session.js';
import {labSession} from '../helpers/lab-session.js';
import {english} from '../helpers/text.js';

async function labFor(t: {after: (fn: () => Promise<void>) => void}, id: string): Promise<Lab> {
	const lab = await startLab(id);
	t.after(async () => lab.close());
	return lab;
}

/** Diagnoses the lab as the wizard does, and returns the session and its actions (to apply a fix). */
async function diagnose(lab: Lab) {
	const session = labSession(lab);
	await session.actions.diagnose(session.emit, AbortSignal.timeout(60_000));
	return {
		actions: session.actions,
		emit: session.emit,
		get state() {
			return session.state();
		},
	};
}

function fixWithId(state: SessionState, id: string): Fix {
	const fix = state.conclusion?.fixes.find((item) => item.id === id);
	assert.ok(fix, `fix ${id} is offered (offered: ${state.conclusion?.fixes.map((item) => item.id).join(', ')})`);
	return fix;
}

describe('network lab: DNS and HTTP(S) proxies with the real go', () => {
	test('dns-fail: the GOPROXY host does not resolve; the resolver is named; switching to the working entry fixes it', async (t) => {
		const lab = await labFor(t, 'dns-fail');
		const session = await diagnose(lab);
		const {conclusion} = session.state;
		assert.ok(conclusion);
		const first = conclusion.findings[0]!;
		assert.equal(first.category, 'dns');
		assert.equal(first.severity, 'error');
		assert.ok(first.subject.includes(unresolvableHost), first.subject);
		assert.ok(first.evidence.some((evidence) => evidence.probe === 'dns' && evidence.outcome === 'failed'));
		assert.ok(first.evidence.some((evidence) => evidence.probe === 'go' && english(evidence.summary).includes('no such host')));

		// The name-resolution walk: that one name fails, looked up once, and the resolver of /etc/resolv.conf is shown.
		// It is about the very host of the entry go failed on, so it joins that entry's finding: the verdict said once.
		const names = conclusion.findings.find(
			(finding) => finding.category === 'dns' && finding.evidence.some((evidence) => evidence.outcome === 'some-fail'),
		);
		assert.ok(names, 'the DNS flowchart concludes that the name itself fails');
		assert.equal(names, first);
		assert.equal(conclusion.findings.filter((finding) => finding.category === 'dns').length, 1);
		const lookup = names.evidence.find((evidence) => evidence.outcome === 'some-fail')!;
		assert.equal(lookup.command, `getent ahosts ${unresolvableHost}`, 'each host is looked up once');
		assert.match(english(lookup.summary), /not a valid DNS name/);
		assert.ok(names.evidence.some((evidence) => evidence.probe === 'file' && evidence.command === 'cat /etc/resolv.conf'));

		const outcome = await session.actions.applyFix(
			fixWithId(session.state, 'goproxy-use-working'),
			session.emit,
			AbortSignal.timeout(60_000),
		);
		assert.equal(outcome.status, 'fixed', english(outcome.summary));
	});

	test('http-proxy-407: the proxy wants credentials (Proxy-Authenticate shown); NO_PROXY for the internal host, checked by a re-run, fixes it', async (t) => {
		const lab = await labFor(t, 'http-proxy-407');
		const goenvBefore = await readFile(lab.goenvFile, 'utf8');
		const session = await diagnose(lab);
		const {conclusion} = session.state;
		assert.ok(conclusion);
		assert.equal(conclusion.findings[0]!.category, 'http-proxy');
		assert.ok(conclusion.findings[0]!.subject.includes(lab.extras['alias']!), 'the GOPROXY entry go failed on');

		const proxy = conclusion.findings.find((finding) => finding.subject.includes(lab.extras['proxy']!));
		assert.ok(proxy, 'a finding blames the proxy itself');
		assert.equal(proxy.category, 'http-proxy');
		const connect = proxy.evidence.find((evidence) => evidence.outcome === 'auth-required');
		assert.ok(connect, 'the CONNECT through the proxy is evidence');
		assert.match(connect.command, /^printf 'CONNECT /);
		assert.match(
			english(connect.summary),
			new RegExp(`407 Proxy Authentication Required, Proxy-Authenticate: Basic realm="${labProxyRealm}"`),
		);
		assert.ok(
			proxy.fixes.some((fix) => fix.id === 'proxy-credentials' && fix.kind === 'info'),
			'the credentials line is advice: they cannot be known',
		);

		const fix = fixWithId(session.state, 'proxy-no-proxy');
		assert.equal(fix.kind, 'shell');
		assert.deepEqual(fix.shell, [`export NO_PROXY=${lab.extras['alias']}`, `export no_proxy=${lab.extras['alias']}`]);
		const outcome = await session.actions.applyFix(fix, session.emit, AbortSignal.timeout(60_000));
		assert.equal(outcome.status, 'fixed', english(outcome.summary));
		assert.equal(outcome.verifiedOnly, true);
		assert.deepEqual(outcome.shellLines, fix.shell);
		assert.equal(await readFile(lab.goenvFile, 'utf8'), goenvBefore, 'nothing was written');
		assert.ok(session.state.transcript.some((entry) => entry.kind === 'verify' && entry.ok));
	});

	test('http-proxy-down: the proxy is not there; unsetting HTTP_PROXY, checked by a re-run, fixes it', async (t) => {
		const lab = await labFor(t, 'http-proxy-down');
		const session = await diagnose(lab);
		const {conclusion} = session.state;
		assert.ok(conclusion);
		assert.equal(conclusion.findings[0]!.category, 'http-proxy');
		assert.ok(
			conclusion.findings[0]!.evidence.some(
				(evidence) => evidence.probe === 'go' && english(evidence.summary).includes('proxyconnect tcp'),
			),
		);
		const {port} = new URL(lab.extras['proxy']!);
		const proxy = conclusion.findings.find((finding) => finding.subject.includes(`127.0.0.1:${port}`));
		assert.ok(proxy);
		assert.ok(
			proxy.evidence.some((evidence) => evidence.probe === 'tcp' && evidence.outcome === 'refused' && evidence.command.includes(port)),
		);

		const unset = fixWithId(session.state, 'proxy-unset');
		assert.deepEqual(unset.shell, ['unset HTTP_PROXY http_proxy']);
		const outcome = await session.actions.applyFix(unset, session.emit, AbortSignal.timeout(60_000));
		assert.equal(outcome.status, 'fixed', english(outcome.summary));
		assert.equal(outcome.verifiedOnly, true);
	});

	test('proxy-down (no HTTP proxy involved): the proxy and DNS flowcharts stay out of the way', async (t) => {
		const lab = await labFor(t, 'proxy-down');
		const session = await diagnose(lab);
		const flows = new Set(session.state.walks.map((view) => view.walk.flow));
		for (const flow of ['dns', 'route', 'http-proxy', 'proxy-settings']) {
			assert.ok(!flows.has(flow), `${flow} is not walked`);
		}

		assert.equal(session.state.conclusion?.findings[0]?.category, 'refused');
	});
});
