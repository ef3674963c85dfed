import {dnsFlow, routeFlow, type DnsSubject, type RouteSubject} from '../../flow/graphs/dns.js';
import {directPatterns, matchPrefixPatterns} from '../../go/match-prefix-patterns.js';
import {hasLookalike} from '../../go/lookalike-characters.js';
import {editDistance} from '../../go/versions.js';
import {fetchesEverythingDirectly, fetchesNothing, parseGoproxyList} from '../../go/parse-goproxy-list.js';
import {t} from '../../i18n/index.js';
import type {Finding, Fix} from '../../model/report.js';
import type {Category} from '../../model/taxonomy.js';
import {probeResolvConf} from '../../probes/probe-resolv-conf.js';
import {probeResolveHosts, type HostLookup, type HostToResolve} from '../../probes/probe-resolve-hosts.js';
import {probeTraceroute} from '../../probes/probe-traceroute.js';
import {entryGoFetchedFrom} from '../../go/go-reached.js';
import {parseGosumdb} from '../../go/sumdb-config.js';
import {proxyForUrl, redactProxyValue} from '../../system/proxy-for-url.js';
import type {Investigation, InvestigationContext} from '../investigation.js';
import {walkEvidence} from '../run-investigations.js';
import {sumdbRoute} from '../../probes/probe-sumdb.js';

/** Where GOSUMDB's lookups go: the database's name and the host go connects to, or undefined for `off`. */
export type SumdbTarget = {readonly name: string; readonly url: string; readonly host: string};

/**
Reads GOSUMDB as go does: empty means `sum.golang.org`; `off` turns it off; otherwise `NAME`, `NAME+KEY` or
`NAME+KEY URL` (a URL without a scheme gets `https://`). Without a URL go connects to `https://NAME`. Pure.
*/
export function gosumdbTarget(value: string): SumdbTarget | undefined {
	const trimmed = value.trim();
	if (trimmed === 'off') {
		return undefined;
	}

	const [nameKey = 'sum.golang.org', url] = trimmed === '' ? ['sum.golang.org'] : trimmed.split(/\s+/);
	const name = nameKey.split('+')[0] ?? nameKey;
	const full = url === undefined ? `https://${name}` : /^[a-z][\w+.-]*:\/\//i.test(url) ? url : `https://${url}`;
	try {
		return {name, url: full, host: new URL(full).hostname.replace(/^\[|\]$/g, '')};
	} catch {
		return undefined;
	}
}

/** The URLs go contacts here, and what each is: every GOPROXY entry, the GOSUMDB host, the VCS hosts of direct paths. */
export function urlsThatMatter(context: InvestigationContext): Array<{readonly url: string; readonly role: string}> {
	const {values} = context.snapshot;
	const urls: Array<{url: string; role: string}> = [];
	const parsed = parseGoproxyList(values['GOPROXY'] ?? '');
	const {entries} = parsed;
	for (const [index, entry] of entries.entries()) {
		if (entry.kind === 'url' && (entry.scheme === 'http' || entry.scheme === 'https')) {
			urls.push({url: entry.url, role: t().findings.roles.goproxyEntry(index + 1)});
		}
	}

	const sumdb = fetchesNothing(parsed) ? undefined : gosumdbTarget(values['GOSUMDB'] ?? '');
	if (sumdb !== undefined) {
		urls.push({url: sumdb.url, role: 'GOSUMDB'});
	}

	// go fetches these paths directly from their VCS host: the failing ones, and the private patterns that name a host.
	const privatePatterns = directPatterns(values);
	const directOnly = fetchesEverythingDirectly(parsed);
	for (const failure of context.reproduction?.failures ?? []) {
		if (directOnly || (privatePatterns !== '' && matchPrefixPatterns(privatePatterns, failure.module))) {
			urls.push({url: `https://${failure.module.split('/')[0] ?? ''}`, role: t().findings.roles.vcsHostOf(failure.module)});
		}
	}

	for (const pattern of privatePatterns.split(',')) {
		const first = pattern.trim().split('/')[0] ?? '';
		if (first.includes('.') && !/[*?[\]\\]/.test(first)) {
			urls.push({url: `https://${first}`, role: t().findings.roles.vcsHostOfPattern(pattern.trim())});
		}
	}

	for (const item of context.classified ?? []) {
		// A host with a look-alike character (`proxy.golang.org，direct`) is GOPROXY's text, which URL parsing would
		// turn into another name: the settings check reports it, nothing looks it up.
		if ((item.category === 'dns' || item.cause === 'dns') && item.host !== undefined && !hasLookalike(item.host)) {
			urls.push({url: `https://${item.host}`, role: t().findings.roles.namedInError});
		}
	}

	return urls;
}

