import {Box, Text} from 'ink';
import {commandUndo, type CommandUndo} from '../fixes/apply-command.js';
import {parseGitConfigArgv} from '../fixes/apply-git-config.js';
import type {Fix} from '../model/report.js';
import type {Catalog} from '../i18n/index.js';
import {symbols} from './messages.js';
import {useText} from './text-context.js';
import {useUi} from './ui-context.js';
import {commandOf} from './use-wizard-state.js';
import {WrappedText} from './wrapped-text.js';
import {CommandLine} from './command-line.js';

/** Props of {@link ConfirmPrompt}. */
export type ConfirmPromptProps = {
	readonly fix: Fix;
	/** The GOENV file the change writes (shown so the user knows what changes). */
	readonly goenvFile?: string;
	/** The project directory, where a go command fix runs (shown for go commands). */
	readonly dir?: string;
	/**
	The highlighted answer: 0 yes, 1 no (the wizard's reducer moves it, see `wizard-keys.ts`).
	@default 1
	*/
	readonly cursor?: number;
};

/**
Shows the exact command a fix runs, what it writes (the GOENV file, the global git config) or where it runs (a go
command: the project directory), whether it can be undone, and asks y/N: `y` applies, `n` or Esc does not, Enter
takes the highlighted answer (no, until an arrow moves it). It draws only; the keys are the reducer's.
*/
export function ConfirmPrompt({fix, goenvFile, dir, cursor = 1}: ConfirmPromptProps) {
	const {redact} = useUi();
	const {catalog, text} = useText();
	const undo = fix.kind === 'command' && fix.argv !== undefined ? commandUndo(fix.argv) : undefined;
	const gitConfig = fix.kind === 'command' && fix.argv !== undefined ? parseGitConfigArgv(fix.argv) : undefined;
	return (
		<Box flexDirection="column">
			<WrappedText
				indent={0}
				parts={[
					{text: catalog.wizard.confirmTitle(redact(text(fix.title))), bold: true},
					...(fix.weakensSecurity ? [{text: catalog.wizard.weakensSecurity, bold: true, color: 'red'}] : []),
				]}
			/>
			<Box paddingLeft={2}>
				<CommandLine text={`${symbols.prompt} ${redact(text(commandOf(fix)))}`} indent={2} />
			</Box>
			{fix.kind === 'shell' ? (
				<Box paddingLeft={2}>
					<Text>{catalog.net.shellConfirm}</Text>
				</Box>
			) : null}
			{fix.detail === undefined ? null : (
				<Box paddingLeft={2}>
					<WrappedText indent={2}>{redact(text(fix.detail))}</WrappedText>
				</Box>
			)}
			{fix.kind !== 'go-env' || goenvFile === undefined || goenvFile === '' || goenvFile === 'off' || fix.scope !== 'persistent' ? null : (
				<Box paddingLeft={2}>
					<WrappedText indent={2}>{catalog.wizard.confirmWrites(redact(goenvFile))}</WrappedText>
				</Box>
			)}
			{gitConfig === undefined ? null : (
				<Box paddingLeft={2}>
					<WrappedText indent={2}>
						{fix.configFile === undefined
							? catalog.private.gitConfigWritesUnknown
							: catalog.private.gitConfigWrites(redact(fix.configFile))}
					</WrappedText>
				</Box>
			)}
			{fix.kind === 'command' && fix.argv?.[0] === 'go' && dir !== undefined && dir !== '' ? (
				<Box paddingLeft={2}>
					<WrappedText indent={2}>{catalog.module.confirmRuns(redact(dir))}</WrappedText>
				</Box>
			) : null}
			{undo === undefined ? null : (
				<Box paddingLeft={2}>
					<WrappedText color={undo === 'none' ? 'red' : undefined} indent={2}>
						{undoText(undo, gitConfig?.key ?? '', catalog)}
					</WrappedText>
				</Box>
			)}
			<Text bold>{fix.kind === 'shell' ? catalog.net.shellQuestion : catalog.wizard.confirmQuestion}</Text>
			<AnswerRows rows={catalog.wizard.confirmRows} cursor={cursor} />
		</Box>
	);
}

/** Props of {@link UndoPrompt}. */
export type UndoPromptProps = {
	readonly fix: Fix;
	/** @default 1 (no) */
	readonly cursor?: number;
};

/** "Undo this change" asks its own y/N: a stray key never reverts what the user just confirmed. */
export function UndoPrompt({fix, cursor = 1}: UndoPromptProps) {
	const {redact} = useUi();
	const {catalog, text} = useText();
	return (
		<Box flexDirection="column">
			<WrappedText bold indent={0}>
				{catalog.wizard.undoTitle(redact(text(fix.title)))}
			</WrappedText>
			<Box paddingLeft={2}>
				<WrappedText indent={2}>{catalog.wizard.undoExplain}</WrappedText>
			</Box>
			<Text bold>{catalog.wizard.undoQuestion}</Text>
			<AnswerRows rows={catalog.wizard.undoRows} cursor={cursor} />
		</Box>
	);
}

/** The yes and no rows under a question, the highlighted one with the pointer (which reads without colour). */
function AnswerRows({rows, cursor}: {readonly rows: {readonly yes: string; readonly no: string}; readonly cursor: number}) {
	return (
		<Box flexDirection="column">
			{[`y  ${rows.yes}`, `n  ${rows.no}`].map((label, index) => (
				<Box key={label}>
					<Box width={2} flexShrink={0}>
						<Text bold color="blue">
							{index === cursor ? symbols.pointer : ' '}
						</Text>
					</Box>
					<Text bold={index === cursor}>{label}</Text>
				</Box>
			))}
		</Box>
	);
}

/** What the confirm screen says about undoing a command fix (`key`: a git config fix's key), in `catalog`'s words. */
function undoText(undo: CommandUndo, key: string, catalog: Catalog): string {
	switch (undo) {
		case 'files': {
			return catalog.module.confirmUndoFiles;
		}

		case 'git-config': {
			return catalog.private.gitConfigConfirmUndo(key);
		}

		case 'none': {
			return catalog.module.confirmUndoNone;
		}

		case 'nothing': {
			return catalog.module.confirmUndoNothing;
		}
	}
}
