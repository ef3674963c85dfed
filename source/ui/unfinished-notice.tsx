import {Box, Text} from 'ink';
import type {Text as TextValue} from '../i18n/index.js';
import {describeChange, type UnfinishedChange} from '../fixes/unfinished-changes.js';
import {symbols} from './messages.js';
import {useText} from './text-context.js';
import {useUi} from './ui-context.js';
import {WrappedText} from './wrapped-text.js';

/** Props of {@link UnfinishedNotice}. */
export type UnfinishedNoticeProps = {
	/** The changes earlier runs left, oldest first (empty when the journal could not be read). */
	readonly changes: readonly UnfinishedChange[];
	/** Why the journal could not be read: then what earlier runs changed is unknown, and the notice says so. */
	readonly journalProblem?: TextValue;
};

/**
The notice at the start of the wizard about changes earlier runs made and did not finish or undo (an apply cut
off by Ctrl-C or kill -9, or a change still in place): one line each, and how to undo them. When the journal
cannot be read, it says that instead of saying nothing: an unreadable journal may hide such a change.
*/
export function UnfinishedNotice({changes, journalProblem}: UnfinishedNoticeProps) {
	const {redact} = useUi();
	const {catalog, text: textOf} = useText();
	const text = catalog.robust;
	if (journalProblem !== undefined) {
		return (
			<Box flexDirection="column" marginTop={1}>
				<WrappedText bold indent={0}>
					{`${symbols.warning} ${text.journalUnreadable(redact(textOf(journalProblem)))}`}
				</WrappedText>
				<Box paddingLeft={2}>
					<WrappedText indent={2}>{text.journalUnreadableHint}</WrappedText>
				</Box>
			</Box>
		);
	}

	return (
		<Box flexDirection="column" marginTop={1}>
			<Text bold>
				{symbols.warning} {text.earlierTitle(changes.length)}
			</Text>
			{changes.map((change) => (
				<Box key={change.id} paddingLeft={2}>
					<WrappedText bold={change.state === 'interrupted'} indent={2}>
						{redact(textOf(describeChange(change)))}
					</WrappedText>
				</Box>
			))}
			<Box paddingLeft={2}>
				<WrappedText indent={2}>{text.earlierHowToUndo}</WrappedText>
			</Box>
		</Box>
	);
}
