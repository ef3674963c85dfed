import {Box, Text} from 'ink';
import type {WalkView as WalkState} from '../diagnose/conclude.js';
import {flowTitle} from '../diagnose/investigations.js';
import type {Visit} from '../flow/walk.js';
import {evidenceCommand} from '../model/evidence-command.js';
import {BusyLine} from './busy-line.js';
import {t} from '../i18n/index.js';
import {symbols} from './messages.js';
import {useUi} from './ui-context.js';

/** Props of {@link WalkView}. */
export type WalkViewProps = {
	readonly view: WalkState;
};

/**
One flowchart walk for one GOPROXY entry or candidate: every node it passed (the question, the command, the
result and its time, the branch taken), the node running now with a spinner, and the verdict at the end.
*/
export function WalkView({view}: WalkViewProps) {
	const {redact} = useUi();
	const {walk} = view;
	return (
		<Box flexDirection="column">
			<Text bold>{walkHeading(view, redact)}</Text>
			<Box flexDirection="column" paddingLeft={2}>
				{walk.visits.map((visit, index) => (
					<VisitLine key={`${index}:${visit.node}`} visit={visit} />
				))}
				{view.running === undefined ? null : <BusyLine label={redact(view.running.question)} />}
				{walk.phase === 'done' ? (
					<Box>
						<Box flexShrink={0} marginRight={1}>
							<Text color={walk.verdict === 'healthy' ? 'green' : 'red'}>
								{walk.verdict === 'healthy' ? symbols.ok : symbols.broken}
							</Text>
						</Box>
						<Text color={walk.verdict === 'healthy' ? 'green' : 'red'}>{t().wizard.verdict(walk.verdict, redact(walk.summary))}</Text>
					</Box>
				) : null}
			</Box>
		</Box>
	);
}

function VisitLine({visit}: {readonly visit: Visit}) {
	const {redact} = useUi();
	const branch = <Text color="cyan">{t().wizard.branch(visit.branch, visit.next)}</Text>;
	if (visit.evidence === undefined) {
		return (
			<Box>
				<Box flexShrink={0} marginRight={1}>
					<Text dimColor>{symbols.step}</Text>
				</Box>
				<Text>
					{redact(visit.question)} {branch}
				</Text>
			</Box>
		);
	}

	const {evidence} = visit;
	const command = evidenceCommand(evidence);
	return (
		<Box flexDirection="column">
			<Box>
				<Box flexShrink={0} marginRight={1}>
					<Text dimColor>{symbols.step}</Text>
				</Box>
				<Text>{redact(visit.question)}</Text>
			</Box>
			{command === undefined ? null : (
				<Box paddingLeft={4}>
					<Text dimColor>{`${symbols.prompt} ${redact(command)}`}</Text>
				</Box>
			)}
			<Box paddingLeft={4}>
				<Text>
					{redact(evidence.summary)}
					<Text dimColor>{`  ${t().wizard.duration(evidence.durationMs)}  `}</Text>
					{branch}
				</Text>
			</Box>
		</Box>
	);
}

/** Which GOPROXY entry or candidate (and the proxy go goes through), or which flowchart about what. */
function walkHeading(view: WalkState, redact: (text: string) => string): string {
	if (view.role === 'check') {
		return t().wizard.checkTitle(flowTitle(view.walk.flow), redact(view.walk.subject.label));
	}

	const {subject} = view.walk;
	return t().wizard.walkTitle(
		view.role,
		view.entryIndex,
		redact(subject.label),
		subject.proxy === undefined ? undefined : {url: redact(subject.proxy.url), variable: subject.proxy.variable},
	);
}
