import {Box, Text} from 'ink';
import {assertNever} from '../model/assert-never.js';
import type {SessionState} from '../session/reduce-session.js';
import {formatArgv} from '../model/format.js';
import {BusyLine} from './busy-line.js';
import {symbols} from './messages.js';
import {useText} from './text-context.js';
import {useUi} from './ui-context.js';

/** Props of {@link ReproductionLine}. */
export type ReproductionLineProps = {
	readonly reproduction: SessionState['reproduction'];
};

/** The reproduction: a spinner while `go mod download -json` runs, then ONE line saying what failed (or that it worked). */
export function ReproductionLine({reproduction}: ReproductionLineProps) {
	const {redact} = useUi();
	const {catalog, text} = useText();
	switch (reproduction.phase) {
		case 'idle': {
			return null;
		}

		case 'running': {
			const {progress} = reproduction;
			const done = progress === undefined ? '' : ` · ${catalog.go.reproduction.progress(progress.modulesDone, progress.modulesExpected)}`;
			return <BusyLine label={`${catalog.wizard.reproducing(redact(formatArgv(reproduction.argv)))}${done}`} />;
		}

		case 'done': {
			const {result} = reproduction;
			return (
				<Box flexDirection="column">
					<Text bold>{catalog.wizard.reproductionTitle(redact(formatArgv(result.argv)))}</Text>
					<Box paddingLeft={2}>
						<Box flexShrink={0} marginRight={1}>
							<Text color={result.ok ? 'green' : 'red'}>{result.ok ? symbols.ok : symbols.broken}</Text>
						</Box>
						<Text>
							{redact(text(result.headline))}
							<Text dimColor>{`  ${catalog.wizard.duration(result.durationMs)}`}</Text>
						</Text>
					</Box>
				</Box>
			);
		}

		default: {
			return assertNever(reproduction);
		}
	}
}
