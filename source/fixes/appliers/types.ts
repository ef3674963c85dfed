/**
The contract of a fix applier: one module per `Fix['kind']` (index.ts dispatches through a record keyed by the
kind, so a kind without an applier does not compile). An applier makes its change through the apply-*.ts module of
its kind, which journals the change before making it; hands the journal entry to the change ledger (for the
session's Undo); and verifies by running go again. It reports what it did as events and returns the outcome.
*/
import type {Text} from '../../i18n/message.js';
import type {FileDiff} from '../../model/line-diff.js';
import type {Fix} from '../../model/report.js';
import type {Environment, System} from '../../system/types.js';
import type {TranscriptEntry} from '../../transcript/types.js';
import type {ChangeLedger} from '../change-ledger.js';
import type {Verify} from '../verify.js';

/** What an applier reports while it works; the session records them (and the wizard a fix the user `declined`). */
export type FixEvent =
	| {
			readonly type: 'fix-finished';
			readonly at: string;
			readonly fix: Fix;
			readonly status: 'applied' | 'failed' | 'declined' | 'shadowed';
			readonly detail: Text;
	  }
	/** A command the applier ran (the fix, a verification): recorded as the transcript's `command` entry. */
	| ({readonly type: 'command-finished'} & Omit<Extract<TranscriptEntry, {kind: 'command'}>, 'kind'>)
	| {readonly type: 'verified'; readonly at: string; readonly ok: boolean; readonly summary: Text};

export type FixEmit = (event: FixEvent) => void;

/** How applying a fix ended, after go was run again to check it. */
export type FixOutcome = {
	/**
	`fixed`: applied, and go really downloads now; `not-fixed`: applied, but go still fails;
	`shadowed`: an OS environment variable overrides the GOENV value, so `go env -w` changes nothing go sees;
	`failed`: `go env -w` itself failed (nothing was changed).
	*/
	readonly status: 'fixed' | 'not-fixed' | 'shadowed' | 'failed';
	/** One or two sentences for the user. */
	readonly summary: Text;
	/** For `shadowed`: the lines to change in the shell profile instead; for a `shell` fix: its lines, for the profile. */
	readonly shellLines?: readonly string[];
	/**
	A `shell` fix: its lines were applied to the wizard's own re-run of go only (`fixed`: go downloads with them);
	nothing on the machine was changed, so there is nothing to undo and the problem stays until the user adds them.
	*/
	readonly verifiedOnly?: boolean;
	/** The journal entry that records the change, for undo. */
	readonly journalId?: string;
	/** For `command` fixes: what the command changed in go.mod and go.sum. */
	readonly diffs?: readonly FileDiff[];
	/** For `command` fixes: `files` (Undo writes go.mod/go.sum back), `none` (it cannot be undone), `nothing` (it changed no file of yours). */
	readonly undo?: 'files' | 'none' | 'nothing';
	/** What the wizard offers next, after a fix that works (e.g. `go mod tidy -v`). */
	readonly followUps?: readonly Fix[];
};

/** What the user typed for a fix: a `netrc` fix's login and token. Held in memory only, never emitted or recorded. */
export type FixInput = {
	readonly login?: string;
	readonly secret?: string;
};

/** Everything an applier may use: the session's settings, its ledger, its verifier. */
export type ApplyContext = {
	readonly system: System;
	/** The Go module directory. */
	readonly dir: string;
	/** The environment go runs with. */
	readonly env: Environment;
	/** `--timeout` (the diagnosis's deadline). */
	readonly timeoutMs: number;
	/** The deadline of each go command a fix runs: `timeoutMs`, at least 10 s. */
	readonly goTimeoutMs: number;
	readonly emit: FixEmit;
	readonly signal: AbortSignal;
	/** What the user typed for this fix. */
	readonly input?: FixInput;
	/** This session's changes, for undo. */
	readonly ledger: ChangeLedger;
	/** Runs go again to check a fix. */
	readonly verify: Verify;
	/** The session's redactor. */
	readonly redact: (text: string) => string;
};

/** Applies one kind of fix, after the user confirmed it. */
export type Applier = (fix: Fix, context: ApplyContext) => Promise<FixOutcome>;
