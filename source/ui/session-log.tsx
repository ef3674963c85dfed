import {Box, Text} from 'ink';
import {assertNever} from '../model/assert-never.js';
import type {SessionState} from '../session/reduce-session.js';
import {formatArgv} from '../model/format.js';
import {maxDisplayWidth, padEndDisplay} from '../i18n/text-width.js';
import {CommandLine} from './command-line.js';
import {ConclusionPanel} from './conclusion-panel.js';
import {EvidenceView} from './evidence-view.js';
import {FixResult, ShellLines, UndoResult} from './fix-result.js';
import {symbols} from './messages.js';
import {ReproductionLine} from './reproduction-line.js';
import {SettingsPanel} from './settings-panel.js';
import {useText} from './text-context.js';
import {UnfinishedNotice} from './unfinished-notice.js';
import {useUi} from './ui-context.js';
import type {LogEntry} from './use-wizard-state.js';
import {WalkView} from './walk-view.js';
import {WrappedText} from './wrapped-text.js';

/** Props of {@link SessionLogEntry}. */
export type SessionLogEntryProps = {
	readonly entry: LogEntry;
	/** The session when the entry was added (entries are drawn once, in Ink's `<Static>`). */
	readonly session: SessionState;
	readonly toolVersion: string;
};

/** One finished section of the screen's log. */
export function SessionLogEntry({entry, session, toolVersion}: SessionLogEntryProps) {
	return (
		// The walks are one line each when they pass: a list, not sections. The conclusion is set apart from them.
		<Box
			flexDirection="column"
			marginBottom={entry.kind === 'header' || entry.kind === 'walk' ? 0 : 1}
			marginTop={entry.kind === 'conclusion' ? 1 : 0}
		>
			<EntryBody entry={entry} session={session} toolVersion={toolVersion} />
		</Box>
	);
}

function EntryBody({entry, session, toolVersion}: SessionLogEntryProps) {
	const {redact} = useUi();
	const {catalog, text} = useText();
	switch (entry.kind) {
		case 'header': {
			return (
				<WrappedText bold indent={0}>
					{catalog.wizard.header(toolVersion, redact(session.dir))}
				</WrappedText>
			);
		}

		case 'settings': {
			return session.snapshot === undefined ? null : <SettingsPanel snapshot={session.snapshot} />;
		}

		case 'reproduction': {
			return <ReproductionLine reproduction={session.reproduction} />;
		}

		case 'walk': {
			const view = session.walks.find((candidate) => candidate.walk.id === entry.walkId);
			return view === undefined ? null : <WalkView view={view} />;
		}

		case 'conclusion': {
			return session.conclusion === undefined ? null : (
				<ConclusionPanel
					conclusion={session.conclusion}
					said={session.walks.flatMap((view) => (view.walk.phase === 'done' ? [view.walk.summary] : []))}
				/>
			);
		}

		case 'evidence': {
			return <EvidenceEntry session={session} />;
		}

		case 'instructions': {
			return <InstructionsEntry fix={entry.fix} />;
		}

		case 'declined': {
			return <WrappedText indent={0}>{catalog.wizard.declined(redact(text(entry.fix.title)))}</WrappedText>;
		}

		case 'command': {
			// What ran and how it ended, then the command itself whole on its own line, to copy.
			return (
				<Box flexDirection="column">
					<WrappedText
						indent={0}
						parts={[
							{text: `${redact(text(entry.title))}  `},
							{text: catalog.wizard.commandResult(entry.exitCode, entry.timedOut, entry.durationMs)},
						]}
					/>
					<Box paddingLeft={2}>
						<CommandLine text={`${symbols.prompt} ${redact(formatArgv(entry.argv))}`} indent={2} />
					</Box>
				</Box>
			);
		}

		case 'fix-result': {
			return <FixResult fix={entry.fix} outcome={entry.outcome} />;
		}

		case 'fix-crashed': {
			return <FixResult fix={entry.fix} outcome={{status: 'failed', summary: catalog.wizard.crashed(entry.message)}} />;
		}

		case 'undo-result': {
			return <UndoResult outcome={entry.outcome} />;
		}

		case 'exported': {
			return <ExportedEntry paths={entry.paths} />;
		}

		case 'problem': {
			return (
				<WrappedText bold indent={0}>
					{`${symbols.warning} ${redact(text(entry.text))}`}
				</WrappedText>
			);
		}

		case 'earlier': {
			return (
				<UnfinishedNotice changes={entry.changes} {...(entry.journalProblem === undefined ? {} : {journalProblem: entry.journalProblem})} />
			);
		}

		default: {
			return assertNever(entry);
		}
	}
}

/** The whole of every walk, then the checks behind each finding with their output. */
function EvidenceEntry({session}: {readonly session: SessionState}) {
	return (
		<Box flexDirection="column">
			{session.walks.map((view) => (
				<Box key={view.walk.id} marginBottom={1}>
					<WalkView view={view} detail="full" />
				</Box>
			))}
			<EvidenceView findings={session.conclusion?.findings ?? []} />
		</Box>
	);
}

/** A fix the user carries out by hand: its title, why, and the lines to run. */
function InstructionsEntry({fix}: {readonly fix: Extract<LogEntry, {kind: 'instructions'}>['fix']}) {
	const {redact} = useUi();
	const {catalog, text} = useText();
	return (
		<Box flexDirection="column">
			<WrappedText bold indent={0}>
				{catalog.wizard.instructionsTitle(redact(text(fix.title)))}
			</WrappedText>
			{fix.detail === undefined ? null : (
				<Box paddingLeft={2}>
					<WrappedText indent={2}>{redact(text(fix.detail))}</WrappedText>
				</Box>
			)}
			{fix.shell === undefined || fix.shell.length === 0 ? null : (
				<Box flexDirection="column" paddingLeft={2}>
					<WrappedText indent={2}>{catalog.wizard.shellLinesIntro(fix.shell.every((line) => /^(?:export|unset) /.test(line)))}</WrappedText>
					<ShellLines lines={fix.shell} />
				</Box>
			)}
		</Box>
	);
}

/** Where the transcript was written. */
function ExportedEntry({paths}: {readonly paths: Extract<LogEntry, {kind: 'exported'}>['paths']}) {
	const {redact} = useUi();
	const {catalog} = useText();
	const labelWidth = maxDisplayWidth([catalog.wizard.exportedMarkdown, catalog.wizard.exportedJson]);
	return (
		<Box flexDirection="column">
			<Text bold>{catalog.wizard.exportedTitle}</Text>
			<Box paddingLeft={2} flexDirection="column">
				<WrappedText
					indent={2}
				>{`${padEndDisplay(catalog.wizard.exportedMarkdown, labelWidth)} ${redact(paths.markdownPath)}`}</WrappedText>
				<WrappedText indent={2}>{`${padEndDisplay(catalog.wizard.exportedJson, labelWidth)} ${redact(paths.jsonPath)}`}</WrappedText>
			</Box>
		</Box>
	);
}
