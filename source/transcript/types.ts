import type {VerdictContext} from '../diagnose/verdict-line.js';
import type {Text} from '../i18n/message.js';
import type {Evidence, Finding, SetAside, Setting} from '../model/report.js';

/**
The session as an append-only log. The wizard and `diagnose` append entries as things happen; exports
(`render-markdown.ts`, `render-json.ts`) read it, redacting on the way out. Entries hold raw values:
nothing here is redacted yet.
*/
export type TranscriptEntry =
	| {
			readonly kind: 'session';
			readonly at: string;
			readonly toolVersion: string;
			/** The directory diagnosed. */
			readonly dir: string;
			/** `--module`, when given. */
			readonly module?: string;
	  }
	| {
			readonly kind: 'settings';
			readonly at: string;
			/** `go version` output, e.g. `go1.26.8 linux/amd64`. */
			readonly goVersion: string;
			readonly settings: readonly Setting[];
	  }
	| {
			/** A command the tool ran outside a flowchart node (the reproduction, a fix, a verification). */
			readonly kind: 'command';
			readonly at: string;
			/** What it was for, e.g. `Reproduce the failure`. */
			readonly title: Text;
			readonly argv: readonly string[];
			readonly exitCode: number | undefined;
			readonly timedOut: boolean;
			readonly durationMs: number;
			/** Trimmed combined output (go's own words, or what the wizard says of a run that printed none). */
			readonly output: Text;
	  }
	| {
			/** One flowchart node that ran: its question, the check, the branch taken. */
			readonly kind: 'step';
			readonly at: string;
			/** The flowchart, e.g. `connectivity`. */
			readonly flow: string;
			/** What the flowchart is walked for, e.g. a GOPROXY entry. */
			readonly subject: string;
			readonly node: string;
			readonly question: Text;
			readonly evidence: Evidence;
			/** The edge label taken. */
			readonly branch: string;
			/** The node the edge leads to. */
			readonly next: string;
	  }
	| {
			readonly kind: 'conclusion';
			readonly at: string;
			/** What the headline in plain words is said from, with the first finding (see `verdictLine`). */
			readonly verdict?: VerdictContext;
			readonly findings: readonly Finding[];
	  }
	| {
			readonly kind: 'choice';
			readonly at: string;
			readonly question: Text;
			readonly answer: Text;
	  }
	| {
			readonly kind: 'fix';
			readonly at: string;
			readonly fixId: string;
			readonly title: Text;
			readonly status: 'applied' | 'failed' | 'declined' | 'shadowed';
			readonly detail: Text;
	  }
	| {
			readonly kind: 'verify';
			readonly at: string;
			readonly ok: boolean;
			readonly summary: Text;
	  }
	| {
			readonly kind: 'undo';
			readonly at: string;
			readonly ok: boolean;
			readonly summary: Text;
	  }
	| {readonly kind: 'note'; readonly at: string; readonly text: Text};

/** A flowchart walked during the session, for the mermaid diagram of the path taken. */
export type WalkedFlow = {
	/** The flowchart's id, e.g. `connectivity`. */
	readonly flow: string;
	readonly subject: string;
	/** Node ids in the order visited. */
	readonly path: readonly string[];
	/** The outcome, a category id or `healthy`. */
	readonly verdict?: string;
	/** A candidate the diagnosis stopped waiting for (see `walk-set-aside`). */
	readonly notWaitedFor?: SetAside;
};

export type Transcript = {
	readonly startedAt: string;
	readonly entries: readonly TranscriptEntry[];
	readonly walks: readonly WalkedFlow[];
};
