import type {
	AfterContext,
	CheckRun,
	ConnectivityResult,
	ContextOf,
	Investigation,
	InvestigationIn,
	Phase,
	ProxyJudgement,
	StartContext,
} from '../diagnose/investigation.js';
import type {Flow, FlowNode, Subject} from '../flow/define-flow.js';
import type {AnyProbe, DataOf, OutcomeOf, ProbeResult} from '../flow/define-probe.js';
import {walkEvidence, type Walk} from '../flow/walk.js';
import {messagesOf, type Messages} from '../i18n/message.js';
import type {Scenario} from '../lab/scenario-kit.js';
import type {ExplainingFinding} from '../model/explanation.js';
import type {Evidence} from '../model/report.js';
import type {Category} from '../model/taxonomy.js';

/** A node of a flowchart module's graph, before its edges are checked. Its text lives in the module's `text`. */
type GraphNode<S extends Subject> =
	| {
			readonly kind: 'probe';
			readonly probe: AnyProbe;
			readonly target?: 'entry' | 'proxy';
			readonly edges: Readonly<Record<string, string>>;
	  }
	| {
			readonly kind: 'decide';
			readonly outcomes: readonly string[];
			readonly decide: (subject: S) => string;
			readonly edges: Readonly<Record<string, string>>;
	  }
	| {readonly kind: 'end'; readonly verdict: Category; readonly offers?: readonly string[]}
	| {readonly kind: 'fix'; readonly fixes: readonly string[]};

type FixNodeIds<Nodes> = {[K in keyof Nodes]: Nodes[K] extends {readonly kind: 'fix'} ? K : never}[keyof Nodes];

/**
What each node must look like: a probe node has one edge per outcome of its probe, a decision node one per
declared outcome, every edge leads to a node of the graph, and an end node offers only fix nodes.
*/
type CheckedGraph<Nodes, S extends Subject> = {
	readonly [K in keyof Nodes]: Nodes[K] extends {readonly kind: 'probe'; readonly probe: infer P extends AnyProbe}
		? {readonly edges: Readonly<Record<OutcomeOf<P>, keyof Nodes>>}
		: Nodes[K] extends {readonly kind: 'decide'; readonly outcomes: ReadonlyArray<infer O extends string>}
			? {readonly edges: Readonly<Record<O, keyof Nodes>>; readonly decide: (subject: S) => O}
			: Nodes[K] extends {readonly kind: 'end'}
				? {readonly offers?: ReadonlyArray<FixNodeIds<Nodes>>}
				: unknown;
};

/** A flowchart module's graph: the guide's section, the start node, the nodes. */
export type Graph<Nodes, S extends Subject> = {
	readonly source: string;
	readonly start: keyof Nodes & string;
	readonly nodes: Nodes;
	/** The subject type, for the types only. */
	readonly subject?: S;
};

/**
Declares a flowchart module's graph about subjects of type `S`: `defineGraph<VendorSubject>()({source, start,
nodes})`. Probe nodes name probe objects (`defineProbe`); an edge to a missing node, a start that does not exist or
a probe node that misses one of its probe's outcomes is a compile error.
*/
export function defineGraph<S extends Subject>() {
	return function <const Nodes extends Record<string, GraphNode<S>>>(graph: {
		readonly source: string;
		readonly start: keyof Nodes & string;
		readonly nodes: Nodes & CheckedGraph<Nodes, S>;
	}): Graph<Nodes, S> {
		return graph;
	};
}

/** The probes a graph runs. */
type ProbesOf<Nodes> = {
	[K in keyof Nodes]: Nodes[K] extends {readonly kind: 'probe'; readonly probe: infer P extends AnyProbe} ? P : never;
}[keyof Nodes];

/** The remediation ids a graph's fix nodes offer. */
type FixIdsOf<Nodes> = {
	[K in keyof Nodes]: Nodes[K] extends {readonly kind: 'fix'; readonly fixes: ReadonlyArray<infer F extends string>} ? F : never;
}[keyof Nodes];

/** The remediation ids a module's graph offers: a module's fix builder switches over them exhaustively. */
export type FixIdOf<G> = G extends Graph<infer Nodes, infer _S> ? FixIdsOf<Nodes> : never;

