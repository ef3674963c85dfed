import {assertNever} from '../model/assert-never.js';
import type {Fix} from '../model/report.js';
import {reduceSession, type SessionEvent, type SessionState} from '../session/reduce-session.js';
import type {FixInput, FixOutcome, UndoOutcome} from '../session/session-actions.js';
import {formatEnvCommand} from '../model/format.js';
import {say, type Text} from '../i18n/index.js';
import {describeChange, type UnfinishedChange} from '../fixes/unfinished-changes.js';

/** Answers given on the command line instead of at the keyboard. */
export type WizardAnswers = {
	/** The id of the fix to apply without asking which. */
	readonly fix?: string;
	/** Confirm without asking. */
	readonly yes?: boolean;
};

/** Where the transcript was written. */
export type ExportedPaths = {readonly markdownPath: string; readonly jsonPath: string};

/** What the wizard hands back when it ends, for `cli.tsx` to write after Ink unmounts. */
export type WizardResult = {
	readonly state: SessionState;
	/** The last export, when there was one. */
	readonly exported?: ExportedPaths;
	/**
	0: nothing is wrong, or the last fix applied made `go mod download` work (and was not undone);
	1: a problem was found and is still there; 2: the diagnosis did not reach a conclusion (it failed, or the
	user quit before it ended); 130: the user pressed Ctrl-C (as a shell reports an interrupt).
	*/
	readonly exitCode: 0 | 1 | 2 | 130;
};

/** Where the wizard stands. One phase at a time; each names the external work it waits on, if any. */
export type WizardPhase =
	| {readonly kind: 'diagnosing'}
	/** `standing`: the ids of the fixes applied this session and still in effect ("Try another fix"): not offered again. */
	| {readonly kind: 'choosing'; readonly standing?: readonly string[]}
	| {readonly kind: 'confirming'; readonly fix: Fix}
	/**
	A `netrc` fix: the login and the token are asked for (the token typed hidden) instead of y/N. `login`: the
	login typed, once it was; the token is asked for then.
	*/
	| {readonly kind: 'credentials'; readonly fix: Fix; readonly login?: string}
	/** `input`: what was typed for the fix (a `netrc` fix's login and token); in memory only, never recorded. */
	| {readonly kind: 'applying'; readonly fix: Fix; readonly input?: FixInput}
	| {
			readonly kind: 'result';
			readonly fix: Fix;
			readonly outcome: FixOutcome;
			readonly undone?: UndoOutcome;
			/** ApplyFix threw: whether it changed anything is unknown, so the undo is offered. */
			readonly changeUnknown?: boolean;
	  }
	/** "Undo this change" was picked: it asks its own y/N before it reverts anything. */
	| {readonly kind: 'confirming-undo'; readonly fix: Fix; readonly outcome: FixOutcome; readonly changeUnknown?: boolean}
	| {readonly kind: 'undoing'; readonly fix: Fix; readonly outcome: FixOutcome; readonly changeUnknown?: boolean}
	/** Undoing changes earlier runs left (the journal entries `ids`), from the start's notice. */
	| {readonly kind: 'undoing-earlier'; readonly ids: readonly string[]}
	| {readonly kind: 'exiting'};

/** One item of a menu. */
export type MenuChoice =
	| {readonly kind: 'fix'; readonly fix: Fix}
	| {readonly kind: 'evidence'}
	| {readonly kind: 'export'}
	| {readonly kind: 'undo'}
	| {readonly kind: 'undo-earlier'}
	| {readonly kind: 'another'}
	| {readonly kind: 'quit'};

/**
What the screen's log shows, in order, above the live region (Ink's `<Static>`): finished sections only, so
that entries never change once drawn.
*/
export type LogEntry =
	| {readonly kind: 'header'}
	/** `journalProblem`: the journal could not be read, so what earlier runs changed is unknown. */
	| {readonly kind: 'earlier'; readonly changes: readonly UnfinishedChange[]; readonly journalProblem?: Text}
	| {readonly kind: 'settings'}
	| {readonly kind: 'reproduction'}
	| {readonly kind: 'walk'; readonly walkId: string}
	| {readonly kind: 'conclusion'}
	| {readonly kind: 'evidence'}
	| {readonly kind: 'instructions'; readonly fix: Fix}
	| {readonly kind: 'declined'; readonly fix: Fix}
	| {
			readonly kind: 'command';
			readonly title: Text;
			readonly argv: readonly string[];
			readonly exitCode: number | undefined;
			readonly timedOut: boolean;
			readonly durationMs: number;
	  }
	| {readonly kind: 'fix-result'; readonly fix: Fix; readonly outcome: FixOutcome}
	| {readonly kind: 'fix-crashed'; readonly fix: Fix; readonly message: string}
	| {readonly kind: 'undo-result'; readonly outcome: UndoOutcome}
	| {readonly kind: 'exported'; readonly paths: ExportedPaths}
	| {readonly kind: 'problem'; readonly text: Text};

