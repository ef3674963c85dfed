import {say} from '../../i18n/index.js';
import {proxyForUrl} from '../../go/proxy-for-url.js';
import {defineFlowchart} from '../define-flowchart.js';
import {probeInput} from '../probe-run.js';
import {routeGraph, type RouteSubject} from './graph.js';
import {tracerouteProbe} from './probe-traceroute.js';
import {en} from './text.en.js';
import {zh} from './text.zh.js';

/**
§2.1 with traceroute, on request (`--traceroute`): for every GOPROXY entry whose walk ended refused, unroutable or
without an answer, where do the packets stop?
*/
export const routeFlowchart = defineFlowchart<RouteSubject>()({
	id: 'route',
	graph: routeGraph,
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
				host = new URL(result.url).hostname.replaceAll(/^\[|]$/g, '');
			} catch {
				continue;
			}

			// Through an HTTP(S) proxy the route that matters is the proxy's, which the proxy flowchart checks.
			if (seen.has(host) || proxyForUrl(result.url, context.env).proxy !== undefined) {
				continue;
			}

			seen.add(host);
			subjects.push({
				label: host,
				host,
				role: result.entryIndex === undefined ? say.findings.roles.candidate : say.findings.roles.goproxyEntry(result.entryIndex + 1),
			});
		}

		return subjects;
	},
	checks: {
		// Traceroute -w 1 -m 10 needs up to ten seconds where nothing answers; the deadline stops it sooner.
		traceroute: async (subject, run) => tracerouteProbe.run({...probeInput(run), host: subject.host}),
	},
	findings(walk, {evidence}) {
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
				evidence,
				fixes: [],
			},
		];
	},
	text: {en, zh},
});
