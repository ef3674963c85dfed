import {Box, Text} from 'ink';
import {displayWidth} from '../i18n/text-width.js';
import {withCredentialPlaceholders} from '../redact/redact.js';
import {symbols} from './messages.js';
import {useText} from './text-context.js';
import {useUi} from './ui-context.js';
import {choiceLabel, commandOf, type MenuChoice} from './use-wizard-state.js';
import {WrappedText} from './wrapped-text.js';
import {CommandLine} from './command-line.js';

/** Props of {@link FixPicker}. */
export type FixPickerProps = {
	readonly title: string;
	readonly choices: readonly MenuChoice[];
	/** The highlighted row (the wizard's reducer moves it: see `wizard-keys.ts`). */
	readonly cursor: number;
};

/**
The menu: the conclusion's fixes (the title, and the exact command under the highlighted one), then the other
choices. It draws
only; the keys are the reducer's. Rows are numbered because digits pick them, and a wrapped row continues
under its text, not under its number.
*/
export function FixPicker({title, choices, cursor}: FixPickerProps) {
	const numberWidth = choices.length > 9 ? 3 : 2;
	return (
		<Box flexDirection="column">
			<Text bold>{title}</Text>
			{choices.map((choice, index) => (
				<Row
					key={choice.kind === 'fix' ? `fix:${choice.fix.id}:${index}` : choice.kind}
					choice={choice}
					number={index < 9 ? `${index + 1}.` : ''}
					numberWidth={numberWidth}
					isSelected={index === cursor}
				/>
			))}
		</Box>
	);
}

/** The pointer's column: `❯ ` on the highlighted row. */
const pointerWidth = 2;

function Row({
	choice,
	number,
	numberWidth,
	isSelected,
}: {
	readonly choice: MenuChoice;
	readonly number: string;
	readonly numberWidth: number;
	readonly isSelected: boolean;
}) {
	const {redact} = useUi();
	const {catalog, text} = useText();
	const fix = choice.kind === 'fix' ? choice.fix : undefined;
	// The exact command under the highlighted fix only: the menu stays a few lines, and moving shows each one's.
	const lines =
		fix === undefined || !isSelected ? [] : (fix.byHand ?? (fix.argv === undefined ? (fix.shell ?? []) : [text(commandOf(fix))]));
	const indent = pointerWidth + Math.max(numberWidth, displayWidth(number)) + 1;
	return (
		<Box>
			<Box width={pointerWidth} flexShrink={0}>
				<Text bold color="blue">
					{isSelected ? symbols.pointer : ' '}
				</Text>
			</Box>
			<Box width={indent - pointerWidth} flexShrink={0}>
				<Text bold={isSelected}>{number}</Text>
			</Box>
			<Box flexDirection="column" flexGrow={1}>
				<WrappedText
					indent={indent}
					parts={[
						{text: redact(text(choiceLabel(choice))), bold: isSelected, ...(isSelected ? {color: 'blue'} : {})},
						...(fix?.weakensSecurity ? [{text: catalog.wizard.weakensSecurity, bold: true, color: 'red'}] : []),
					]}
				/>
				{lines.map((line, index) => (
					// A command is never broken: a long one overflows, so that it is copied as it runs.
					<CommandLine key={`${index}:${line}`} text={`${symbols.prompt} ${withCredentialPlaceholders(redact(line))}`} indent={indent} />
				))}
			</Box>
		</Box>
	);
}
