import type {Messages} from '../../i18n/message.js';
import type {FlowchartText} from '../define-flowchart.js';
import type {goSumGraph} from './graph.js';

/** The flowchart's English text; text.zh.ts has the same shape. */
export const en = {
	title: 'Does go.sum hold every line the build needs?',
	nodes: {
		lines: {question: 'Does go find every go.sum line the build needs (go list -deps ./...)?'},
		complete: {summary: 'go.sum holds every line the packages of this module need.'},
		cannotCheck: {summary: 'The packages could not be loaded for another reason; go.sum was not judged.'},
		missing: {summary: 'go.sum lacks lines the build needs: go mod download succeeds, but go build and go test fail.'},
		download: {title: 'Record the missing lines (go mod download MOD…)'},
		tidy: {title: 'Tidy go.mod and go.sum (go mod tidy)'},
	},
	messages: {
		lines: {
			complete: 'go list -deps ./... loads every package: go.sum is complete for the build.',
			missing: (line: string) => `go list -deps ./... fails: ${line}`,
			late: 'it did not finish in time',
			other: (why: string) => `go list -deps ./... failed for another reason: ${why}`,
		},
		which: (modules: string) => `Missing: ${modules}.`,
	},
} satisfies FlowchartText<typeof goSumGraph.nodes, unknown>;

/** The flowchart's own messages, as code states them: said in the reader's language where they are shown. */
export type GoSumMessages = Messages<typeof en.messages>;