/** The hosts of `urlsThatMatter`, each marked with the proxy go reaches it through (then go does not look it up). */
export function hostsThatMatter(context: InvestigationContext): HostToResolve[] {
	return urlsThatMatter(context).flatMap(({url, role}) => {
		let host: string;
		try {
			host = new URL(url).hostname.replace(/^\[|\]$/g, '');
		} catch {
			return [];
		}

		const proxy = proxyForUrl(url, context.env).proxy;
		return [{host, role, ...(proxy === undefined ? {} : {viaProxy: redactProxyValue(proxy)})}];
	});
}

/** The lookups of each walk, and the other hosts that resolved in the run, kept for its findings (by subject). */
const lookupsOf = new WeakMap<DnsSubject, {readonly lookups: readonly HostLookup[]; readonly elsewhere: readonly string[]}>();

/**
Whether go's failure, or the walk of a GOPROXY entry, points at name resolution. A candidate that does not resolve
is information about that candidate only: go does not contact it.
*/
function dnsMatters(context: InvestigationContext): boolean {
	const isDns = (category: Category | undefined) => category === 'dns';
	return (
		(context.classified ?? []).some((item) => isDns(item.category) || isDns(item.cause)) ||
		(context.connectivity ?? []).some((result) => result.role === 'goproxy' && result.verdict === 'dns')
	);
}

/** How long choosing the DNS walk's subjects may wait for an entry's `/sumdb/<name>/supported`. */
const subjectsDeadlineMs = 2000;

/** The hosts go looks up here, by context (the subjects and the check share one answer). */
const contacted = new WeakMap<InvestigationContext, Promise<HostToResolve[]>>();

/**
The hosts that matter ({@link hostsThatMatter}) that go contacts itself: not the GOSUMDB host while a GOPROXY entry
proxies the checksum database (go then reads it through that entry, as go's dbClient does: probe-sumdb.ts's `sumdbRoute`,
whose request the sumdb walk has usually made already), which would otherwise be blamed though go never looks it up.
*/
async function hostsGoContacts(context: InvestigationContext, run: {readonly timeoutMs: number; readonly signal?: AbortSignal}): Promise<HostToResolve[]> {
	let hosts = contacted.get(context);
	if (hosts === undefined) {
		hosts = (async () => {
			const all = hostsThatMatter(context);
			const config = parseGosumdb(context.snapshot.values['GOSUMDB'] ?? '');
			if (config.kind !== 'on' || config.url !== undefined) {
				return all;
			}

			const route = await sumdbRoute(context.system, config, context.snapshot.values['GOPROXY'] ?? '', {env: context.env, ...run});
			return route.proxy === undefined ? all : all.filter((item) => item.role !== 'GOSUMDB');
		})();
		contacted.set(context, hosts);
	}

	return hosts;
}

/** The host of the GOPROXY entry go itself fetched from in this run (go-reached.ts), when go reached it directly. */
function hostGoFetchedFrom(context: InvestigationContext): string | undefined {
	const entry = entryGoFetchedFrom(context.reproduction?.fetchedInRun, context.snapshot.values);
	if (entry === undefined || proxyForUrl(entry.url, context.env).proxy !== undefined) {
		return undefined;
	}

	try {
		return new URL(entry.url).hostname.replace(/^\[|\]$/g, '');
	} catch {
		return undefined;
	}
}

