/*
Name resolution as the real world has it (issue 12, items 1, 2, 3 and 5), against the lab with the real go: a
checksum database reachable only through the lab's proxy under a GOSUMDB name that does not resolve, candidates that
do not resolve, a resolver that stalls past glibc's retry (injected through the System adapter's resolver), and a
resolver that fails for a host go itself fetches from. Nothing leaves the machine: the names that must not resolve
have a label no resolver accepts, and `localhost` is the name that resolves.
*/
import assert from 'node:assert/strict';
import {writeFile} from 'node:fs/promises';
import {describe, test} from 'node:test';
import type {Finding} from '../../source/model/report.js';
import {unresolvableHost} from '../../source/lab/scenarios/network.js';
import {startLab, type Lab} from '../../source/lab/start-lab.js';
import {createSystem} from '../../source/system/create-system.js';
import type {ResolveResult, System} from '../../source/system/types.js';
import {labSession} from '../helpers/lab-session.js';
import {english} from '../helpers/text.js';

/** A healthy lab whose GOENV file holds `goenv` (as `go env -w` would write it: nothing shadows it). */
async function labWith(t: {after: (fn: () => Promise<void>) => void}, goenv: (lab: Lab) => Readonly<Record<string, string>>): Promise<Lab> {
	const lab = await startLab('healthy');
	t.after(async () => lab.close());
	const values = {GOPROXY: lab.goproxy, GOSUMDB: 'off', ...goenv(lab)};
	await writeFile(
		lab.goenvFile,
		Object.entries(values)
			.map(([key, value]) => `${key}=${value}\n`)
			.join(''),
	);
	return lab;
}

const portOf = (lab: Lab) => new URL(lab.server('good').url).port;

/**
The real system, with the resolver answering `answer(host)` instead where it gives one, under the deadline the
caller gives, as the real adapter keeps it (a stall past it is a TIMEOUT).
*/
function systemWithResolver(answer: (host: string) => Promise<ResolveResult> | undefined): System & {readonly asked: string[]} {
	const real = createSystem();
	const asked: string[] = [];
	return {
		...real,
		asked,
		net: {
			...real.net,
			async resolve(host, options) {
				asked.push(host);
				const answered = answer(host);
				if (answered === undefined) {
					return real.net.resolve(host, options);
				}

				let timer: NodeJS.Timeout | undefined;
				const expired = new Promise<ResolveResult>((resolve) => {
					timer = setTimeout(() => {
						resolve({
							addresses: [],
							durationMs: options.timeoutMs,
							error: {code: 'TIMEOUT', message: `no answer from the resolver within ${options.timeoutMs} ms`},
						});
					}, options.timeoutMs);
				});
				try {
					return await Promise.race([answered, expired]);
				} finally {
					clearTimeout(timer);
				}
			},
		},
	};
}

async function diagnose(lab: Lab, options: {env: Lab['env']; system?: System; timeoutMs?: number; candidates?: readonly string[]}) {
	const session = labSession(
		{...lab, candidates: options.candidates ?? lab.candidates},
		{env: options.env, timeoutMs: options.timeoutMs ?? 10_000, ...(options.system === undefined ? {} : {system: options.system})},
	);
	await session.actions.diagnose(session.emit, AbortSignal.timeout(60_000));
	const state = session.state();
	const {conclusion} = state;
	assert.ok(conclusion);
	const reproduction = state.reproduction.phase === 'done' ? state.reproduction.result : undefined;
	return {conclusion, state, reproduction};
}

const describeFindings = (findings: readonly Finding[]) =>
	findings.map((finding) => `${finding.severity} ${finding.category} ${finding.subject}: ${english(finding.summary)}`).join('\n');

describe('name resolution as in the field', () => {
	unresolvableNameTests();
	resolverFaultTests();
});

/** Items 1 and 2: a GOSUMDB name or a GOPROXY entry that does not resolve, and what is blamed for it. */
function unresolvableNameTests(): void {
	test('item 1: GOSUMDB names a host that does not resolve, but the GOPROXY entry proxies it, and a candidate does not resolve: no dns finding, exit 0', async (t) => {
		// The lab's checksum database, under a name no resolver accepts, served only through the mirror.
		const lab = await startLab('sumdb-via-proxy');
		t.after(async () => lab.close());
		const {name, mirror, deadCandidate} = lab.extras as Record<string, string>;
		const {conclusion, reproduction, state} = await diagnose(lab, {env: lab.env});
		assert.equal(reproduction?.ok, true, english(reproduction?.headline ?? ''));
		assert.ok(lab.candidates.includes(mirror!) && lab.candidates.includes(deadCandidate!));
		const sumdb = state.walks.find((view) => view.walk.flow === 'sumdb');
		assert.equal(sumdb?.walk.subject.label, name);
		assert.equal(sumdb?.walk.current, 'reachable', 'the database is read through the mirror');
		assert.ok(!conclusion.findings.some((finding) => finding.category === 'dns'), describeFindings(conclusion.findings));
		assert.equal(conclusion.exitCode, 0, describeFindings(conclusion.findings));
		const candidate = conclusion.health.find((item) => item.url === deadCandidate);
		assert.equal(candidate?.verdict, 'dns', 'the candidate itself is measured as not resolving');
	});

	test('item 2: the GOPROXY entry does not resolve, a candidate does: the entry is blamed, never "nothing resolves", and the working candidate is offered', async (t) => {
		let port = '';
		const lab = await labWith(t, (started) => {
			port = portOf(started);
			return {GOPROXY: `http://${unresolvableHost}:${port},direct`};
		});
		// As on a network that blocks lookups of foreign names: the resolver gives no answer (EAI_AGAIN) for the entry.
		const system = systemWithResolver((host) =>
			host === unresolvableHost
				? Promise.resolve({addresses: [], durationMs: 40, error: {code: 'EAI_AGAIN', message: `getaddrinfo EAI_AGAIN ${host}`}})
				: undefined,
		);
		const env = {...lab.env, NO_PROXY: unresolvableHost};
		const working = `http://localhost:${port}`;
		const {conclusion, state, reproduction} = await diagnose(lab, {env, system, candidates: [working]});
		assert.equal(reproduction?.ok, false);
		const dns = conclusion.findings.filter((finding) => finding.category === 'dns');
		assert.ok(dns.length > 0, describeFindings(conclusion.findings));
		assert.ok(
			dns.every((finding) => finding.subject.includes(unresolvableHost)),
			describeFindings(dns),
		);
		const text =
			describeFindings(conclusion.findings) +
			JSON.stringify(conclusion.findings.flatMap((finding) => finding.evidence.map((item) => english(item.summary))));
		assert.doesNotMatch(text, /nothing resolves|local name resolution is broken|None of the \d+ hosts resolves/);
		assert.ok(!conclusion.fixes.some((fix) => fix.id === 'net-fix-resolver'), 'no "repair name resolution"');
		const useWorking = conclusion.fixes.find((fix) => fix.id === 'goproxy-use-working');
		assert.ok(useWorking?.argv?.join(' ').includes(working), JSON.stringify(conclusion.fixes.map((fix) => fix.argv ?? fix.id)));
		const walk = state.walks.find((view) => view.walk.flow === 'dns');
		assert.equal(walk?.walk.current, 'nameFails', 'the name is at fault: the resolver answered for localhost in the same run');
	});
}

