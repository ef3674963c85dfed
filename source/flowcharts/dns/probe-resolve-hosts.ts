import {defineProbe, type ProbeResult} from '../../flow/define-probe.js';
import {formatDuration} from '../../model/format.js';
import {say, type Text} from '../../i18n/index.js';
import type {Evidence} from '../../model/report.js';
import type {ResolveResult, System} from '../../system/types.js';
import {type ProbeRun, checkHost, isIpLiteral} from '../../probes/probe-support.js';

/** The outcome labels of `probeResolveHosts`; they name the flowchart's edges. */
export type ResolveHostsOutcome = 'all-resolve' | 'some-fail' | 'all-fail' | 'error';

/** A host that matters to go, and why. */
export type HostToResolve = {
	readonly host: string;
	/** What it is, e.g. `GOPROXY entry 1`, `GOSUMDB`, `VCS host of example.com/x` (a message, or a setting's name). */
	readonly role: Text;
	/** Set when go reaches this host through an HTTP(S) proxy: the proxy resolves it, so go never looks it up. */
	readonly viaProxy?: string;
};

/** How one host's lookup went. */
export type HostLookup = HostToResolve & {
	/** `go-fetched`: the lookup here failed, but go itself fetched from this host in the same run. */
	readonly result: 'resolved' | 'go-fetched' | 'ip-literal' | 'via-proxy' | 'failed' | 'timeout' | 'invalid';
	readonly addresses: readonly string[];
	/** The resolver's error code (`ENOTFOUND`, `EAI_AGAIN`, `TIMEOUT`…). */
	readonly code?: string;
	readonly durationMs: number;
};

/** What `probeResolveHosts` found, besides the evidence. */
export type ResolveHostsResult = {readonly evidence: Evidence; readonly lookups: readonly HostLookup[]};

/** One host looked up, or why not: invalid, an IP literal, reached through a proxy (the proxy resolves it). */
async function lookUpHost(system: System, input: ProbeRun, goFetched: ReadonlySet<string>, item: HostToResolve): Promise<HostLookup> {
	if (checkHost(item.host) !== undefined) {
		return {...item, result: 'invalid', addresses: [], durationMs: 0};
	}

	if (isIpLiteral(item.host)) {
		return {...item, result: 'ip-literal', addresses: [item.host], durationMs: 0};
	}

	if (item.viaProxy !== undefined) {
		return {...item, result: 'via-proxy', addresses: [], durationMs: 0};
	}

	const resolved: ResolveResult = await system.net.resolve(item.host, {
		timeoutMs: input.timeoutMs,
		...(input.signal ? {signal: input.signal} : {}),
	});
	const code = resolved.error?.code;
	if (code === undefined && resolved.addresses.length > 0) {
		return {...item, result: 'resolved', addresses: resolved.addresses, durationMs: resolved.durationMs};
	}

	const timedOut = code === 'TIMEOUT' || code === 'CANCELED';
	if (goFetched.has(item.host.toLowerCase())) {
		return {...item, result: 'go-fetched', addresses: [], code: code ?? 'NODATA', durationMs: resolved.durationMs};
	}

	return {...item, result: timedOut ? 'timeout' : 'failed', addresses: [], code: code ?? 'NODATA', durationMs: resolved.durationMs};
}

