import {say} from '../i18n/index.js';
import {renderText, type TextTree} from '../i18n/message.js';
import {edgesOf, nodeMessage, offersLabel, type Flow, type FlowNode, type Subject} from './define-flow.js';

export type MermaidOptions = {
	/** The words of the reader's language the node texts are said in. */
	readonly tree: TextTree;
	/** Fills the node texts; without it the placeholders stay (`{host}`). */
	readonly subject?: Subject;
	/** The nodes passed and the edge taken at each: those nodes and edges are highlighted. */
	readonly visits?: ReadonlyArray<{readonly node: string; readonly branch: string}>;
	/** Where the walk stands (or ended), highlighted too. */
	readonly current?: string;
};

/**
Renders a flowchart as a mermaid `graph TD`, the form the guide itself uses. With a path, the nodes and
edges the walk took are highlighted, which is what the transcript shows.
*/
export function renderMermaid<Id extends string, S extends Subject>(flow: Flow<Id, S>, options: MermaidOptions): string {
	const nodes = flow.nodes as Readonly<Record<string, FlowNode<string, never>>>;
	const visits = options.visits ?? [];
	const current = options.current === undefined ? undefined : nodes[options.current];
	const offered = current?.kind === 'end' ? (current.offers ?? []) : [];
	const visited = new Set([...visits.map((visit) => visit.node), ...(options.current === undefined ? [] : [options.current]), ...offered]);
	const taken = new Set(visits.map((visit) => `${visit.node}|${visit.branch}`));
	const lines = ['graph TD'];
	const takenIndexes: number[] = [];
	let edgeIndex = 0;

	for (const [id, node] of Object.entries(nodes)) {
		lines.push(`    ${id}${shape(node, label(flow, id, node, options))}`);
	}

	for (const [id, node] of Object.entries(nodes)) {
		for (const [edgeLabel, target] of edgesOf(node)) {
			// A dotted link from a verdict to the fixes it offers; a solid one for the edges a walk takes.
			const arrow = edgeLabel === offersLabel ? '-.->' : '-->';
			lines.push(`    ${id} ${arrow}|${escapeLabel(edgeLabel)}| ${target}`);
			if (taken.has(`${id}|${edgeLabel}`) || (edgeLabel === offersLabel && id === options.current)) {
				takenIndexes.push(edgeIndex);
			}

			edgeIndex++;
		}
	}

	if (visited.size > 0) {
		lines.push('    classDef visited fill:#d4f4dd,stroke:#1b7f3b,stroke-width:2px', `    class ${[...visited].join(',')} visited`);
		if (takenIndexes.length > 0) {
			lines.push(`    linkStyle ${takenIndexes.join(',')} stroke:#1b7f3b,stroke-width:3px`);
		}
	}

	return lines.join('\n');
}

/** A node's text in the reader's language, filled from the subject when there is one (else `{host}` stays). */
function label(flow: {readonly id: string}, id: string, node: FlowNode<string, never>, options: MermaidOptions): string {
	const field = node.kind === 'end' ? 'summary' : node.kind === 'fix' ? 'title' : 'question';
	const english = node.kind === 'end' ? node.summary : node.kind === 'fix' ? node.title : node.question;
	const message = nodeMessage(flow.id, id, field, english, options.subject ?? {label: ''});
	const words = renderText(options.subject === undefined ? {i18n: message.i18n} : message, options.tree);
	const text =
		node.kind === 'end' ? `${node.verdict}: ${words}` : node.kind === 'fix' ? `${renderText(say.flow.fix, options.tree)}: ${words}` : words;
	return escapeLabel(text);
}

function shape(node: FlowNode<string, never>, text: string): string {
	switch (node.kind) {
		case 'probe': {
			return `["${text}"]`;
		}

		case 'decide': {
			return `{"${text}"}`;
		}

		case 'end': {
			return `(["${text}"])`;
		}

		case 'fix': {
			return `{{"${text}"}}`;
		}
	}
}

/** Mermaid labels cannot hold quotes, pipes, brackets or newlines; `#` starts an entity. */
function escapeLabel(text: string): string {
	return text
		.replaceAll(/[\r\n]+/g, ' ')
		.replaceAll('#', '#35;')
		.replaceAll('"', '#quot;')
		.replaceAll('|', '#124;')
		.replaceAll('`', "'")
		.replaceAll(/[<>[\]{}]/g, (character) => `#${character.codePointAt(0)};`);
}
