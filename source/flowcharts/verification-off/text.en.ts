import type {Messages} from '../../i18n/message.js';
import type {FlowchartText} from '../define-flowchart.js';
import type {verificationOffGraph} from './graph.js';

/** The flowchart's English text; text.zh.ts has the same shape. */
export const en = {
	title: 'Would turning verification off show the real error?',
	nodes: {
		stopped: {
			question:
				'Did go stop at verification of {module} {version} (go.sum or the checksum database) before the download itself could fail?',
		},
		exempt: {question: 'Is {module} already exempt from the checksum database (GONOSUMDB, GOPRIVATE)?'},
		isolateContent: {
			summary:
				'Verification stopped go at {module} {version}: one download with GOSUMDB=off, outside the project (no go.sum) and with an empty module cache, shows what the proxies really serve.',
		},
		isolateDatabase: {
			summary:
				'The checksum database stopped go at {module} {version}: one download with GONOSUMDB={module} shows whether the download itself works.',
		},
		nothingHidden: {summary: 'Verification did not stop go at {module} {version}: turning it off would show nothing new.'},
		isolate: {title: 'Reproduce once with verification off, in that process only (weakens security)'},
	},
	messages: {},
} satisfies FlowchartText<typeof verificationOffGraph.nodes, unknown>;

/** The flowchart's own messages, as code states them: said in the reader's language where they are shown. */
export type VerificationOffMessages = Messages<typeof en.messages>;
