import type {WalkSubject} from '../flow/define-flow.js';
import type {OutcomeOf} from '../flow/define-probe.js';
import type {dnsProbe, httpListProbe, pingProbe, tcpProbe, tlsProbe} from '../probes/network-probes.js';
import {say} from '../i18n/index.js';
import type {Evidence} from '../model/report.js';
import {probeDns} from '../probes/probe-dns.js';
import {probeProxyList} from '../probes/probe-http-list.js';
import {probePing} from '../probes/probe-ping.js';
import {probeTcpConnect} from '../probes/probe-tcp-connect.js';
import {probeTls} from '../probes/probe-tls.js';
import {resolverDeadlineMs} from '../system/resolution-cache.js';
import type {Environment, System} from '../system/types.js';

/** The probes of the connectivity flowchart, the ones this module runs (other flowcharts bring their own checks). */
export const connectivityProbes = ['dns', 'ping', 'tcp', 'tls', 'http-list'] as const;
export type ConnectivityProbeId = (typeof connectivityProbes)[number];

/** How long each kind of check may take. No probe runs without a deadline. */
export type ProbeDeadlines = Readonly<Record<ConnectivityProbeId, number>>;

/**
The deadlines for a diagnosis whose overall deadline is `timeoutMs`: each probe gets at most 4 s, but a lookup
outlasts one retry of the resolver (resolution-cache.ts). The lookup is made once per host, and the checks after it
start their own deadlines once it has answered.
*/
export function probeDeadlines(timeoutMs: number): ProbeDeadlines {
	const cap = (ms: number) => Math.max(minimumProbeMs, Math.min(ms, timeoutMs));
	return {dns: cap(resolverDeadlineMs), ping: cap(3000), tcp: cap(3000), tls: cap(4000), 'http-list': cap(4000)};
}

/** The shortest deadline a probe is given, even when the walk's budget is spent: enough for loopback. */
export const minimumProbeMs = 250;

/**
Runs the check a probe node asks for, against the walk's subject. Never throws: a failure is evidence.
The probe's deadline is its own cap, cut to what is left of the walk's budget (`budgetEndsAt`, on the
system clock), so that a whole walk ends within the diagnosis's deadline.
*/
export async function runProbe(
	system: System,
	probe: ConnectivityProbeId,
	subject: WalkSubject,
	options: {env: Environment; deadlines: ProbeDeadlines; budgetEndsAt?: number; target?: 'entry' | 'proxy'; signal?: AbortSignal},
): Promise<Evidence> {
	const {env, signal} = options;
	const left = options.budgetEndsAt === undefined ? Number.POSITIVE_INFINITY : options.budgetEndsAt - system.now();
	const timeoutMs = Math.floor(Math.max(minimumProbeMs, Math.min(options.deadlines[probe], left)));
	const started = system.now();
	const aimed =
		options.target === 'proxy' && subject.proxy !== undefined ? {...subject, host: subject.proxy.host, port: subject.proxy.port} : subject;
	try {
		return await dispatch(system, probe, aimed, {env, timeoutMs, signal});
	} catch (error) {
		// A probe reports failures as outcomes; one that throws has a bug, which must not end the diagnosis.
		return {
			probe: probe === 'http-list' ? 'http' : probe,
			tool: 'gomod-doctor',
			command: probe,
			outcome: failedOutcome[probe],
			summary: say.findings.checkFailed(error instanceof Error ? error.message : String(error)),
			durationMs: system.now() - started,
		};
	}
}

/** The outcome that stands for "could not check" in each probe's vocabulary. */
const failedOutcome = {
	dns: 'failed',
	ping: 'unavailable',
	tcp: 'unreachable',
	tls: 'failed',
	'http-list': 'error',
} as const satisfies {
	dns: OutcomeOf<typeof dnsProbe>;
	ping: OutcomeOf<typeof pingProbe>;
	tcp: OutcomeOf<typeof tcpProbe>;
	tls: OutcomeOf<typeof tlsProbe>;
	'http-list': OutcomeOf<typeof httpListProbe>;
};

async function dispatch(
	system: System,
	probe: ConnectivityProbeId,
	subject: WalkSubject,
	{env, timeoutMs, signal}: {env: Environment; timeoutMs: number; signal: AbortSignal | undefined},
): Promise<Evidence> {
	switch (probe) {
		case 'dns': {
			return probeDns(system, {host: subject.host, env, timeoutMs, signal});
		}

		case 'ping': {
			return probePing(system, {host: subject.host, env, timeoutMs, signal});
		}

		case 'tcp': {
			return probeTcpConnect(system, {host: subject.host, port: subject.port, env, timeoutMs, signal});
		}

		case 'tls': {
			return probeTls(system, {host: subject.host, port: subject.port, env, timeoutMs, signal});
		}

		case 'http-list': {
			return probeProxyList(system, {entryUrl: subject.url, module: subject.module, env, timeoutMs, signal});
		}
	}
}

/** Whether the connectivity walk's runner knows this probe. */
export function isConnectivityProbe(probe: string): probe is ConnectivityProbeId {
	return (connectivityProbes as readonly string[]).includes(probe);
}
