import {defineFlowFor} from '../define-flow.js';

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
export const minimalReproFlow = defineFlowFor<MinimalReproSubject>()({
	id: 'minimal-repro',
	source: '§4.4',
	title: 'Does it fail without this project?',
	start: 'alone',
	nodes: {
		alone: {
			kind: 'probe',
			probe: 'minimal-repro',
			question: 'Does {label} fail in an empty module that requires only it (same go settings, empty module cache)?',
			edges: {fails: 'environment', succeeds: 'project', error: 'cannotCheck'},
		},
		environment: {
			kind: 'end',
			verdict: 'healthy',
			summary: '{label} fails without this project too: the environment (network, proxy, go settings) or the module itself is at fault, not this project\'s go.mod, go.sum, replace or vendor/.',
		},
		project: {
			kind: 'end',
			verdict: 'other',
			summary: '{label} downloads in an empty module: something in this project makes it fail (replace or exclude directives, vendor/, go.sum, go.mod).',
			offers: ['inspect'],
		},
		cannotCheck: {kind: 'end', verdict: 'healthy', summary: 'The minimal reproduction could not run.'},
		inspect: {kind: 'fix', title: "Look at what the project adds: replace, exclude, vendor/modules.txt, go.sum's lines", fixes: ['minimal-inspect-project']},
	},
});
