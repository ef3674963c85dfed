import {Box, Text} from 'ink';
import {formatDiff, type FileDiff} from '../model/line-diff.js';
import {useText} from './text-context.js';
import {useUi} from './ui-context.js';

/** Props of {@link DiffView}. */
export type DiffViewProps = {
	/** What a command changed, one entry per file it changed. */
	readonly diffs: readonly FileDiff[];
	/**
	Unchanged lines shown around each change.
	@default 1
	*/
	readonly context?: number;
};

/** The changes a command made to go.mod and go.sum: per file its counts, then `+`/`-` lines with a little context. */
export function DiffView({diffs, context = 1}: DiffViewProps) {
	const {redact} = useUi();
	const {catalog} = useText();
	if (diffs.length === 0) {
		return (
			<Box paddingLeft={2}>
				<Text dimColor>{catalog.module.diffNone}</Text>
			</Box>
		);
	}

	return (
		<Box flexDirection="column" paddingLeft={2}>
			<Text>{catalog.module.diffTitle}</Text>
			{diffs.map((diff) => (
				<Box key={diff.file} flexDirection="column" paddingLeft={2}>
					<Text bold>{catalog.module.diffCounts(diff.file, diff.added, diff.removed)}</Text>
					{formatDiff(diff.lines, context).map((line, index) => (
						<Text
							key={`${index}:${line}`}
							color={line.startsWith('+') ? 'green' : line.startsWith('-') ? 'red' : undefined}
							dimColor={!line.startsWith('+') && !line.startsWith('-')}
						>
							{redact(line)}
						</Text>
					))}
				</Box>
			))}
		</Box>
	);
}