export type WizardState = {
	readonly session: SessionState;
	readonly phase: WizardPhase;
	readonly log: readonly LogEntry[];
	readonly answers: WizardAnswers;
	/** The export running now, with the session as it was when asked for. */
	readonly exporting?: {readonly id: number; readonly session: SessionState};
	/** How many exports were asked for (gives each its id). */
	readonly exportCount: number;
	readonly exported?: ExportedPaths;
	/** The key help is open. */
	readonly help: boolean;
	/** Changes earlier runs made and did not finish or undo (the journal); offered for undo until undone. */
	readonly earlier: readonly UnfinishedChange[];
	/**
	The highlighted row of the menu or the confirmation `phase` shows. It belongs to that phase object: when the
	phase changes, the new one starts on its default row (`defaultRow`).
	*/
	readonly cursor?: {readonly phase: WizardPhase; readonly index: number};
	/** What is typed in the text field of `phase` (a `.netrc` login or token), and why Enter refused it. */
	readonly field?: {readonly phase: WizardPhase; readonly value: string; readonly problem?: Text};
	/**
	`y` confirmed a change at this time (ms): an Enter typed right after it (`y⏎`, a habit) is part of the same
	answer and is dropped, instead of choosing in the menu that comes next.
	*/
	readonly confirmedByKeyAt?: number;
	/** The user pressed Ctrl-C: the wizard ends with 130. */
	readonly interrupted?: boolean;
	/**
	The ids of the fixes applied in this session that still stand (not failed, not only verified, not undone), in
	the order applied: "Try another fix" offers none of them again, however many fixes came after.
	*/
	readonly standing?: readonly string[];
};

/**
What happens to the wizard. Every action that records something carries its own time (`at`), so the reducer
stays pure.
*/
export type WizardAction =
	| {readonly type: 'session'; readonly event: SessionEvent}
	| {readonly type: 'diagnosis-returned'; readonly at: string}
	| {readonly type: 'diagnosis-failed'; readonly at: string; readonly message: string}
	| {readonly type: 'picked'; readonly at: string; readonly choice: MenuChoice}
	/** `byKey`: the answer was the `y` key (an Enter right after it is dropped, see `confirmedByKeyAt`). */
	| {readonly type: 'confirmed'; readonly at: string; readonly yes: boolean; readonly byKey?: boolean}
	/** The answer to "Undo this change?". */
	| {readonly type: 'undo-confirmed'; readonly at: string; readonly yes: boolean}
	/** The login of a `netrc` fix was typed; the token is asked for next. */
	| {readonly type: 'login-entered'; readonly login: string}
	/** The login and token of a `netrc` fix were typed (the token is never recorded). */
	| {readonly type: 'credentials-entered'; readonly at: string; readonly login: string; readonly secret: string}
	| {readonly type: 'credentials-canceled'; readonly at: string}
	/** `record`: applyFix did not record a `fix-finished` itself. */
	| {readonly type: 'fix-returned'; readonly at: string; readonly outcome: FixOutcome; readonly record: boolean}
	| {readonly type: 'fix-failed'; readonly at: string; readonly message: string}
	/** `record`: undo did not record an `undone` itself. */
	| {readonly type: 'undo-returned'; readonly at: string; readonly outcome: UndoOutcome; readonly record: boolean}
	| {readonly type: 'undo-failed'; readonly at: string; readonly message: string}
	| {readonly type: 'earlier-undo-returned'; readonly at: string; readonly outcome: UndoOutcome}
	| {readonly type: 'earlier-undo-failed'; readonly at: string; readonly message: string}
	| {readonly type: 'export-requested'; readonly at: string}
	| {readonly type: 'export-returned'; readonly id: number; readonly paths: ExportedPaths}
	| {readonly type: 'export-failed'; readonly id: number; readonly at: string; readonly message: string}
	| {readonly type: 'help-toggled'}
	/** `interrupt`: Ctrl-C (the wizard then ends with 130). */
	| {readonly type: 'quit'; readonly at: string; readonly interrupt?: boolean};

