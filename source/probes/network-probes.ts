import {defineProbe, type ProbeResult} from '../flow/define-probe.js';
import type {Evidence} from '../model/report.js';
import type {System} from '../system/types.js';
import {probeProxyFetch} from './probe-canary.js';
import {probeDns} from './probe-dns.js';
import {probeProxyList} from './probe-http-list.js';
import {probePing} from './probe-ping.js';
import {probeTcpConnect} from './probe-tcp-connect.js';
import {probeTls} from './probe-tls.js';

/**
The probes more than one flowchart runs, as probe objects: each declares its own outcomes (a graph's probe node
has one edge per outcome) and runs the probe module of the same name. Each gets the system with its input.
*/
type WithSystem<Input> = Input & {readonly system: System};

/** A probe object over a probe module (which returns evidence whose outcome is one of `outcomes`). */
export function fromModule<const Id extends string, const Outcome extends string, Input>(
	id: Id,
	outcomes: readonly Outcome[],
	probe: (system: System, input: Input) => Promise<Evidence>,
) {
	return defineProbe({
		id,
		outcomes,
		async run(input: WithSystem<Input>): Promise<ProbeResult<Outcome, undefined>> {
			return {evidence: (await probe(input.system, input)) as Evidence & {readonly outcome: Outcome}};
		},
	});
}

export const dnsProbe = fromModule('dns', ['resolved', 'slow', 'ip-literal', 'failed', 'timeout'], probeDns);
export const pingProbe = fromModule('ping', ['reply', 'no-reply', 'unreachable', 'unavailable'], probePing);
export const tcpProbe = fromModule('tcp', ['open', 'refused', 'timeout', 'unreachable'], probeTcpConnect);
export const tlsProbe = fromModule('tls', ['ok', 'untrusted', 'expired', 'name-mismatch', 'failed', 'timeout'], probeTls);
export const httpListProbe = fromModule(
	'http-list',
	['ok', 'not-found', 'server-error', 'auth', 'forbidden', 'bad-body', 'timeout', 'refused', 'dns', 'tls', 'proxy', 'error'],
	probeProxyList,
);
/** §2.2 a broken GOPROXY server: what it answers for the failing module and for a canary that surely exists. */
export const proxyFetchProbe = fromModule(
	'proxy-fetch',
	['ok', 'not-found', 'upstream', 'server-error', 'html', 'malformed', 'auth', 'forbidden', 'error'],
	probeProxyFetch,
);
