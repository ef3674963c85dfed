import type {FileDiff} from '../model/line-diff.js';
import type {Fix} from '../model/report.js';
import type {SessionEvent, SessionState} from './reduce-session.js';

export type Emit = (event: SessionEvent) => void;

/** How applying a fix ended, after go was run again to check it. */
export type FixOutcome = {
	/**
	`fixed`: applied, and go really downloads now; `not-fixed`: applied, but go still fails;
	`shadowed`: an OS environment variable overrides the GOENV value, so `go env -w` changes nothing go sees;
	`failed`: `go env -w` itself failed (nothing was changed).
	*/
	readonly status: 'fixed' | 'not-fixed' | 'shadowed' | 'failed';
	/** One or two sentences for the user. */
	readonly summary: string;
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

export type UndoOutcome = {
	readonly ok: boolean;
	readonly summary: string;
	/** Whether anything was left to undo. */
	readonly nothingToUndo: boolean;
};

/**
Everything the wizard does to the world, behind one interface: the UI calls these and renders the events
they emit; tests hand in scripted fakes. `create-session-actions.ts` makes the real ones.
*/
export type SessionActions = {
	/** Runs the diagnosis, emitting progress events. */
	readonly diagnose: (emit: Emit, signal: AbortSignal) => Promise<void>;
	/**
	Records the change in the journal, runs `go env -w`, reads it back and runs the reproduction again. `input`: what
	the user typed for the fix (a `netrc` fix's login and token); it is used for the change only, never emitted.
	*/
	readonly applyFix: (fix: Fix, emit: Emit, signal: AbortSignal, input?: FixInput) => Promise<FixOutcome>;
	/** Restores every value the journal still holds as changed. */
	readonly undo: (emit: Emit, signal: AbortSignal) => Promise<UndoOutcome>;
	/**
	Restores the changes earlier runs left (journal entries `ids`, from the start's notice of unfinished changes).
	Optional: a session that never shows such a notice needs none.
	*/
	readonly undoEarlier?: (ids: readonly string[], emit: Emit, signal: AbortSignal) => Promise<UndoOutcome>;
	/**
	Waits for a fix still being applied (the user quit meanwhile: a started go env -w is let finish), then returns
	the settings this session changed that are still changed. Optional, like `undoEarlier`.
	*/
	readonly settle?: () => Promise<readonly string[]>;
	/** Writes the transcript (Markdown and JSON, redacted) and returns where. */
	/** `replacing`: an earlier export of this session, which the new one replaces (one session, one transcript). */
	readonly exportTranscript: (
		state: SessionState,
		replacing?: {readonly markdownPath: string; readonly jsonPath: string},
	) => Promise<{readonly markdownPath: string; readonly jsonPath: string}>;
	/** Removes secrets from text before it is drawn. */
	readonly redact: (text: string) => string;
};