/**
The wizard as it starts. `earlier`: changes earlier runs left in the journal (see `unfinished-changes.ts`): shown as
a notice under the header, recorded in the transcript, and offered for undo in the menu.
*/
export function initialWizardState(options: {
	session: SessionState;
	answers?: WizardAnswers;
	earlier?: readonly UnfinishedChange[];
	/** The journal could not be read (the notice says so instead of saying nothing). */
	journalProblem?: Text;
}): WizardState {
	const earlier = options.earlier ?? [];
	const {journalProblem} = options;
	const state: WizardState = {
		session: options.session,
		phase: options.session.phase === 'concluded' ? {kind: 'choosing'} : {kind: 'diagnosing'},
		log:
			earlier.length === 0 && journalProblem === undefined
				? [{kind: 'header'}]
				: [{kind: 'header'}, {kind: 'earlier', changes: earlier, ...(journalProblem === undefined ? {} : {journalProblem})}],
		answers: options.answers ?? {},
		exportCount: 0,
		help: false,
		earlier,
	};
	if (journalProblem !== undefined) {
		return record(state, {type: 'note', at: options.session.startedAt, text: say.robust.journalUnreadable(journalProblem)});
	}

	if (earlier.length === 0) {
		return state;
	}

	const text = say.common.lines([say.robust.earlierTitle(earlier.length), ...earlier.map((change) => describeChange(change))]);
	return record(state, {type: 'note', at: options.session.startedAt, text});
}

/**
The wizard's pure reducer: session events go through `reduceSession` (which keeps the transcript), the user's
choices move the phase and are recorded as `chose` events. A phase object is replaced only when the phase
changes, so that the work it waits on starts once.
*/
export function reduceWizard(state: WizardState, action: WizardAction): WizardState {
	switch (action.type) {
		case 'session': {
			return onSessionEvent(state, action.event);
		}

		case 'diagnosis-returned': {
			return onDiagnosisReturned(state, action);
		}

		case 'diagnosis-failed': {
			return onDiagnosisFailed(state, action);
		}

		case 'picked': {
			return onPicked(state, action.choice, action.at);
		}

		case 'credentials-entered': {
			return onCredentialsEntered(state, action);
		}

		case 'credentials-canceled': {
			return onCredentialsCanceled(state, action);
		}

		case 'confirmed': {
			return onConfirmed(state, action);
		}

		case 'undo-confirmed': {
			return onUndoConfirmed(state, action);
		}

		case 'login-entered': {
			return onLoginEntered(state, action);
		}

		case 'fix-returned': {
			return onFixReturned(state, action);
		}

		case 'fix-failed': {
			return onFixFailed(state, action);
		}

		case 'undo-returned': {
			return onUndoReturned(state, action);
		}

		case 'undo-failed': {
			return onUndoFailed(state, action);
		}

		case 'earlier-undo-returned': {
			return onEarlierUndoReturned(state, action);
		}

		case 'earlier-undo-failed': {
			return onEarlierUndoFailed(state, action);
		}

		case 'export-requested': {
			return requestExport(state);
		}

		case 'export-returned': {
			return onExportReturned(state, action);
		}

		case 'export-failed': {
			return onExportFailed(state, action);
		}

		case 'help-toggled': {
			return {...state, help: !state.help};
		}

		case 'quit': {
			return onQuit(state, action);
		}

		default: {
			return assertNever(action);
		}
	}
}

function onDiagnosisReturned(state: WizardState, action: Extract<WizardAction, {type: 'diagnosis-returned'}>): WizardState {
	if (state.phase.kind !== 'diagnosing') {
		return state;
	}

	return record(
		{...state, phase: {kind: 'choosing'}, log: [...state.log, {kind: 'problem', text: say.wizard.diagnosisIncomplete}]},
		{
			type: 'note',
			at: action.at,
			text: say.wizard.diagnosisIncomplete,
		},
	);
}

