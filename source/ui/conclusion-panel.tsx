import {Box, Text, useStdout} from 'ink';
import type {Conclusion} from '../diagnose/conclude.js';
import type {ProxyHealth} from '../fixes/fix-goproxy-order.js';
import type {Finding} from '../model/report.js';
import {t} from '../i18n/index.js';
import {maxDisplayWidth} from '../i18n/text-width.js';
import {maxBarColumns, mirrorRows, type MirrorRow} from '../mirrors/mirror-chart.js';
import {symbols} from './messages.js';
import {useUi} from './ui-context.js';
import {WrappedText} from './wrapped-text.js';

/** Props of {@link ConclusionPanel}. */
export type ConclusionPanelProps = {
	readonly conclusion: Conclusion;
};

/** Below this width the measured proxies are stacked (name, then verdict and time) instead of a table. */
const narrowColumns = 60;
/** The longest bar of the bar chart, for the slowest working proxy. */
const barWidth = 10;

/**
What the diagnosis concludes: the headline, each finding (category id and summary), and the measured proxies
with their verdicts and times, as an aligned table with a small bar chart.
*/
export function ConclusionPanel({conclusion}: ConclusionPanelProps) {
	const {redact} = useUi();
	const healthy = conclusion.exitCode === 0;
	// The measurements first: the verdict, its finding and (below, in the menu) the first fix end the screen together.
	return (
		<Box flexDirection="column">
			{conclusion.health.length > 0 ? (
				<Box marginBottom={1}>
					<MeasuredProxies health={conclusion.health} notWaitedFor={conclusion.notWaitedFor} />
				</Box>
			) : null}
			<Text bold>{t().wizard.conclusionTitle}</Text>
			{conclusion.findings.length === 0 ? (
				<Box paddingLeft={2}>
					<WrappedText bold color={healthy ? 'green' : 'red'} indent={2}>
						{redact(conclusion.headline)}
					</WrappedText>
				</Box>
			) : (
				conclusion.findings.map((finding, index) => <FindingLine key={`${index}:${finding.category}`} finding={finding} first={index === 0} />)
			)}
		</Box>
	);
}

/**
One finding, said once, in words: its summary names the subject and the symptom; `first`: the verdict, whole. The category id (the
taxonomy's `refused`, `proxy-bad-response`…) is for programs: it is in `--json` and the transcript.
*/
function FindingLine({finding, first}: {readonly finding: Finding; readonly first: boolean}) {
	const {redact} = useUi();
	const ok = finding.category === 'healthy';
	const colour = ok ? 'green' : finding.severity === 'error' ? 'red' : 'yellow';
	return (
		<Box paddingLeft={2}>
			<Box flexShrink={0} marginRight={1}>
				<Text color={colour} bold>
					{ok ? symbols.ok : finding.severity === 'error' ? symbols.broken : symbols.warning}
				</Text>
			</Box>
			{first ? (
				<WrappedText bold indent={4}>
					{redact(finding.summary)}
				</WrappedText>
			) : (
				// The findings after the first, one line each, so that the verdict and the first fix share a screen;
				// "Show the evidence" and the transcript have them whole.
				<Text wrap="truncate-end">{redact(finding.summary)}</Text>
			)}
		</Box>
	);
}

function MeasuredProxies({health, notWaitedFor}: {readonly health: readonly ProxyHealth[]; readonly notWaitedFor: Conclusion['notWaitedFor']}) {
	const {redact} = useUi();
	const {stdout} = useStdout();
	const columns = stdout.columns > 0 ? stdout.columns : 80;
	// The same rows as `gomod-doctor mirrors`: fastest correct first, what the content was compared to, the time.
	const rows = mirrorRows(health, redact, notWaitedFor).map((row, index) => ({row, key: `${index}:${health[index]?.url ?? notWaitedFor[index - health.length]?.url ?? ''}`}));
	const colour = (row: MirrorRow) => (row.ok ? 'green' : row.notWaitedFor === true ? 'yellow' : 'red');
	const mark = (row: MirrorRow) => (row.ok ? symbols.ok : row.notWaitedFor === true ? symbols.waited : symbols.broken);
	const bar = (columns: number) => symbols.bar.repeat(Math.round((columns / maxBarColumns) * barWidth) || (columns > 0 ? 1 : 0));

	if (columns < narrowColumns) {
		return (
			<Box flexDirection="column">
				<Text bold>{t().wizard.measuredTitle}</Text>
				{rows.map(({row, key}) => (
					<Box key={key} flexDirection="column" paddingLeft={2}>
						<WrappedText indent={2}>{row.label}</WrappedText>
						<Box paddingLeft={2}>
							<Text>
								<Text dimColor>{`${row.role}  `}</Text>
								<Text color={colour(row)}>{`${mark(row)} ${row.content}`}</Text>
								{row.time === '' ? '' : `  ${row.time}`}
							</Text>
						</Box>
					</Box>
				))}
			</Box>
		);
	}

	const widthOf = (texts: string[]) => maxDisplayWidth(texts) + 2;
	const roleWidth = widthOf(rows.map(({row}) => row.role));
	const contentWidth = widthOf(rows.map(({row}) => `${mark(row)} ${row.content}`));
	const timeWidth = widthOf(rows.map(({row}) => row.time));
	// The indent, the fixed columns, the gap before the bar and the bar itself.
	const fixed = 2 + roleWidth + contentWidth + timeWidth + 1 + barWidth;
	const labelWidth = Math.max(12, Math.min(widthOf(rows.map(({row}) => row.label)), columns - fixed));
	return (
		<Box flexDirection="column">
			<Text bold>{t().wizard.measuredTitle}</Text>
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
					<Box width={timeWidth} flexShrink={0} justifyContent="flex-end" marginRight={1}>
						<Text>{row.time}</Text>
					</Box>
					<Text color={colour(row)}>{bar(row.bar)}</Text>
				</Box>
			))}
		</Box>
	);
}
