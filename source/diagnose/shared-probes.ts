import type {Flow, WalkSubject} from '../flow/define-flow.js';
import {pendingProbe, stepWalk, type PendingProbe, type Walk} from '../flow/walk.js';
import {say} from '../i18n/index.js';
import {formatDuration} from '../model/format.js';
import type {Evidence} from '../model/report.js';
import type {Environment, System} from '../system/types.js';
import {isConnectivityProbe, runProbe, type ConnectivityProbeId, type ProbeDeadlines} from './run-probe.js';

/** Runs the check of a probe node for a walk's subject; the same check asked twice runs once. */
export type SharedProbes = ((probe: ConnectivityProbeId, subject: WalkSubject, target: 'entry' | 'proxy') => Promise<Evidence>) & {
	/** The check's result when it has finished, else undefined. */
	readonly settled: (probe: ConnectivityProbeId, subject: WalkSubject, target: 'entry' | 'proxy') => Evidence | undefined;
	/**
	Cancels the check if it is still running, for every walk that shares it; `explain` turns the canceled check's
	evidence into what every one of them is given (why it was canceled).
	*/
	readonly cancel: (
		probe: ConnectivityProbeId,
		subject: WalkSubject,
		target: 'entry' | 'proxy',
		explain: (evidence: Evidence) => Evidence,
	) => void;
};

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
	const results = new Map<string, Evidence>();
	/** Each run's cancel switch, and what a cancel says of its result. */
	type Cancel = {readonly controller: AbortController; explain?: (evidence: Evidence) => Evidence};
	const cancels = new Map<string, Cancel>();
	const shared = async (probe: ConnectivityProbeId, subject: WalkSubject, target: 'entry' | 'proxy') => {
		const key = probeKey(probe, subject, target);
		let run = runs.get(key);
		if (run === undefined) {
			const canceled: Cancel = {controller: new AbortController()};
			cancels.set(key, canceled);
			run = runProbe(system, probe, subject, {
				env: options.env,
				deadlines: options.deadlines,
				budgetEndsAt: options.budgetEndsAt,
				target,
				signal: options.signal === undefined ? canceled.controller.signal : AbortSignal.any([options.signal, canceled.controller.signal]),
			}).then((ran) => {
				const evidence = canceled.explain === undefined ? ran : canceled.explain(ran);
				results.set(key, evidence);
				return evidence;
			});
			runs.set(key, run);
		}

		return run;
	};

	return Object.assign(shared, {
		settled: (probe: ConnectivityProbeId, subject: WalkSubject, target: 'entry' | 'proxy') => results.get(probeKey(probe, subject, target)),
		cancel(probe: ConnectivityProbeId, subject: WalkSubject, target: 'entry' | 'proxy', explain: (evidence: Evidence) => Evidence) {
			const key = probeKey(probe, subject, target);
			const running = cancels.get(key);
			if (running !== undefined && !results.has(key) && !running.controller.signal.aborted) {
				running.explain = explain;
				running.controller.abort();
			}
		},
	});
}

/**
Starts every probe the walk will certainly reach after `pending`, ahead of it: past probes whose every outcome
leads to the same node (ping) and past probes whose result is already in. Whenever a probe it started
finishes, it looks again, since that result may show the way further (the port is open: the version list
can start while the ping still runs). The walk itself still steps through every probe in order.
*/
export function runAhead(
	flow: Flow,
	walk: Walk,
	pending: PendingProbe,
	shared: SharedProbes,
	isRunnable: (probe: PendingProbe['probe']) => probe is ConnectivityProbeId,
): void {
	let ahead: Walk = walk;
	let current = pending;
	// A flow that passes validateFlow has no cycle; the bound guards a broken one.
	for (const _node of Object.keys(flow.nodes)) {
		if (!isRunnable(current.probe)) {
			return;
		}

		const known = shared.settled(current.probe, walk.subject, current.target);
		let next: PendingProbe | undefined;
		if (known === undefined) {
			next = probeAfter(flow, ahead, current);
			if (next === undefined) {
				return;
			}

			ahead = stepWalk(flow, ahead, {type: 'probe-finished', node: current.node, evidence: placeholderFor(flow, current)});
		} else {
			ahead = stepWalk(flow, ahead, {type: 'probe-finished', node: current.node, evidence: known});
			next = pendingProbe(flow, ahead);
			if (next === undefined) {
				return;
			}
		}

		if (!isRunnable(next.probe)) {
			return;
		}

		if (shared.settled(next.probe, walk.subject, next.target) === undefined) {
			void shared(next.probe, walk.subject, next.target).then(() => {
				runAhead(flow, walk, pending, shared, isRunnable);
			});
		}

		current = next;
	}
}

