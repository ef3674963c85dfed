import {Box} from 'ink';
import type {SessionState} from '../session/reduce-session.js';
import {BusyLine} from './busy-line.js';
import {t} from '../i18n/index.js';
import {ReproductionLine} from './reproduction-line.js';
import {WalkView} from './walk-view.js';

/** Props of {@link DiagnosisProgress}. */
export type DiagnosisProgressProps = {
	readonly session: SessionState;
};

/**
The live part of the diagnosis: what runs now (reading the settings, the reproduction, the walks that have
not finished, each with its running node). Finished parts move to the log above.
*/
export function DiagnosisProgress({session}: DiagnosisProgressProps) {
	const running = session.walks.filter((view) => view.walk.phase !== 'done');
	const idle =
		session.snapshot !== undefined && session.reproduction.phase !== 'running' && running.length === 0;
	return (
		<Box flexDirection="column">
			{session.snapshot === undefined && session.goMissing === undefined ? <BusyLine label={t().wizard.readingSettings} /> : null}
			{session.reproduction.phase === 'running' ? <ReproductionLine reproduction={session.reproduction} /> : null}
			{running.map((view) => (
				<Box key={view.walk.id} marginBottom={1}>
					<WalkView view={view} />
				</Box>
			))}
			{idle ? <BusyLine label={t().wizard.concluding} /> : null}
		</Box>
	);
}
