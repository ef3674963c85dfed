import {constants} from 'node:os';

/** The exit status of a process killed by `signal`, as a shell reports it: 128 + the signal's number. */
export function signalExitCode(signal: NodeJS.Signals): number {
	return 128 + (constants.signals[signal] ?? 15);
}
