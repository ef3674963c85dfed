import type {CheckRun} from '../diagnose/investigation.js';

/** What a shared probe object takes from a check's run: the system, go's environment, the deadline and the signal. */
export function probeInput(run: CheckRun) {
	return {
		system: run.context.system,
		env: run.context.env,
		timeoutMs: run.timeoutMs,
		...(run.signal === undefined ? {} : {signal: run.signal}),
	};
}
