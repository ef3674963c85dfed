import {Box, Text} from 'ink';
import {evidenceCommand} from '../model/evidence-command.js';
import {outcomeName} from '../flowcharts/outcome-names.js';
import type {Evidence, Finding} from '../model/report.js';
import {CommandLine} from './command-line.js';
import {symbols} from './messages.js';
import {useText} from './text-context.js';
import {useUi} from './ui-context.js';
import {WrappedText} from './wrapped-text.js';

/** Props of {@link EvidenceView}. */
export type EvidenceViewProps = {
	readonly findings: readonly Finding[];
	/**
	Output lines shown per check; the transcript holds all of them.
	@default 8
	*/
	readonly maxOutputLines?: number;
};

/** The checks behind each finding: the exact command, its outcome, exit code and time, and its output. */
export function EvidenceView({findings, maxOutputLines = 8}: EvidenceViewProps) {
	const {redact} = useUi();
	const {catalog} = useText();
	return (
		<Box flexDirection="column">
			<Text bold>{catalog.wizard.evidenceTitle}</Text>
			{findings.map((finding, index) => (
				<Box key={`${index}:${finding.category}`} flexDirection="column" paddingLeft={2}>
					<WrappedText bold indent={2}>
						{catalog.wizard.evidenceFor(finding.category, redact(finding.subject))}
					</WrappedText>
					{finding.evidence.length === 0 ? (
						<Box paddingLeft={2}>
							<Text dimColor>{catalog.wizard.noEvidence}</Text>
						</Box>
					) : (
						finding.evidence.map((evidence, evidenceIndex) => (
							<EvidenceItem key={`${evidenceIndex}:${evidence.command}`} evidence={evidence} maxOutputLines={maxOutputLines} />
						))
					)}
				</Box>
			))}
		</Box>
	);
}

function EvidenceItem({evidence, maxOutputLines}: {readonly evidence: Evidence; readonly maxOutputLines: number}) {
	const {redact} = useUi();
	const {catalog, language, text} = useText();
	const lines = evidence.output === undefined ? [] : redact(evidence.output).split('\n');
	const shown = lines.slice(0, maxOutputLines);
	return (
		<Box flexDirection="column" paddingLeft={2}>
			<CommandLine text={`${symbols.prompt} ${redact(text(evidenceCommand(evidence) ?? catalog.wizard.noCommand))}`} indent={4} />
			<Box paddingLeft={2}>
				<WrappedText
					indent={6}
					parts={[
						{text: redact(text(evidence.summary))},
						{
							text: `  ${catalog.wizard.evidenceResult(outcomeName(evidence.outcome, language), evidence.exitCode, evidence.durationMs)}`,
							dimColor: true,
						},
					]}
				/>
			</Box>
			{shown.length === 0 ? null : (
				<Box flexDirection="column" paddingLeft={4}>
					{shown.map((line, index) => (
						<WrappedText key={`${index}:${line}`} dimColor indent={8}>
							{line}
						</WrappedText>
					))}
					{lines.length > shown.length ? <Text dimColor>{catalog.wizard.moreLines(lines.length - shown.length)}</Text> : null}
				</Box>
			)}
		</Box>
	);
}