/**
§2.3 "DNS and routing": when go's failure (or a GOPROXY entry's walk) comes down to a name that does not resolve,
every host that matters is looked up once, and /etc/resolv.conf says which resolver answers: one name failing is
that name; all of them failing is the local resolver.
*/
export const dnsInvestigation: Investigation<DnsSubject> = {
	id: 'dns',
	flow: dnsFlow,
	phase: 'after',
	async subjects(context) {
		if (!dnsMatters(context)) {
			return [];
		}

		// Choosing the subjects has no budget of its own: a short one (an entry that does not answer /supported in
		// time is, to go too, an entry that does not serve the database, and go then never asks GOSUMDB directly).
		const hosts = await hostsGoContacts(context, {timeoutMs: Math.min(subjectsDeadlineMs, context.timeoutMs), ...(context.signal === undefined ? {} : {signal: context.signal})});
		if (hosts.length === 0) {
			return [];
		}

		return [{label: t().net.nameResolution, hosts: [...new Set(hosts.map((item) => item.host))].join(', ')}];
	},
	async check(pending, subject, run) {
		const signal = run.signal === undefined ? {} : {signal: run.signal};
		switch (pending.probe) {
			case 'resolve-hosts': {
				const hosts = await hostsGoContacts(run.context, {timeoutMs: run.timeoutMs, ...signal});
				// Every lookup of the run is evidence about the resolver: the walks', the candidates', the checks'.
				const looked = new Set(hosts.map((item) => item.host.toLowerCase()));
				const elsewhere = (run.context.system.net.lookups?.() ?? [])
					.filter((lookup) => !looked.has(lookup.host) && lookup.result.error === undefined && lookup.result.addresses.length > 0)
					.map((lookup) => lookup.host);
				const fetchedFrom = hostGoFetchedFrom(run.context);
				const {evidence, lookups} = await probeResolveHosts(run.context.system, {
					hosts,
					env: run.context.env,
					timeoutMs: run.timeoutMs,
					elsewhere,
					...(fetchedFrom === undefined ? {} : {goFetched: [fetchedFrom]}),
					...signal,
				});
				lookupsOf.set(subject, {lookups, elsewhere});
				return evidence;
			}

			case 'resolv-conf': {
				return probeResolvConf();
			}

			default: {
				throw new Error(`the dns flow has no check ${pending.probe}`);
			}
		}
	},
	findings(walk, context): Finding[] {
		if (walk.verdict === 'healthy') {
			return [];
		}

		const {lookups, elsewhere} = lookupsOf.get(walk.subject) ?? {lookups: [], elsewhere: []};
		const failing = lookups.filter((lookup) => lookup.result === 'failed' || lookup.result === 'timeout' || lookup.result === 'invalid');
		const resolver = walk.visits.find((visit) => visit.evidence?.probe === 'file')?.evidence;
		const names = failing.map((lookup) => lookup.host);
		const summary = t().net.dnsSummary(
			failing.map((lookup) => `${lookup.host} (${lookup.role})`),
			[...lookups.filter((lookup) => lookup.result === 'resolved' || lookup.result === 'go-fetched').map((lookup) => lookup.host), ...elsewhere],
			walk.current === 'nameFails' ? 'names' : 'resolver',
			resolver?.summary ?? '',
		);
		const resolvedNames = [...lookups.filter((lookup) => lookup.result === 'resolved' || lookup.result === 'go-fetched').map((lookup) => lookup.host), ...elsewhere];
		const fixes: Fix[] =
			walk.current === 'nameFails'
				? failing
						.filter((lookup) => goproxyHosts(context).has(lookup.host.toLowerCase()) && !isPublicGoHost(lookup.host))
						.slice(0, 1)
						.map((lookup) => checkNameFix(lookup.host, lookup.role, resolvedNames))
				: [
						{
							id: 'net-fix-resolver',
							title: t().net.fixResolverTitle,
							detail: t().net.fixResolverDetail(resolver?.summary ?? '/etc/resolv.conf'),
							kind: 'info',
							scope: 'persistent',
							weakensSecurity: false,
						},
					];
		return [
			{
				category: 'dns',
				severity: context.reproduction?.ok === false ? 'error' : 'warning',
				subject: names.length === 0 ? walk.subject.label : names.join(', '),
				summary,
				evidence: walkEvidence(walk),
				fixes,
			},
		];
	},
};

/**
The hosts GOPROXY names: a name the user (or their organisation) wrote, which may be mistyped or known only inside a
VPN. A module's own host (`direct`, github.com) is not one: where it does not resolve, a mirror is the fix.
*/
function goproxyHosts(context: InvestigationContext): Set<string> {
	return new Set(
		parseGoproxyList(context.snapshot.values['GOPROXY'] ?? '').entries.flatMap((entry) => (entry.kind === 'url' ? [entry.host.toLowerCase()] : [])),
	);
}

