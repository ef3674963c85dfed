import type {Flow} from '../flow/define-flow.js';
import {connectivityFlow} from '../flowcharts/connectivity/index.js';
import type {Text} from '../i18n/message.js';
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

/** The title of the flowchart with this id, as a message (the id itself for an unknown one). */
export function flowTitle(id: string): Text {
	return findFlow(id) === undefined ? id : {i18n: ['flowcharts', id, 'title']};
}
