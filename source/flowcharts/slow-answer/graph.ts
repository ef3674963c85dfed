import {defineGraph} from '../define-flowchart.js';

/** A GOPROXY entry that answered go's request, and how long the version list took. */
export type SlowAnswerSubject = {
	/** The entry as written (redact before display). */
	readonly label: string;
	readonly url: string;
	/** The time the version list took, in ms, and the threshold it is compared with. */
	readonly listMs: number;
	readonly thresholdMs: number;
	/** Whether another measured proxy answered faster than the threshold. */
	readonly faster: 'yes' | 'no';
};

/**
§2.3's third answer besides "port closed" and "no answer": the entry answers, but slowly. go has no deadline of
its own on a proxy, so a slow entry makes every download slow (and a CI job time out) without an error.
*/
export const slowAnswerGraph = defineGraph<SlowAnswerSubject>()({
	source: '§2.3',
	start: 'faster',
	nodes: {
		faster: {
			kind: 'decide',
			outcomes: ['yes', 'no'],
			decide: (subject) => subject.faster,
			edges: {yes: 'slowSwitch', no: 'slowOnly'},
		},
		slowSwitch: {kind: 'end', verdict: 'timeout', offers: ['useWorking']},
		slowOnly: {kind: 'end', verdict: 'timeout'},
		useWorking: {kind: 'fix', fixes: ['goproxy-use-working']},
	},
});
