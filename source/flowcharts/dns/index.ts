import type {AfterContext} from '../../diagnose/investigation.js';
import {urlsThatMatter} from '../../diagnose/urls-that-matter.js';
import {entryGoFetchedFrom} from '../../go/go-reached.js';
import {parseGoproxyList} from '../../go/parse-goproxy-list.js';
import {parseGosumdb} from '../../go/sumdb-config.js';
import {sumdbRoute} from '../../probes/probe-sumdb.js';
import {editDistance} from '../../go/versions.js';
import {say, type Text} from '../../i18n/index.js';
import type {Fix} from '../../model/report.js';
import type {Category} from '../../model/taxonomy.js';
import {proxyForUrl, redactProxyValue} from '../../go/proxy-for-url.js';
import {defineFlowchart} from '../define-flowchart.js';
import {probeInput} from '../probe-run.js';
import {dnsGraph, type DnsSubject} from './graph.js';
import {resolvConfProbe} from './probe-resolv-conf.js';
import {type HostToResolve, resolveHostsProbe} from './probe-resolve-hosts.js';
import {en} from './text.en.js';
import {zh} from './text.zh.js';

/** The hosts of `urlsThatMatter`, each marked with the proxy go reaches it through (then go does not look it up). */
export function hostsThatMatter(context: AfterContext): HostToResolve[] {
	return urlsThatMatter(context).flatMap(({url, role}) => {
		let host: string;
		try {
			host = new URL(url).hostname.replaceAll(/^\[|]$/g, '');
		} catch {
			return [];
		}

		const {proxy} = proxyForUrl(url, context.env);
		return [{host, role, ...(proxy === undefined ? {} : {viaProxy: redactProxyValue(proxy)})}];
	});
}

/**
Whether go's failure, or the walk of a GOPROXY entry, points at name resolution. A candidate that does not resolve
is information about that candidate only: go does not contact it.
*/
function dnsMatters(context: AfterContext): boolean {
	const isDns = (category: Category | undefined) => category === 'dns';
	return (
		(context.classified ?? []).some((item) => isDns(item.category) || isDns(item.cause)) ||
		(context.connectivity ?? []).some((result) => result.role === 'goproxy' && result.verdict === 'dns')
	);
}

/** How long choosing the DNS walk's subjects may wait for an entry's `/sumdb/<name>/supported`. */
const subjectsDeadlineMs = 2000;

/** The hosts go looks up here, by context (the subjects and the check share one answer). */
const contacted = new WeakMap<AfterContext, Promise<HostToResolve[]>>();

