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
What an investigation knows when it chooses its subjects: go's settings, the project, and (for `after`
investigations) what go did and what the connectivity walks found.
*/
export type InvestigationContext = {
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
	The GOPROXY entries and candidates the connectivity walks measure (every phase): a `start` investigation can
	ask them its own question at the same time as the walks.
	*/
	readonly proxies?: readonly MeasuredProxy[];
	/** `after` investigations only: what `go mod download` did. */
	readonly reproduction?: Reproduction;
	/** `after` investigations only: go's error, classified (empty when go succeeded). */
	readonly classified?: readonly ClassifiedItem[];
	/** `after` investigations only: the finished connectivity walks (GOPROXY entries and candidates). */
	readonly connectivity?: readonly ConnectivityResult[];
};

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
export type CheckRun = {
	readonly context: InvestigationContext;
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
export type Investigation<S extends Subject = Subject> = {
	/** Stable id, e.g. `checksum`. */
	readonly id: string;
	readonly flow: Flow<string, S>;
	/**
	`start`: runs beside the reproduction (settings lint, DNS of every host);
	`after`: runs once go's failure is known and classified (checksum, private modules, cache…).
	*/
	readonly phase: 'start' | 'after';
	/** The subjects to walk the flow for; none when the flowchart does not apply. Never throws. */
	readonly subjects: (context: InvestigationContext) => readonly S[] | Promise<readonly S[]>;
	/**
	Runs the check a probe node asks for. Never throws: a failure is evidence with the probe's "could not check"
	outcome. Must finish within `run.timeoutMs` (pass it on as every command's and request's deadline). The evidence
	comes with the data the findings and later checks read (see `ProbeResult`).
	*/
	readonly check: (pending: PendingProbe, subject: S, run: CheckRun) => Promise<ProbeResult>;
	/**
	The findings of a finished walk: its category, what it blames, the evidence and the fixes (built from the
	end node's `offers`), and what each explains (see `Explanation`). Without it, a walk that ends in any verdict but
	`healthy` is one finding with no fixes.
	*/
	readonly findings?: (
		walk: Walk<S> & {readonly phase: 'done'},
		context: InvestigationContext,
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
	readonly prefetch?: (context: InvestigationContext) => void | Promise<void>;
	/**
	`after` investigations that judge proxies: whether `proxy`, whose connectivity walk served the version list,
	passes this flowchart's check, so that the fix may recommend it (§3.1: it serves the go.mod go.sum records).
	The diagnosis stops waiting for the candidates still running once a proxy passes every investigation's
	check (they are slower; see `run-diagnosis.ts`). Asked with the after phase's context; never throws.
	*/
	readonly vouchesFor?: (proxy: ConnectivityResult, context: InvestigationContext) => Promise<boolean>;
	/**
	`after` investigations: whether this diagnosis needs every candidate's walk (§2.4: the candidates are witnesses
	of a checksum mismatch), so the diagnosis waits for them all.
	*/
	readonly waitsForEveryCandidate?: (context: InvestigationContext) => boolean;
};

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
