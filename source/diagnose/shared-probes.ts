import type {Flow, WalkSubject} from '../flow/define-flow.js';
import {pendingProbe, stepWalk, type PendingProbe, type Walk} from '../flow/walk.js';
import type {Evidence} from '../model/report.js';
import type {Environment, System} from '../system/types.js';
import {runProbe, type ConnectivityProbeId, type ProbeDeadlines} from './run-probe.js';

/** Runs the check of a probe node for a walk's subject; the same check asked twice runs once. */
export type SharedProbes = (probe: ConnectivityProbeId, subject: WalkSubject, target: 'entry' | 'proxy') => Promise<Evidence>;

/**
The probes of one diagnosis, each distinct check run once: every walk whose subject leads to the same host
(GOPROXY entries and candidates on one machine, many modules behind one proxy) shares the host's DNS and
ping result, the same host and port share one connection check and TLS handshake, the same URL one version
list. A walk that asks for a check already running waits for that run. See {@link probeKey}.
*/
export function createSharedProbes(
	system: System,
	options: {env: Environment; deadlines: ProbeDeadlines; budgetEndsAt: number; signal?: AbortSignal},
): SharedProbes {
	const runs = new Map<string, Promise<Evidence>>();
	return async (probe, subject, target) => {
		const key = probeKey(probe, subject, target);
		let run = runs.get(key);
		if (run === undefined) {
			run = runProbe(system, probe, subject, {
				env: options.env,
				deadlines: options.deadlines,
				budgetEndsAt: options.budgetEndsAt,
				target,
				...(options.signal === undefined ? {} : {signal: options.signal}),
			});
			runs.set(key, run);
		}

		return run;
	};
}

/**
What a check is about, so that the same check is recognised across walks: DNS and ping are about a host,
the connection and the TLS handshake about a host and port, the version list about the URL, the module and
the HTTP(S) proxy it goes through. `target: 'proxy'` aims the check at the subject's HTTP(S) proxy.
*/
export function probeKey(probe: ConnectivityProbeId, subject: WalkSubject, target: 'entry' | 'proxy'): string {
	const aimed = target === 'proxy' && subject.proxy !== undefined ? subject.proxy : subject;
	switch (probe) {
		case 'dns':
		case 'ping': {
			return `${probe} ${aimed.host}`;
		}

		case 'tcp': {
			return `${probe} ${aimed.host} ${aimed.port}`;
		}

		case 'tls': {
			// The handshake names the host it connects to (SNI), so host and port say it all.
			return `${probe} ${aimed.host} ${aimed.port}`;
		}

		case 'http-list': {
			return `${probe} ${subject.url} ${subject.module} ${subject.proxy?.url ?? 'direct'}`;
		}
	}
}

/**
The probe the walk will wait on right after `pending`, when every outcome of `pending` leads there (the
connectivity flowchart's ping informs but does not decide: whatever it answers, the port check comes next).
Such a probe does not depend on `pending`'s result, so it can start at the same time.
*/
export function probeAfter<Id extends string>(flow: Flow<Id>, walk: Walk, pending: PendingProbe): PendingProbe | undefined {
	const node = (flow.nodes as Readonly<Record<string, Flow<Id>['nodes'][Id]>>)[pending.node];
	if (node?.kind !== 'probe') {
		return undefined;
	}

	const edges = Object.entries(node.edges as Readonly<Record<string, string>>);
	const [first] = edges;
	if (first === undefined || edges.some(([, next]) => next !== first[1])) {
		return undefined;
	}

	// Any outcome leads to the same node: step a copy of the walk with the first one to see what comes next.
	const placeholder: Evidence = {probe: 'check', tool: 'gomod-doctor', command: '', outcome: first[0], summary: '', durationMs: 0};
	return pendingProbe(flow, stepWalk(flow, walk, {type: 'probe-finished', node: pending.node, evidence: placeholder}));
}
