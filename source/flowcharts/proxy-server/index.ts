import {reproductionEvidence} from '../../diagnose/conclude.js';
import type {ConnectivityResult} from '../../diagnose/investigation.js';
import {failingHosts, urlHost} from '../../go/reproduce-download.js';
import {say} from '../../i18n/index.js';
import {canaryFrom} from '../../probes/probe-canary.js';
import {proxyFetchProbe} from '../../probes/network-probes.js';
import {defineFlowchart} from '../define-flowchart.js';
import {verdictExplains} from '../explains.js';
import {proxyServerGraph, type ProxyServerSubject} from './graph.js';
import {en} from './text.en.js';
import {zh} from './text.zh.js';

/**
§2.2 after the reproduction: every GOPROXY entry that was reached but answered wrongly (a 5xx, HTML, not the
protocol), and, when go failed, every entry that answered 404/410 for the module, is asked again for that
module and for a canary module that certainly exists, to tell an upstream that is down from one failing a single
module, a wrong path mapping from a module the proxy lacks, and a captive portal from a broken server. Where the
module is the one the connectivity walk asked the entry for, the walk's answer (after go's) is read instead of
asking a third time.
*/
export const proxyServerFlowchart = defineFlowchart<ProxyServerSubject>()({
	id: 'proxy-server',
	graph: proxyServerGraph,
	phase: 'after',
	subjects(context) {
		const failed = context.reproduction !== undefined && !context.reproduction.ok;
		const module = context.classified.find((item) => item.module !== undefined)?.module ?? context.probeModule;
		const canary = canaryFrom(undefined, context.env);
		// A proxy that answers 404/410 for a private module is right: it cannot see it. What is wrong is that go asked
		// it at all, which the private-module investigation (GOPRIVATE/GONOPROXY) explains; such an entry is not walked.
		const privateModule = context.classified.some((item) => item.category === 'private-auth' && item.module === module);
		return context.connectivity
			.filter(
				(result) =>
					result.role === 'goproxy' && (result.verdict === 'proxy-bad-response' || (failed && !privateModule && answeredNotFound(result))),
			)
			.map((result) => ({
				label: result.label,
				url: result.url,
				module,
				canary,
				...splitUrl(result.url),
				...(result.entryIndex === undefined ? {} : {entryIndex: result.entryIndex}),
			}));
	},
	checks: {
		async 'proxy-fetch'(subject, run) {
			const target =
				run.node === 'response'
					? {baseUrl: subject.url, module: subject.module}
					: run.node === 'withoutPrefix'
						? {baseUrl: subject.origin, module: subject.canary}
						: {baseUrl: subject.url, module: subject.canary};
			// The walk asked this entry for this module's version list already: read its answer as §2.2 does.
			const walked =
				run.node === 'response' && subject.module === run.context.probeModule
					? run.context.connectivity?.find((result) => result.url === subject.url)?.listAnswer
					: undefined;
			const system = walked === undefined ? run.context.system : {...run.context.system, http: async () => walked};
			return proxyFetchProbe.run({
				system,
				...target,
				env: run.context.env,
				timeoutMs: run.timeoutMs,
				...(run.signal === undefined ? {} : {signal: run.signal}),
			});
		},
	},
	judge(walk) {
		// A server found broken is not a mirror to recommend, even where its version list answered.
		return walk.verdict === 'proxy-bad-response' ? [{url: walk.subject.url, verdict: walk.verdict}] : [];
	},
	findings(walk, {context, evidence, text}) {
		if (walk.verdict === 'healthy') {
			return [];
		}

		const {subject} = walk;
		const {reproduction} = context;
		const goFailedHere =
			reproduction !== undefined && !reproduction.ok && failingHosts(reproduction).includes(urlHost(subject.url) ?? subject.url);
		const separators = walk.offers.includes('goproxy-fallback-on-error') ? text.separators : '';
		return [
			{
				category: walk.verdict,
				// A module the entry lacks (its path mapping works) is the not-found flowchart's finding, with the
				// versions and the spelling; here it is the evidence that the proxy itself is fine.
				severity: walk.verdict === 'not-found' ? 'info' : goFailedHere ? 'error' : 'warning',
				subject: subject.label,
				summary: say.common.sentences([walk.summary, separators]),
				evidence: [...evidence, ...(goFailedHere && reproduction !== undefined ? [reproductionEvidence(reproduction)] : [])],
				// The GOPROXY fixes are computed from every proxy measured, by conclude, from the walk's offers.
				fixes: [],
				explains: verdictExplains(walk.verdict),
			},
		];
	},
	text: {en, zh},
});

/**
An entry whose connectivity walk ended at "does not have the module" (404/410): its verdict is `healthy` (with
`,` go moves on to the next entry) and, unlike a working entry, it has no version-list time.
*/
export function answeredNotFound(result: ConnectivityResult): boolean {
	return result.verdict === 'healthy' && result.listMs === undefined;
}

/** The entry's origin and path prefix: `http://127.0.0.1:8080/goproxy` → `http://127.0.0.1:8080`, `/goproxy`. */
export function splitUrl(url: string): {origin: string; prefix: string} {
	try {
		const parsed = new URL(url);
		return {origin: `${parsed.protocol}//${parsed.host}`, prefix: parsed.pathname.replace(/\/+$/, '')};
	} catch {
		return {origin: url, prefix: ''};
	}
}
