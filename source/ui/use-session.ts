import {useApp} from 'ink';
import {useCallback, useEffect, useEffectEvent, useReducer} from 'react';
import type {Text} from '../i18n/index.js';
import {assertNever} from '../model/assert-never.js';
import type {SessionEvent, SessionState} from '../session/reduce-session.js';
import type {SessionActions} from '../session/session-actions.js';
import type {UnfinishedChange} from '../fixes/unfinished-changes.js';
import type {KeyPress} from './key-press.js';
import {reduceWizardWithKeys} from './wizard-keys.js';
import {
	initialWizardState,
	wizardResult,
	type WizardAction,
	type WizardAnswers,
	type WizardPhase,
	type WizardResult,
	type WizardState,
} from './use-wizard-state.js';

/** Options of {@link useSession}. */
export type UseSessionOptions = {
	readonly actions: SessionActions;
	readonly initialState: SessionState;
	readonly answers?: WizardAnswers;
	/** Changes earlier runs left unfinished or not undone (the journal): a notice and a menu choice. */
	readonly earlier?: readonly UnfinishedChange[];
	/** The journal could not be read: the notice says so. */
	readonly journalProblem?: Text;
	/** Called once, with the result, just before the app exits. */
	readonly onExit?: (result: WizardResult) => void;
	/** The clock for the times recorded in the transcript. @default () => new Date() */
	readonly now?: () => Date;
};

/** The wizard's state and what the user can do to it. */
export type SessionControls = {
	readonly state: WizardState;
	/** Keys typed together, in order: the reducer takes them one by one (see `wizard-keys.ts`). */
	readonly press: (keys: readonly KeyPress[]) => void;
};

/**
The one hook that touches the world, through `actions` only: it runs the work the current phase waits on
(the diagnosis, a fix, an undo) with an AbortController that is aborted when the phase ends, on quit and on
unmount; runs exports; feeds every event into the wizard reducer; and exits Ink with the result.
*/
const systemClock = () => new Date();

export function useSession({
	actions,
	initialState,
	answers,
	earlier,
	journalProblem,
	onExit,
	now = systemClock,
}: UseSessionOptions): SessionControls {
	const [state, dispatch] = useReducer(
		reduceWizardWithKeys,
		{
			session: initialState,
			...(answers === undefined ? {} : {answers}),
			...(earlier === undefined ? {} : {earlier}),
			...(journalProblem === undefined ? {} : {journalProblem}),
		},
		initialWizardState,
	);
	const {exit} = useApp();
	const at = useCallback(() => now().toISOString(), [now]);

	// Non-reactive: a new `actions` or `onExit` object from a parent re-render must not start the work again.
	const startPhaseWork = useEffectEvent((phase: WizardPhase, signal: AbortSignal) => {
		runPhaseWork(phase, actions, dispatch, signal, at);
	});
	const startExport = useEffectEvent((request: NonNullable<WizardState['exporting']>, isCurrent: () => boolean) => {
		actions.exportTranscript(request.session).then(
			(paths) => {
				if (isCurrent()) {
					dispatch({type: 'export-returned', id: request.id, paths: {markdownPath: paths.markdownPath, jsonPath: paths.jsonPath}});
				}
			},
			(error: unknown) => {
				if (isCurrent()) {
					dispatch({type: 'export-failed', id: request.id, at: at(), message: describeError(error)});
				}
			},
		);
	});
	const finish = useEffectEvent(() => {
		const result = wizardResult(state);
		onExit?.(result);
		exit(result);
	});

	const {phase, exporting} = state;
	useEffect(() => {
		const controller = new AbortController();
		startPhaseWork(phase, controller.signal);
		return () => {
			controller.abort();
		};
	}, [phase]);

	useEffect(() => {
		if (exporting === undefined) {
			return undefined;
		}

		let current = true;
		startExport(exporting, () => current);
		return () => {
			current = false;
		};
	}, [exporting]);

	// Quitting waits for an export that is running, so that `e` then `q` still hands back its paths.
	const exportRunning = exporting !== undefined;
	useEffect(() => {
		if (phase.kind === 'exiting' && !exportRunning) {
			finish();
		}
	}, [phase, exportRunning]);

	return {
		state,
		press: useCallback(
			(keys: readonly KeyPress[]) => {
				dispatch({type: 'keys', at: at(), keys});
			},
			[at],
		),
	};
}

/** Starts what a phase waits on. Results arriving after `signal` aborted (the phase ended) are dropped. */
function runPhaseWork(
	phase: WizardPhase,
	actions: SessionActions,
	dispatch: (action: WizardAction) => void,
	signal: AbortSignal,
	at: () => string,
): void {
	const live = (action: () => WizardAction) => {
		if (!signal.aborted) {
			dispatch(action());
		}
	};

	// Remembers what the action recorded itself, so that the wizard does not record it twice.
	const recorded = new Set<SessionEvent['type']>();
	const emit = (event: SessionEvent) => {
		recorded.add(event.type);
		live(() => ({type: 'session', event}));
	};

	switch (phase.kind) {
		case 'diagnosing': {
			actions.diagnose(emit, signal).then(
				() => {
					live(() => ({type: 'diagnosis-returned', at: at()}));
				},
				(error: unknown) => {
					live(() => ({type: 'diagnosis-failed', at: at(), message: describeError(error)}));
				},
			);
			return;
		}

		case 'applying': {
			actions.applyFix(phase.fix, emit, signal, phase.input).then(
				(outcome) => {
					live(() => ({type: 'fix-returned', at: at(), outcome, record: !recorded.has('fix-finished')}));
				},
				(error: unknown) => {
					live(() => ({type: 'fix-failed', at: at(), message: describeError(error)}));
				},
			);
			return;
		}

		case 'undoing': {
			actions.undo(emit, signal).then(
				(outcome) => {
					live(() => ({type: 'undo-returned', at: at(), outcome, record: !recorded.has('undone')}));
				},
				(error: unknown) => {
					live(() => ({type: 'undo-failed', at: at(), message: describeError(error)}));
				},
			);
			return;
		}

		case 'undoing-earlier': {
			if (actions.undoEarlier === undefined) {
				live(() => ({type: 'earlier-undo-failed', at: at(), message: 'this session cannot undo earlier changes; run gomod-doctor undo'}));
				return;
			}

			actions.undoEarlier(phase.ids, emit, signal).then(
				(outcome) => {
					live(() => ({type: 'earlier-undo-returned', at: at(), outcome}));
				},
				(error: unknown) => {
					live(() => ({type: 'earlier-undo-failed', at: at(), message: describeError(error)}));
				},
			);
			return;
		}

		// Nothing external: the user is asked, or the exit effect takes over.
		case 'choosing':
		case 'confirming':
		case 'confirming-undo':
		case 'credentials':
		case 'result':
		case 'exiting': {
			return;
		}

		default: {
			assertNever(phase);
		}
	}
}

function describeError(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
