import {Box, Text, useInput} from 'ink';
import {commandUndo, type CommandUndo} from '../fixes/apply-command.js';
import {parseGitConfigArgv} from '../fixes/apply-git-config.js';
import type {Fix} from '../model/report.js';
import {t} from '../i18n/index.js';
import {symbols} from './messages.js';
import {useUi} from './ui-context.js';
import {commandOf} from './use-wizard-state.js';
import {WrappedText} from './wrapped-text.js';

/** Props of {@link ConfirmPrompt}. */
export type ConfirmPromptProps = {
	readonly fix: Fix;
	/** The GOENV file the change writes (shown so the user knows what changes). */
	readonly goenvFile?: string;
	/** The project directory, where a go command fix runs (shown for go commands). */
	readonly dir?: string;
	readonly onAnswer: (yes: boolean) => void;
	/**
	Whether the prompt owns the keyboard.
	@default true
	*/
	readonly isFocused?: boolean;
};

/**
Shows the exact command a fix runs, what it writes (the GOENV file, the global git config) or where it runs (a go
command: the project directory), whether it can be undone, and asks y/N: `y` applies, `n` or Enter does not.
*/
export function ConfirmPrompt({fix, goenvFile, dir, onAnswer, isFocused = true}: ConfirmPromptProps) {
	const {redact} = useUi();
	const undo = fix.kind === 'command' && fix.argv !== undefined ? commandUndo(fix.argv) : undefined;
	const gitConfig = fix.kind === 'command' && fix.argv !== undefined ? parseGitConfigArgv(fix.argv) : undefined;
	useInput(
		(input, key) => {
			if (input === 'y' || input === 'Y') {
				onAnswer(true);
			} else if (input === 'n' || input === 'N' || key.return) {
				onAnswer(false);
			}
		},
		{isActive: isFocused},
	);
	return (
		<Box flexDirection="column">
			<WrappedText
				indent={0}
				parts={[
					{text: t().wizard.confirmTitle(redact(fix.title)), bold: true},
					...(fix.weakensSecurity ? [{text: ` ${t().wizard.weakensSecurity}`, bold: true, color: 'red'}] : []),
				]}
			/>
			<Box paddingLeft={2}>
				<WrappedText indent={2}>{`${symbols.prompt} ${redact(commandOf(fix))}`}</WrappedText>
			</Box>
			{fix.kind === 'shell' ? (
				<Box paddingLeft={2}>
					<Text>{t().net.shellConfirm}</Text>
				</Box>
			) : null}
			{fix.detail === undefined ? null : (
				<Box paddingLeft={2}>
					<WrappedText dimColor indent={2}>
						{redact(fix.detail)}
					</WrappedText>
				</Box>
			)}
			{fix.kind !== 'go-env' || goenvFile === undefined || goenvFile === '' || goenvFile === 'off' || fix.scope !== 'persistent' ? null : (
				<Box paddingLeft={2}>
					<WrappedText dimColor indent={2}>
						{t().wizard.confirmWrites(redact(goenvFile))}
					</WrappedText>
				</Box>
			)}
			{gitConfig === undefined ? null : (
				<Box paddingLeft={2}>
					<WrappedText dimColor indent={2}>
						{fix.configFile === undefined ? t().private.gitConfigWritesUnknown : t().private.gitConfigWrites(redact(fix.configFile))}
					</WrappedText>
				</Box>
			)}
			{fix.kind === 'command' && fix.argv?.[0] === 'go' && dir !== undefined && dir !== '' ? (
				<Box paddingLeft={2}>
					<WrappedText dimColor indent={2}>
						{t().module.confirmRuns(redact(dir))}
					</WrappedText>
				</Box>
			) : null}
			{undo === undefined ? null : (
				<Box paddingLeft={2}>
					<WrappedText color={undo === 'none' ? 'red' : undefined} dimColor={undo !== 'none'} indent={2}>
						{undoText(undo, gitConfig?.key ?? '')}
					</WrappedText>
				</Box>
			)}
			<Text color="yellow">{fix.kind === 'shell' ? t().net.shellQuestion : t().wizard.confirmQuestion}</Text>
		</Box>
	);
}

/** What the confirm screen says about undoing a command fix (`key`: a git config fix's key). */
function undoText(undo: CommandUndo, key: string): string {
	switch (undo) {
		case 'files': {
			return t().module.confirmUndoFiles;
		}

		case 'git-config': {
			return t().private.gitConfigConfirmUndo(key);
		}

		case 'none': {
			return t().module.confirmUndoNone;
		}

		case 'nothing': {
			return t().module.confirmUndoNothing;
		}
	}
}
