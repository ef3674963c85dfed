import {say} from '../i18n/index.js';
import {fillOf, type Message} from '../i18n/message.js';
import type {Category} from '../model/taxonomy.js';

/** What any walk is about: something with a label (a host, a module, a setting). */
export type Subject = {
	/** How the subject is named on screen (redact before display). */
	readonly label: string;
};

/**
What a connectivity walk is about: one GOPROXY entry (or candidate proxy) and the module it is asked for.
Decision nodes read it; they never do I/O.
*/
export type WalkSubject = {
	/** The entry as written (redact before display). */
	readonly label: string;
	readonly url: string;
	readonly scheme: 'http' | 'https' | 'file';
	readonly host: string;
	readonly port: number;
	/** The module whose version list is fetched. */
	readonly module: string;
	/**
	The HTTP(S) proxy go sends its requests for this entry through (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, as go's
	net/http reads them); absent when go connects directly. Its URL may hold credentials: redact before display.
	*/
	readonly proxy?: {readonly url: string; readonly host: string; readonly port: number; readonly variable: string};
};

/** Node ids are plain strings; `defineFlow` checks every edge against the node table at compile time. */
type Edges<Outcome extends string, Id extends string> = Readonly<Record<Outcome, Id>>;

/** Runs a real check; the outcome picks the edge. */
export type ProbeNode<Id extends string, P extends string = string> = {
	readonly kind: 'probe';
	/** The question the node answers, as the guide asks it. `{host}`, `{port}`, `{url}`, `{module}` are filled in. */
	readonly question: string;
	/** The probe's id (a flowchart module's graph names the probe object; its id is kept here). */
	readonly probe: P;
	/** What the check is aimed at: the entry's host (the default) or the HTTP proxy go goes through. */
	readonly target?: 'entry' | 'proxy';
	/** One edge for every outcome of the probe. */
	readonly edges: Edges<string, Id>;
};

/** Decides from what the walk already knows (its subject), without I/O. */
export type DecideNode<Id extends string, Outcome extends string = string, S extends Subject = WalkSubject> = {
	readonly kind: 'decide';
	readonly question: string;
	readonly outcomes: readonly Outcome[];
	readonly decide: (subject: S) => Outcome;
	readonly edges: Edges<Outcome, Id>;
};

/** The walk ends here with a verdict. */
export type EndNode<Id extends string = string> = {
	readonly kind: 'end';
	/** A taxonomy category, or `healthy` when the entry works. */
	readonly verdict: Category;
	/** Says what the path means; `{host}`, `{port}`, `{url}`, `{module}` are filled in. */
	readonly summary: string;
	/** The fix nodes this verdict offers (the remediations the guide gives at the end of this path). */
	readonly offers?: readonly Id[];
};

/** A remediation offered at the end of a path: end nodes point to it with `offers`; it is not walked. */
export type FixNode = {
	readonly kind: 'fix';
	/** What the remediation does, as the guide says it. */
	readonly title: string;
	/** The remediations' ids: the flowchart's findings turn each into a command. */
	readonly fixes: readonly string[];
};

export type FlowNode<Id extends string, S extends Subject = WalkSubject> =
	ProbeNode<Id> | DecideNode<Id, string, S> | EndNode<Id> | FixNode;

/** A flowchart of the guide, as data, about subjects of type `S`. */
export type Flow<Id extends string = string, S extends Subject = WalkSubject> = {
	readonly id: string;
	/** The guide's section(s), e.g. `§2.1, §2.3`. */
	readonly source: string;
	readonly title: string;
	readonly start: Id;
	readonly nodes: Readonly<Record<Id, FlowNode<Id, S>>>;
	/** The flowchart's texts in other languages, when its module brings them (`source/flowcharts/<id>/`). */
	readonly translations?: FlowTranslationsByLanguage;
	/** The module's whole text in each language: what `['flowcharts', id, …]` messages are looked up in. */
	readonly texts?: Readonly<Record<string, unknown>>;
};

/** A flowchart's translated texts by language: its title and each node's text (placeholders as in English). */
export type FlowTranslationsByLanguage = Readonly<
	Record<
		string,
		| {
				readonly title: string;
				readonly nodes: Readonly<Record<string, {readonly question?: string; readonly summary?: string; readonly title?: string}>>;
				/** The names of the flowchart's branches (its probes' outcomes) in that language. */
				readonly outcomes?: Readonly<Record<string, string>>;
		  }
		| undefined
	>
>;

/**
The text of node `node`'s `field` as a message: the module's text (`['flowcharts', flow, 'nodes', node, field]`),
its `{placeholders}` filled from the subject when it is shown. A connectivity subject knows `{host}`, `{port}`,
`{url}`, `{module}`, `{label}` and `{proxy}`; any other subject fills `{name}` with its field `name` (a string, a
number or a message). `english` is the node's English text, which names the placeholders.
*/
export function nodeMessage(
	flow: string,
	node: string,
	field: 'question' | 'summary' | 'title',
	english: string,
	subject: Subject,
): Message {
	return {i18n: ['flowcharts', flow, 'nodes', node, field], fill: fillOf(english, fieldsOf(subject)), otherwise: english};
}

function fieldsOf(subject: Subject): Readonly<Record<string, unknown>> {
	if (!isWalkSubject(subject)) {
		return subject;
	}

	return {
		host: subject.host,
		port: subject.port,
		url: subject.url,
		module: subject.module,
		label: subject.label,
		// Generic words where go uses no proxy (the diagram still shows the proxy branch).
		proxy:
			subject.proxy === undefined
				? say.flow.anyProxy
				: say.flow.proxy(`${subject.proxy.host}:${subject.proxy.port}`, subject.proxy.variable),
	};
}

function isWalkSubject(subject: Subject): subject is WalkSubject {
	const candidate = subject as Partial<WalkSubject>;
	return (
		typeof candidate.url === 'string' &&
		typeof candidate.host === 'string' &&
		typeof candidate.port === 'number' &&
		typeof candidate.module === 'string'
	);
}

/** The label of the link from an end node to the fix nodes it offers. */
export const offersLabel = 'offers';

/** The edges of any node, as `[label, target]` pairs; an end node's are the fixes it offers. */
export function edgesOf(node: FlowNode<string, never>): Array<[string, string]> {
	switch (node.kind) {
		case 'end': {
			return (node.offers ?? []).map((target) => [offersLabel, target]);
		}

		case 'fix': {
			return [];
		}

		default: {
			return Object.entries(node.edges);
		}
	}
}
