import {defineFlowFor} from '../define-flow.js';

/** A module whose go.mod declares a path other than the one it was required as. */
export type ModulePathSubject = {
	/** The path required. */
	readonly label: string;
	/** The path go.mod requires (and Go files import). */
	readonly required: string;
	/** The path the module's own go.mod declares. */
	readonly declared: string;
	readonly version: string;
};

/**
`module declares its path as: X but was required as: Y`: the module moved or was renamed (or a fork kept the old
name). Which files of this module name the old path decides what to change.
*/
export const modulePathFlow = defineFlowFor<ModulePathSubject>()({
	id: 'module-path',
	source: '§4.4',
	title: 'Is the module required by the path it declares?',
	start: 'uses',
	nodes: {
		uses: {
			kind: 'probe',
			probe: 'module-path-uses',
			question: 'Which files of this module name {required} (go.mod\'s require, the Go files\' imports)?',
			edges: {found: 'rename', none: 'indirect', error: 'rename'},
		},
		rename: {
			kind: 'end',
			verdict: 'module-path',
			summary: '{required} {version} declares itself as {declared}: require and import {declared} instead.',
			offers: ['changePath'],
		},
		indirect: {
			kind: 'end',
			verdict: 'module-path',
			summary: '{required} {version} declares itself as {declared}, and no file of this module names {required}: a dependency requires the old path; upgrade that dependency.',
			offers: ['changePath'],
		},
		changePath: {kind: 'fix', title: 'Use the path the module declares', fixes: ['module-path-change']},
	},
});
