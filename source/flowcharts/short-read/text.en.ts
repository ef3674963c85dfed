import type {Messages} from '../../i18n/message.js';
import type {FlowchartText} from '../define-flowchart.js';
import type {shortReadGraph} from './graph.js';

/** The flowchart's English text; text.zh.ts has the same shape. */
export const en = {
	title: 'Does the server send the whole file go asked for?',
	nodes: {
		again: {question: 'Asked again for {file}, does {host} send as many bytes as it announces?'},
		cutShort: {
			summary:
				'{label} announces the length of {file} and closes the connection before sending all of it: go gets a file cut short (unexpected EOF).',
		},
		cameAndWent: {
			summary:
				'Asked again, {host} sent all of {file}: the cut go met came and went (an unstable link, or a proxy or server that drops long transfers).',
		},
		unannounced: {
			summary: '{host} sends {file} without announcing its length, so its end cannot be checked; go read it as cut short (unexpected EOF).',
		},
		unchecked: {summary: "Could not ask {host} for {file} again; go's own message stands."},
		useWorking: {title: 'Use a proxy that sends whole files'},
	},
	messages: {},
} satisfies FlowchartText<typeof shortReadGraph.nodes, unknown>;

/** The flowchart's own messages, as code states them: said in the reader's language where they are shown. */
export type ShortReadMessages = Messages<typeof en.messages>;