function onDiagnosisFailed(state: WizardState, action: Extract<WizardAction, {type: 'diagnosis-failed'}>): WizardState {
	if (state.phase.kind !== 'diagnosing') {
		return state;
	}

	const text = say.wizard.diagnosisFailed(action.message);
	return record({...state, phase: {kind: 'choosing'}, log: [...state.log, {kind: 'problem', text}]}, {type: 'note', at: action.at, text});
}

function onUndoConfirmed(state: WizardState, action: Extract<WizardAction, {type: 'undo-confirmed'}>): WizardState {
	if (state.phase.kind !== 'confirming-undo') {
		return state;
	}

	const {fix, outcome, changeUnknown} = state.phase;
	const rest = {fix, outcome, ...(changeUnknown === undefined ? {} : {changeUnknown})};
	const chosen = record(state, {
		type: 'chose',
		at: action.at,
		question: say.wizard.questions.undo,
		answer: action.yes ? say.wizard.yes : say.wizard.no,
	});
	return {...chosen, phase: action.yes ? {kind: 'undoing', ...rest} : {kind: 'result', ...rest}};
}

function onLoginEntered(state: WizardState, action: Extract<WizardAction, {type: 'login-entered'}>): WizardState {
	if (state.phase.kind !== 'credentials' || state.phase.login !== undefined) {
		return state;
	}

	return {...state, phase: {kind: 'credentials', fix: state.phase.fix, login: action.login}};
}

function onExportReturned(state: WizardState, action: Extract<WizardAction, {type: 'export-returned'}>): WizardState {
	if (state.exporting?.id !== action.id) {
		return state;
	}

	const {exporting: _done, ...rest} = state;
	return {...rest, exported: action.paths, log: [...state.log, {kind: 'exported', paths: action.paths}]};
}

function onExportFailed(state: WizardState, action: Extract<WizardAction, {type: 'export-failed'}>): WizardState {
	if (state.exporting?.id !== action.id) {
		return state;
	}

	const {exporting: _done, ...rest} = state;
	const text = say.wizard.exportFailed(action.message);
	return record({...rest, log: [...state.log, {kind: 'problem', text}]}, {type: 'note', at: action.at, text});
}

function onCredentialsEntered(state: WizardState, action: Extract<WizardAction, {type: 'credentials-entered'}>): WizardState {
	if (state.phase.kind !== 'credentials') {
		return state;
	}

	const {fix} = state.phase;
	// The transcript says that credentials were given, for which machine and login; never the token.
	const chosen = record(state, {
		type: 'chose',
		at: action.at,
		question: say.private.netrcHeading(fix.netrc?.machine ?? '', fix.netrc?.file ?? ''),
		answer: `login ${action.login}, token (hidden)`,
	});
	return {...chosen, phase: {kind: 'applying', fix, input: {login: action.login, secret: action.secret}}};
}

function onCredentialsCanceled(state: WizardState, action: Extract<WizardAction, {type: 'credentials-canceled'}>): WizardState {
	if (state.phase.kind !== 'credentials') {
		return state;
	}

	const {fix} = state.phase;
	return record(
		{...state, phase: {kind: 'choosing'}, log: [...state.log, {kind: 'declined', fix}]},
		{type: 'fix-finished', at: action.at, fix, status: 'declined', detail: say.private.netrcCanceled},
	);
}

function onConfirmed(state: WizardState, action: Extract<WizardAction, {type: 'confirmed'}>): WizardState {
	if (state.phase.kind !== 'confirming') {
		return state;
	}

	const {fix} = state.phase;
	const chosen = record(state, {
		type: 'chose',
		at: action.at,
		question: say.wizard.questions.confirm(commandOf(fix)),
		answer: action.yes ? say.wizard.yes : say.wizard.no,
	});
	if (action.yes) {
		return {...chosen, phase: {kind: 'applying', fix}, ...(action.byKey === true ? {confirmedByKeyAt: Date.parse(action.at)} : {})};
	}

	return record(
		{...chosen, phase: {kind: 'choosing'}, log: [...chosen.log, {kind: 'declined', fix}]},
		{type: 'fix-finished', at: action.at, fix, status: 'declined', detail: say.wizard.declinedDetail},
	);
}

