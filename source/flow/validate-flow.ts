import {edgesOf, type Flow, type FlowNode, type Subject} from './define-flow.js';

/**
Checks what the types cannot: every node is reachable from the start, every node can reach an end, and no
cycle exists (the wizard has no node that asks the user, so any cycle could spin on its own).
Returns one sentence per problem; an empty list means the flow is sound.
*/
export function validateFlow<Id extends string, S extends Subject>(flow: Flow<Id, S>): string[] {
	const nodes = flow.nodes as Readonly<Record<string, FlowNode<string, never>>>;
	const problems: string[] = [];
	const ids = Object.keys(nodes);

	if (!(flow.start in nodes)) {
		return [`the start node ${flow.start} does not exist`];
	}

	for (const id of ids) {
		for (const [label, target] of edgesOf(nodes[id]!)) {
			if (!(target in nodes)) {
				problems.push(`${id} --${label}--> ${target}: no such node`);
			}
		}
	}

	const reachable = new Set<string>();
	const queue = [flow.start as string];
	while (queue.length > 0) {
		const id = queue.shift()!;
		if (reachable.has(id) || !(id in nodes)) {
			continue;
		}

		reachable.add(id);
		queue.push(...edgesOf(nodes[id]!).map(([, target]) => target));
	}

	for (const id of ids) {
		if (!reachable.has(id)) {
			problems.push(`${id} is unreachable from ${flow.start}`);
		}
	}

	// Fix nodes end a path too: an end node offers them, nothing walks on from them.
	const reachesEnd = new Set(ids.filter((id) => nodes[id]!.kind === 'end' || nodes[id]!.kind === 'fix'));
	let grew = true;
	while (grew) {
		grew = false;
		for (const id of ids) {
			if (!reachesEnd.has(id) && edgesOf(nodes[id]!).some(([, target]) => reachesEnd.has(target))) {
				reachesEnd.add(id);
				grew = true;
			}
		}
	}

	for (const id of ids) {
		if (!reachesEnd.has(id)) {
			problems.push(`${id} never reaches an end`);
		}
	}

	// Depth-first search for a back edge.
	const state = new Map<string, 'open' | 'closed'>();
	const visit = (id: string, trail: string[]): void => {
		state.set(id, 'open');
		for (const [, target] of edgesOf(nodes[id]!)) {
			if (state.get(target) === 'open') {
				problems.push(`cycle: ${[...trail.slice(trail.indexOf(target)), id, target].join(' → ')}`);
			} else if (!state.has(target) && target in nodes) {
				visit(target, [...trail, id]);
			}
		}

		state.set(id, 'closed');
	};

	visit(flow.start, []);
	return problems;
}