/** Items 3 and 5: a resolver that stalls, and one that fails for a host go itself fetched from. */
function resolverFaultTests(): void {
	test('item 3: a resolver that stalls 5.5 s on its first lookup is a slow resolver, not a port that does not answer; one lookup, later steps use its address', async (t) => {
		const lab = await labWith(t, (started) => ({GOPROXY: `http://localhost:${portOf(started)}`}));
		const port = portOf(lab);
		let stalls = 0;
		const system = systemWithResolver((host) => {
			if (host !== 'localhost' || stalls > 0) {
				return undefined;
			}

			stalls++;
			// Glibc's retry: the first query is dropped, the second answered after 5 s.
			return new Promise((resolve) => {
				setTimeout(() => {
					resolve({addresses: ['127.0.0.1'], durationMs: 5500});
				}, 5500);
			});
		});
		const {env} = lab;
		const {conclusion, state, reproduction} = await diagnose(lab, {env, system, candidates: []});
		assert.equal(reproduction?.ok, true, english(reproduction?.headline ?? ''));
		assert.equal(system.asked.filter((host) => host === 'localhost').length, 1, `looked up once: ${system.asked.join(', ')}`);
		const walk = state.walks.find((view) => view.walk.flow === 'connectivity' && view.walk.subject.label === `http://localhost:${port}`);
		const evidence = walk?.walk.visits.flatMap((visit) => (visit.evidence === undefined ? [] : [visit.evidence])) ?? [];
		assert.equal(
			walk?.walk.phase === 'done' ? walk.walk.verdict : walk?.walk.phase,
			'healthy',
			JSON.stringify(evidence.map((item) => `${item.command}: ${item.outcome} ${english(item.summary)}`)),
		);
		const lookup = evidence.find((item) => item.probe === 'dns');
		assert.equal(lookup?.outcome, 'slow');
		assert.match(english(lookup?.summary ?? ''), /resolver took 5\.5 s/);
		const tcp = evidence.find((item) => item.probe === 'tcp');
		assert.equal(tcp?.outcome, 'open');
		assert.match(tcp?.command ?? '', new RegExp(String.raw`^nc -zv -n -w \d+ 127\.0\.0\.1 ${port}$`), 'nc is given the address found');
		assert.ok(
			!conclusion.findings.some((finding) => finding.category === 'timeout' || finding.category === 'dns'),
			describeFindings(conclusion.findings),
		);
		assert.equal(conclusion.exitCode, 0, describeFindings(conclusion.findings));
	});

	test('item 5: go fetched from the entry in this run, so no walk concludes that it does not resolve, whatever the resolver said here', async (t) => {
		const lab = await labWith(t, (started) => ({GOPROXY: `http://localhost:${portOf(started)}`}));
		const port = portOf(lab);
		// The resolver fails here for a host go resolves by itself (its own resolver reads /etc/hosts).
		const system = systemWithResolver((host) =>
			host === 'localhost'
				? Promise.resolve({addresses: [], durationMs: 30, error: {code: 'EAI_AGAIN', message: 'getaddrinfo EAI_AGAIN localhost'}})
				: undefined,
		);
		const {env} = lab;
		const {conclusion, reproduction} = await diagnose(lab, {env, system, candidates: []});
		assert.equal(reproduction?.ok, true, english(reproduction?.headline ?? ''));
		const blamed = conclusion.findings.filter((finding) => finding.severity !== 'info');
		assert.deepEqual(blamed, [], describeFindings(blamed));
		assert.equal(conclusion.exitCode, 0);
		assert.ok((reproduction?.fetchedInRun ?? []).length > 0, 'go fetched modules over the network in this run');
		assert.equal(conclusion.findings[0]?.category, 'healthy');
		const note = conclusion.findings.find((finding) => finding.subject === `http://localhost:${port}`);
		assert.match(english(note?.summary ?? ''), /go itself fetched from it in this run/);
	});
}
