import {Box, Text, useStdout} from 'ink';
import type {Conclusion} from '../diagnose/conclude.js';
import type {ProxyHealth} from '../fixes/fix-goproxy-order.js';
import type {Finding} from '../model/report.js';
import {t} from '../i18n/index.js';
import {maxDisplayWidth} from '../i18n/text-width.js';
import {symbols} from './messages.js';
import {useUi} from './ui-context.js';

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
	return (
		<Box flexDirection="column">
			<Text bold>{t().wizard.conclusionTitle}</Text>
			<Box paddingLeft={2}>
				<Text bold color={healthy ? 'green' : 'red'}>
					{redact(conclusion.headline)}
				</Text>
			</Box>
			{conclusion.findings.map((finding, index) => (
				<FindingLine key={`${index}:${finding.category}`} finding={finding} />
			))}
			{conclusion.health.length > 0 ? <MeasuredProxies health={conclusion.health} /> : null}
		</Box>
	);
}

function FindingLine({finding}: {readonly finding: Finding}) {
	const {redact} = useUi();
	const ok = finding.category === 'healthy';
	const colour = ok ? 'green' : finding.severity === 'error' ? 'red' : 'yellow';
	return (
		<Box flexDirection="column" paddingLeft={2}>
			<Box>
				<Box flexShrink={0} marginRight={1}>
					<Text color={colour}>{ok ? symbols.ok : finding.severity === 'error' ? symbols.broken : symbols.warning}</Text>
				</Box>
				<Text color={colour}>{t().wizard.finding(finding.category, redact(finding.subject))}</Text>
			</Box>
			<Box paddingLeft={2}>
				<Text>{redact(finding.summary)}</Text>
			</Box>
		</Box>
	);
}

function MeasuredProxies({health}: {readonly health: readonly ProxyHealth[]}) {
	const {redact} = useUi();
	const {stdout} = useStdout();
	const columns = stdout.columns > 0 ? stdout.columns : 80;
	const rows = health.map((item) => ({
		item,
		label: redact(item.raw),
		role: t().wizard.roles[item.role],
		verdict: `${item.verdict === 'healthy' ? symbols.ok : symbols.broken} ${item.verdict}`,
		time: item.listMs === undefined ? '' : t().wizard.duration(item.listMs),
	}));
	const slowest = Math.max(...health.map((item) => item.listMs ?? 0), 1);
	const bar = (ms: number | undefined) => (ms === undefined ? '' : symbols.bar.repeat(Math.max(1, Math.round((ms / slowest) * barWidth))));
	const colour = (item: ProxyHealth) => (item.verdict === 'healthy' ? 'green' : 'red');

	if (columns < narrowColumns) {
		return (
			<Box flexDirection="column">
				<Text bold>{t().wizard.measuredTitle}</Text>
				{rows.map(({item, label, role, verdict, time}, index) => (
					<Box key={`${index}:${item.url}`} flexDirection="column" paddingLeft={2}>
						<Text>{label}</Text>
						<Box paddingLeft={2}>
							<Text>
								<Text dimColor>{`${role}  `}</Text>
								<Text color={colour(item)}>{verdict}</Text>
								{time === '' ? '' : `  ${time}`}
							</Text>
						</Box>
					</Box>
				))}
			</Box>
		);
	}

	const widthOf = (texts: string[]) => maxDisplayWidth(texts) + 2;
	const roleWidth = widthOf(rows.map((row) => row.role));
	const verdictWidth = widthOf(rows.map((row) => row.verdict));
	const timeWidth = widthOf(rows.map((row) => row.time));
	// The indent, the fixed columns, the gap before the bar and the bar itself.
	const fixed = 2 + roleWidth + verdictWidth + timeWidth + 1 + barWidth;
	const labelWidth = Math.max(12, Math.min(widthOf(rows.map((row) => row.label)), columns - fixed));
	return (
		<Box flexDirection="column">
			<Text bold>{t().wizard.measuredTitle}</Text>
			{rows.map(({item, label, role, verdict, time}, index) => (
				<Box key={`${index}:${item.url}`} paddingLeft={2}>
					<Box width={labelWidth} flexShrink={0}>
						<Text>{label}</Text>
					</Box>
					<Box width={roleWidth} flexShrink={0}>
						<Text dimColor>{role}</Text>
					</Box>
					<Box width={verdictWidth} flexShrink={0}>
						<Text color={colour(item)}>{verdict}</Text>
					</Box>
					<Box width={timeWidth} flexShrink={0} justifyContent="flex-end" marginRight={1}>
						<Text>{time}</Text>
					</Box>
					<Text color={colour(item)}>{bar(item.listMs)}</Text>
				</Box>
			))}
		</Box>
	);
}
