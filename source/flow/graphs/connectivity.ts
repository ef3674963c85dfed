import {defineFlow} from '../define-flow.js';

/**
The guide's connectivity flowcharts, §2.1 ("network connectivity") and §2.3 ("module source unreachable"),
walked once for each GOPROXY entry and each candidate proxy; where go goes through an HTTP(S) proxy (§3.2),
the proxy is checked instead of the entry, and the version list is fetched through it.

§2.1: cannot reach the remote → ping? → port reachable? → firewall/service down, or an application problem.
§2.3: local network fine? (DNS and routing) → TCP connect → port open? → TLS and authentication.
ICMP is often filtered, so ping informs and the port check decides; the application layer is go's own
request, `GET <entry>/<module>/@v/list`.
*/
export const connectivityFlow = defineFlow({
	id: 'connectivity',
	source: '§2.1, §2.3',
	title: 'Can go reach this GOPROXY entry?',
	start: 'route',
	nodes: {
		// §3.2: behind an HTTP(S) proxy, go never connects to the entry itself; the proxy is what must be reachable.
		route: {
			kind: 'decide',
			question: 'Does go reach {label} through an HTTP(S) proxy?',
			outcomes: ['direct', 'proxy'],
			decide: (subject) => (subject.proxy === undefined ? 'direct' : 'proxy'),
			edges: {direct: 'resolve', proxy: 'proxyResolve'},
		},
		proxyResolve: {
			kind: 'probe',
			probe: 'dns',
			target: 'proxy',
			question: 'Does the host of {proxy} resolve?',
			edges: {resolved: 'proxyPort', slow: 'proxyPort', 'ip-literal': 'proxyPort', failed: 'proxyUnresolved', timeout: 'proxyUnresolved'},
		},
		proxyPort: {
			kind: 'probe',
			probe: 'tcp',
			target: 'proxy',
			question: 'Is {proxy} reachable?',
			edges: {open: 'list', refused: 'proxyDown', timeout: 'proxyDown', unreachable: 'proxyDown'},
		},
		resolve: {kind: 'probe', probe: 'dns', question: 'Does {host} resolve?', edges: {
			resolved: 'ping',
			// A resolver that answered only after a retry: the later checks use the addresses it found.
			slow: 'ping',
			'ip-literal': 'ping',
			failed: 'dnsFails',
			timeout: 'dnsFails',
		}},
		ping: {kind: 'probe', probe: 'ping', question: 'Does {host} answer ping?', edges: {
			reply: 'port',
			'no-reply': 'port',
			unreachable: 'port',
			unavailable: 'port',
		}},
		port: {kind: 'probe', probe: 'tcp', question: 'Is port {port} on {host} reachable?', edges: {
			open: 'scheme',
			refused: 'portClosed',
			timeout: 'noAnswer',
			unreachable: 'unroutable',
		}},
		scheme: {
			kind: 'decide',
			question: 'Does {label} use TLS?',
			outcomes: ['https', 'plain'],
			decide: (subject) => (subject.scheme === 'https' ? 'https' : 'plain'),
			edges: {https: 'tls', plain: 'list'},
		},
		tls: {kind: 'probe', probe: 'tls', question: 'Does the TLS handshake with {host} succeed?', edges: {
			ok: 'list',
			untrusted: 'tlsFails',
			expired: 'tlsFails',
			'name-mismatch': 'tlsFails',
			failed: 'tlsFails',
			timeout: 'noAnswer',
		}},
		list: {kind: 'probe', probe: 'http-list', question: 'Does {label} serve the versions of {module}?', edges: {
			ok: 'healthy',
			'not-found': 'notHere',
			'server-error': 'badResponse',
			'bad-body': 'badResponse',
			auth: 'needsAuth',
			forbidden: 'refusesModule',
			timeout: 'slowAnswer',
			refused: 'portClosed',
			dns: 'dnsFails',
			tls: 'tlsFails',
			proxy: 'httpProxy',
			error: 'badResponse',
		}},
		healthy: {kind: 'end', verdict: 'healthy', summary: '{label} answers go\'s requests.'},
		notHere: {
			kind: 'end',
			verdict: 'healthy',
			summary: '{label} works but does not have {module} (404/410): with `,` go tries the next entry.',
			offers: ['switchEntry'],
		},
		// A 403 that asks for no credentials: the entry refuses this module (§2.2 asks it for a canary next).
		refusesModule: {
			kind: 'end',
			verdict: 'healthy',
			summary: '{label} answers, but refuses {module} (403) without asking for credentials: the module is not available there, or its policy refuses it; go stops at this entry.',
			offers: ['switchEntry'],
		},
		dnsFails: {
			kind: 'end',
			verdict: 'dns',
			summary: 'The name {host} cannot be resolved: check DNS, or use another entry.',
			offers: ['switchEntry'],
		},
		portClosed: {
			kind: 'end',
			verdict: 'refused',
			summary: 'Port {port} on {host} refuses connections: the service is down or a firewall rejects it.',
			offers: ['switchEntry'],
		},
		unroutable: {
			kind: 'end',
			verdict: 'refused',
			summary: '{host} is unreachable from here (no route): check the local network and routing.',
			offers: ['switchEntry'],
		},
		noAnswer: {
			kind: 'end',
			verdict: 'timeout',
			summary: '{host}:{port} does not answer: a network policy drops the traffic, or the host is down.',
			offers: ['switchEntry'],
		},
		slowAnswer: {
			kind: 'end',
			verdict: 'timeout',
			summary: '{label} accepts the connection but does not answer in time when asked for {module}: go waits on it and hangs.',
			// `|` does not help here: go has no deadline of its own on a proxy's answer, so it never gets an error to fall back on.
			offers: ['useWorking'],
		},
		tlsFails: {
			kind: 'end',
			verdict: 'tls',
			summary: 'The TLS handshake with {host} fails: check the certificate chain.',
			offers: ['switchEntry'],
		},
		badResponse: {
			kind: 'end',
			verdict: 'proxy-bad-response',
			summary: '{label} is reached but answers wrongly (an error status or not the GOPROXY protocol).',
			offers: ['switchEntry'],
		},
		needsAuth: {kind: 'end', verdict: 'private-auth', summary: '{label} asks for credentials (401, or a WWW-Authenticate challenge).', offers: ['switchEntry']},
		proxyUnresolved: {
			kind: 'end',
			verdict: 'http-proxy',
			summary: 'The host of {proxy} cannot be resolved: go cannot reach {label} through it.',
			offers: ['switchEntry'],
		},
		proxyDown: {
			kind: 'end',
			verdict: 'http-proxy',
			summary: 'Cannot connect to {proxy}, so go cannot reach {label} through it.',
			offers: ['switchEntry'],
		},
		httpProxy: {
			kind: 'end',
			verdict: 'http-proxy',
			summary: 'The HTTP(S) proxy in the environment fails the request to {label}.',
			offers: ['switchEntry'],
		},
		// §3.1: switch GOPROXY, decided by measurement: the fastest working proxy first, or `|` to fall back on any error.
		switchEntry: {
			kind: 'fix',
			title: 'Switch to a GOPROXY entry that works, or let go fall back past this one',
			fixes: ['goproxy-use-working', 'goproxy-fallback-on-error'],
		},
		useWorking: {
			kind: 'fix',
			title: 'Switch to a GOPROXY entry that works',
			fixes: ['goproxy-use-working'],
		},
	},
});
