import {Box, Text} from 'ink';
import {globalKeys} from './global-keys.js';
import {t} from '../i18n/index.js';
import {maxDisplayWidth} from '../i18n/text-width.js';

/** The global keys, one line, from the table the input handler uses; keys with the same command share an item. */
export function HelpLine() {
	const items: Array<{labels: string[]; description: string}> = [];
	for (const entry of globalKeys) {
		const same = items.find((item) => item.description === entry.description);
		if (same === undefined) {
			items.push({labels: [entry.label], description: entry.description});
		} else {
			same.labels.push(entry.label);
		}
	}

	return <Text dimColor>{items.map((item) => `${item.labels.join('/')} ${item.description}`).join(t().wizard.keySeparator)}</Text>;
}

/** Props of {@link HelpPanel}. */
export type HelpPanelProps = {
	/** Whether a menu or the confirmation owns the keyboard now (its keys are listed too). */
	readonly withPickerKeys: boolean;
};

/** The longer help that `?` opens: the global keys, then the keys of the menu and the confirmation. */
export function HelpPanel({withPickerKeys}: HelpPanelProps) {
	const rows: Array<readonly [string, string]> = [
		...globalKeys.map((entry) => [entry.label, entry.description] as const),
		...(withPickerKeys ? t().wizard.pickerKeys : []),
	];
	const width = maxDisplayWidth(rows.map(([label]) => label)) + 2;
	return (
		<Box flexDirection="column" borderStyle="round" paddingX={1}>
			<Text bold>{t().wizard.helpTitle}</Text>
			{rows.map(([label, description]) => (
				<Box key={`${label}:${description}`}>
					<Box width={width} flexShrink={0}>
						<Text>{label}</Text>
					</Box>
					<Text>{description}</Text>
				</Box>
			))}
		</Box>
	);
}
