import {Box, Text} from 'ink';
import Spinner from 'ink-spinner';
import {symbols} from './messages.js';
import {useUi} from './ui-context.js';

/** Props of {@link BusyLine}. */
export type BusyLineProps = {
	/** What is running, already redacted. */
	readonly label: string;
	/**
	Cut the label at the terminal's edge instead of wrapping it: the live area stays one line per task.
	@default false
	*/
	readonly truncate?: boolean;
};

/** A spinner and what it waits for. The spinner is one fixed frame when `staticSpinners` is set. */
export function BusyLine({label, truncate = false}: BusyLineProps) {
	const {staticSpinners} = useUi();
	return (
		<Box>
			<Box flexShrink={0} marginRight={1}>
				{staticSpinners ? (
					<Text color="cyan">{symbols.busy}</Text>
				) : (
					<Text color="cyan">
						<Spinner type="dots" />
					</Text>
				)}
			</Box>
			<Text wrap={truncate ? 'truncate-end' : 'wrap'}>{label}</Text>
		</Box>
	);
}
