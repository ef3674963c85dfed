import {Box, Text} from 'ink';
import type {Conclusion} from '../diagnose/conclude.js';
import {verdictLine, type Verdict} from '../diagnose/verdict-line.js';
import type {ProxyHealth} from '../fixes/fix-goproxy-order.js';
import type {Finding} from '../model/report.js';
import type {Text as TextValue} from '../i18n/index.js';
import {maxDisplayWidth} from '../i18n/text-width.js';
import {maxBarColumns, mirrorRows, type MirrorRow} from '../mirrors/mirror-chart.js';
import {wrapHanging} from '../model/wrap-hanging.js';
import {symbols, warningColour} from './messages.js';
import {useText} from './text-context.js';
import {useUi} from './ui-context.js';
import {useColumns, WrappedText} from './wrapped-text.js';

/** Props of {@link ConclusionPanel}. */
export type ConclusionPanelProps = {
	readonly conclusion: Conclusion;
	/**
	What the walks above already said (their verdicts): the first finding does not open by repeating one of them.
	@default []
	*/
	readonly said?: readonly TextValue[];
};

/** The longest bar of the bar chart, for the slowest working proxy. */
const barWidth = 10;
/** A bar squeezed below this many columns says nothing: the table goes without it. */
const minBarWidth = 3;

/**
What the diagnosis concludes: the headline, each finding (category id and summary), and the measured proxies
with their verdicts and times, as an aligned table with a small bar chart.
*/
const nothingSaid: readonly TextValue[] = [];

export function ConclusionPanel({conclusion, said = nothingSaid}: ConclusionPanelProps) {
	const {redact} = useUi();
	const {catalog, text, tree} = useText();
	const healthy = conclusion.exitCode === 0;
	// The verdict in the reader's words, without what the walks above already said in the same words.
	const first = conclusion.findings[0];
	const verdict =
		first === undefined
			? undefined
			: unsaid(
					verdictLine(first, conclusion.verdict, tree),
					said.map((value) => text(value)),
				);
	// The measurements first: the verdict, its finding and (below, in the menu) the first fix end the screen together.
	return (
		<Box flexDirection="column">
			{conclusion.health.length > 0 ? (
				<Box marginBottom={1}>
					<MeasuredProxies health={conclusion.health} notWaitedFor={conclusion.notWaitedFor} />
				</Box>
			) : null}
			<Text bold>{catalog.wizard.conclusionTitle}</Text>
			{conclusion.findings.length === 0 ? (
				<Box paddingLeft={2}>
					<WrappedText bold color={healthy ? 'green' : 'red'} indent={2}>
						{redact(text(conclusion.headline))}
					</WrappedText>
				</Box>
			) : (
				conclusion.findings.map((finding, index) => (
					<FindingLine key={`${index}:${finding.category}`} finding={finding} verdict={index === 0 ? verdict : undefined} />
				))
			)}
		</Box>
	);
}

/**
The verdict without the opening of its detail that a walk above already said word for word: both as the reader
reads them (what is compared is what the screen shows).
*/
function unsaid(verdict: Verdict, said: readonly string[]): Verdict {
	const repeated = said.find((text) => text !== '' && verdict.detail.startsWith(text));
	return repeated === undefined ? verdict : {...verdict, detail: verdict.detail.slice(repeated.length).trim()};
}

/**
One finding, said once, in words. The first is the verdict: its headline (the concrete symptom) in bold, then what its
summary adds, whole. The category id (the taxonomy's `refused`, `proxy-bad-response`…) is for programs: it is in
`--json` and the transcript.
*/
function FindingLine({finding, verdict}: {readonly finding: Finding; readonly verdict: Verdict | undefined}) {
	const {redact} = useUi();
	const {text} = useText();
	const ok = finding.category === 'healthy';
	const colour = ok ? 'green' : finding.severity === 'error' ? 'red' : warningColour;
	return (
		<Box paddingLeft={2}>
			<Box flexShrink={0} marginRight={1}>
				<Text bold color={colour}>
					{ok ? symbols.ok : finding.severity === 'error' ? symbols.broken : symbols.warning}
				</Text>
			</Box>
			{verdict === undefined ? null : (
				<Box flexDirection="column">
					<WrappedText bold indent={4}>
						{redact(verdict.line)}
					</WrappedText>
					{verdict.detail === '' ? null : <WrappedText indent={4}>{redact(verdict.detail)}</WrappedText>}
				</Box>
			)}
			{verdict === undefined ? (
				// The findings after the first, one line each, so that the verdict and the first fix share a screen;
				// "Show the evidence" and the transcript have them whole.
				<Text wrap="truncate-end">{redact(text(finding.summary))}</Text>
			) : null}
		</Box>
	);
}

