import type {ClassifiedItem} from '../classify/classify-go-error.js';
import type {Flow, Subject} from '../flow/define-flow.js';
import type {ProbeResult} from '../flow/define-probe.js';
import type {PendingProbe, Walk} from '../flow/walk.js';
import type {ParsedGoMod} from '../go/parse-go-mod.js';
import type {GoSumLine} from '../go/parse-go-sum.js';
import type {GoSnapshot} from '../go/read-go-settings.js';
import type {Reproduction} from '../go/reproduce-download.js';
import type {ExplainingFinding} from '../model/explanation.js';
import type {Category} from '../model/taxonomy.js';
import type {Environment, HttpResult, System} from '../system/types.js';

/**
What every investigation knows when it chooses its subjects: go's settings, the project, the proxies the
connectivity walks measure. A `start` investigation runs beside the reproduction and knows no more.
*/
export type StartContext = {
	readonly system: System;
	/** The environment go and the checks see. */
	readonly env: Environment;
	/** The Go module directory. */
	readonly dir: string;
	readonly snapshot: GoSnapshot;
	/** Go.mod's text, when there is one. */
	readonly goModText?: string;
	/** Go.sum's lines as they were before go ran (a download may add lines), when there is a go.sum. */
	readonly goSum?: readonly GoSumLine[];
	/** Go.mod parsed, when there is one. */
	readonly goMod?: ParsedGoMod;
	/** `--module MOD@VER`, as given. */
	readonly requested?: string;
	/** The public module the proxies are asked for (see run-diagnosis). */
	readonly probeModule: string;
	/** The proxies measured besides GOPROXY (`--candidates`). */
	readonly candidates: readonly string[];
	/** The diagnosis's overall deadline. */
	readonly timeoutMs: number;
	/** `--traceroute`: the user asked for traceroute on the hosts that cannot be reached (slow). */
	readonly traceroute?: boolean;
	readonly signal?: AbortSignal;
	/**
	The GOPROXY entries and candidates the connectivity walks measure: a `start` investigation can ask them its own
	question at the same time as the walks.
	*/
	readonly proxies?: readonly MeasuredProxy[];
};

/** What an `after` investigation knows besides: what go did, and what the connectivity walks found. */
export type AfterContext = StartContext & {
	/** What `go mod download` did; absent when the diagnosis did not run it (`mirrors`). */
	readonly reproduction?: Reproduction;
	/** Go's error, classified (empty when go succeeded or did not run). */
	readonly classified: readonly ClassifiedItem[];
	/** The finished connectivity walks (GOPROXY entries and candidates). */
	readonly connectivity: readonly ConnectivityResult[];
};

/** When an investigation runs: `start`, beside the reproduction; `after`, once go's failure is known and classified. */
export type Phase = 'start' | 'after';

/** What an investigation of `phase` knows. */
export type ContextOf<P extends Phase> = P extends 'after' ? AfterContext : StartContext;

/** What any investigation knows, whatever its phase (the shared checks, a fix that needs only the settings). */
export type InvestigationContext = StartContext;

/** A proxy the connectivity walks measure: a networked GOPROXY entry or a candidate. */
export type MeasuredProxy = {
	readonly url: string;
	/** As written (redact before display). */
	readonly label: string;
	readonly role: 'goproxy' | 'candidate';
	/** The entry's position in GOPROXY, for GOPROXY entries. */
	readonly entryIndex?: number;
};

/** A finished connectivity walk, as investigations see it. */
export type ConnectivityResult = {
	readonly url: string;
	readonly label: string;
	readonly role: 'goproxy' | 'candidate';
	readonly entryIndex?: number;
	/** The walk's verdict (`healthy` when the entry serves the module's version list). */
	readonly verdict: string;
	/** The time the version list took, when it was fetched. */
	readonly listMs?: number;
	/**
	The answer the walk got to `GET <url>/<probeModule>/@v/list` (status, headers, body), when it asked: a check
	that needs the same answer reads it here instead of asking again.
	*/
	readonly listAnswer?: HttpResult;
};

/** What a check gets besides its subject: the deadline it must keep, the environment, the cancel signal. */
export type CheckRun<C extends StartContext = StartContext> = {
	readonly context: C;
	/** The check must end by then (its own cap, cut to the investigation's budget). */
	readonly timeoutMs: number;
	readonly signal?: AbortSignal;
	/** The walk so far: what the earlier checks handed over, for a check that builds on them. */
	readonly walk?: Walk<Subject>;
};

