import type {WalkSubject} from '../../flow/define-flow.js';
import {dnsProbe, httpListProbe, pingProbe, tcpProbe, tlsProbe} from '../../probes/network-probes.js';
import {defineGraph} from '../define-flowchart.js';

/**
The guide's connectivity flowcharts, §2.1 ("network connectivity") and §2.3 ("module source unreachable"),
walked once for each GOPROXY entry and each candidate proxy; where go goes through an HTTP(S) proxy (§3.2),
the proxy is checked instead of the entry, and the version list is fetched through it.

§2.1: cannot reach the remote → ping? → port reachable? → firewall/service down, or an application problem.
§2.3: local network fine? (DNS and routing) → TCP connect → port open? → TLS and authentication.
ICMP is often filtered, so ping informs and the port check decides; the application layer is go's own
request, `GET <entry>/<module>/@v/list`.
*/
export const connectivityGraph = defineGraph<WalkSubject>()({
	source: '§2.1, §2.3',
	start: 'route',
	nodes: {
		// §3.2: behind an HTTP(S) proxy, go never connects to the entry itself; the proxy is what must be reachable.
		route: {
			kind: 'decide',
			outcomes: ['direct', 'proxy'],
			decide: (subject) => (subject.proxy === undefined ? 'direct' : 'proxy'),
			edges: {direct: 'resolve', proxy: 'proxyResolve'},
		},
		proxyResolve: {
			kind: 'probe',
			probe: dnsProbe,
			target: 'proxy',
			edges: {resolved: 'proxyPort', slow: 'proxyPort', 'ip-literal': 'proxyPort', failed: 'proxyUnresolved', timeout: 'proxyUnresolved'},
		},
		proxyPort: {
			kind: 'probe',
			probe: tcpProbe,
			target: 'proxy',
			edges: {open: 'list', refused: 'proxyDown', timeout: 'proxyDown', unreachable: 'proxyDown'},
		},
		resolve: {
			kind: 'probe',
			probe: dnsProbe,
			edges: {
				resolved: 'ping',
				// A resolver that answered only after a retry: the later checks use the addresses it found.
				slow: 'ping',
				'ip-literal': 'ping',
				failed: 'dnsFails',
				timeout: 'dnsFails',
			},
		},
		ping: {
			kind: 'probe',
			probe: pingProbe,
			edges: {
				reply: 'port',
				'no-reply': 'port',
				unreachable: 'port',
				unavailable: 'port',
			},
		},
		port: {
			kind: 'probe',
			probe: tcpProbe,
			edges: {
				open: 'scheme',
				refused: 'portClosed',
				timeout: 'noAnswer',
				unreachable: 'unroutable',
			},
		},
		scheme: {
			kind: 'decide',
			outcomes: ['https', 'plain'],
			decide: (subject) => (subject.scheme === 'https' ? 'https' : 'plain'),
			edges: {https: 'tls', plain: 'list'},
		},
		tls: {
			kind: 'probe',
			probe: tlsProbe,
			edges: {
				ok: 'list',
				untrusted: 'tlsFails',
				expired: 'tlsFails',
				'name-mismatch': 'tlsFails',
				failed: 'tlsFails',
				timeout: 'noAnswer',
			},
		},
		list: {
			kind: 'probe',
			probe: httpListProbe,
			edges: {
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
			},
		},
		healthy: {kind: 'end', verdict: 'healthy'},
		notHere: {
			kind: 'end',
			verdict: 'healthy',
			offers: ['switchEntry'],
		},
		// A 403 that asks for no credentials: the entry refuses this module (§2.2 asks it for a canary next).
		refusesModule: {
			kind: 'end',
			verdict: 'healthy',
			offers: ['switchEntry'],
		},
		dnsFails: {
			kind: 'end',
			verdict: 'dns',
			offers: ['switchEntry'],
		},
		portClosed: {
			kind: 'end',
			verdict: 'refused',
			offers: ['switchEntry'],
		},
		unroutable: {
			kind: 'end',
			verdict: 'refused',
			offers: ['switchEntry'],
		},
		noAnswer: {
			kind: 'end',
			verdict: 'timeout',
			offers: ['switchEntry'],
		},
		slowAnswer: {
			kind: 'end',
			verdict: 'timeout',
			// `|` does not help here: go has no deadline of its own on a proxy's answer, so it never gets an error to fall back on.
			offers: ['useWorking'],
		},
		tlsFails: {
			kind: 'end',
			verdict: 'tls',
			offers: ['switchEntry'],
		},
		badResponse: {
			kind: 'end',
			verdict: 'proxy-bad-response',
			offers: ['switchEntry'],
		},
		needsAuth: {kind: 'end', verdict: 'private-auth', offers: ['switchEntry']},
		proxyUnresolved: {
			kind: 'end',
			verdict: 'http-proxy',
			offers: ['switchEntry'],
		},
		proxyDown: {
			kind: 'end',
			verdict: 'http-proxy',
			offers: ['switchEntry'],
		},
		httpProxy: {
			kind: 'end',
			verdict: 'http-proxy',
			offers: ['switchEntry'],
		},
		// §3.1: switch GOPROXY, decided by measurement: the fastest working proxy first, or `|` to fall back on any error.
		switchEntry: {
			kind: 'fix',
			fixes: ['goproxy-use-working', 'goproxy-fallback-on-error'],
		},
		useWorking: {
			kind: 'fix',
			fixes: ['goproxy-use-working'],
		},
	},
});
