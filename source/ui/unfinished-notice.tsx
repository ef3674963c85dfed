import {Box, Text} from 'ink';
import {describeChange, type UnfinishedChange} from '../fixes/unfinished-changes.js';
import {t} from '../i18n/index.js';
import {symbols} from './messages.js';
import {useUi} from './ui-context.js';

/** Props of {@link UnfinishedNotice}. */
export type UnfinishedNoticeProps = {
	/** The changes earlier runs left, oldest first (never empty). */
	readonly changes: readonly UnfinishedChange[];
};

/**
The notice at the start of the wizard about changes earlier runs made and did not finish or undo (an apply cut
off by Ctrl-C or kill -9, or a change still in place): one line each, and how to undo them.
*/
export function UnfinishedNotice({changes}: UnfinishedNoticeProps) {
	const {redact} = useUi();
	const text = t().robust;
	return (
		<Box flexDirection="column" marginTop={1}>
			<Text bold color="yellow">
				{symbols.warning} {text.earlierTitle(changes.length)}
			</Text>
			{changes.map((change) => (
				<Box key={change.id} paddingLeft={2}>
					<Text color={change.state === 'interrupted' ? 'yellow' : undefined}>{redact(describeChange(change))}</Text>
				</Box>
			))}
			<Box paddingLeft={2}>
				<Text>{text.earlierHowToUndo}</Text>
			</Box>
		</Box>
	);
}
