import {reproductionErrorText, type DownloadStop} from '../go/reproduce-download.js';
import type {DownloadProgress} from '../go/download-progress.js';
import type {Subject} from '../flow/define-flow.js';
import type {Walk} from '../flow/walk.js';
import type {Finding, SetAside, Setting} from '../model/report.js';
import type {SessionState} from '../session/reduce-session.js';
import {notWaitedFor, type Conclusion} from '../diagnose/conclude.js';
import {verdictLine} from '../diagnose/verdict-line.js';
import {renderDeep, renderText, type Rendered, type TextTree} from '../i18n/message.js';
import type {Settlement} from '../diagnose/settle-alternatives.js';

/** The version of the `diagnose --json` shape. Bumped only for incompatible changes. */
export const reportSchemaVersion = 1;

/** The object `gomod-doctor diagnose --json` prints. A public interface: see the README. */
export type DiagnoseReport = {
	readonly schemaVersion: typeof reportSchemaVersion;
	readonly tool: {readonly name: 'gomod-doctor'; readonly version: string};
	readonly dir: string;
	readonly module?: string;
	readonly headline: string;
	/** The headline in plain words, led by the concrete symptom (`502 Bad Gateway`, `refuses connections`…); added in 0.1. */
	readonly verdict?: string;
	readonly exitCode: 0 | 1;
	readonly go: {
		readonly version?: string;
		readonly goenvFile?: string;
		readonly settings: readonly Setting[];
	} | null;
	readonly reproduction: {
		readonly argv: readonly string[];
		readonly exitCode: number | null;
		readonly timedOut: boolean;
		readonly durationMs: number;
		readonly ok: boolean;
		readonly headline: string;
		/** Go's error text: stderr and the failing modules' errors. */
		readonly error: string;
		/** How far go got, as its module cache showed while it ran. */
		readonly progress?: DownloadProgress;
		/** Why gomod-doctor stopped go (`timedOut`): no progress for the deadline, or for the shorter limit while its entry was silent. */
		readonly stopped?: DownloadStop;
	} | null;
	readonly findings: ReadonlyArray<Rendered<Finding>>;
	/** When go's message left several causes open (classify's primary and alternatives): which one the checks settled on. */
	readonly settled?: Rendered<Settlement>;
	/** The flowchart nodes visited: one walk per GOPROXY entry or candidate, and one per investigation subject. */
	readonly path: ReadonlyArray<{
		readonly flow: string;
		readonly subject: string;
		/** `check` for the walks of the other flowcharts (see `investigation`). */
		readonly role: 'goproxy' | 'candidate' | 'check';
		readonly entryIndex?: number;
		/** For `check` walks: the investigation's id. */
		readonly investigation?: string;
		readonly nodes: ReadonlyArray<{readonly node: string; readonly question: string; readonly branch: string; readonly next: string}>;
		readonly end: string;
		readonly verdict: string | null;
		/** The fix ids the verdict's node offers (the flowchart's fix nodes). */
		readonly offers: readonly string[];
		/** A candidate the diagnosis stopped waiting for (its walk ends where it stopped, `verdict` null). */
		readonly notWaitedFor?: SetAside;
	}>;
	/** The proxies measured, GOPROXY entries and candidates, with their verdicts. */
	readonly proxies: Conclusion['health'];
	readonly durationMs: number;
};

/**
Builds the report of a finished session, every message said in `tree`'s language (`diagnose --json` passes
English: the report is for programs). Values are raw: redact (`redactDeep`) before printing.
*/
export function buildReport(state: SessionState, toolVersion: string, tree: TextTree): DiagnoseReport {
	const {conclusion} = state;
	const first = conclusion?.findings[0];
	const reproduction = state.reproduction.phase === 'done' ? state.reproduction.result : undefined;
	return {
		schemaVersion: reportSchemaVersion,
		tool: {name: 'gomod-doctor', version: toolVersion},
		dir: state.dir,
		...(state.module === undefined ? {} : {module: state.module}),
		headline: conclusion === undefined ? 'The diagnosis did not finish.' : renderText(conclusion.headline, tree),
		...(conclusion === undefined || first === undefined ? {} : {verdict: verdictLine(first, conclusion.verdict, tree).line}),
		exitCode: conclusion?.exitCode ?? 1,
		go:
			state.snapshot === undefined
				? null
				: {version: state.snapshot.goVersion, goenvFile: state.snapshot.goenvFile, settings: state.snapshot.settings},
		reproduction:
			reproduction === undefined
				? null
				: {
						argv: reproduction.argv,
						exitCode: reproduction.exitCode ?? null,
						timedOut: reproduction.timedOut,
						durationMs: Math.round(reproduction.durationMs),
						ok: reproduction.ok,
						headline: renderText(reproduction.headline, tree),
						error: reproductionErrorText(reproduction),
						...(reproduction.progress === undefined ? {} : {progress: reproduction.progress}),
						...(reproduction.stopped === undefined ? {} : {stopped: reproduction.stopped}),
					},
		findings: renderDeep(conclusion?.findings ?? [], tree),
		...(conclusion?.settled === undefined ? {} : {settled: renderDeep(conclusion.settled, tree)}),
		path: state.walks.map((view) => ({
			flow: view.walk.flow,
			subject: view.walk.subject.label,
			role: view.role,
			...(view.role === 'check' ? {investigation: view.investigation} : view.entryIndex === undefined ? {} : {entryIndex: view.entryIndex}),
			...pathOf(view.walk, tree),
			...notWaitedFor(view),
		})),
		proxies: conclusion?.health ?? [],
		durationMs: Math.round(state.durationMs ?? 0),
	};
}

function pathOf(walk: Walk<Subject>, tree: TextTree) {
	return {
		nodes: walk.visits.map(({node, question, branch, next}) => ({node, question: renderText(question, tree), branch, next})),
		end: walk.current,
		verdict: walk.phase === 'done' ? walk.verdict : null,
		offers: walk.phase === 'done' ? walk.offers : [],
	};
}
