import type {Messages} from '../../i18n/message.js';
import type {FlowchartText} from '../define-flowchart.js';
import type {proxySettingsGraph} from './graph.js';

/** The flowchart's English text; text.zh.ts has the same shape. */
export const en = {
	title: 'Does go see the proxy settings you meant?',
	nodes: {
		variables: {question: 'Which proxy variables does go read from its environment?'},
		noProxy: {question: 'Does NO_PROXY keep internal hosts away from the proxy?'},
		goenv: {question: 'Does the GOENV file try to set a proxy variable?'},
		profile: {question: 'Does the shell profile set the proxy variables this environment has?'},
		allProxyIgnored: {summary: 'Only ALL_PROXY is set: go ignores it and connects directly.'},
		internalProxied: {summary: 'An internal host goes through the proxy because NO_PROXY does not name it.'},
		goenvIgnored: {summary: 'The GOENV file names a proxy, which go never reads from there.'},
		profileDiffers: {summary: 'The shell profile sets the proxy differently from the environment go runs in.'},
		asMeant: {summary: 'go sees the proxy settings as they are written.'},
		bypass: {title: 'Send the internal host direct: add it to NO_PROXY'},
		exportProxy: {title: 'Export the proxy in the environment go runs in'},
	},
	messages: {},
} satisfies FlowchartText<typeof proxySettingsGraph.nodes, unknown>;

/** The flowchart's own messages, as code states them: said in the reader's language where they are shown. */
export type ProxySettingsMessages = Messages<typeof en.messages>;
