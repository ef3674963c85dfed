import {Box, Text} from 'ink';
import {displayWidth} from '../i18n/text-width.js';
import {useColumns} from './wrapped-text.js';

/** Props of {@link CommandLine}. */
export type CommandLineProps = {
	/** The line to copy, already redacted. */
	readonly text: string;
	/** The columns left of it on its line. */
	readonly indent: number;
	readonly color?: string;
};

/**
A command to copy, drawn whole on one line: a line wider than the terminal overflows and the terminal wraps it
softly, so that selecting it copies the command as it runs (a hard line break inside it, or inside its quotes,
would not). Only for the log above the live area (`<Static>`): Ink erases the live area by counting its lines,
and a softly wrapped line would count as one.
*/
export function CommandLine({text, indent, color}: CommandLineProps) {
	const columns = useColumns();
	return (
		<Box width={Math.max(1, columns - indent, displayWidth(text))} flexShrink={0}>
			<Text color={color} wrap="truncate-end">
				{text}
			</Text>
		</Box>
	);
}
