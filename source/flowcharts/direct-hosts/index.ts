import type {InvestigationContext} from '../../diagnose/investigation.js';
import {directPatterns, matchPrefixPatterns} from '../../go/match-prefix-patterns.js';
import {fetchesEverythingDirectly, parseGoproxyList} from '../../go/parse-goproxy-list.js';
import {say} from '../../i18n/index.js';
import {dnsProbe, tcpProbe} from '../../probes/network-probes.js';
import {proxyForUrl} from '../../go/proxy-for-url.js';
import {defineFlowchart} from '../define-flowchart.js';
import {probeInput} from '../probe-run.js';
import {directHostsGraph, type DirectHostSubject} from './graph.js';
import {en} from './text.en.js';
import {zh} from './text.zh.js';

/** At most this many hosts are checked (the ones with the most modules first). */
const maxHosts = 10;

/**
The hosts go fetches go.mod's requirements from directly, each once with its modules: the paths that match
GONOPROXY (which defaults to GOPRIVATE), or every path when GOPROXY names no proxy. Pure.
*/
export function directHosts(context: Pick<InvestigationContext, 'snapshot' | 'goMod'>): DirectHostSubject[] {
	const {values} = context.snapshot;
	const requires = context.goMod?.requires ?? [];
	const noProxy = fetchesEverythingDirectly(parseGoproxyList(values['GOPROXY'] ?? ''));
	const patterns = directPatterns(values);
	const byHost = new Map<string, string[]>();
	for (const {path} of requires) {
		if (!noProxy && (patterns === '' || !matchPrefixPatterns(patterns, path))) {
			continue;
		}

		const host = path.split('/')[0] ?? '';
		// A module path's first element is a host name (it has a dot); go never puts a port there.
		if (!host.includes('.') || !/^[a-z\d.-]+$/i.test(host)) {
			continue;
		}

		// Pushed, not spread into a new array: 100,000 requirements of one host took 66 s that way.
		const modules = byHost.get(host);
		if (modules === undefined) {
			byHost.set(host, [path]);
		} else {
			modules.push(path);
		}
	}

	return [...byHost.entries()]
		.toSorted((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
		.slice(0, maxHosts)
		.map(([host, modules]) => ({label: host, host, port: 443, count: modules.length, modules}));
}

/**
§3.3 at scale: after go's failure, every host go.mod's direct modules come from is resolved and its HTTPS port
checked, once per host, and each broken host is one finding that lists its modules (grouped by root cause).
*/
export const directHostsFlowchart = defineFlowchart<DirectHostSubject>()({
	id: 'direct-hosts',
	graph: directHostsGraph,
	phase: 'after',
	subjects(context) {
		// Only when go failed: a diagnosis of a working build does not knock on every private host.
		if (context.reproduction === undefined || context.reproduction.ok) {
			return [];
		}

		// A host go reaches through an HTTP(S) proxy is resolved and connected to by the proxy, not from here
		// (the http-proxy flowchart checks that proxy); looking it up here would ask the wrong resolver.
		return directHosts(context).filter((host) => proxyForUrl(`https://${host.host}/`, context.env).proxy === undefined);
	},
	checks: {
		dns: async (subject, run) => dnsProbe.run({...probeInput(run), host: subject.host}),
		tcp: async (subject, run) => tcpProbe.run({...probeInput(run), host: subject.host, port: subject.port}),
	},
	findings(walk, {context, evidence, text}) {
		if (walk.verdict === 'healthy') {
			return [];
		}

		const {subject} = walk;
		const failed = new Set((context.reproduction?.failures ?? []).map((failure) => failure.module));
		const goFailedHere =
			subject.modules.some((module) => failed.has(module)) || (context.reproduction?.stderr ?? '').includes(subject.host);
		return [
			{
				category: walk.verdict,
				severity: goFailedHere ? 'error' : 'warning',
				subject: subject.host,
				summary: say.common.sentences([
					walk.summary,
					text.modules(subject.modules.length, subject.modules.slice(0, 5), subject.modules.length > 5),
				]),
				evidence,
				fixes: [],
			},
		];
	},
	text: {en, zh},
});
