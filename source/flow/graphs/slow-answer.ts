import {defineFlowFor} from '../define-flow.js';

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
export const slowAnswerFlow = defineFlowFor<SlowAnswerSubject>()({
	id: 'slow-answer',
	source: '§2.3',
	title: 'Does this GOPROXY entry answer in good time?',
	start: 'faster',
	nodes: {
		faster: {
			kind: 'decide',
			question: 'Does another proxy answer faster than {thresholdMs} ms, where {label} took {listMs} ms?',
			outcomes: ['yes', 'no'],
			decide: (subject) => subject.faster,
			edges: {yes: 'slowSwitch', no: 'slowOnly'},
		},
		slowSwitch: {
			kind: 'end',
			verdict: 'timeout',
			summary: '{label} answers slowly ({listMs} ms for the version list, over {thresholdMs} ms), and another proxy is faster.',
			offers: ['useWorking'],
		},
		slowOnly: {
			kind: 'end',
			verdict: 'timeout',
			summary: '{label} answers slowly ({listMs} ms for the version list, over {thresholdMs} ms); no measured proxy is faster.',
		},
		useWorking: {kind: 'fix', title: 'Use the faster proxy first', fixes: ['goproxy-use-working']},
	},
});