function onFixReturned(state: WizardState, action: Extract<WizardAction, {type: 'fix-returned'}>): WizardState {
	if (state.phase.kind !== 'applying') {
		return state;
	}

	const {fix} = state.phase;
	const {outcome} = action;
	// `--fix ID --yes` answered every question: the run ends with the fix's result, like a script.
	const scripted = state.answers.fix !== undefined && state.answers.yes === true;
	// It stands when it did something that was not undone: not failed, and more than a check of shell lines.
	const stands = outcome.status !== 'failed' && outcome.verifiedOnly !== true;
	const next: WizardState = {
		...state,
		phase: scripted ? {kind: 'exiting'} : {kind: 'result', fix, outcome},
		log: [...state.log, {kind: 'fix-result', fix, outcome}],
		...(stands ? {standing: [...(state.standing ?? []).filter((id) => id !== fix.id), fix.id]} : {}),
	};
	return action.record
		? record(next, {type: 'fix-finished', at: action.at, fix, status: fixStatus(outcome), detail: outcome.summary})
		: next;
}

function onFixFailed(state: WizardState, action: Extract<WizardAction, {type: 'fix-failed'}>): WizardState {
	if (state.phase.kind !== 'applying') {
		return state;
	}

	const {fix} = state.phase;
	// Whether anything changed is unknown: offer the undo, which restores what the journal holds.
	const outcome: FixOutcome = {status: 'failed', summary: say.wizard.crashed(action.message)};
	return record(
		{
			...state,
			phase: {kind: 'result', fix, outcome, changeUnknown: true},
			log: [...state.log, {kind: 'fix-crashed', fix, message: action.message}],
		},
		{type: 'fix-finished', at: action.at, fix, status: 'failed', detail: outcome.summary},
	);
}

function onUndoReturned(state: WizardState, action: Extract<WizardAction, {type: 'undo-returned'}>): WizardState {
	if (state.phase.kind !== 'undoing') {
		return state;
	}

	const {fix, outcome} = state.phase;
	const next: WizardState = {
		...state,
		phase: {kind: 'result', fix, outcome, undone: action.outcome},
		log: [...state.log, {kind: 'undo-result', outcome: action.outcome}],
		...(action.outcome.ok ? {standing: (state.standing ?? []).filter((id) => id !== fix.id)} : {}),
	};
	return action.record ? record(next, {type: 'undone', at: action.at, ok: action.outcome.ok, summary: action.outcome.summary}) : next;
}

function onUndoFailed(state: WizardState, action: Extract<WizardAction, {type: 'undo-failed'}>): WizardState {
	if (state.phase.kind !== 'undoing') {
		return state;
	}

	const {fix, outcome} = state.phase;
	const undone: UndoOutcome = {ok: false, summary: action.message, nothingToUndo: false};
	return record(
		{...state, phase: {kind: 'result', fix, outcome, undone}, log: [...state.log, {kind: 'undo-result', outcome: undone}]},
		{type: 'undone', at: action.at, ok: false, summary: action.message},
	);
}

function onEarlierUndoReturned(state: WizardState, action: Extract<WizardAction, {type: 'earlier-undo-returned'}>): WizardState {
	if (state.phase.kind !== 'undoing-earlier') {
		return state;
	}

	const {outcome} = action;
	return record(
		{...state, phase: {kind: 'choosing'}, earlier: outcome.ok ? [] : state.earlier, log: [...state.log, {kind: 'undo-result', outcome}]},
		{type: 'undone', at: action.at, ok: outcome.ok, summary: outcome.summary},
	);
}

function onEarlierUndoFailed(state: WizardState, action: Extract<WizardAction, {type: 'earlier-undo-failed'}>): WizardState {
	if (state.phase.kind !== 'undoing-earlier') {
		return state;
	}

	const outcome: UndoOutcome = {ok: false, summary: say.robust.undoEarlierFailed(action.message), nothingToUndo: false};
	return record(
		{...state, phase: {kind: 'choosing'}, log: [...state.log, {kind: 'undo-result', outcome}]},
		{type: 'undone', at: action.at, ok: false, summary: outcome.summary},
	);
}

