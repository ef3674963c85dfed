import {defineGraph} from '../define-flowchart.js';
import {minimalReproProbe} from './probe-minimal-repro.js';

/** The module version go failed on, reproduced alone. */
export type MinimalReproSubject = {
	/** `MOD@VERSION`. */
	readonly label: string;
	readonly module: string;
	readonly version: string;
};

/**
§4.4 minimal reproduction: an isolated environment with only the suspect dependency. A temporary module requires
only the failing module@version, with the same go settings and an empty module cache: does it still fail?
*/
export const minimalReproGraph = defineGraph<MinimalReproSubject>()({
	source: '§4.4',
	start: 'alone',
	nodes: {
		alone: {kind: 'probe', probe: minimalReproProbe, edges: {fails: 'environment', succeeds: 'project', error: 'cannotCheck'}},
		environment: {kind: 'end', verdict: 'healthy'},
		project: {kind: 'end', verdict: 'other', offers: ['inspect']},
		cannotCheck: {kind: 'end', verdict: 'healthy'},
		inspect: {kind: 'fix', fixes: ['minimal-inspect-project']},
	},
});
