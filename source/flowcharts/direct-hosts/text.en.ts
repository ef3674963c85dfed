import type {Messages} from '../../i18n/message.js';
import type {FlowchartText} from '../define-flowchart.js';
import type {directHostsGraph} from './graph.js';

/** The flowchart's English text; text.zh.ts has the same shape. */
export const en = {
	title: 'Can go reach the host it fetches these modules from directly?',
	nodes: {
		resolve: {question: 'Does {host} resolve?'},
		port: {question: 'Is port {port} on {host} reachable?'},
		reachable: {summary: '{host} answers on port {port}: go can fetch its {count} module(s) from it.'},
		dnsFails: {summary: '{host} does not resolve: go cannot fetch the {count} module(s) it serves directly.'},
		portClosed: {
			summary:
				'{host} refuses connections on port {port}: the service is down or a firewall rejects it; {count} module(s) of go.mod come from it directly.',
		},
		noAnswer: {
			summary: '{host}:{port} does not answer (network policy, or the host is down); {count} module(s) of go.mod come from it directly.',
		},
		unroutable: {summary: 'There is no route to {host} from here; {count} module(s) of go.mod come from it directly.'},
	},
	messages: {
		modules: (count: number, shown: readonly string[], more: boolean) =>
			`${count === 1 ? 'The module' : `The ${count} modules`}: ${shown.join(', ')}${more ? ', …' : ''}.`,
	},
} satisfies FlowchartText<typeof directHostsGraph.nodes, unknown>;

/** The flowchart's own messages, as code states them: said in the reader's language where they are shown. */
export type DirectHostsMessages = Messages<typeof en.messages>;
