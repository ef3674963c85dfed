import {runDiagnosis, type DiagnosisOptions} from '../diagnose/run-diagnosis.js';
import type {System} from '../system/types.js';
import {initialSession, reduceSession, type SessionState} from './reduce-session.js';

/** Runs a diagnosis without a terminal: the same driver and reducer as the wizard, folded into a final state. */
export async function diagnoseHeadless(
	system: System,
	options: DiagnosisOptions & {readonly toolVersion: string; readonly strict?: boolean},
): Promise<SessionState> {
	let state = initialSession({
		startedAt: new Date().toISOString(),
		dir: options.dir,
		...(options.module === undefined ? {} : {module: options.module}),
		toolVersion: options.toolVersion,
		...(options.strict === true ? {strict: true} : {}),
	});
	await runDiagnosis(system, options, (event) => {
		state = reduceSession(state, event);
	});
	return state;
}
