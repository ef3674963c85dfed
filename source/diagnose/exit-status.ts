import type {Severity} from '../model/report.js';

/**
The exit-status contract (README, "Exit status"), for `diagnose` and the wizard alike:

- 0 when go succeeds and no finding is an error;
- warnings never change the status, unless `strict` (`--strict`) makes them count;
- 1 when go fails (a failed or timed-out reproduction) or when an error finding stands;
- 2, usage and tool errors, is not decided here: the command line reports those before any diagnosis.

The diagnoses that end before go runs (go missing, no go.mod, a go.mod go rejects) are error findings, so 1.
*/
export function exitStatus(input: {
	readonly goFailed: boolean;
	readonly severities: readonly Severity[];
	readonly strict?: boolean;
}): 0 | 1 {
	if (input.goFailed) {
		return 1;
	}

	const counted: readonly Severity[] = input.strict === true ? ['error', 'warning'] : ['error'];
	return input.severities.some((severity) => counted.includes(severity)) ? 1 : 0;
}
