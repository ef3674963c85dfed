import {tcpProbe} from '../../probes/network-probes.js';
import {defineGraph} from '../define-flowchart.js';
import {proxyCompareProbe, proxyConnectProbe} from './probe-proxy-connect.js';

/** What a proxy walk is about: one HTTP(S) proxy go sends a GOPROXY entry's requests through. */
export type ProxySubject = {
	/** The proxy, credentials redacted, and the variable it comes from. */
	readonly label: string;
	/** The proxy as go reads it (may hold credentials: never shown). */
	readonly proxyUrl: string;
	/** `HTTPS_PROXY`, `http_proxy`, … */
	readonly variable: string;
	readonly proxyHost: string;
	readonly proxyPort: number;
	/** The GOPROXY entry go reaches through it, as written, and its host and port. */
	readonly entry: string;
	readonly entryHost: string;
	readonly entryPort: number;
	/** The request compared through the proxy and directly: the entry's version list of the module. */
	readonly listUrl: string;
	/** Why the entry's host is internal (and belongs in NO_PROXY), or empty. */
	readonly internal: string;
};

/**
The guide's §3.2, "an HTTPS proxy through a corporate firewall": go sends every request for this GOPROXY entry
through the proxy in HTTPS_PROXY/HTTP_PROXY. Is the proxy there (§2.1's port check)? Does it open a tunnel, or
does it want credentials (407) or refuse (403)? And does a request through it fail where a direct one works?
*/
export const httpProxyGraph = defineGraph<ProxySubject>()({
	source: '§3.2, §2.1',
	start: 'reach',
	nodes: {
		reach: {
			kind: 'probe',
			probe: tcpProbe,
			edges: {open: 'connect', refused: 'proxyDown', timeout: 'proxySilent', unreachable: 'proxyDown'},
		},
		connect: {
			kind: 'probe',
			probe: proxyConnectProbe,
			edges: {
				tunnel: 'compare',
				'auth-required': 'needsCredentials',
				refused: 'connectRefused',
				status: 'compare',
				'no-answer': 'proxySilent',
				unreachable: 'proxyDown',
				error: 'compare',
			},
		},
		compare: {
			kind: 'probe',
			probe: proxyCompareProbe,
			edges: {
				'both-work': 'proxyWorks',
				'proxy-fails': 'proxyBreaks',
				'direct-fails': 'proxyNeeded',
				'both-fail': 'notTheProxy',
				error: 'notTheProxy',
			},
		},
		proxyDown: {kind: 'end', verdict: 'http-proxy', offers: ['unset', 'bypass']},
		proxySilent: {kind: 'end', verdict: 'http-proxy', offers: ['unset', 'bypass']},
		needsCredentials: {kind: 'end', verdict: 'http-proxy', offers: ['credentials', 'bypass']},
		connectRefused: {kind: 'end', verdict: 'http-proxy', offers: ['bypass']},
		proxyBreaks: {kind: 'end', verdict: 'http-proxy', offers: ['bypass', 'unset']},
		proxyNeeded: {kind: 'end', verdict: 'healthy'},
		proxyWorks: {kind: 'end', verdict: 'healthy'},
		notTheProxy: {kind: 'end', verdict: 'healthy'},
		bypass: {kind: 'fix', fixes: ['proxy-no-proxy']},
		unset: {kind: 'fix', fixes: ['proxy-unset']},
		credentials: {kind: 'fix', fixes: ['proxy-credentials']},
	},
});
