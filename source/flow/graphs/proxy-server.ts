import {defineFlowFor} from '../define-flow.js';

/** A GOPROXY entry that is reached but answers wrongly (or not at all for the module go needs). */
export type ProxyServerSubject = {
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
export const proxyServerFlow = defineFlowFor<ProxyServerSubject>()({
	id: 'proxy-server',
	source: '§2.2',
	title: 'Is this GOPROXY server misconfigured?',
	start: 'response',
	nodes: {
		response: {
			kind: 'probe',
			probe: 'proxy-fetch',
			question: 'What response code does {label} give for {module}?',
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
			probe: 'proxy-fetch',
			question: 'A gateway error: is the backend of {label} reachable at all (does it serve {canary})?',
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
		canary: {
			kind: 'probe',
			probe: 'proxy-fetch',
			question: 'A 404: does {label} serve {canary}, a module that certainly exists?',
			edges: canaryEdges('missingHere'),
		},
		// A 403 that asks for no credentials (a proxy's "This module version is not available."): one module refused,
		// or every request? Credentials are not the question: nothing asked for them.
		refusedCanary: {
			kind: 'probe',
			probe: 'proxy-fetch',
			question: 'A 403 without a request for credentials: does {label} serve {canary}, a module that certainly exists?',
			edges: canaryEdges('refusedHere'),
		},
		prefixed: {
			kind: 'decide',
			question: 'Does {label} have a path prefix that the reverse proxy maps ({prefix})?',
			outcomes: ['prefix', 'root'],
			decide: (subject) => (subject.prefix === '' ? 'root' : 'prefix'),
			edges: {prefix: 'withoutPrefix', root: 'pathMapping'},
		},
		withoutPrefix: {
			kind: 'probe',
			probe: 'proxy-fetch',
			question: 'Does the same server answer for {canary} without the prefix ({origin})?',
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
		answersNow: {kind: 'end', verdict: 'healthy', summary: '{label} serves {module} now: the failure was passing, or came from another entry.'},
		unchecked: {kind: 'end', verdict: 'healthy', summary: 'Could not ask {label} again; the connectivity check above stands.'},
		upstreamModule: {
			kind: 'end',
			verdict: 'proxy-bad-response',
			summary: '{label} answers a gateway error for {module} but serves {canary}: its upstream fails for this module (the origin host it fetches from is unreachable from the proxy).',
			offers: ['switchEntry'],
		},
		upstreamDown: {
			kind: 'end',
			verdict: 'proxy-bad-response',
			summary: '{label} answers a gateway error even for {canary}: the server behind it is down or unreachable from the proxy (check the proxy\'s own network path).',
			offers: ['switchEntry'],
		},
		serverError: {
			kind: 'end',
			verdict: 'proxy-bad-response',
			summary: '{label} fails with a server error (5xx): the proxy itself is broken.',
			offers: ['switchEntry'],
		},
		interception: {
			kind: 'end',
			verdict: 'proxy-bad-response',
			summary: '{label} answers with an HTML page instead of the GOPROXY protocol: a captive portal, a login page or an intercepting proxy stands in the way.',
			offers: ['switchEntry'],
		},
		malformed: {
			kind: 'end',
			verdict: 'proxy-bad-response',
			summary: '{label} answers with something that is not the GOPROXY protocol.',
			offers: ['switchEntry'],
		},
		missingHere: {
			kind: 'end',
			verdict: 'not-found',
			summary: '{label} serves {canary}, so its path mapping works; it does not have {module}.',
		},
		refusedHere: {
			kind: 'end',
			verdict: 'not-found',
			summary: '{label} serves {canary} but refuses {module} (403) without asking for credentials: {module} is not available there (a version or path that does not exist, or the proxy\'s policy for it); credentials would not change that.',
		},
		refusesAll: {
			kind: 'end',
			verdict: 'proxy-bad-response',
			summary: '{label} refuses even {canary} (403) and asks for no credentials: its policy refuses every request from here (an address or network rule); credentials would not help.',
			offers: ['switchEntry'],
		},
		pathMapping: {
			kind: 'end',
			verdict: 'proxy-bad-response',
			summary: '{label} answers 404 even for {canary}, which certainly exists: its path mapping is wrong (a reverse proxy\'s location/proxy_pass, with or without the trailing slash).',
			offers: ['switchEntry'],
		},
		prefixMapping: {
			kind: 'end',
			verdict: 'proxy-bad-response',
			summary: '{label} answers 404 for every module, but {origin} serves them: the reverse proxy passes the prefix {prefix} on to the backend (proxy_pass without the trailing slash).',
			offers: ['switchEntry'],
		},
		switchEntry: {
			kind: 'fix',
			title: 'Switch to a GOPROXY entry that works, or use `|` so go falls back past this one on any error',
			fixes: ['goproxy-use-working', 'goproxy-fallback-on-error'],
		},
	},
});
