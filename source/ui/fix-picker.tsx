import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {useMemo} from 'react';
import {t} from '../i18n/index.js';
import {symbols} from './messages.js';
import {useUi} from './ui-context.js';
import {choiceLabel, type MenuChoice} from './use-wizard-state.js';
import {formatArgv} from '../model/format.js';
import {WrappedText} from './wrapped-text.js';

/** Props of {@link FixPicker}. */
export type FixPickerProps = {
	readonly title: string;
	readonly choices: readonly MenuChoice[];
	readonly onSelect: (choice: MenuChoice) => void;
	/**
	Whether the picker owns the keyboard (arrows, j/k, digits, Enter).
	@default true
	*/
	readonly isFocused?: boolean;
};

type PickerItem = {readonly key: string; readonly label: string; readonly value: MenuChoice};

/**
The menu: the conclusion's fixes (the title, and the exact command under it), then the other choices.
ink-select-input owns the keys while it is focused; items are numbered because digits pick them.
*/
export function FixPicker({title, choices, onSelect, isFocused = true}: FixPickerProps) {
	const {redact} = useUi();
	const items = useMemo(
		() =>
			choices.map(
				(choice, index): PickerItem => ({
					key: choice.kind === 'fix' ? `fix:${choice.fix.id}:${index}` : choice.kind,
					label: t().wizard.numbered(index, redact(choiceLabel(choice))),
					value: choice,
				}),
			),
		[choices, redact],
	);
	return (
		<Box flexDirection="column">
			<Text bold>{title}</Text>
			<SelectInput<MenuChoice>
				items={items}
				isFocused={isFocused}
				indicatorComponent={Indicator}
				itemComponent={Item}
				onSelect={(item) => {
					onSelect(item.value);
				}}
			/>
		</Box>
	);
}

function Indicator({isSelected = false}: {readonly isSelected?: boolean}) {
	return (
		<Box marginRight={1} flexShrink={0}>
			<Text color="blue">{isSelected ? symbols.pointer : ' '}</Text>
		</Box>
	);
}

/** ink-select-input hands each item's fields to its item component, so `value` is there at run time. */
function Item({isSelected = false, label, value}: {readonly isSelected?: boolean; readonly label: string; readonly value?: MenuChoice}) {
	const {redact} = useUi();
	const fix = value?.kind === 'fix' ? value.fix : undefined;
	const lines = fix === undefined ? [] : (fix.argv === undefined ? (fix.shell ?? []) : [formatArgv(fix.argv)]);
	return (
		<Box flexDirection="column">
			<WrappedText
				indent={2}
				parts={[
					{text: label, bold: isSelected, ...(isSelected ? {color: 'blue'} : {})},
					...(fix?.weakensSecurity ? [{text: ` ${t().wizard.weakensSecurity}`, bold: isSelected, color: 'red'}] : []),
				]}
			/>
			{lines.map((line, index) => (
				<Box key={`${index}:${line}`} paddingLeft={3}>
					<WrappedText dimColor indent={5}>
						{redact(line)}
					</WrappedText>
				</Box>
			))}
		</Box>
	);
}
