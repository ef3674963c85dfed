import {defineFlowFor} from '../define-flow.js';

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
export const httpProxyFlow = defineFlowFor<ProxySubject>()({
	id: 'http-proxy',
	source: '§3.2, §2.1',
	title: 'Does the HTTP(S) proxy carry go\'s requests?',
	start: 'reach',
	nodes: {
		reach: {
			kind: 'probe',
			probe: 'tcp',
			question: 'Is the proxy {proxyHost}:{proxyPort} reachable?',
			edges: {open: 'connect', refused: 'proxyDown', timeout: 'proxySilent', unreachable: 'proxyDown'},
		},
		connect: {
			kind: 'probe',
			probe: 'proxy-connect',
			question: 'Does the proxy open a tunnel to {entryHost}:{entryPort} (CONNECT)?',
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
			probe: 'proxy-compare',
			question: 'Does {entry} answer through the proxy as it does directly?',
			edges: {
				'both-work': 'proxyWorks',
				'proxy-fails': 'proxyBreaks',
				'direct-fails': 'proxyNeeded',
				'both-fail': 'notTheProxy',
				error: 'notTheProxy',
			},
		},
		proxyDown: {
			kind: 'end',
			verdict: 'http-proxy',
			summary: 'The proxy {proxyHost}:{proxyPort} ({variable}) is not there: nothing accepts connections, so every request go sends through it fails.',
			offers: ['unset', 'bypass'],
		},
		proxySilent: {
			kind: 'end',
			verdict: 'http-proxy',
			summary: 'The proxy {proxyHost}:{proxyPort} ({variable}) does not answer: go waits on it until it gives up.',
			offers: ['unset', 'bypass'],
		},
		needsCredentials: {
			kind: 'end',
			verdict: 'http-proxy',
			summary: 'The proxy {proxyHost}:{proxyPort} ({variable}) wants credentials (407 Proxy Authentication Required) that go does not send.',
			offers: ['credentials', 'bypass'],
		},
		connectRefused: {
			kind: 'end',
			verdict: 'http-proxy',
			summary: 'The proxy {proxyHost}:{proxyPort} ({variable}) refuses to connect to {entryHost}:{entryPort} (403/405): its rules forbid it.',
			offers: ['bypass'],
		},
		proxyBreaks: {
			kind: 'end',
			verdict: 'http-proxy',
			summary: 'Through the proxy {proxyHost}:{proxyPort} ({variable}) the request to {entry} fails, while it works directly.',
			offers: ['bypass', 'unset'],
		},
		proxyNeeded: {kind: 'end', verdict: 'healthy', summary: 'The proxy carries go\'s requests, and this network needs it: a direct request does not get through.'},
		proxyWorks: {kind: 'end', verdict: 'healthy', summary: 'The proxy carries go\'s requests to {entry}.'},
		notTheProxy: {kind: 'end', verdict: 'healthy', summary: '{entry} fails through the proxy and directly alike: the proxy is not the cause.'},
		bypass: {kind: 'fix', title: 'Send the host direct: add it to NO_PROXY', fixes: ['proxy-no-proxy']},
		unset: {kind: 'fix', title: 'Unset the proxy variable so go connects directly', fixes: ['proxy-unset']},
		credentials: {kind: 'fix', title: 'Put the proxy\'s credentials in the proxy URL', fixes: ['proxy-credentials']},
	},
});

/** What the settings walk is about: the proxy variables of the environment go runs in, and where else they are written. */
export type ProxySettingsSubject = {
	/** `HTTP(S) proxy settings`. */
	readonly label: string;
};

/**
§3.2's other half: `HTTPS_PROXY`/`NO_PROXY` "in the environment that runs go". go reads HTTPS_PROXY, HTTP_PROXY and
NO_PROXY (upper case first) from the OS environment only: never ALL_PROXY, never the GOENV file (go env -w refuses
them), never a shell profile this shell has not read. And an internal host sent to a corporate proxy fails.
*/
export const proxySettingsFlow = defineFlowFor<ProxySettingsSubject>()({
	id: 'proxy-settings',
	source: '§3.2',
	title: 'Does go see the proxy settings you meant?',
	start: 'variables',
	nodes: {
		variables: {
			kind: 'probe',
			probe: 'proxy-vars',
			question: 'Which proxy variables does go read from its environment?',
			edges: {none: 'goenv', set: 'noProxy', 'all-proxy-only': 'allProxyIgnored', error: 'goenv'},
		},
		noProxy: {
			kind: 'probe',
			probe: 'no-proxy-coverage',
			question: 'Does NO_PROXY keep internal hosts away from the proxy?',
			edges: {covered: 'goenv', 'internal-proxied': 'internalProxied', error: 'goenv'},
		},
		goenv: {
			kind: 'probe',
			probe: 'goenv-proxy',
			question: 'Does the GOENV file try to set a proxy variable?',
			edges: {none: 'profile', ignored: 'goenvIgnored', error: 'profile'},
		},
		profile: {
			kind: 'probe',
			probe: 'shell-profile',
			question: 'Does the shell profile set the proxy variables this environment has?',
			edges: {same: 'asMeant', none: 'asMeant', differs: 'profileDiffers', error: 'asMeant'},
		},
		allProxyIgnored: {
			kind: 'end',
			verdict: 'http-proxy',
			summary: 'Only ALL_PROXY is set: go ignores it and connects directly.',
			offers: ['exportProxy'],
		},
		internalProxied: {
			kind: 'end',
			verdict: 'http-proxy',
			summary: 'An internal host goes through the proxy because NO_PROXY does not name it.',
			offers: ['bypass'],
		},
		goenvIgnored: {
			kind: 'end',
			verdict: 'http-proxy',
			summary: 'The GOENV file names a proxy, which go never reads from there.',
			offers: ['exportProxy'],
		},
		profileDiffers: {
			kind: 'end',
			verdict: 'http-proxy',
			summary: 'The shell profile sets the proxy differently from the environment go runs in.',
			offers: ['exportProxy'],
		},
		asMeant: {kind: 'end', verdict: 'healthy', summary: 'go sees the proxy settings as they are written.'},
		bypass: {kind: 'fix', title: 'Send the internal host direct: add it to NO_PROXY', fixes: ['proxy-no-proxy']},
		exportProxy: {kind: 'fix', title: 'Export the proxy in the environment go runs in', fixes: ['proxy-export']},
	},
});
