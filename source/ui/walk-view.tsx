import {Box, Text} from 'ink';
import {setAsideOf, type WalkView as WalkState} from '../diagnose/conclude.js';
import {flowTitle} from '../diagnose/investigations.js';
import type {Visit} from '../flow/walk.js';
import {evidenceCommand} from '../model/evidence-command.js';
import {formatDuration} from '../model/format.js';
import {BusyLine} from './busy-line.js';
import {t} from '../i18n/index.js';
import {symbols} from './messages.js';
import {useUi} from './ui-context.js';
import {WrappedText} from './wrapped-text.js';

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
	const setAside = setAsideOf(view);
	return (
		<Box flexDirection="column">
			<WrappedText indent={0} bold>
				{walkHeading(view, redact)}
			</WrappedText>
			<Box flexDirection="column" paddingLeft={2}>
				{walk.visits.map((visit, index) => (
					<VisitLine key={`${index}:${visit.node}`} visit={visit} />
				))}
				{view.running === undefined ? null : <BusyLine label={redact(view.running.question)} />}
				{setAside === undefined ? null : (
					<Box>
						<Box flexShrink={0} marginRight={1}>
							<Text color="yellow">{symbols.waited}</Text>
						</Box>
						<WrappedText indent={4} color="yellow">
							{t().report.setAside(formatDuration(setAside.waitedMs), redact(setAside.chosen))}
						</WrappedText>
					</Box>
				)}
				{walk.phase === 'done' ? (
					<Box>
						<Box flexShrink={0} marginRight={1}>
							<Text color={walk.verdict === 'healthy' ? 'green' : 'red'}>
								{walk.verdict === 'healthy' ? symbols.ok : symbols.broken}
							</Text>
						</Box>
						<WrappedText indent={4} color={walk.verdict === 'healthy' ? 'green' : 'red'}>
							{t().wizard.verdict(walk.verdict, redact(walk.summary))}
						</WrappedText>
					</Box>
				) : null}
			</Box>
		</Box>
	);
}

function VisitLine({visit}: {readonly visit: Visit}) {
	const {redact} = useUi();
	const branch = {text: t().wizard.branch(visit.branch, visit.next), color: 'cyan'};
	if (visit.evidence === undefined) {
		return (
			<Box>
				<Box flexShrink={0} marginRight={1}>
					<Text dimColor>{symbols.step}</Text>
				</Box>
				<WrappedText indent={4} parts={[{text: `${redact(visit.question)} `}, branch]} />
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
				<WrappedText indent={4}>{redact(visit.question)}</WrappedText>
			</Box>
			{command === undefined ? null : (
				<Box paddingLeft={4}>
					<WrappedText dimColor indent={6}>{`${symbols.prompt} ${redact(command)}`}</WrappedText>
				</Box>
			)}
			<Box paddingLeft={4}>
				<WrappedText
					indent={6}
					parts={[{text: redact(evidence.summary)}, {text: `  ${t().wizard.duration(evidence.durationMs)}  `, dimColor: true}, branch]}
				/>
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