/**
Looks up every host that matters with the system resolver, each name once (roles merged), all at the same time
under one deadline. Hosts go reaches through an HTTP(S) proxy are not looked up (the proxy does that, not go),
and IP addresses need no lookup. Every other lookup of the run counts too: `elsewhere`, the hosts that resolved in
it (a resolver that answered for them is not broken), and `goFetched`, the hosts go itself fetched from in it (a
failed lookup of one of them here is not the last word: go resolved it). Never throws.
*/
export async function probeResolveHosts(
	system: System,
	input: ProbeRun & {
		readonly hosts: readonly HostToResolve[];
		readonly elsewhere?: readonly string[];
		readonly goFetched?: readonly string[];
	},
): Promise<ResolveHostsResult> {
	const goFetched = new Set((input.goFetched ?? []).map((host) => host.toLowerCase()));
	const unique = new Map<string, HostToResolve>();
	for (const item of input.hosts) {
		const key = item.host.toLowerCase();
		const seen = unique.get(key);
		unique.set(key, seen === undefined ? item : {...seen, role: say.common.list([seen.role, item.role])});
	}

	const started = system.now();
	const lookups = await Promise.all([...unique.values()].map(async (item) => lookUpHost(system, input, goFetched, item)));
	const durationMs = Math.round(system.now() - started);
	const looked = lookups.filter((lookup) => lookup.result !== 'ip-literal' && lookup.result !== 'via-proxy');
	const failing = looked.filter((lookup) => lookup.result !== 'resolved' && lookup.result !== 'go-fetched');
	const elsewhere = [...new Set(input.elsewhere)];
	const words = say.probes.resolveHosts;
	const alsoResolved = elsewhere.length === 0 ? '' : words.alsoResolved(elsewhere.join(', '));
	const output = [
		...lookups.map((lookup) => describeLookup(lookup)),
		...(elsewhere.length === 0 ? [] : [`resolved earlier in this run: ${elsewhere.join(' ')}`]),
	].join('\n');
	const command = `getent ahosts ${[...unique.values()].map((item) => item.host).join(' ')}`;
	const base = {probe: 'dns', tool: 'node:dns', command, durationMs, ...(output === '' ? {} : {output})} as const;
	if (looked.length === 0) {
		return {
			evidence: {...base, outcome: 'all-resolve' satisfies ResolveHostsOutcome, summary: say.probes.resolveHosts.noneNeeded},
			lookups,
		};
	}

	const names = (items: readonly HostLookup[]) => say.common.list(items.map((item) => words.host(item.host, item.role)));
	if (failing.length === 0) {
		const fetched = looked.filter((lookup) => lookup.result === 'go-fetched');
		const byGo = fetched.length === 0 ? '' : words.goFetched(fetched.map((lookup) => lookup.host).join(', '));
		return {
			evidence: {
				...base,
				outcome: 'all-resolve' satisfies ResolveHostsOutcome,
				summary: say.common.sentences([words.every(names(looked), formatDuration(durationMs)), byGo]),
			},
			lookups,
		};
	}

	// One name that the resolver says does not exist (or that no resolver accepts) is that name, not the resolver;
	// and a resolver that answered for other hosts in this run is not broken.
	const definitive = failing.every((lookup) => lookup.result === 'invalid' || lookup.code === 'ENOTFOUND' || lookup.code === 'EAI_NONAME');
	if (failing.length === looked.length && elsewhere.length === 0 && !(looked.length === 1 && definitive)) {
		const summary =
			looked.length === 1
				? words.onlyOne(names(failing), failing[0]!.code ?? words.invalidName)
				: words.none(looked.length, names(failing));
		return {evidence: {...base, outcome: 'all-fail' satisfies ResolveHostsOutcome, summary}, lookups};
	}

	const working = looked.filter((lookup) => lookup.result === 'resolved' || lookup.result === 'go-fetched');
	if (working.length === 0) {
		const why =
			failing[0]!.result === 'invalid' || hasLongLabel(failing[0]!.host) ? words.notValid : definitive ? words.noSuchName : words.noAnswer;
		return {
			evidence: {
				...base,
				outcome: 'some-fail' satisfies ResolveHostsOutcome,
				summary: say.common.sentences([words.fails(names(failing), why, failing[0]!.code ?? words.invalidName), alsoResolved]),
			},
			lookups,
		};
	}

	return {
		evidence: {
			...base,
			outcome: 'some-fail' satisfies ResolveHostsOutcome,
			summary: say.common.sentences([words.some(names(failing), failing.length, names(working), working.length), alsoResolved]),
		},
		lookups,
	};
}

/** One lookup as the evidence's output shows it: raw data, said the same in every language (the role is in the summary). */
function describeLookup(lookup: HostLookup): string {
	const took = formatDuration(lookup.durationMs);
	switch (lookup.result) {
		case 'resolved': {
			return `${lookup.host}: ${lookup.addresses.join(' ')} (${took})`;
		}

		case 'ip-literal': {
			return `${lookup.host}: an IP address, no lookup needed`;
		}

		case 'go-fetched': {
			return `${lookup.host}: no answer here (${lookup.code ?? 'error'}, ${took}), but go itself fetched from it in this run`;
		}

		case 'via-proxy': {
			return `${lookup.host}: not looked up, go reaches it through ${lookup.viaProxy ?? 'a proxy'}, which resolves it`;
		}

		case 'invalid': {
			return `${lookup.host}: not a valid host name, not looked up`;
		}

		case 'timeout': {
			return `${lookup.host}: no answer from the resolver (${lookup.code ?? 'TIMEOUT'}, ${took})`;
		}

		case 'failed': {
			const invalid = hasLongLabel(lookup.host)
				? '; a label is longer than 63 octets, so no resolver can look it up and none is asked'
				: '';
			return `${lookup.host}: does not resolve (${lookup.code ?? 'error'}, ${took}${invalid})`;
		}
	}
}

/** Whether a label of `host` is longer than DNS allows (63 octets): resolvers reject it before sending a query. */
export function hasLongLabel(host: string): boolean {
	return host.split('.').some((label) => Buffer.byteLength(label) > 63);
}

/** What the resolve-hosts probe hands to the findings: every lookup, and the other hosts that resolved in the run. */
export type ResolveHostsData = {readonly lookups: readonly HostLookup[]; readonly elsewhere: readonly string[]};

/** §2.3 DNS: every host that matters resolved once ({@link probeResolveHosts}), as a probe object. */
export const resolveHostsProbe = defineProbe({
	id: 'resolve-hosts',
	outcomes: ['all-resolve', 'some-fail', 'all-fail', 'error'],
	async run(
		input: ProbeRun & {
			readonly system: System;
			readonly hosts: readonly HostToResolve[];
			readonly elsewhere: readonly string[];
			readonly goFetched?: readonly string[];
		},
	): Promise<ProbeResult<ResolveHostsOutcome, ResolveHostsData>> {
		const {evidence, lookups} = await probeResolveHosts(input.system, input);
		return {evidence: evidence as Evidence & {readonly outcome: ResolveHostsOutcome}, data: {lookups, elsewhere: input.elsewhere}};
	},
});
