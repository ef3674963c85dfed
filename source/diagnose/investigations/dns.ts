import {routeFlow, type RouteSubject} from '../../flow/graphs/dns.js';
import {t} from '../../i18n/index.js';
import type {Finding} from '../../model/report.js';
import {probeTraceroute} from '../../flowcharts/route/probe-traceroute.js';
import {proxyForUrl} from '../../system/proxy-for-url.js';
import type {Investigation} from '../investigation.js';
import {walkEvidence} from '../run-investigations.js';

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