/**
How a walk whose probes are the connectivity probes (dns, ping, tcp, tls, http-list) runs its checks through the
shared ones: each distinct check once per host, and, as options, `runAhead` (start what the walk will certainly
reach next) and `pingPatience` (wait for ping only while it can still matter). A probe the shared runner does not
know is a failed check, not an exception. Any flowchart over these probes can take it as its walker's `check`.
*/
export function sharedCheck(
	shared: SharedProbes,
	flow: Flow,
	options: {readonly runAhead?: boolean; readonly pingPatience?: boolean} = {},
): (pending: PendingProbe, walk: Walk) => Promise<Evidence> {
	return async (pending, walk) => {
		const {probe} = pending;
		if (!isConnectivityProbe(probe)) {
			return {
				probe: 'check',
				tool: 'gomod-doctor',
				command: probe,
				outcome: 'error',
				summary: `The shared checks have no probe ${probe}.`,
				durationMs: 0,
			};
		}

		const {subject} = walk;
		const running = shared(probe, subject, pending.target);
		if (options.runAhead === true) {
			runAhead(flow, walk, pending, shared, isConnectivityProbe);
		}

		return probe === 'ping' && options.pingPatience === true
			? awaitPing(shared, subject, pending, probeAfter(flow, walk, pending), running)
			: running;
	};
}

/** The least a walk waits for a ping once the port check after it has answered. */
export const minimumPingWaitMs = 250;

/**
The result of a walk's ping (`ping`, the shared run of `pending`), waited for as long as it can still say
something. ping informs and the port check decides, and an echo takes about one round trip, as the connection
does: once the port check after it (`next`) has answered, a reply that has not come within four of its times
(at least {@link minimumPingWaitMs}) is not coming, ICMP being filtered on the way, and the walk does not wait out
ping's whole second for it. The ping is then canceled, and its evidence says so. Never throws.
*/
export async function awaitPing(
	shared: SharedProbes,
	subject: WalkSubject,
	pending: PendingProbe,
	next: PendingProbe | undefined,
	ping: Promise<Evidence>,
): Promise<Evidence> {
	if (next === undefined || !isConnectivityProbe(next.probe)) {
		return ping;
	}

	let timer: NodeJS.Timeout | undefined;
	let decided = false;
	const port = shared(next.probe, subject, next.target);
	const patience = port.then(
		async (answer) =>
			new Promise<Evidence>((resolve) => {
				// The ping may have answered first: then nothing is left to wait for.
				if (!decided) {
					timer = setTimeout(
						() => {
							resolve(answer);
						},
						Math.max(minimumPingWaitMs, 4 * answer.durationMs),
					);
				}
			}),
	);
	const first = await Promise.race([ping.then((evidence) => ({ping: evidence})), patience.then((answer) => ({port: answer}))]);
	decided = true;
	clearTimeout(timer);
	if ('ping' in first) {
		return first.ping;
	}

	const host = pending.target === 'proxy' && subject.proxy !== undefined ? subject.proxy.host : subject.host;
	// Every walk that shares this ping gets the reason, whichever of them gave up on it first.
	shared.cancel('ping', subject, pending.target, (evidence) =>
		// It answered in the meantime, or could not run at all: that says more.
		evidence.outcome === 'no-reply'
			? {...evidence, summary: say.probes.ping.notWaited(host, formatDuration(evidence.durationMs), formatDuration(first.port.durationMs))}
			: evidence,
	);
	return ping;
}

/** Evidence with an outcome that `pending`'s node has an edge for (all its edges lead to the same node). */
function placeholderFor(flow: Flow, pending: PendingProbe): Evidence {
	const node = flow.nodes[pending.node];
	const outcome = node?.kind === 'probe' ? (Object.keys(node.edges)[0] ?? '') : '';
	return {probe: 'check', tool: 'gomod-doctor', command: '', outcome, summary: '', durationMs: 0};
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