/**
The hosts that matter ({@link hostsThatMatter}) that go contacts itself: not the GOSUMDB host while a GOPROXY entry
proxies the checksum database (go then reads it through that entry, as go's dbClient does: probe-sumdb.ts's `sumdbRoute`,
whose request the sumdb walk has usually made already), which would otherwise be blamed though go never looks it up.
*/
async function hostsGoContacts(
	context: AfterContext,
	run: {readonly timeoutMs: number; readonly signal?: AbortSignal},
): Promise<HostToResolve[]> {
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
function hostGoFetchedFrom(context: AfterContext): string | undefined {
	const entry = entryGoFetchedFrom(context.reproduction?.fetchedInRun, context.snapshot.values);
	if (entry === undefined || proxyForUrl(entry.url, context.env).proxy !== undefined) {
		return undefined;
	}

	try {
		return new URL(entry.url).hostname.replaceAll(/^\[|]$/g, '');
	} catch {
		return undefined;
	}
}

/**
§2.3 "DNS and routing": when go's failure (or a GOPROXY entry's walk) comes down to a name that does not resolve,
every host that matters is looked up once, and /etc/resolv.conf says which resolver answers: one name failing is
that name; all of them failing is the local resolver.
*/
export const dnsFlowchart = defineFlowchart<DnsSubject>()({
	id: 'dns',
	graph: dnsGraph,
	phase: 'after',
	async subjects(context) {
		if (!dnsMatters(context)) {
			return [];
		}

		// Choosing the subjects has no budget of its own: a short one (an entry that does not answer /supported in
		// time is, to go too, an entry that does not serve the database, and go then never asks GOSUMDB directly).
		const hosts = await hostsGoContacts(context, {
			timeoutMs: Math.min(subjectsDeadlineMs, context.timeoutMs),
			...(context.signal === undefined ? {} : {signal: context.signal}),
		});
		if (hosts.length === 0) {
			return [];
		}

		return [{label: 'DNS', hosts: [...new Set(hosts.map((item) => item.host))].join(', ')}];
	},
	checks: {
		async 'resolve-hosts'(_subject, run) {
			const signal = run.signal === undefined ? {} : {signal: run.signal};
			const hosts = await hostsGoContacts(run.context, {timeoutMs: run.timeoutMs, ...signal});
			// Every lookup of the run is evidence about the resolver: the walks', the candidates', the checks'.
			const looked = new Set(hosts.map((item) => item.host.toLowerCase()));
			const elsewhere = (run.context.system.net.lookups?.() ?? [])
				.filter((lookup) => !looked.has(lookup.host) && lookup.result.error === undefined && lookup.result.addresses.length > 0)
				.map((lookup) => lookup.host);
			const fetchedFrom = hostGoFetchedFrom(run.context);
			return resolveHostsProbe.run({
				...probeInput(run),
				hosts,
				elsewhere,
				...(fetchedFrom === undefined ? {} : {goFetched: [fetchedFrom]}),
			});
		},
		'resolv-conf': async (_subject, run) => resolvConfProbe.run({fs: run.context.system.fs}),
	},
	findings(walk, {context, evidence, dataOf}) {
		if (walk.verdict === 'healthy') {
			return [];
		}

		const {lookups, elsewhere} = dataOf(resolveHostsProbe) ?? {lookups: [], elsewhere: []};
		const failing = lookups.filter((lookup) => lookup.result === 'failed' || lookup.result === 'timeout' || lookup.result === 'invalid');
		const resolver = walk.visits.find((visit) => visit.evidence?.probe === 'file')?.evidence;
		const names = failing.map((lookup) => lookup.host);
		const summary = say.net.dnsSummary(
			failing.map((lookup) => say.probes.resolveHosts.host(lookup.host, lookup.role)),
			[
				...lookups.filter((lookup) => lookup.result === 'resolved' || lookup.result === 'go-fetched').map((lookup) => lookup.host),
				...elsewhere,
			],
			walk.current === 'nameFails' ? 'names' : 'resolver',
			resolver?.summary ?? '',
		);
		const resolvedNames = [
			...lookups.filter((lookup) => lookup.result === 'resolved' || lookup.result === 'go-fetched').map((lookup) => lookup.host),
			...elsewhere,
		];
		const fixes: Fix[] =
			walk.current === 'nameFails'
				? failing
						.filter((lookup) => goproxyHosts(context).has(lookup.host.toLowerCase()) && !isPublicGoHost(lookup.host))
						.slice(0, 1)
						.map((lookup) => checkNameFix(lookup.host, lookup.role, resolvedNames))
				: [
						{
							id: 'net-fix-resolver',
							title: say.net.fixResolverTitle,
							detail: say.net.fixResolverDetail(resolver?.summary ?? '/etc/resolv.conf'),
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
				evidence,
				fixes,
			},
		];
	},
	text: {en, zh},
});

/**
The hosts GOPROXY names: a name the user (or their organisation) wrote, which may be mistyped or known only inside a
VPN. A module's own host (`direct`, github.com) is not one: where it does not resolve, a mirror is the fix.
*/
function goproxyHosts(context: AfterContext): Set<string> {
	return new Set(
		parseGoproxyList(context.snapshot.values['GOPROXY'] ?? '').entries.flatMap((entry) =>
			entry.kind === 'url' ? [entry.host.toLowerCase()] : [],
		),
	);
}

/** Hosts a Go user's settings name often: the public proxies and checksum databases. */
const knownGoHosts = [
	'proxy.golang.org',
	'sum.golang.org',
	'goproxy.cn',
	'goproxy.io',
	'mirrors.aliyun.com',
	'sum.golang.google.cn',
	'goproxy.golang.org',
] as const;

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
function checkNameFix(host: string, role: Text, resolved: readonly string[]): Fix {
	const near = nearestKnownHost(host, resolved);
	const words = say.net.checkName;
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
