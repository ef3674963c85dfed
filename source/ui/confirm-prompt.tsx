import {Box, Text, useInput} from 'ink';
import {commandUndo, type CommandUndo} from '../fixes/apply-command.js';
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
	readonly onAnswer: (yes: boolean) => void;
	/**
	Whether the prompt owns the keyboard.
	@default true
	*/
	readonly isFocused?: boolean;
};

/** Shows the exact command a fix runs and asks y/N: `y` applies, `n` or Enter does not. */
export function ConfirmPrompt({fix, goenvFile, onAnswer, isFocused = true}: ConfirmPromptProps) {
	const {redact} = useUi();
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
			{goenvFile === undefined || goenvFile === '' || goenvFile === 'off' || fix.scope !== 'persistent' ? null : (
				<Box paddingLeft={2}>
					<WrappedText dimColor indent={2}>
						{t().wizard.confirmWrites(redact(goenvFile))}
					</WrappedText>
				</Box>
			)}
			{fix.kind === 'command' && fix.argv !== undefined ? (
				<Box paddingLeft={2}>
					<Text color={commandUndo(fix.argv) === 'none' ? 'red' : undefined} dimColor={commandUndo(fix.argv) !== 'none'}>
						{undoText(commandUndo(fix.argv))}
					</Text>
				</Box>
			) : null}
			<Text color="yellow">{fix.kind === 'shell' ? t().net.shellQuestion : t().wizard.confirmQuestion}</Text>
		</Box>
	);
}

/** What the confirm screen says about undoing a command fix. */
function undoText(undo: CommandUndo): string {
	switch (undo) {
		case 'files': {
			return t().module.confirmUndoFiles;
		}

		case 'none': {
			return t().module.confirmUndoNone;
		}

		case 'nothing': {
			return t().module.confirmUndoNothing;
		}
	}
}