function onQuit(state: WizardState, action: Extract<WizardAction, {type: 'quit'}>): WizardState {
	if (state.phase.kind === 'exiting') {
		return state;
	}

	// Quitting in the middle of a step says so in the transcript, which is written all the same.
	const interrupted = interruptedNote(state.phase);
	const noted = interrupted === undefined ? state : record(state, {type: 'note', at: action.at, text: interrupted});
	return record(
		{...noted, phase: {kind: 'exiting'}, ...(action.interrupt === true ? {interrupted: true} : {})},
		{
			type: 'chose',
			at: action.at,
			question: say.wizard.questions.next,
			answer: say.wizard.choices.quit,
		},
	);
}

/** The items of the menu the phase shows (`fixes`: the conclusion's); empty when it shows none. */
export function menuOf(phase: WizardPhase, fixes: readonly Fix[], earlier: readonly UnfinishedChange[] = []): MenuChoice[] {
	switch (phase.kind) {
		case 'choosing': {
			return [
				...fixes.filter((fix) => !(phase.standing ?? []).includes(fix.id)).map((fix): MenuChoice => ({kind: 'fix', fix})),
				...(earlier.length > 0 ? [{kind: 'undo-earlier'} as const] : []),
				{kind: 'evidence'},
				{kind: 'export'},
				{kind: 'quit'},
			];
		}

		case 'result': {
			// A shell fix only ran go with its lines: nothing was changed, so there is nothing to undo.
			const changed =
				phase.outcome.verifiedOnly !== true &&
				(phase.outcome.status !== 'failed' || phase.outcome.journalId !== undefined || phase.changeUnknown === true);
			const canUndo = phase.undone === undefined && changed && (phase.outcome.undo === undefined || phase.outcome.undo === 'files');
			// After a fix that works: what comes next (go mod tidy -v), while the fix stands.
			const next = phase.undone === undefined ? (phase.outcome.followUps ?? []).map((fix): MenuChoice => ({kind: 'fix', fix})) : [];
			// The natural next step first (tidy, or another fix when this one did not work, then export); the undo is
			// never the first row, so that a stray Enter cannot revert anything (it also asks its own y/N).
			const worked = phase.undone === undefined && phase.outcome.status === 'fixed';
			const undo = canUndo ? [{kind: 'undo'} as const] : [];
			return worked
				? [...next, {kind: 'export'}, ...undo, {kind: 'another'}, {kind: 'quit'}]
				: [...next, {kind: 'another'}, {kind: 'export'}, ...undo, {kind: 'quit'}];
		}

		case 'diagnosing':
		case 'confirming':
		case 'confirming-undo':
		case 'credentials':
		case 'applying':
		case 'undoing':
		case 'undoing-earlier':
		case 'exiting': {
			return [];
		}

		default: {
			return assertNever(phase);
		}
	}
}

/** What the wizard hands back: the session with its transcript, the last export, and the exit code. */
export function wizardResult(state: WizardState): WizardResult {
	return {
		state: state.session,
		...(state.exported === undefined ? {} : {exported: state.exported}),
		exitCode: exitCodeOf(state),
	};
}

/**
The command a fix runs, as shown and recorded: with the variables it sets for that run in front, as a shell
runs it (`GOSUMDB=off go mod download …`), so that the line shown is the line that runs.
*/
export function commandOf(fix: Fix): Text {
	if (fix.argv === undefined) {
		return fix.shell?.join('\n') ?? fix.title;
	}

	return formatEnvCommand(fix.env ?? {}, fix.argv);
}

/** A fix the wizard can run: a `go env` change or a command (`go mod tidy -v`, `go get`…), with its exact argv. */
export function isRunnable(fix: Fix): boolean {
	return (
		((fix.kind === 'go-env' || fix.kind === 'command') && fix.argv !== undefined && fix.argv.length > 0) ||
		(fix.kind === 'netrc' && fix.netrc !== undefined) ||
		// Shell lines with the variables they change: checked by running go with them; nothing is written.
		(fix.kind === 'shell' && fix.env !== undefined && Object.keys(fix.env).length > 0)
	);
}

/** The label a menu item has in the transcript. */
export function choiceLabel(choice: MenuChoice): Text {
	switch (choice.kind) {
		case 'fix': {
			return choice.fix.title;
		}

		case 'evidence':
		case 'export':
		case 'undo':
		case 'another':
		case 'quit': {
			return say.wizard.choices[choice.kind];
		}

		case 'undo-earlier': {
			return say.robust.undoEarlierChoice;
		}

		default: {
			return assertNever(choice);
		}
	}
}