type NodeText<N> = N extends {readonly kind: 'end'}
	? {readonly summary: string}
	: N extends {readonly kind: 'fix'}
		? {readonly title: string}
		: {readonly question: string};

/**
A flowchart's text in one language: its title, the text of every node (a missing or misspelt node id is a compile
error; `{placeholders}` are the subject's fields), its own messages (evidence summaries, fix titles), and the
descriptions of its lab scenarios.
*/
export type FlowchartText<Nodes, M> = {
	readonly title: string;
	readonly nodes: {readonly [K in keyof Nodes]: NodeText<Nodes[K]>};
	readonly messages: M;
	/** The names of its probes' outcomes (the branches), where the language's own table has none. */
	readonly outcomes?: Readonly<Partial<Record<OutcomeOf<ProbesOf<Nodes>>, string>>>;
	readonly scenarios?: Readonly<Record<string, string>>;
};

/**
What a check gets besides its subject: the run (deadline, context, signal), the flowchart's messages, and the node
that asks (a probe may be asked at two nodes, with different questions).
*/
export type FlowchartCheckRun<M, NodeId extends string = string, C extends StartContext = StartContext> = CheckRun<C> & {
	readonly text: Messages<M>;
	readonly node: NodeId;
};

/** What an earlier check of the walk handed over, typed by its probe; undefined when it did not run. */
type DataOfProbe<Nodes> = <P extends ProbesOf<Nodes>>(probe: P) => DataOf<P> | undefined;

/** One check per probe the graph runs, keyed by the probe's id: a missing one is a compile error. */
type Checks<Nodes, S extends Subject, M, C extends StartContext> = {
	readonly [Id in ProbesOf<Nodes>['id']]: (
		subject: S,
		run: FlowchartCheckRun<M, keyof Nodes & string, C> & {readonly dataOf: DataOfProbe<Nodes>},
	) => Promise<ProbeResult<OutcomeOf<Extract<ProbesOf<Nodes>, {readonly id: Id}>>, DataOf<Extract<ProbesOf<Nodes>, {readonly id: Id}>>>>;
};

/** A finished walk of a flowchart module, its `offers` typed by the graph's remediation ids. */
export type FinishedWalk<S extends Subject, FixIds extends string> = Omit<Extract<Walk<S>, {readonly phase: 'done'}>, 'offers'> & {
	readonly offers: readonly FixIds[];
};

/** What a module's `findings` gets besides its walk. */
export type FindingsInput<Nodes, M, C extends StartContext = StartContext> = {
	/** What the flowchart's phase knows (see `ContextOf`). */
	readonly context: C;
	/** The flowchart's messages (said in the reader's language where they are shown). */
	readonly text: Messages<M>;
	/** The evidence of every check the walk ran, in order. */
	readonly evidence: Evidence[];
	/** The payload the last check of `probe` handed over, typed by the probe; undefined when it did not run. */
	readonly dataOf: DataOfProbe<Nodes>;
};

/**
A lab scenario a flowchart module brings, and what the diagnosis of it must conclude; test/integration runs every
one of them with the real go.
*/
export type FlowchartScenario = {
	readonly lab: Scenario;
	readonly expect: {
		/** `diagnose --json`'s exit status. */
		readonly exitCode: 0 | 1;
		/** The first finding (absent: no finding of this flowchart's category). */
		readonly first?: {readonly category: Category; readonly subject: string; readonly severity: 'error' | 'warning'};
		/** The argv or shell lines of the first fix of the first finding. */
		readonly firstFix?: {readonly argv?: readonly string[]; readonly shell?: readonly string[]};
		/** A go command (argv, without `go`) that fails before the first fix is applied and works after it. */
		readonly fixedWhen?: readonly string[];
	};
};

/** A flowchart module: one of the guide's flowcharts, whole: graph, checks, findings, text and lab scenarios. */
export type Flowchart<S extends Subject = Subject> = Investigation<S> & {
	/** Its lab scenarios, with what the diagnosis must conclude. */
	readonly scenarios: readonly FlowchartScenario[];
	/** Its own messages in each language, as its text tables hold them (the i18n tests read them). */
	readonly messages?: {readonly en: unknown; readonly zh: unknown};
};

