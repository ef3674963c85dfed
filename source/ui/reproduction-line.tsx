import {Box, Text} from 'ink';
import {assertNever} from '../model/assert-never.js';
import type {SessionState} from '../session/reduce-session.js';
import {formatArgv} from '../model/format.js';
import {t} from '../i18n/index.js';
import {BusyLine} from './busy-line.js';
import {symbols} from './messages.js';
import {useUi} from './ui-context.js';

/** Props of {@link ReproductionLine}. */
export type ReproductionLineProps = {
	readonly reproduction: SessionState['reproduction'];
};

/** The reproduction: a spinner while `go mod download -json` runs, then ONE line saying what failed (or that it worked). */
export function ReproductionLine({reproduction}: ReproductionLineProps) {
	const {redact} = useUi();
	switch (reproduction.phase) {
		case 'idle': {
			return null;
		}

		case 'running': {
			const {progress} = reproduction;
			const done = progress === undefined ? '' : ` · ${t().go.reproduction.progress(progress.modulesDone, progress.modulesExpected)}`;
			return <BusyLine label={`${t().wizard.reproducing(redact(formatArgv(reproduction.argv)))}${done}`} />;
		}

		case 'done': {
			const {result} = reproduction;
			return (
				<Box flexDirection="column">
					<Text bold>{t().wizard.reproductionTitle(redact(formatArgv(result.argv)))}</Text>
					<Box paddingLeft={2}>
						<Box flexShrink={0} marginRight={1}>
							<Text color={result.ok ? 'green' : 'red'}>{result.ok ? symbols.ok : symbols.broken}</Text>
						</Box>
						<Text>
							{redact(result.headline)}
							<Text dimColor>{`  ${t().wizard.duration(result.durationMs)}`}</Text>
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
