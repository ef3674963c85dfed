import type {Messages} from '../../i18n/message.js';
import type {FlowchartText} from '../define-flowchart.js';
import type {modulePathGraph} from './graph.js';

/** The flowchart's English text; text.zh.ts has the same shape. */
export const en = {
	title: 'Is the module required by the path it declares?',
	nodes: {
		uses: {question: "Which files of this module name {required} (go.mod's require, the Go files' imports)?"},
		rename: {summary: '{required} {version} declares itself as {declared}: require and import {declared} instead.'},
		indirect: {
			summary:
				'{required} {version} declares itself as {declared}, and no file of this module names {required}: a dependency requires the old path; upgrade that dependency.',
		},
		changePath: {title: 'Use the path the module declares'},
	},
	messages: {
		uses: {
			unreadable: (message: string) => `The files could not be read: ${message}`,
			none: (required: string) => `No file of this module names ${required}.`,
			found: (required: string, places: string) => `${required} is named in ${places}.`,
		},
		changeTitle: (declared: string) => `Require and import ${declared}`,
		changeDetail: (required: string, declared: string, places: string) =>
			`The module now calls itself ${declared}. Change ${required} to ${declared} in ${places}, then run go mod tidy. (A replace directive would keep the old name alive and is only right for a fork that kept the old path; gomod-doctor does not edit your code.)`,
		indirectPlaces: 'the dependency that requires it (go mod why -m shows which)',
	},
} satisfies FlowchartText<typeof modulePathGraph.nodes, unknown>;

/** The flowchart's own messages, as code states them: said in the reader's language where they are shown. */
export type ModulePathMessages = Messages<typeof en.messages>;
