import {defineGraph} from '../define-flowchart.js';
import {modulePathUsesProbe} from './probe-module-path-uses.js';

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
export const modulePathGraph = defineGraph<ModulePathSubject>()({
	source: '§4.4',
	start: 'uses',
	nodes: {
		uses: {kind: 'probe', probe: modulePathUsesProbe, edges: {found: 'rename', none: 'indirect', error: 'rename'}},
		rename: {kind: 'end', verdict: 'module-path', offers: ['changePath']},
		indirect: {kind: 'end', verdict: 'module-path', offers: ['changePath']},
		changePath: {kind: 'fix', fixes: ['module-path-change']},
	},
});
