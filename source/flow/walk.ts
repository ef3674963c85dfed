import type {Text} from '../i18n/message.js';
import {assertNever} from '../model/assert-never.js';
import type {Evidence} from '../model/report.js';
import type {Category} from '../model/taxonomy.js';
import {nodeMessage, type Flow, type FlowNode, type Subject, type WalkSubject} from './define-flow.js';

/** One node the walk passed: its question, the check's evidence (for probe nodes), the branch taken. */
export type Visit = {
	readonly node: string;
	readonly kind: 'probe' | 'decide';
	/** The question with the subject filled in. */
	readonly question: Text;
	readonly evidence?: Evidence;
	/** What the check handed to the findings besides its evidence (see `ProbeResult`); never shown or exported. */
	readonly data?: unknown;
	/** The edge label taken. */
	readonly branch: string;
	readonly next: string;
};

/** A flowchart being walked for one subject (a GOPROXY entry unless `S` says otherwise). */
export type Walk<S extends Subject = WalkSubject> =
	| {
			readonly phase: 'probing';
			readonly id: string;
			readonly flow: string;
			readonly subject: S;
			readonly visits: readonly Visit[];
			/** The probe node waiting for its result. */
			readonly current: string;
	  }
	| {
			readonly phase: 'done';
			readonly id: string;
			readonly flow: string;
			readonly subject: S;
			readonly visits: readonly Visit[];
			/** The end node reached. */
			readonly current: string;
			readonly verdict: Category;
			/** The end node's summary, filled in. */
			readonly summary: Text;
			/** The remediations the end node offers (through its fix nodes). */
			readonly offers: readonly string[];
	  };

/** The result of a probe node's check. */
export type WalkEvent = {readonly type: 'probe-finished'; readonly node: string; readonly evidence: Evidence; readonly data?: unknown};

/** What the walk waits for: the probe to run at its current node. */
export type PendingProbe = {
	readonly node: string;
	/** The probe's id. */
	readonly probe: string;
	readonly question: Text;
	/** The entry's host, or the HTTP proxy go goes through. */
	readonly target: 'entry' | 'proxy';
};

/** Starts a walk at the flow's start node (passing through decision nodes, which need no I/O). */
export function startWalk<Id extends string, S extends Subject = WalkSubject>(flow: Flow<Id, S>, id: string, subject: S): Walk<S> {
	return advance(flow, {phase: 'probing', id, flow: flow.id, subject, visits: [], current: flow.start});
}

/**
The pure transition function: a probe's result picks the edge with its outcome label, then the walk moves on
through decision nodes until it waits on the next probe or reaches an end node.
*/
export function stepWalk<Id extends string, S extends Subject = WalkSubject>(flow: Flow<Id, S>, walk: Walk<S>, event: WalkEvent): Walk<S> {
	switch (walk.phase) {
		case 'done': {
			throw new Error(`walk ${walk.id} is finished; it takes no ${event.type}`);
		}

		case 'probing': {
			const node = nodeOf(flow, walk.current);
			if (node.kind !== 'probe' || event.node !== walk.current) {
				throw new Error(`walk ${walk.id} waits on ${walk.current}, not on ${event.node}`);
			}

			const next = (node.edges as Readonly<Record<string, string>>)[event.evidence.outcome];
			if (next === undefined) {
				throw new Error(`${flow.id}.${walk.current} has no edge for the outcome "${event.evidence.outcome}"`);
			}

			const visit: Visit = {
				node: walk.current,
				kind: 'probe',
				question: nodeMessage(flow.id, walk.current, 'question', node.question, walk.subject),
				evidence: event.evidence,
				...(event.data === undefined ? {} : {data: event.data}),
				branch: event.evidence.outcome,
				next,
			};
			return advance(flow, {...walk, visits: [...walk.visits, visit], current: next});
		}
	}
}

/** The probe the walk waits on, or undefined when it is done. */
export function pendingProbe<Id extends string, S extends Subject = WalkSubject>(
	flow: Flow<Id, S>,
	walk: Walk<S>,
): PendingProbe | undefined {
	if (walk.phase === 'done') {
		return undefined;
	}

	const node = nodeOf(flow, walk.current);
	return node.kind === 'probe'
		? {
				node: walk.current,
				probe: node.probe,
				question: nodeMessage(flow.id, walk.current, 'question', node.question, walk.subject),
				target: node.target ?? 'entry',
			}
		: undefined;
}

/** The evidence of every check a walk ran, in order. */
export function walkEvidence(walk: Walk<Subject>): Evidence[] {
	return walk.visits.flatMap((visit) => (visit.evidence === undefined ? [] : [visit.evidence]));
}

/** The node ids visited, in order, ending with the current node. */
export function walkPath(walk: Walk<Subject>): string[] {
	return [...walk.visits.map((visit) => visit.node), walk.current];
}

function advance<Id extends string, S extends Subject>(flow: Flow<Id, S>, walk: Walk<S> & {phase: 'probing'}): Walk<S> {
	let current = walk;
	// A flow that passes `validateFlow` has no cycle of decision nodes; the bound guards a broken one.
	for (let hops = 0; hops <= Object.keys(flow.nodes).length; hops++) {
		const node = nodeOf(flow, current.current);
		switch (node.kind) {
			case 'probe': {
				return current;
			}

			case 'end': {
				const offers = (node.offers ?? []).flatMap((id) => {
					const offered = nodeOf(flow, id);
					return offered.kind === 'fix' ? offered.fixes : [];
				});
				return {
					...current,
					phase: 'done',
					verdict: node.verdict,
					summary: nodeMessage(flow.id, current.current, 'summary', node.summary, current.subject),
					offers,
				};
			}

			case 'fix': {
				throw new Error(`${flow.id}.${current.current}: a fix node is offered by an end node, never walked into`);
			}

			case 'decide': {
				const branch = node.decide(current.subject);
				const next = (node.edges as Readonly<Record<string, string>>)[branch];
				if (next === undefined) {
					throw new Error(`${flow.id}.${current.current} has no edge for the decision "${branch}"`);
				}

				const visit: Visit = {
					node: current.current,
					kind: 'decide',
					question: nodeMessage(flow.id, current.current, 'question', node.question, current.subject),
					branch,
					next,
				};
				current = {...current, visits: [...current.visits, visit], current: next};
				break;
			}

			default: {
				return assertNever(node);
			}
		}
	}

	throw new Error(`${flow.id}: decision nodes loop without a probe or an end`);
}

function nodeOf<Id extends string, S extends Subject>(flow: Flow<Id, S>, id: string): FlowNode<Id, S> {
	const node = (flow.nodes as Readonly<Record<string, FlowNode<Id, S>>>)[id];
	if (node === undefined) {
		throw new Error(`${flow.id} has no node ${id}`);
	}

	return node;
}