/** What the transcript says when the user quits during `phase`; nothing when nothing was running. */
function interruptedNote(phase: WizardPhase): Text | undefined {
	switch (phase.kind) {
		case 'diagnosing': {
			return say.robust.interrupted(say.robust.steps.diagnosis);
		}

		case 'applying': {
			return say.robust.quitWhileApplying(phase.fix.title);
		}

		case 'undoing':
		case 'undoing-earlier': {
			return say.robust.interrupted(say.robust.steps.undo);
		}

		case 'choosing':
		case 'confirming':
		case 'confirming-undo':
		case 'credentials':
		case 'result':
		case 'exiting': {
			return undefined;
		}

		default: {
			return assertNever(phase);
		}
	}
}

function onSessionEvent(state: WizardState, event: SessionEvent): WizardState {
	const session = reduceSession(state.session, event);
	const next = {...state, session};
	switch (event.type) {
		case 'settings': {
			return {...next, log: [...state.log, {kind: 'settings'}]};
		}

		case 'reproduction-finished': {
			return {...next, log: [...state.log, {kind: 'reproduction'}]};
		}

		case 'walk-stepped': {
			return event.walk.phase === 'done' ? {...next, log: [...state.log, {kind: 'walk', walkId: event.walk.id}]} : next;
		}

		case 'diagnosis-finished': {
			// Walks that never finished (a probe was canceled) are still shown, where they stopped.
			const logged = new Set(state.log.flatMap((entry) => (entry.kind === 'walk' ? [entry.walkId] : [])));
			const unfinished = session.walks
				.filter((view) => !logged.has(view.walk.id))
				.map((view): LogEntry => ({kind: 'walk', walkId: view.walk.id}));
			const concluded: WizardState = {...next, log: [...state.log, ...unfinished, {kind: 'conclusion'}]};
			return state.phase.kind === 'diagnosing' ? answerOrChoose(concluded, event.at) : concluded;
		}

		case 'command-finished': {
			const {title, argv, exitCode, timedOut, durationMs} = event;
			return {...next, log: [...state.log, {kind: 'command', title, argv, exitCode, timedOut, durationMs}]};
		}

		case 'note': {
			return {...next, log: [...state.log, {kind: 'problem', text: event.text}]};
		}

		// The rest is drawn live (running walks, the reproduction's spinner) or from the outcomes the actions
		// return (a fix's and an undo's results; `verified` repeats what the fix's outcome says).
		case 'verified':
		case 'go-missing':
		case 'go-unusable':
		case 'no-module':
		case 'reproduction-started':
		case 'reproduction-progress':
		case 'walk-started':
		case 'probe-started':
		case 'walk-set-aside':
		case 'check-concluded':
		case 'chose':
		case 'fix-finished':
		case 'undone': {
			return next;
		}

		default: {
			return assertNever(event);
		}
	}
}

/** After the conclusion: apply `answers.fix` when it names an offered fix, else let the user choose. */
function answerOrChoose(state: WizardState, at: string): WizardState {
	const choosing: WizardState = {...state, phase: {kind: 'choosing'}};
	const wanted = state.answers.fix;
	if (wanted === undefined) {
		return choosing;
	}

	const fixes = state.session.conclusion?.fixes ?? [];
	const fix = fixes.find((candidate) => candidate.id === wanted);
	if (fix === undefined) {
		const text = say.wizard.unknownFix(wanted, fixes.map((candidate) => candidate.id).join(', '));
		return record({...choosing, log: [...choosing.log, {kind: 'problem', text}]}, {type: 'note', at, text});
	}

	return pickFix(choosing, fix, at, say.wizard.byFlag(fix.title));
}

