import type {Messages} from '../../i18n/message.js';
import type {FlowchartText} from '../define-flowchart.js';
import type {mirrorChoiceGraph} from './graph.js';

/** The flowchart's English text; text.zh.ts has the same shape. */
export const en = {
	title: 'Can this proxy be the mirror go uses?',
	nodes: {
		known: {question: 'Does go.sum say what the go.mod of {module} {version} must hash to?'},
		content: {question: 'Does {label} serve the go.mod of {module} {version} that go.sum recorded?'},
		correct: {summary: '{label} serves {module} {version} as go.sum recorded it: a mirror go can use.'},
		unverified: {summary: '{label} answers, but its content for {module} {version} could not be compared with go.sum.'},
		altered: {
			summary: '{label} serves a go.mod for {module} {version} that differs from go.sum: altered content. Do not use it as a mirror.',
		},
		useWorking: {title: 'Switch GOPROXY to the fastest proxy that serves correct content (go env -w)'},
	},
	messages: {},
} satisfies FlowchartText<typeof mirrorChoiceGraph.nodes, unknown>;

/** The flowchart's own messages, as code states them: said in the reader's language where they are shown. */
export type MirrorChoiceMessages = Messages<typeof en.messages>;
