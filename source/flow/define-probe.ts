import type {Evidence} from '../model/report.js';

/**
What a probe's check returns: the evidence (its outcome is one of the probe's outcomes, and picks the edge) and,
when the findings need more than the evidence says, a typed payload for them (a measured URL, the modules go
named). The payload stays in the walk: it is never shown, serialised or exported.
*/
export type ProbeResult<Outcome extends string = string, Data = unknown> = {
	readonly evidence: Evidence & {readonly outcome: Outcome};
	readonly data?: Data;
};

/**
A real check a flowchart's probe node runs: its id (shown with the evidence, used in the mermaid text), the
outcome labels it can return (one edge each), and how it runs. `run` never throws: a failure is evidence with
the probe's "could not check" outcome.
*/
export type Probe<Id extends string = string, Outcome extends string = string, Input = never, Data = unknown> = {
	readonly id: Id;
	readonly outcomes: readonly Outcome[];
	readonly run: (input: Input) => Promise<ProbeResult<Outcome, Data>>;
};

/** Any probe, whatever its input and payload (for the types that read a graph's probes). */
export type AnyProbe = Probe<string, string, any, any>;

/** The outcome labels of a probe. */
export type OutcomeOf<P> = P extends Probe<string, infer Outcome, any, any> ? Outcome : never;

/** The payload a probe hands to the findings. */
export type DataOf<P> = P extends Probe<string, string, any, infer Data> ? Data : never;

/**
Declares a probe. The outcomes are the probe's own: a graph node that runs it must have one edge per outcome,
and its check must return one of them, or the flowchart does not compile.
*/
export function defineProbe<const Id extends string, const Outcome extends string, Input, Data = undefined>(
	probe: Probe<Id, Outcome, Input, Data>,
): Probe<Id, Outcome, Input, Data> {
	return probe;
}