/**
Declares one of the guide's flowcharts as one module (`source/flowcharts/<id>/`): the graph, one check per probe,
the findings of a finished walk, its text in every language, and its lab scenarios. Register it in
`source/flowcharts/index.ts`.
*/
export function defineFlowchart<S extends Subject>() {
	return function <const Nodes extends Record<string, GraphNode<S>>, M, const P extends Phase>(chart: {
		readonly id: string;
		readonly graph: Graph<Nodes, S>;
		/**
		`start`: beside the reproduction; `after`: once go's failure is known and classified. The subjects, checks and
		findings are given what that phase knows (`ContextOf`): only an `after` flowchart sees what go did.
		*/
		readonly phase: P;
		/** The subjects to walk the flowchart for; none when it does not apply. Never throws. */
		readonly subjects: (context: ContextOf<P>, text: Messages<NoInfer<M>>) => readonly S[] | Promise<readonly S[]>;
		readonly checks: Checks<Nodes, S, M, ContextOf<P>>;
		/**
		The findings of a finished walk, each with what it explains (see `Explanation`); without it, a walk that ends in
		a problem is one finding with no fixes.
		*/
		readonly findings?: (
			walk: FinishedWalk<S, FixIdsOf<Nodes>>,
			input: FindingsInput<Nodes, M, ContextOf<P>>,
		) => readonly ExplainingFinding[] | Promise<readonly ExplainingFinding[]>;
		readonly text: {readonly en: FlowchartText<Nodes, M>; readonly zh: FlowchartText<Nodes, NoInfer<M>>};
		readonly scenarios?: readonly FlowchartScenario[];
		/** What a finished walk says about a proxy the connectivity walks measured (see `Investigation.judge`). */
		readonly judge?: (walk: FinishedWalk<S, FixIdsOf<Nodes>>) => readonly ProxyJudgement[];
		/** See `Investigation.prefetch`, `vouchesFor` and `waitsForEveryCandidate`. */
		readonly prefetch?: (context: StartContext) => void | Promise<void>;
		readonly vouchesFor?: (proxy: ConnectivityResult, context: AfterContext) => Promise<boolean>;
		readonly waitsForEveryCandidate?: (context: AfterContext) => boolean;
	}): Flowchart<S> {
		const flow = toFlow<S>(chart.id, chart.graph as unknown as Graph<Record<string, GraphNode<S>>, S>, chart.text);
		const text = messagesOf(chart.text.en.messages, ['flowcharts', chart.id, 'messages']);
		const checks = chart.checks as unknown as Readonly<
			Record<
				string,
				(
					subject: S,
					run: FlowchartCheckRun<M, string, ContextOf<P>> & {readonly dataOf: (probe: AnyProbe) => unknown},
				) => Promise<ProbeResult>
			>
		>;
		const {findings, judge, prefetch, vouchesFor, waitsForEveryCandidate} = chart;
		const investigation: InvestigationIn<P, S> = {
			id: chart.id,
			flow,
			phase: chart.phase,
			subjects: (context) => chart.subjects(context, text),
			async check(pending, subject, run) {
				const check = checks[pending.probe];
				if (check === undefined) {
					// The types rule this out; a hand-built graph could still name a probe without a check.
					return {
						evidence: {
							probe: 'check',
							tool: 'gomod-doctor',
							command: pending.probe,
							outcome: 'error',
							summary: `no check for ${pending.probe}`,
							durationMs: 0,
						},
					};
				}

				const {walk} = run;
				return check(subject, {
					...run,
					text,
					node: pending.node,
					dataOf: (probe) => (walk === undefined ? undefined : dataOf(flow, walk, probe.id)),
				});
			},
			...(findings === undefined
				? {}
				: {
						findings: async (walk: Walk<S> & {readonly phase: 'done'}, context: ContextOf<P>) =>
							findings(walk as FinishedWalk<S, FixIdsOf<Nodes>>, {
								context,
								text,
								evidence: walkEvidence(walk),
								dataOf: (probe) => dataOf(flow, walk, probe.id) as never,
							}),
					}),
			...(judge === undefined
				? {}
				: {judge: (walk: Walk<S> & {readonly phase: 'done'}) => judge(walk as FinishedWalk<S, FixIdsOf<Nodes>>)}),
			...(prefetch === undefined ? {} : {prefetch}),
			...(vouchesFor === undefined ? {} : {vouchesFor}),
			...(waitsForEveryCandidate === undefined ? {} : {waitsForEveryCandidate}),
		};
		return {
			// `P` is one phase: the investigation is that member of the union.
			...(investigation as Investigation<S>),
			scenarios: (chart.scenarios ?? []).map((scenario) => withTranslation(scenario, chart.text.zh.scenarios)),
			messages: {en: chart.text.en.messages, zh: chart.text.zh.messages},
		};
	};
}