/**
One of the guide's flowcharts as the diagnosis runs it: which subjects it is walked for, how each probe node's
check is done, and what a finished walk means. The flow is data (`source/flow/graphs/`); the checks are small
modules (`source/probes/`); this ties them together. Register it in `investigations.ts`.
*/
export type InvestigationIn<P extends Phase, S extends Subject = Subject> = {
	/** Stable id, e.g. `checksum`. */
	readonly id: string;
	readonly flow: Flow<string, S>;
	/**
	`start`: runs beside the reproduction (settings lint, DNS of every host);
	`after`: runs once go's failure is known and classified (checksum, private modules, cache…).
	*/
	readonly phase: P;
	/** The subjects to walk the flow for; none when the flowchart does not apply. Never throws. */
	readonly subjects: (context: ContextOf<P>) => readonly S[] | Promise<readonly S[]>;
	/**
	Runs the check a probe node asks for. Never throws: a failure is evidence with the probe's "could not check"
	outcome. Must finish within `run.timeoutMs` (pass it on as every command's and request's deadline). The evidence
	comes with the data the findings and later checks read (see `ProbeResult`).
	*/
	readonly check: (pending: PendingProbe, subject: S, run: CheckRun<ContextOf<P>>) => Promise<ProbeResult>;
	/**
	The findings of a finished walk: its category, what it blames, the evidence and the fixes (built from the
	end node's `offers`), and what each explains (see `Explanation`). Without it, a walk that ends in any verdict but
	`healthy` is one finding with no fixes.
	*/
	readonly findings?: (
		walk: Walk<S> & {readonly phase: 'done'},
		context: ContextOf<P>,
	) => readonly ExplainingFinding[] | Promise<readonly ExplainingFinding[]>;
	/**
	What a finished walk says about a proxy the connectivity walks measured, whether or not it makes a finding: the
	conclusion ranks the mirrors with it (a proxy that serves altered content, or whose server is broken, is not the
	one to recommend). The conclusion merges every flowchart's judgements the same way.
	*/
	readonly judge?: (walk: Walk<S> & {readonly phase: 'done'}) => readonly ProxyJudgement[];
	/**
	`after` investigations: called at the start of the diagnosis, beside the walks, to start the requests its checks
	will probably make, through `context.system` (which has no `reproduction`, `classified` or `connectivity` yet).
	The diagnosis keeps each answer for the first check that makes the same request (method, URL, body handling),
	so a check that must wait for go need not then wait for a slow server as well; an answer no check asks for is
	dropped, and the request canceled, when the diagnosis ends. Never throws.
	*/
	readonly prefetch?: (context: StartContext) => void | Promise<void>;
	/**
	`after` investigations that judge proxies: whether `proxy`, whose connectivity walk served the version list,
	passes this flowchart's check, so that the fix may recommend it (§3.1: it serves the go.mod go.sum records).
	The diagnosis stops waiting for the candidates still running once a proxy passes every investigation's
	check (they are slower; see `run-diagnosis.ts`). Asked with the after phase's context; never throws.
	*/
	readonly vouchesFor?: (proxy: ConnectivityResult, context: AfterContext) => Promise<boolean>;
	/**
	`after` investigations: whether this diagnosis needs every candidate's walk (§2.4: the candidates are witnesses
	of a checksum mismatch), so the diagnosis waits for them all.
	*/
	readonly waitsForEveryCandidate?: (context: AfterContext) => boolean;
};

/** One of the guide's flowcharts as the diagnosis runs it, in whichever phase it runs. */
export type Investigation<S extends Subject = Subject> = InvestigationIn<'start', S> | InvestigationIn<'after', S>;

/**
A flowchart's judgement of a proxy (by URL): the category it puts the proxy in (`healthy` when it passed), and, for
a check of what the proxy serves against go.sum, whether that content is correct.
*/
export type ProxyJudgement = {
	readonly url: string;
	readonly verdict: Category;
	readonly content?: 'correct' | 'altered';
};

/** Any investigation, whatever its subject type (for registries). */
export type AnyInvestigation = Investigation<any>;
