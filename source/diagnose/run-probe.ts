import type {ProbeId, WalkSubject} from '../flow/define-flow.js';
import type {Evidence} from '../model/report.js';
import {probeDns} from '../probes/probe-dns.js';
import {probeProxyList} from '../probes/probe-http-list.js';
import {probePing} from '../probes/probe-ping.js';
import {probeTcpConnect} from '../probes/probe-tcp-connect.js';
import {probeTls} from '../probes/probe-tls.js';
import type {Environment, System} from '../system/types.js';

/** How long each kind of check may take. No probe runs without a deadline. */
export type ProbeDeadlines = Readonly<Record<ProbeId, number>>;

/** The deadlines for a diagnosis whose overall deadline is `timeoutMs`: each probe gets at most 4 s. */
export function probeDeadlines(timeoutMs: number): ProbeDeadlines {
	const cap = (ms: number) => Math.max(250, Math.min(ms, timeoutMs));
	return {dns: cap(3000), ping: cap(3000), tcp: cap(3000), tls: cap(4000), 'http-list': cap(4000)};
}

/** Runs the check a probe node asks for, against the walk's subject. Never throws: a failure is evidence. */
export async function runProbe(
	system: System,
	probe: ProbeId,
	subject: WalkSubject,
	options: {env: Environment; deadlines: ProbeDeadlines; signal?: AbortSignal},
): Promise<Evidence> {
	const {env, signal} = options;
	const timeoutMs = options.deadlines[probe];
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