/**
A flowchart module's graph and text as the walker runs it, for a flowchart the diagnosis walks itself rather than
as an investigation (connectivity: one walk per GOPROXY entry and candidate, through the shared checks).
*/
export function flowOf<const Nodes extends Record<string, GraphNode<S>>, S extends Subject, M>(
	id: string,
	graph: Graph<Nodes, S>,
	text: {readonly en: FlowchartText<Nodes, M>; readonly zh: FlowchartText<Nodes, NoInfer<M>>},
): Flow<keyof Nodes & string, S> {
	return toFlow<S>(id, graph as unknown as Graph<Record<string, GraphNode<S>>, S>, text);
}

/** The payload of the last visit whose node ran `probe`. */
function dataOf<S extends Subject>(flow: Flow<string, S>, walk: Walk<Subject>, probe: string): unknown {
	const nodes = flow.nodes as Readonly<Record<string, FlowNode<string, never>>>;
	return walk.visits.findLast((visit) => {
		const node = nodes[visit.node];
		return node?.kind === 'probe' && node.probe === probe;
	})?.data;
}

/** The graph as the walker runs it: probe objects by id, each node with its English text, the translations beside. */
function toFlow<S extends Subject>(
	id: string,
	graph: Graph<Record<string, GraphNode<S>>, S>,
	text: {
		readonly en: FlowchartText<Record<string, GraphNode<S>>, unknown>;
		readonly zh: FlowchartText<Record<string, GraphNode<S>>, unknown>;
	},
): Flow<string, S> {
	const english = text.en.nodes as Readonly<
		Record<string, {readonly question?: string; readonly summary?: string; readonly title?: string}>
	>;
	const nodes = Object.fromEntries(
		Object.entries(graph.nodes).map(([key, node]): [string, FlowNode<string, S>] => {
			const words = english[key] ?? {};
			switch (node.kind) {
				case 'probe': {
					return [
						key,
						{
							kind: 'probe',
							probe: node.probe.id,
							question: words.question ?? key,
							edges: node.edges,
							...(node.target === undefined ? {} : {target: node.target}),
						},
					];
				}

				case 'decide': {
					return [key, {kind: 'decide', question: words.question ?? key, outcomes: node.outcomes, decide: node.decide, edges: node.edges}];
				}

				case 'end': {
					return [
						key,
						{
							kind: 'end',
							verdict: node.verdict,
							summary: words.summary ?? key,
							...(node.offers === undefined ? {} : {offers: node.offers}),
						},
					];
				}

				case 'fix': {
					return [key, {kind: 'fix', title: words.title ?? key, fixes: node.fixes}];
				}
			}

			return [key, node];
		}),
	);
	const zh = {
		title: text.zh.title,
		nodes: text.zh.nodes as Readonly<Record<string, {readonly question?: string; readonly summary?: string; readonly title?: string}>>,
		...(text.zh.outcomes === undefined ? {} : {outcomes: text.zh.outcomes as Readonly<Record<string, string>>}),
	};
	return {id, source: graph.source, title: text.en.title, start: graph.start, nodes, translations: {zh}, texts: {en: text.en, zh: text.zh}};
}

function withTranslation(scenario: FlowchartScenario, zh: Readonly<Record<string, string>> | undefined): FlowchartScenario {
	const description = zh?.[scenario.lab.id];
	return description === undefined ? scenario : {...scenario, lab: {...scenario.lab, translations: {zh: description}}};
}
