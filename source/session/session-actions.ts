import type {FixInput, FixOutcome} from '../fixes/appliers/types.js';
import type {UndoOutcome} from '../fixes/change-ledger.js';
import type {Fix} from '../model/report.js';
import type {SessionEvent, SessionState} from './reduce-session.js';

export type Emit = (event: SessionEvent) => void;

export type {FixInput, FixOutcome} from '../fixes/appliers/types.js';
export type {UndoOutcome} from '../fixes/change-ledger.js';

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
