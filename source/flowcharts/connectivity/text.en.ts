import type {FlowchartText} from '../define-flowchart.js';
import type {connectivityGraph} from './graph.js';

/** The connectivity flowchart's English text; text.zh.ts has the same shape. */
export const en = {
	title: 'Can go reach this GOPROXY entry?',
	nodes: {
		route: {question: 'Does go reach {label} through an HTTP(S) proxy?'},
		proxyResolve: {question: 'Does the host of {proxy} resolve?'},
		proxyPort: {question: 'Is {proxy} reachable?'},
		resolve: {question: 'Does {host} resolve?'},
		ping: {question: 'Does {host} answer ping?'},
		port: {question: 'Is port {port} on {host} reachable?'},
		scheme: {question: 'Does {label} use TLS?'},
		tls: {question: 'Does the TLS handshake with {host} succeed?'},
		list: {question: 'Does {label} serve the versions of {module}?'},
		healthy: {summary: "{label} answers go's requests."},
		notHere: {summary: '{label} works but does not have {module} (404/410): with `,` go tries the next entry.'},
		refusesModule: {
			summary:
				'{label} answers, but refuses {module} (403) without asking for credentials: the module is not available there, or its policy refuses it; go stops at this entry.',
		},
		dnsFails: {summary: 'The name {host} cannot be resolved: check DNS, or use another entry.'},
		portClosed: {summary: 'Port {port} on {host} refuses connections: the service is down or a firewall rejects it.'},
		unroutable: {summary: '{host} is unreachable from here (no route): check the local network and routing.'},
		noAnswer: {summary: '{host}:{port} does not answer: a network policy drops the traffic, or the host is down.'},
		slowAnswer: {summary: '{label} accepts the connection but does not answer in time when asked for {module}: go waits on it and hangs.'},
		tlsFails: {summary: 'The TLS handshake with {host} fails: check the certificate chain.'},
		badResponse: {summary: '{label} is reached but answers wrongly (an error status or not the GOPROXY protocol).'},
		needsAuth: {summary: '{label} asks for credentials (401, or a WWW-Authenticate challenge).'},
		proxyUnresolved: {summary: 'The host of {proxy} cannot be resolved: go cannot reach {label} through it.'},
		proxyDown: {summary: 'Cannot connect to {proxy}, so go cannot reach {label} through it.'},
		httpProxy: {summary: 'The HTTP(S) proxy in the environment fails the request to {label}.'},
		switchEntry: {title: 'Switch to a GOPROXY entry that works, or let go fall back past this one'},
		useWorking: {title: 'Switch to a GOPROXY entry that works'},
	},
	messages: {},
} satisfies FlowchartText<typeof connectivityGraph.nodes, Record<string, never>>;