/** Hosts a Go user's settings name often: the public proxies and checksum databases. */
const knownGoHosts = ['proxy.golang.org', 'sum.golang.org', 'goproxy.cn', 'goproxy.io', 'mirrors.aliyun.com', 'sum.golang.google.cn', 'goproxy.golang.org'] as const;

/**
A public mirror or checksum database, spelt right: where it does not resolve, the network blocks it (no typo, no VPN
to join), and a measured mirror that works is the fix.
*/
export function isPublicGoHost(host: string): boolean {
	return (knownGoHosts as readonly string[]).includes(host.toLowerCase());
}

/** The known host `host` is probably a misspelling of: one edit away (two for longer names), else undefined. */
export function nearestKnownHost(host: string, known: readonly string[]): string | undefined {
	const name = host.toLowerCase();
	let best: {host: string; distance: number} | undefined;
	for (const candidate of new Set([...known.map((item) => item.toLowerCase()), ...knownGoHosts])) {
		if (candidate === name || Math.abs(candidate.length - name.length) > 2) {
			continue;
		}

		const distance = editDistance(name, candidate);
		if (distance <= (candidate.length <= 10 ? 1 : 2) && (best === undefined || distance < best.distance)) {
			best = {host: candidate, distance};
		}
	}

	return best?.host;
}

/**
The check a name that does not resolve (while others do) calls for, as a fix to choose: the name exactly as go looks it
up, the nearest known host when it looks mistyped, or the VPN (or company DNS) it may be known only inside. Nothing is
run or changed: only the user knows which of these it is.
*/
function checkNameFix(host: string, role: string, resolved: readonly string[]): Fix {
	const near = nearestKnownHost(host, resolved);
	const words = t().net.checkName;
	return {
		id: 'dns-check-name',
		title: near === undefined ? words.title(host) : words.typoTitle(host, near),
		detail: words.detail(host, role, near),
		kind: 'info',
		shell: ['go env GOPROXY GOSUMDB GOPRIVATE', `getent ahosts ${host}`, ...(near === undefined ? [] : [`getent ahosts ${near}`])],
		scope: 'session',
		weakensSecurity: false,
	};
}

/**
§2.1 with traceroute, on request (`--traceroute`): for every GOPROXY entry whose walk ended refused, unroutable or
without an answer, where do the packets stop?
*/
export const routeInvestigation: Investigation<RouteSubject> = {
	id: 'route',
	flow: routeFlow,
	phase: 'after',
	subjects(context) {
		if (context.traceroute !== true) {
			return [];
		}

		const seen = new Set<string>();
		const subjects: RouteSubject[] = [];
		for (const result of context.connectivity ?? []) {
			if (result.verdict !== 'refused' && result.verdict !== 'timeout') {
				continue;
			}

			let host: string;
			try {
				host = new URL(result.url).hostname.replace(/^\[|\]$/g, '');
			} catch {
				continue;
			}

			// Through an HTTP(S) proxy the route that matters is the proxy's, which the proxy flowchart checks.
			if (seen.has(host) || proxyForUrl(result.url, context.env).proxy !== undefined) {
				continue;
			}

			seen.add(host);
			subjects.push({label: host, host, role: result.entryIndex === undefined ? t().findings.roles.candidate : t().findings.roles.goproxyEntry(result.entryIndex + 1)});
		}

		return subjects;
	},
	async check(pending, subject, run) {
		if (pending.probe !== 'traceroute') {
			throw new Error(`the route flow has no check ${pending.probe}`);
		}

		return probeTraceroute(run.context.system, {
			host: subject.host,
			env: run.context.env,
			// traceroute -w 1 -m 10 needs up to ten seconds where nothing answers; the deadline stops it sooner.
			timeoutMs: run.timeoutMs,
			...(run.signal === undefined ? {} : {signal: run.signal}),
		});
	},
	findings(walk): Finding[] {
		// Where traceroute is missing or the host is reached, the walk itself says so; only a route that stops is a finding.
		if (walk.current !== 'stops') {
			return [];
		}

		return [
			{
				category: walk.verdict,
				severity: 'info',
				subject: walk.subject.host,
				summary: walk.visits.at(-1)?.evidence?.summary ?? walk.summary,
				evidence: walkEvidence(walk),
				fixes: [],
			},
		];
	},
};
