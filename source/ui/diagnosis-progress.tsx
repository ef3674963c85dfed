import {Box, Text} from 'ink';
import type {SessionState} from '../session/reduce-session.js';
import {BusyLine} from './busy-line.js';
import {ReproductionLine} from './reproduction-line.js';
import {useText} from './text-context.js';
import {RunningWalkLine} from './walk-view.js';

/** Props of {@link DiagnosisProgress}. */
export type DiagnosisProgressProps = {
	readonly session: SessionState;
};

/**
How many running walks the live area lists, one line each; the rest are counted. The live area must stay well
under the terminal's height: once Ink's frame is as tall as the terminal, Ink clears the whole screen and its
scrollback (ESC[2J ESC[3J) on every frame.
*/
export const maxRunningLines = 4;

/**
The live part of the diagnosis, a few lines: what runs now (reading the settings, the reproduction, one line
per walk that has not finished, with the question it asks). Finished parts move to the log above.
*/
export function DiagnosisProgress({session}: DiagnosisProgressProps) {
	const {catalog} = useText();
	const running = session.walks.filter((view) => view.walk.phase !== 'done');
	const idle = session.snapshot !== undefined && session.reproduction.phase !== 'running' && running.length === 0;
	const shown = running.slice(0, maxRunningLines);
	return (
		<Box flexDirection="column">
			{session.snapshot === undefined && session.goMissing === undefined ? <BusyLine label={catalog.wizard.readingSettings} /> : null}
			{session.reproduction.phase === 'running' ? <ReproductionLine reproduction={session.reproduction} /> : null}
			{shown.map((view) => (
				<RunningWalkLine key={view.walk.id} view={view} />
			))}
			{running.length > shown.length ? <Text>{catalog.wizard.moreRunning(running.length - shown.length)}</Text> : null}
			{idle ? <BusyLine label={catalog.wizard.concluding} /> : null}
		</Box>
	);
}
