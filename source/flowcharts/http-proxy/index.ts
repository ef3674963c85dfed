import type {InvestigationContext} from '../../diagnose/investigation.js';
import {credentialsFix, noProxyFix, unsetProxyFix} from '../../fixes/fix-http-proxy.js';
import {escapeModulePath} from '../../go/escape-module-path.js';
import {parseGoproxyList} from '../../go/parse-goproxy-list.js';
import {joinProxyUrl} from '../../go/proxy-url.js';
import {say} from '../../i18n/index.js';
import type {Fix} from '../../model/report.js';
import {tcpProbe} from '../../probes/network-probes.js';
import {internalHostReason, proxyForUrl, redactProxyValue} from '../../go/proxy-for-url.js';
import {defineFlowchart} from '../define-flowchart.js';
import {probeInput} from '../probe-run.js';
import {httpProxyGraph, type ProxySubject} from './graph.js';
import {proxyCompareProbe, proxyConnectProbe} from './probe-proxy-connect.js';
import {en} from './text.en.js';
import {zh} from './text.zh.js';

/** The GOPROXY entries go sends through an HTTP(S) proxy, one subject per entry. */
export function proxySubjects(context: InvestigationContext): ProxySubject[] {
	const subjects: ProxySubject[] = [];
	for (const entry of parseGoproxyList(context.snapshot.values['GOPROXY'] ?? '').entries) {
		if (entry.kind !== 'url' || (entry.scheme !== 'http' && entry.scheme !== 'https')) {
			continue;
		}

		const decision = proxyForUrl(entry.url, context.env);
		if (decision.proxy === undefined) {
			continue;
		}

		let proxy: URL;
		try {
			proxy = new URL(decision.proxy);
		} catch {
			continue;
		}

		const shown = redactProxyValue(decision.proxy);
		const variable = decision.variable ?? (entry.scheme === 'https' ? 'HTTPS_PROXY' : 'HTTP_PROXY');
		subjects.push({
			// Said the same in every language: a label is no translated text.
			label: `${shown} (${variable})`,
			proxyUrl: decision.proxy,
			variable,
			proxyHost: proxy.hostname.replaceAll(/^\[|]$/g, ''),
			proxyPort: proxy.port === '' ? (proxy.protocol === 'https:' ? 443 : 80) : Number(proxy.port),
			entry: entry.raw,
			entryHost: entry.host,
			entryPort: entry.port,
			listUrl: joinProxyUrl(entry.url, `${escapeModulePath(context.probeModule)}/@v/list`),
			internal: internalHostReason(entry.host) ?? '',
		});
	}

	return subjects;
}

/**
§3.2 for each GOPROXY entry go reaches through an HTTP(S) proxy, once go has failed: is the proxy there, does it
tunnel (or want credentials, or refuse), and does a request through it fail where a direct one works?
*/
export const httpProxyFlowchart = defineFlowchart<ProxySubject>()({
	id: 'http-proxy',
	graph: httpProxyGraph,
	phase: 'after',
	subjects(context) {
		return context.reproduction?.ok === false ? proxySubjects(context) : [];
	},
	checks: {
		tcp: async (subject, run) => tcpProbe.run({...probeInput(run), host: subject.proxyHost, port: subject.proxyPort}),
		'proxy-connect': async (subject, run) =>
			proxyConnectProbe.run({...probeInput(run), proxyUrl: subject.proxyUrl, targetHost: subject.entryHost, targetPort: subject.entryPort}),
		'proxy-compare': async (subject, run) => proxyCompareProbe.run({...probeInput(run), url: subject.listUrl}),
	},
	findings(walk, {context, evidence}) {
		if (walk.verdict === 'healthy') {
			return [];
		}

		const {subject} = walk;
		const last = evidence.at(-1);
		const challenge =
			/proxy-authenticate: ([^\n]+)/i.exec(evidence.find((item) => item.outcome === 'auth-required')?.output ?? '')?.[1] ?? '';
		const offers = new Set<string>(walk.offers);
		const fixes: Fix[] = [
			...(offers.has('proxy-credentials') ? [credentialsFix(subject, challenge)] : []),
			...(offers.has('proxy-no-proxy') ? [noProxyFix(context.env, [subject.entryHost])] : []),
			...(offers.has('proxy-unset') ? [unsetProxyFix(subject.variable, redactProxyValue(subject.proxyUrl))] : []),
		];
		// An internal host is best sent direct; a public one through a working proxy: order the fixes accordingly.
		const ordered =
			subject.internal === ''
				? fixes
				: [...fixes.filter((fix) => fix.id === 'proxy-no-proxy'), ...fixes.filter((fix) => fix.id !== 'proxy-no-proxy')];
		return [
			{
				category: 'http-proxy',
				severity: 'error',
				subject: subject.label,
				summary: say.net.proxyFinding(walk.summary, last?.summary ?? ''),
				evidence,
				fixes: ordered,
			},
		];
	},
	text: {en, zh},
});
