import type {Messages} from '../../i18n/message.js';
import type {FlowchartText} from '../define-flowchart.js';
import type {proxyServerGraph} from './graph.js';

/** The flowchart's English text; text.zh.ts has the same shape. */
export const en = {
	title: 'Is this GOPROXY server misconfigured?',
	nodes: {
		response: {question: 'What response code does {label} give for {module}?'},
		backend: {question: 'A gateway error: is the backend of {label} reachable at all (does it serve {canary})?'},
		canary: {question: 'A 404: does {label} serve {canary}, a module that certainly exists?'},
		refusedCanary: {question: 'A 403 without a request for credentials: does {label} serve {canary}, a module that certainly exists?'},
		prefixed: {question: 'Does {label} have a path prefix that the reverse proxy maps ({prefix})?'},
		withoutPrefix: {question: 'Does the same server answer for {canary} without the prefix ({origin})?'},
		answersNow: {summary: '{label} serves {module} now: the failure was passing, or came from another entry.'},
		unchecked: {summary: 'Could not ask {label} again; the connectivity check above stands.'},
		upstreamModule: {
			summary:
				'{label} answers a gateway error for {module} but serves {canary}: its upstream fails for this module (the origin host it fetches from is unreachable from the proxy).',
		},
		upstreamDown: {
			summary:
				"{label} answers a gateway error even for {canary}: the server behind it is down or unreachable from the proxy (check the proxy's own network path).",
		},
		serverError: {summary: '{label} fails with a server error (5xx): the proxy itself is broken.'},
		interception: {
			summary:
				'{label} answers with an HTML page instead of the GOPROXY protocol: a captive portal, a login page or an intercepting proxy stands in the way.',
		},
		malformed: {summary: '{label} answers with something that is not the GOPROXY protocol.'},
		missingHere: {summary: '{label} serves {canary}, so its path mapping works; it does not have {module}.'},
		refusedHere: {
			summary:
				"{label} serves {canary} but refuses {module} (403) without asking for credentials: {module} is not available there (a version or path that does not exist, or the proxy's policy for it); credentials would not change that.",
		},
		refusesAll: {
			summary:
				'{label} refuses even {canary} (403) and asks for no credentials: its policy refuses every request from here (an address or network rule); credentials would not help.',
		},
		pathMapping: {
			summary:
				"{label} answers 404 even for {canary}, which certainly exists: its path mapping is wrong (a reverse proxy's location/proxy_pass, with or without the trailing slash).",
		},
		prefixMapping: {
			summary:
				'{label} answers 404 for every module, but {origin} serves them: the reverse proxy passes the prefix {prefix} on to the backend (proxy_pass without the trailing slash).',
		},
		switchEntry: {title: 'Switch to a GOPROXY entry that works, or use `|` so go falls back past this one on any error'},
	},
	messages: {
		/** The separators of GOPROXY, explained once where a fix changes them. */
		separators:
			'In GOPROXY, `,` makes go try the next entry only after a 404 or 410; `|` makes it try the next entry after any error (a 5xx, a refused connection, a TLS failure).',
	},
} satisfies FlowchartText<typeof proxyServerGraph.nodes, unknown>;

/** The flowchart's own messages, as code states them: said in the reader's language where they are shown. */
export type ProxyServerMessages = Messages<typeof en.messages>;
