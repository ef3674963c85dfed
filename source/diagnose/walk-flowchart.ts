import type {Flow, Subject} from '../flow/define-flow.js';
import type {ProbeResult} from '../flow/define-probe.js';
import {pendingProbe, startWalk, stepWalk, type PendingProbe, type Walk} from '../flow/walk.js';
import {say} from '../i18n/index.js';
import type {DiagnosisEvent, Emit} from './diagnosis-event.js';

/** How one walk is run: its id, where its events go, and how each of its checks is done. */
export type WalkRun<S extends Subject> = {
	readonly walkId: string;
	readonly emit: Emit;
	/** The `walk-started` event of this walk (it says the walk's role: a GOPROXY entry, a candidate, a check). */
	readonly announce: (walk: Walk<S>) => DiagnosisEvent;
	/**
	Runs the check the probe node asks for and hands back its result; undefined stops the walk where it stands
	(set aside: what the canceled check says is not about the subject). Never throws.
	*/
	readonly check: (pending: PendingProbe, walk: Walk<S> & {readonly phase: 'probing'}) => Promise<ProbeResult | undefined>;
};

/**
The one walker of every flowchart, connectivity included: announces the walk, then at each probe node says which
check runs, runs it through `run.check` (where sharing a host's checks, running ahead, patience with ping and
deadlines live), takes the branch its outcome picks and says where the walk now stands. Resolves with the finished
walk, or undefined when it was stopped or its graph is broken (a note says how). Never throws.
*/
export async function walkFlowchart<S extends Subject>(
	flow: Flow<string, S>,
	subject: S,
	run: WalkRun<S>,
): Promise<(Walk<S> & {readonly phase: 'done'}) | undefined> {
	const {emit} = run;
	const at = () => new Date().toISOString();
	let walk: Walk<S> = startWalk(flow, run.walkId, subject);
	emit(run.announce(walk));
	for (let pending = pendingProbe(flow, walk); pending; pending = pendingProbe(flow, walk)) {
		emit({type: 'probe-started', at: at(), walkId: walk.id, node: pending.node, question: pending.question});
		// eslint-disable-next-line no-await-in-loop -- each node depends on the previous node's outcome
		const result = await run.check(pending, walk as Walk<S> & {readonly phase: 'probing'});
		if (result === undefined) {
			return undefined;
		}

		try {
			walk = stepWalk(flow, walk, {
				type: 'probe-finished',
				node: pending.node,
				evidence: result.evidence,
				...(result.data === undefined ? {} : {data: result.data}),
			});
		} catch (error) {
			emit({
				type: 'note',
				at: at(),
				text: say.findings.flowchartFailed(
					{i18n: ['flowcharts', flow.id, 'title']},
					error instanceof Error ? error.message : String(error),
				),
			});
			return undefined;
		}

		emit({type: 'walk-stepped', at: at(), walk});
	}

	return walk.phase === 'done' ? walk : undefined;
}
