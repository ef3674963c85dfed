import {Box, Static, useInput} from 'ink';
import {useMemo} from 'react';
import {assertNever} from '../model/assert-never.js';
import type {SessionState} from '../session/reduce-session.js';
import type {SessionActions} from '../session/session-actions.js';
import type {UnfinishedChange} from '../fixes/unfinished-changes.js';
import type {Text as TextValue, TextTree} from '../i18n/index.js';
import {BusyLine} from './busy-line.js';
import {ConfirmPrompt, UndoPrompt} from './confirm-prompt.js';
import {NetrcCredentialsPrompt} from './secret-input.js';
import {DiagnosisProgress} from './diagnosis-progress.js';
import {FixPicker} from './fix-picker.js';
import {HelpLine, HelpPanel} from './help-line.js';
import {keyPressesOf} from './key-press.js';
import {SessionLogEntry} from './session-log.js';
import {TextProvider, useText} from './text-context.js';
import {UiContext, useUi, type UiOptions} from './ui-context.js';
import {useSession, type SessionControls} from './use-session.js';
import {commandOf, menuOf, type WizardAnswers, type WizardResult} from './use-wizard-state.js';
import {cursorOf, fieldOf, placeOf, rowCount} from './wizard-keys.js';

export type {WizardResult} from './use-wizard-state.js';

/** `<Static>` is positioned absolutely and would size to its content: hold it to the terminal's width so text wraps. */
const staticStyle = {width: '100%'} as const;

/** Props of {@link App}. */
export type AppProps = {
	/** Everything the wizard does to the world; the UI only calls these. */
	readonly actions: SessionActions;
	readonly initialState: SessionState;
	/** Gomod-doctor's version, for the header. */
	readonly toolVersion: string;
	/** The reader's words (`textTree(language)`): every text on the screen is said with them. */
	readonly tree: TextTree;
	/** Answers given as flags: `fix` applies that fix id without asking which, `yes` confirms without asking. */
	readonly answers?: WizardAnswers;
	/** Changes earlier runs left unfinished or not undone (the journal): shown under the header and offered for undo. */
	readonly earlier?: readonly UnfinishedChange[];
	/** The journal could not be read (its message): the notice under the header says so. */
	readonly journalProblem?: TextValue;
	/** Called once when the wizard ends, with the session (and its transcript), the last export and the exit code. */
	readonly onExit?: (result: WizardResult) => void;
	/**
	Draw spinners as a fixed frame, for deterministic frames (tests) and plain logs.
	@default false
	*/
	readonly staticSpinners?: boolean;
	/** The clock for the transcript's times. @default () => new Date() */
	readonly now?: () => Date;
};

/**
The wizard: the finished sections of the session as a log above (Ink's `<Static>`), the current phase below,
and the global keys. Quitting exits Ink with the {@link WizardResult}; `cli.tsx` writes it after unmount.
*/
export function App({
	actions,
	initialState,
	toolVersion,
	tree,
	answers,
	earlier,
	journalProblem,
	onExit,
	staticSpinners = false,
	now,
}: AppProps) {
	const controls = useSession({
		actions,
		initialState,
		...(answers === undefined ? {} : {answers}),
		...(earlier === undefined ? {} : {earlier}),
		...(journalProblem === undefined ? {} : {journalProblem}),
		...(onExit === undefined ? {} : {onExit}),
		...(now === undefined ? {} : {now}),
	});
	const {state} = controls;
	const ui = useMemo((): UiOptions => ({redact: actions.redact, staticSpinners}), [actions.redact, staticSpinners]);
	// The one owner of the keyboard: every key of an event goes to the reducer, in order (see wizard-keys.ts).
	useInput(
		(input, key) => {
			controls.press(keyPressesOf(input, key));
		},
		{isActive: state.phase.kind !== 'exiting'},
	);

	return (
		<UiContext.Provider value={ui}>
			<TextProvider tree={tree}>
				<Static items={[...state.log]} style={staticStyle}>
					{(entry, index) => <SessionLogEntry key={index} entry={entry} session={state.session} toolVersion={toolVersion} />}
				</Static>
				<Box flexDirection="column">
					<Phase controls={controls} />
					{state.exporting === undefined ? null : <Exporting />}
					{state.phase.kind === 'exiting' ? null : <Keys state={state} />}
				</Box>
			</TextProvider>
		</UiContext.Provider>
	);
}

/** The export running now. */
function Exporting() {
	const {catalog} = useText();
	return <BusyLine label={catalog.wizard.exporting} />;
}

/** The footer (and the help, when open): what the keys do where the keyboard is now. Gone once the wizard ends. */
function Keys({state}: {readonly state: SessionControls['state']}) {
	const place = placeOf(state.phase);
	const menuRows = rowCount(state);
	return (
		<>
			{state.help ? <HelpPanel place={place} menuRows={menuRows} /> : null}
			<HelpLine place={place} menuRows={menuRows} />
		</>
	);
}

/** The live region of the current phase. */
function Phase({controls}: {readonly controls: SessionControls}) {
	const {state} = controls;
	const {phase} = state;
	const {redact} = useUi();
	const {catalog, text} = useText();
	// A stable list while the phase and the conclusion stay the same: the picker's input handler then stays put.
	const fixes = state.session.conclusion?.fixes;
	const choices = useMemo(() => menuOf(phase, fixes ?? [], state.earlier), [phase, fixes, state.earlier]);
	switch (phase.kind) {
		case 'diagnosing': {
			return <DiagnosisProgress session={state.session} />;
		}

		case 'choosing': {
			return <FixPicker title={catalog.wizard.pickTitle(choices.length)} choices={choices} cursor={cursorOf(state)} />;
		}

		case 'confirming': {
			return (
				<ConfirmPrompt fix={phase.fix} goenvFile={state.session.snapshot?.goenvFile} dir={state.session.dir} cursor={cursorOf(state)} />
			);
		}

		case 'confirming-undo': {
			return <UndoPrompt fix={phase.fix} cursor={cursorOf(state)} />;
		}

		case 'credentials': {
			const field = fieldOf(state);
			return (
				<NetrcCredentialsPrompt
					fix={phase.fix}
					value={field.value}
					{...(phase.login === undefined ? {} : {login: phase.login})}
					{...(field.problem === undefined ? {} : {problem: field.problem})}
				/>
			);
		}

		case 'applying': {
			return <BusyLine label={catalog.wizard.applying(redact(text(commandOf(phase.fix))))} />;
		}

		case 'result': {
			return <FixPicker title={catalog.wizard.afterFixTitle} choices={choices} cursor={cursorOf(state)} />;
		}

		case 'undoing': {
			return <BusyLine label={catalog.wizard.undoing} />;
		}

		case 'undoing-earlier': {
			return <BusyLine label={catalog.robust.undoingEarlier} />;
		}

		case 'exiting': {
			return null;
		}

		default: {
			return assertNever(phase);
		}
	}
}
