import type {Messages} from '../../i18n/message.js';
import type {FlowchartText} from '../define-flowchart.js';
import type {slowAnswerGraph} from './graph.js';

/** The flowchart's English text; text.zh.ts has the same shape. */
export const en = {
	title: 'Does this GOPROXY entry answer in good time?',
	nodes: {
		faster: {question: 'Does another proxy answer faster than {thresholdMs} ms, where {label} took {listMs} ms?'},
		slowSwitch: {summary: '{label} answers slowly ({listMs} ms for the version list, over {thresholdMs} ms), and another proxy is faster.'},
		slowOnly: {summary: '{label} answers slowly ({listMs} ms for the version list, over {thresholdMs} ms); no measured proxy is faster.'},
		useWorking: {title: 'Use the faster proxy first'},
	},
	messages: {
		slowList: (took: string, threshold: string) => `The version list took ${took}, over ${threshold} (measured by the connectivity walk).`,
	},
} satisfies FlowchartText<typeof slowAnswerGraph.nodes, unknown>;

/** The flowchart's own messages, as code states them: said in the reader's language where they are shown. */
export type SlowAnswerMessages = Messages<typeof en.messages>;
