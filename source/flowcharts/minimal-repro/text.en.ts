import type {Messages} from '../../i18n/message.js';
import type {FlowchartText} from '../define-flowchart.js';
import type {minimalReproGraph} from './graph.js';

/** The flowchart's English text; text.zh.ts has the same shape. */
export const en = {
	title: 'Does it fail without this project?',
	nodes: {
		alone: {question: 'Does {label} fail in an empty module that requires only it (same go settings, empty module cache)?'},
		environment: {
			summary:
				"{label} fails without this project too: the environment (network, proxy, go settings) or the module itself is at fault, not this project's go.mod, go.sum, replace or vendor/.",
		},
		project: {
			summary:
				'{label} downloads in an empty module: something in this project makes it fail (replace or exclude directives, vendor/, go.sum, go.mod).',
		},
		cannotCheck: {summary: 'The minimal reproduction could not run.'},
		inspect: {title: "Look at what the project adds: replace, exclude, vendor/modules.txt, go.sum's lines"},
	},
	messages: {
		alone: {
			succeeds: (module: string, version: string) => `In an empty module that requires only ${module}@${version}, go downloads it.`,
			fails: (module: string, version: string, headline: string) =>
				`In an empty module that requires only ${module}@${version}, go fails too: ${headline}`,
			notRun: (message: string) => `The minimal reproduction could not run: ${message}`,
		},
		projectTitle: 'The project, not the network, makes this fail',
		/** What the project adds for the module (go.mod lines, vendor/, go.sum): the finding's summary and the fix's detail. */
		withFacts: (summary: string, facts: readonly string[]) => (facts.length === 0 ? summary : `${summary} ${facts.join('; ')}.`),
		facts: (facts: readonly string[]) => facts.join('; '),
	},
} satisfies FlowchartText<typeof minimalReproGraph.nodes, unknown>;

/** The flowchart's own messages, as code states them: said in the reader's language where they are shown. */
export type MinimalReproMessages = Messages<typeof en.messages>;
