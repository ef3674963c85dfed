import type {Messages} from '../../i18n/message.js';
import type {FlowchartText} from '../define-flowchart.js';
import type {httpProxyGraph} from './graph.js';

/** The flowchart's English text; text.zh.ts has the same shape. */
export const en = {
	title: "Does the HTTP(S) proxy carry go's requests?",
	nodes: {
		reach: {question: 'Is the proxy {proxyHost}:{proxyPort} reachable?'},
		connect: {question: 'Does the proxy open a tunnel to {entryHost}:{entryPort} (CONNECT)?'},
		compare: {question: 'Does {entry} answer through the proxy as it does directly?'},
		proxyDown: {
			summary:
				'The proxy {proxyHost}:{proxyPort} ({variable}) is not there: nothing accepts connections, so every request go sends through it fails.',
		},
		proxySilent: {summary: 'The proxy {proxyHost}:{proxyPort} ({variable}) does not answer: go waits on it until it gives up.'},
		needsCredentials: {
			summary:
				'The proxy {proxyHost}:{proxyPort} ({variable}) wants credentials (407 Proxy Authentication Required) that go does not send.',
		},
		connectRefused: {
			summary:
				'The proxy {proxyHost}:{proxyPort} ({variable}) refuses to connect to {entryHost}:{entryPort} (403/405): its rules forbid it.',
		},
		proxyBreaks: {summary: 'Through the proxy {proxyHost}:{proxyPort} ({variable}) the request to {entry} fails, while it works directly.'},
		proxyNeeded: {summary: "The proxy carries go's requests, and this network needs it: a direct request does not get through."},
		proxyWorks: {summary: "The proxy carries go's requests to {entry}."},
		notTheProxy: {summary: '{entry} fails through the proxy and directly alike: the proxy is not the cause.'},
		bypass: {title: 'Send the host direct: add it to NO_PROXY'},
		unset: {title: 'Unset the proxy variable so go connects directly'},
		credentials: {title: "Put the proxy's credentials in the proxy URL"},
	},
	messages: {},
} satisfies FlowchartText<typeof httpProxyGraph.nodes, unknown>;

/** The flowchart's own messages, as code states them: said in the reader's language where they are shown. */
export type HttpProxyMessages = Messages<typeof en.messages>;
