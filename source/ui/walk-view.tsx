import {Box, Text} from 'ink';
import {setAsideOf, type WalkView as WalkState} from '../diagnose/conclude.js';
import {flowTitle} from '../diagnose/investigations.js';
import {isTrivialVisit} from '../diagnose/visit-trivia.js';
import type {Visit} from '../flow/walk.js';
import {evidenceCommand} from '../model/evidence-command.js';
import {formatDuration} from '../model/format.js';
import {BusyLine} from './busy-line.js';
import {CommandLine} from './command-line.js';
import {symbols} from './messages.js';
import {useText, type TextOptions} from './text-context.js';
import {useUi} from './ui-context.js';
import {WrappedText} from './wrapped-text.js';

/** Props of {@link WalkView}. */
export type WalkViewProps = {
	readonly view: WalkState;
	/**
	`summary`: one ✓/✗ line; a walk that fails also shows the step where it failed (its question, command and
	result). `full`: every step that says something (the evidence view).
	@default 'summary'
	*/
	readonly detail?: 'summary' | 'full';
};

/**
One flowchart walk for one GOPROXY entry, candidate or subject. Summary first: a walk that passes is one ✓ line;
one that fails shows the failing step only. The whole walk is drawn on request (`detail="full"`). Node ids and
edge labels are the flowchart's internals: they are in the transcript's JSON and mermaid, never on the screen.
*/
export function WalkView({view, detail = 'summary'}: WalkViewProps) {
	const {redact} = useUi();
	const words = useText();
	const {catalog, text} = words;
	const {walk} = view;
	const setAside = setAsideOf(view);
	const heading = walkHeading(view, redact, words);
	const passed = walk.phase === 'done' && walk.verdict === 'healthy';
	if (detail === 'summary') {
		if (setAside !== undefined) {
			return (
				<Marked
					symbol={symbols.waited}
					text={`${heading}: ${catalog.report.setAside(formatDuration(setAside.waitedMs), redact(setAside.chosen))}`}
				/>
			);
		}

		if (walk.phase !== 'done') {
			return (
				<Marked
					symbol={symbols.waited}
					text={`${heading}: ${catalog.wizard.walkStopped(redact(text(view.running?.question ?? walk.visits.at(-1)?.question ?? '')))}`}
				/>
			);
		}

		if (passed) {
			return <Marked symbol={symbols.ok} color="green" text={heading} />;
		}

		const failing = walk.visits.findLast((visit) => visit.evidence !== undefined);
		return (
			<Box flexDirection="column">
				<Marked bold symbol={symbols.broken} color="red" text={heading} />
				<Box flexDirection="column" paddingLeft={2}>
					{failing === undefined ? null : <VisitLine visit={failing} />}
					<Marked symbol={symbols.broken} color="red" text={redact(text(walk.summary))} />
				</Box>
			</Box>
		);
	}

	return (
		<Box flexDirection="column">
			<WrappedText bold indent={0}>
				{heading}
			</WrappedText>
			<Box flexDirection="column" paddingLeft={2}>
				{walk.visits
					.filter((visit) => !isTrivialVisit(visit))
					.map((visit, index) => (
						<VisitLine key={`${index}:${visit.node}`} visit={visit} />
					))}
				{view.running === undefined ? null : <BusyLine label={redact(text(view.running.question))} />}
				{setAside === undefined ? null : (
					<Marked symbol={symbols.waited} text={catalog.report.setAside(formatDuration(setAside.waitedMs), redact(setAside.chosen))} />
				)}
				{walk.phase === 'done' ? (
					<Marked symbol={passed ? symbols.ok : symbols.broken} color={passed ? 'green' : 'red'} text={redact(text(walk.summary))} />
				) : null}
			</Box>
		</Box>
	);
}

/** The one line a running walk has in the live area: its heading and the question it asks now. */
export function RunningWalkLine({view}: {readonly view: WalkState}) {
	const {redact} = useUi();
	const words = useText();
	const question = view.running?.question;
	return (
		<BusyLine truncate label={`${walkHeading(view, redact, words)}${question === undefined ? '' : `: ${redact(words.text(question))}`}`} />
	);
}

/** A symbol (which reads without colour) and a text wrapped beside it. */
function Marked({
	symbol,
	text,
	color,
	bold = false,
}: {
	readonly symbol: string;
	readonly text: string;
	readonly color?: string;
	readonly bold?: boolean;
}) {
	return (
		<Box>
			<Box flexShrink={0} marginRight={1}>
				<Text bold color={color}>
					{symbol}
				</Text>
			</Box>
			<WrappedText indent={4} bold={bold}>
				{text}
			</WrappedText>
		</Box>
	);
}

function VisitLine({visit}: {readonly visit: Visit}) {
	const {redact} = useUi();
	const {catalog, text} = useText();
	const question = (
		<Box>
			<Box flexShrink={0} marginRight={1}>
				<Text>{symbols.step}</Text>
			</Box>
			<WrappedText indent={4}>{redact(text(visit.question))}</WrappedText>
		</Box>
	);
	if (visit.evidence === undefined) {
		return question;
	}

	const {evidence} = visit;
	const command = evidenceCommand(evidence);
	return (
		<Box flexDirection="column">
			{question}
			{command === undefined ? null : (
				<Box paddingLeft={4}>
					{/* A command is never broken: a long one overflows, so that it is copied as it runs. */}
					<CommandLine text={`${symbols.prompt} ${redact(text(command))}`} indent={6} />
				</Box>
			)}
			<Box paddingLeft={4}>
				<WrappedText
					indent={6}
					parts={[{text: redact(text(evidence.summary))}, {text: `  ${catalog.wizard.duration(evidence.durationMs)}`, dimColor: true}]}
				/>
			</Box>
		</Box>
	);
}

/**
Which GOPROXY entry or candidate (and the proxy go goes through), or which flowchart about what, in the reader's
words.
*/
function walkHeading(view: WalkState, redact: (text: string) => string, {catalog, text}: TextOptions): string {
	if (view.role === 'check') {
		return catalog.wizard.checkTitle(text(flowTitle(view.walk.flow)), redact(text(view.walk.subject.label)));
	}

	const {subject} = view.walk;
	return catalog.wizard.walkTitle(
		view.role,
		view.entryIndex,
		redact(text(subject.label)),
		subject.proxy === undefined ? undefined : {url: redact(subject.proxy.url), variable: subject.proxy.variable},
	);
}
