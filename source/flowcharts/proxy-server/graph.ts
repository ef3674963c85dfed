import {proxyFetchProbe} from '../../probes/network-probes.js';
import {defineGraph} from '../define-flowchart.js';

/** A GOPROXY entry that is reached but answers wrongly (or not at all for the module go needs). */
export type ProxyServerSubject = {
	/** The entry's position in GOPROXY. */
	readonly entryIndex?: number;
	/** The entry as written (redact before display). */
	readonly label: string;
	/** The entry's base URL. */
	readonly url: string;
	/** The module go failed on (or the one the walks asked for). */
	readonly module: string;
	/** A module that certainly exists on any proxy (`--canary`, GOMOD_DOCTOR_CANARY; golang.org/x/mod). */
	readonly canary: string;
	/** The entry's path after the host, e.g. `/goproxy`; empty when it has none. */
	readonly prefix: string;
	/** The entry without its path: `scheme://host:port`. */
	readonly origin: string;
};

/**
Where the canary's answer leads after the entry refused the module (404, or a 403 that asks for no credentials):
served, the module is what the entry lacks (`served`); refused or missing too, the entry is at fault for every path.
*/
function canaryEdges<Served extends string>(served: Served) {
	return {
		ok: served,
		'not-found': 'prefixed',
		upstream: 'upstreamDown',
		'server-error': 'serverError',
		html: 'interception',
		malformed: 'malformed',
		auth: 'unchecked',
		forbidden: 'refusesAll',
		error: 'unchecked',
	} as const;
}

/**
The guide's §2.2, a misconfigured proxy server: request fails → what is the response code? 502 → is the
backend reachable? → the proxy's own network path; 404 → check the path mapping (nginx's `proxy_pass` with
or without the trailing slash) → fix location/proxy_pass. For go: a self-hosted GOPROXY (Athens, goproxy, a
company mirror) behind a reverse proxy. The backend question is asked with a canary module that certainly
exists: if the canary fails the same way, the whole upstream is down or the mapping is wrong for every path.
*/
export const proxyServerGraph = defineGraph<ProxyServerSubject>()({
	source: '§2.2',
	start: 'response',
	nodes: {
		response: {
			kind: 'probe',
			probe: proxyFetchProbe,
			edges: {
				ok: 'answersNow',
				'not-found': 'canary',
				upstream: 'backend',
				'server-error': 'serverError',
				html: 'interception',
				malformed: 'malformed',
				auth: 'unchecked',
				forbidden: 'refusedCanary',
				error: 'unchecked',
			},
		},
		// 502: is the backend reachable? The canary asks the same upstream for a module that certainly exists.
		backend: {
			kind: 'probe',
			probe: proxyFetchProbe,
			edges: {
				ok: 'upstreamModule',
				'not-found': 'upstreamDown',
				upstream: 'upstreamDown',
				'server-error': 'upstreamDown',
				html: 'interception',
				malformed: 'upstreamDown',
				auth: 'upstreamDown',
				forbidden: 'refusesAll',
				error: 'upstreamDown',
			},
		},
		// 404: check the path mapping. A canary that 404s too means every path is mapped wrongly.
		canary: {kind: 'probe', probe: proxyFetchProbe, edges: canaryEdges('missingHere')},
		// A 403 that asks for no credentials (a proxy's "This module version is not available."): one module refused,
		// or every request? Credentials are not the question: nothing asked for them.
		refusedCanary: {kind: 'probe', probe: proxyFetchProbe, edges: canaryEdges('refusedHere')},
		prefixed: {
			kind: 'decide',
			outcomes: ['prefix', 'root'],
			decide: (subject) => (subject.prefix === '' ? 'root' : 'prefix'),
			edges: {prefix: 'withoutPrefix', root: 'pathMapping'},
		},
		withoutPrefix: {
			kind: 'probe',
			probe: proxyFetchProbe,
			edges: {
				ok: 'prefixMapping',
				'not-found': 'pathMapping',
				upstream: 'pathMapping',
				'server-error': 'pathMapping',
				html: 'pathMapping',
				malformed: 'pathMapping',
				auth: 'pathMapping',
				forbidden: 'pathMapping',
				error: 'pathMapping',
			},
		},
		answersNow: {kind: 'end', verdict: 'healthy'},
		unchecked: {kind: 'end', verdict: 'healthy'},
		upstreamModule: {kind: 'end', verdict: 'proxy-bad-response', offers: ['switchEntry']},
		upstreamDown: {kind: 'end', verdict: 'proxy-bad-response', offers: ['switchEntry']},
		serverError: {kind: 'end', verdict: 'proxy-bad-response', offers: ['switchEntry']},
		interception: {kind: 'end', verdict: 'proxy-bad-response', offers: ['switchEntry']},
		malformed: {kind: 'end', verdict: 'proxy-bad-response', offers: ['switchEntry']},
		missingHere: {kind: 'end', verdict: 'not-found'},
		refusedHere: {kind: 'end', verdict: 'not-found'},
		refusesAll: {kind: 'end', verdict: 'proxy-bad-response', offers: ['switchEntry']},
		pathMapping: {kind: 'end', verdict: 'proxy-bad-response', offers: ['switchEntry']},
		prefixMapping: {kind: 'end', verdict: 'proxy-bad-response', offers: ['switchEntry']},
		switchEntry: {kind: 'fix', fixes: ['goproxy-use-working', 'goproxy-fallback-on-error']},
	},
});
