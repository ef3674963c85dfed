import {Box, Text} from 'ink';
import {maxDisplayWidth} from '../i18n/text-width.js';
import {keysOfPlace, type KeyPlace} from './global-keys.js';
import {useText} from './text-context.js';
import {WrappedText} from './wrapped-text.js';

/** Props of {@link HelpLine} and {@link HelpPanel}. */
export type HelpLineProps = {
	/** Where the keyboard is now: the footer says what the keys do there. */
	readonly place: KeyPlace;
	/** How many rows the menu has (for `1–N`). */
	readonly menuRows: number;
};

/** The keys of the current place, one line (wrapped at a separator when the terminal is narrow). */
export function HelpLine({place, menuRows}: HelpLineProps) {
	const {catalog} = useText();
	const items = keysOfPlace(place, menuRows, catalog).map(([label, description]) => `${label} ${description}`);
	const line = place === 'field' ? [...items, catalog.wizard.fieldTyping] : items;
	return <WrappedText indent={0}>{line.join(catalog.wizard.keySeparator)}</WrappedText>;
}

/** The longer help that `?` opens: the keys of the current place, one per line; Esc closes it. */
export function HelpPanel({place, menuRows}: HelpLineProps) {
	const {catalog} = useText();
	const rows: Array<readonly [string, string]> = [...keysOfPlace(place, menuRows, catalog), ['Esc', catalog.wizard.keys.closeHelp]];
	const width = maxDisplayWidth(rows.map(([label]) => label)) + 2;
	return (
		<Box flexDirection="column" borderStyle="round" paddingX={1}>
			<Text bold>{catalog.wizard.helpTitle}</Text>
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