function onPicked(state: WizardState, choice: MenuChoice, at: string): WizardState {
	if (!menuOf(state.phase, state.session.conclusion?.fixes ?? [], state.earlier).some((item) => sameChoice(item, choice))) {
		return state;
	}

	const chosen = (answer: Text) => record(state, {type: 'chose', at, question: questionOf(state), answer});
	switch (choice.kind) {
		case 'fix': {
			return pickFix(state, choice.fix, at, choice.fix.title);
		}

		case 'evidence': {
			const next = chosen(choiceLabel(choice));
			return {...next, log: [...next.log, {kind: 'evidence'}]};
		}

		case 'export': {
			return requestExport(chosen(choiceLabel(choice)));
		}

		case 'undo': {
			if (state.phase.kind !== 'result') {
				return state;
			}

			const {fix, outcome, changeUnknown} = state.phase;
			return {
				...chosen(choiceLabel(choice)),
				phase: {kind: 'confirming-undo', fix, outcome, ...(changeUnknown === undefined ? {} : {changeUnknown})},
			};
		}

		case 'another': {
			// The fixes applied in this session are not offered again while they stand (see `standing`).
			const standing = state.standing ?? [];
			return {...chosen(choiceLabel(choice)), phase: standing.length === 0 ? {kind: 'choosing'} : {kind: 'choosing', standing}};
		}

		case 'quit': {
			return {...chosen(choiceLabel(choice)), phase: {kind: 'exiting'}};
		}

		case 'undo-earlier': {
			return {...chosen(choiceLabel(choice)), phase: {kind: 'undoing-earlier', ids: state.earlier.map((change) => change.id)}};
		}

		default: {
			return assertNever(choice);
		}
	}
}

function pickFix(state: WizardState, fix: Fix, at: string, answer: Text): WizardState {
	const chosen = record(state, {type: 'chose', at, question: say.wizard.questions.remediation, answer});
	if (!isRunnable(fix)) {
		return {...chosen, phase: {kind: 'choosing'}, log: [...chosen.log, {kind: 'instructions', fix}]};
	}

	// A token cannot come from a flag: a `.netrc` entry is always typed (hidden), --yes or not.
	if (fix.kind === 'netrc') {
		return {...chosen, phase: {kind: 'credentials', fix}};
	}

	if (state.answers.yes === true) {
		const confirmed = record(chosen, {
			type: 'chose',
			at,
			question: say.wizard.questions.confirm(commandOf(fix)),
			answer: say.wizard.yesByFlag,
		});
		return {...confirmed, phase: {kind: 'applying', fix}};
	}

	return {...chosen, phase: {kind: 'confirming', fix}};
}

function requestExport(state: WizardState): WizardState {
	if (state.exporting !== undefined) {
		return state;
	}

	const id = state.exportCount + 1;
	return {...state, exportCount: id, exporting: {id, session: state.session}};
}

function questionOf(state: WizardState): Text {
	return state.phase.kind === 'choosing' ? say.wizard.questions.remediation : say.wizard.questions.next;
}

function record(state: WizardState, event: SessionEvent): WizardState {
	return {...state, session: reduceSession(state.session, event)};
}

function fixStatus(outcome: FixOutcome): 'applied' | 'failed' | 'shadowed' {
	switch (outcome.status) {
		case 'fixed':
		case 'not-fixed': {
			return 'applied';
		}

		case 'shadowed': {
			return 'shadowed';
		}

		case 'failed': {
			return 'failed';
		}

		default: {
			return assertNever(outcome.status);
		}
	}
}

function sameChoice(a: MenuChoice, b: MenuChoice): boolean {
	return a.kind === b.kind && (a.kind !== 'fix' || (b.kind === 'fix' && a.fix.id === b.fix.id));
}

function exitCodeOf(state: WizardState): WizardResult['exitCode'] {
	if (state.interrupted === true) {
		return 130;
	}

	const {conclusion} = state.session;
	if (conclusion === undefined) {
		return 2;
	}

	// The last change that took effect decides: a fix that works, then one that does not, is not fixed; a
	// shadowed or failed change leaves things as they were; an undo restores the broken settings.
	let fixed = false;
	for (const entry of state.log) {
		// A shell fix that works changed nothing: the problem stays until the user adds its lines.
		if (
			entry.kind === 'fix-result' &&
			entry.outcome.verifiedOnly !== true &&
			(entry.outcome.status === 'fixed' || entry.outcome.status === 'not-fixed')
		) {
			fixed = entry.outcome.status === 'fixed';
		} else if (entry.kind === 'undo-result' && entry.outcome.ok && !entry.outcome.nothingToUndo) {
			fixed = false;
		}
	}

	return fixed ? 0 : conclusion.exitCode;
}