function MeasuredProxies({
	health,
	notWaitedFor,
}: {
	readonly health: readonly ProxyHealth[];
	readonly notWaitedFor: Conclusion['notWaitedFor'];
}) {
	const {redact} = useUi();
	const {catalog} = useText();
	const columns = useColumns();
	// The same rows as `gomod-doctor mirrors`: fastest correct first, what the content was compared to, the time.
	const rows = mirrorRows(health, redact, catalog, notWaitedFor).map((row, index) => ({
		row,
		key: `${index}:${health[index]?.url ?? notWaitedFor[index - health.length]?.url ?? ''}`,
	}));
	const colour = (row: MirrorRow) => (row.ok ? 'green' : row.notWaitedFor === true ? warningColour : 'red');
	const mark = (row: MirrorRow) => (row.ok ? symbols.ok : row.notWaitedFor === true ? symbols.waited : symbols.broken);
	const widthOf = (texts: string[]) => maxDisplayWidth(texts) + 2;
	const labelWidth = widthOf(rows.map(({row}) => row.label));
	const roleWidth = widthOf(rows.map(({row}) => row.role));
	const contentWidth = widthOf(rows.map(({row}) => `${mark(row)} ${row.content}`));
	const timeWidth = widthOf(rows.map(({row}) => row.time));
	// The indent and the columns of text; the bar takes what is left, up to its full length, after a gap.
	const table = 2 + labelWidth + roleWidth + contentWidth + timeWidth;
	const barRoom = Math.min(barWidth, columns - table - 1);
	if (table > columns) {
		// Too narrow for a table whose URLs stay whole: each proxy stacked, its URL on a line of its own (broken only
		// where wrapTokens breaks a URL, the rest indented under it), then its role, verdict and time.
		return (
			<Box flexDirection="column">
				<Text bold>{catalog.wizard.measuredTitle}</Text>
				{rows.map(({row, key}) => (
					<Box key={key} flexDirection="column" paddingLeft={2}>
						{wrapHanging(row.label, columns - 2, 4).map((line, index) => (
							<Text key={index}>{line}</Text>
						))}
						<Box paddingLeft={2}>
							<WrappedText
								indent={4}
								parts={[
									{text: `${row.role}  `},
									{text: `${mark(row)} ${row.content}`, color: colour(row)},
									{text: row.time === '' ? '' : `  ${row.time}`},
								]}
							/>
						</Box>
					</Box>
				))}
			</Box>
		);
	}

	const bar = (length: number) => symbols.bar.repeat(Math.round((length / maxBarColumns) * barRoom) || (length > 0 ? 1 : 0));
	return (
		<Box flexDirection="column">
			<Text bold>{catalog.wizard.measuredTitle}</Text>
			{rows.map(({row, key}) => (
				<Box key={key} paddingLeft={2}>
					<Box width={labelWidth} flexShrink={0}>
						<Text>{row.label}</Text>
					</Box>
					<Box width={roleWidth} flexShrink={0}>
						<Text dimColor>{row.role}</Text>
					</Box>
					<Box width={contentWidth} flexShrink={0}>
						<Text color={colour(row)}>{`${mark(row)} ${row.content}`}</Text>
					</Box>
					<Box width={timeWidth} flexShrink={0} justifyContent="flex-end">
						<Text>{row.time}</Text>
					</Box>
					{barRoom < minBarWidth ? null : <Text color={colour(row)}>{` ${bar(row.bar)}`}</Text>}
				</Box>
			))}
		</Box>
	);
}
