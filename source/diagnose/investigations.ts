import type {Flow} from '../flow/define-flow.js';
import {connectivityFlow} from '../flowcharts/connectivity/index.js';
import {flowTitleText} from '../i18n/flow-text.js';
import {flowcharts} from '../flowcharts/index.js';
import type {AnyInvestigation} from './investigation.js';

/** Every flowchart the diagnosis runs besides the connectivity walks: the registry of `source/flowcharts/index.ts`. */
export const investigations: readonly AnyInvestigation[] = flowcharts;

/** Every flowchart the diagnosis can walk: connectivity, then each investigation's. */
export function allFlows(): ReadonlyArray<Flow<string, never>> {
	return [connectivityFlow, ...investigations.map((investigation) => investigation.flow)] as ReadonlyArray<Flow<string, never>>;
}

/** The flowchart with this id, or undefined. */
export function findFlow(id: string): Flow<string, never> | undefined {
	return allFlows().find((flow) => flow.id === id);
}

/** The title of the flowchart with this id, in the current language (the id itself for an unknown one). */
export function flowTitle(id: string): string {
	const flow = findFlow(id);
	// The flow itself, not its id: a flowchart module brings its own translations.
	return flow === undefined ? id : flowTitleText(flow, flow.title);
}
