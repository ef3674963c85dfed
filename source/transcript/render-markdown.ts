import {formatArgv, formatDuration} from '../model/format.js';
import type {Evidence, Finding, Fix} from '../model/report.js';
import {cellCode, code, fenced, prose, trimOutput} from './format-markdown.js';
import type {Redactor} from './redact.js';
import type {Transcript, TranscriptEntry} from './types.js';

/** What the exports need besides the transcript itself. */
export type TranscriptRenderOptions = {
	/** Every value passes through it before it is formatted (and before it is trimmed, so no cut splits a secret). */
	readonly redactor: Redactor;
	/** The path through each flowchart, as mermaid (`flowchart TD …`), with a title. */
	readonly diagrams: ReadonlyArray<{readonly title: string; readonly mermaid: string}>;
	readonly toolVersion: string;
};

type EntryOf<K extends TranscriptEntry['kind']> = Extract<TranscriptEntry, {kind: K}>;

function entriesOf<K extends TranscriptEntry['kind']>(transcript: Transcript, kind: K): Array<EntryOf<K>> {
	return transcript.entries.filter((entry): entry is EntryOf<K> => entry.kind === kind);
}

/**
The session as a readable Markdown document: where and with which settings, the commands and their output, each
flowchart walk step by step, the diagrams of the paths taken, the conclusion, and what the user chose, applied,
verified and undid. Redacted throughout.
*/
export function renderTranscriptMarkdown(transcript: Transcript, options: TranscriptRenderOptions): string {
	const r = (text: string): string => options.redactor.redact(text);
	// A fenced block is one element, so that the blank-line tidying below never touches its content.
	const output = (text: string): string[] => (text.trim() === '' ? ['(no output)'] : [fenced(trimOutput(r(text)), 'text').join('\n')]);
	const lines: string[] = [];
	const section = (title: string) => {
		lines.push('', `## ${title}`, '');
	};

	const session = entriesOf(transcript, 'session')[0];
	const settingsEntries = entriesOf(transcript, 'settings');
	const settings = settingsEntries.at(-1);

	lines.push('# gomod-doctor transcript', '');
	lines.push(`- Started: ${code(r(transcript.startedAt))}`);
	lines.push(`- Tool: gomod-doctor ${code(r(session?.toolVersion ?? options.toolVersion))}`);
	if (session !== undefined) {
		lines.push(`- Directory: ${code(r(session.dir))}`);
		if (session.module !== undefined) {
			lines.push(`- Module: ${code(r(session.module))}`);
		}
	}

	if (settings !== undefined) {
		lines.push(`- Go: ${code(r(settings.goVersion))}`);
	}

	if (settings !== undefined && settings.settings.length > 0) {
		section('Settings');
		lines.push('| Name | Value | Source |', '| --- | --- | --- |');
		for (const setting of settings.settings) {
			const shadowed =
				setting.shadowed === undefined ? '' : ` (shadows ${setting.shadowed.source}: ${cellCode(r(setting.shadowed.value))})`;
			lines.push(`| ${cellCode(r(setting.name))} | ${setting.value === '' ? '(unset)' : cellCode(r(setting.value))} | ${setting.source}${shadowed} |`);
		}
	}

	const commands = entriesOf(transcript, 'command');
	if (commands.length > 0) {
		section('Commands');
		for (const command of commands) {
			lines.push(`### ${prose(r(command.title))}`, '');
			lines.push(`- Command: ${code(r(formatArgv(command.argv)))}`);
			lines.push(`- Exit code: ${exitCode(command.exitCode, command.timedOut)}`);
			lines.push(`- Duration: ${formatDuration(command.durationMs)}`);
			lines.push(`- At: ${code(r(command.at))}`, '');
			lines.push(...output(command.output), '');
		}
	}

	const steps = entriesOf(transcript, 'step');
	if (steps.length > 0 || transcript.walks.length > 0) {
		section('Flowchart walks');
		const groups = new Map<string, Array<EntryOf<'step'>>>();
		for (const step of steps) {
			const key = `${step.flow}\u0000${step.subject}`;
			const group = groups.get(key) ?? [];
			group.push(step);
			groups.set(key, group);
		}

		for (const walk of transcript.walks) {
			const key = `${walk.flow}\u0000${walk.subject}`;
			if (!groups.has(key)) {
				groups.set(key, []);
			}
		}

		for (const [key, group] of groups) {
			const [flow = '', subject = ''] = key.split('\u0000');
			const walk = transcript.walks.find((item) => item.flow === flow && item.subject === subject);
			lines.push(`### ${prose(r(flow))}: ${code(r(subject))}`, '');
			if (walk !== undefined) {
				lines.push(`- Path: ${walk.path.map((node) => code(r(node))).join(' → ')}`);
				if (walk.verdict !== undefined) {
					lines.push(`- Verdict: ${code(r(walk.verdict))}`);
				}

				lines.push('');
			}

			for (const [index, step] of group.entries()) {
				lines.push(`#### Step ${index + 1}: ${prose(r(step.question))}`, '');
				lines.push(`- Node: ${code(r(step.node))}`);
				lines.push(...evidenceLines(step.evidence, r));
				lines.push(`- Branch: ${code(r(step.branch))} → ${code(r(step.next))}`, '');
				if (step.evidence.output !== undefined && step.evidence.output.trim() !== '') {
					lines.push(...output(step.evidence.output), '');
				}
			}
		}
	}

	if (options.diagrams.length > 0) {
		section('Path through the flowcharts');
		for (const diagram of options.diagrams) {
			lines.push(`### ${prose(r(diagram.title))}`, '', fenced(r(diagram.mermaid).replace(/\s+$/, ''), 'mermaid').join('\n'), '');
		}
	}

	const conclusions = entriesOf(transcript, 'conclusion');
	if (conclusions.length > 0) {
		section('Conclusion');
		const findings = conclusions.flatMap((entry) => entry.findings);
		if (findings.length === 0) {
			lines.push('No findings.');
		}

		for (const [index, finding] of findings.entries()) {
			lines.push(...findingLines(finding, index, r));
		}
	}

	const choices = entriesOf(transcript, 'choice');
	if (choices.length > 0) {
		section('Choices');
		for (const choice of choices) {
			lines.push(`- ${prose(r(choice.question))} → ${code(r(choice.answer))}`);
		}
	}

	const fixes = entriesOf(transcript, 'fix');
	if (fixes.length > 0) {
		section('Fixes');
		for (const fix of fixes) {
			lines.push(`- ${prose(r(fix.title))} (${code(r(fix.fixId))}): **${fix.status}**${fix.detail.trim() === '' ? '' : `: ${prose(r(fix.detail))}`}`);
		}
	}

	const verifications = entriesOf(transcript, 'verify');
	if (verifications.length > 0) {
		section('Verification');
		for (const verify of verifications) {
			lines.push(`- ${verify.ok ? 'Passed' : 'Failed'}: ${prose(r(verify.summary))}`);
		}
	}

	const undos = entriesOf(transcript, 'undo');
	if (undos.length > 0) {
		section('Undo');
		for (const undo of undos) {
			lines.push(`- ${undo.ok ? 'Done' : 'Failed'}: ${prose(r(undo.summary))}`);
		}
	}

	const notes = entriesOf(transcript, 'note');
	if (notes.length > 0) {
		section('Notes');
		for (const note of notes) {
			lines.push(`- ${prose(r(note.text))}`);
		}
	}

	lines.push('', '---', '', `Written by gomod-doctor ${prose(r(options.toolVersion))}. Secrets (credentials in URLs, tokens, passwords, secret environment values) are shown as \`***\`.`);
	const tidy = lines.filter((line, index) => line !== '' || (index > 0 && lines[index - 1] !== ''));
	return `${tidy.join('\n')}\n`;
}

function exitCode(code: number | undefined, timedOut: boolean): string {
	if (timedOut) {
		return 'none (killed at its deadline)';
	}

	return code === undefined ? 'none (did not exit by itself)' : String(code);
}

function evidenceLines(evidence: Evidence, r: (text: string) => string): string[] {
	const details = [evidence.exitCode === undefined ? undefined : `exit ${evidence.exitCode}`, formatDuration(evidence.durationMs)].filter(
		(item): item is string => item !== undefined,
	);
	return [
		evidence.command === '' ? `- Check: none needed (${prose(r(evidence.tool))})` : `- Check: ${code(r(evidence.command))} (${prose(r(evidence.tool))})`,
		`- Result: ${code(r(evidence.outcome))}: ${prose(r(evidence.summary))} (${details.join(', ')})`,
	];
}

function fixLine(fix: Fix, r: (text: string) => string): string {
	const warning = fix.weakensSecurity ? ' **(weakens security)**' : '';
	const run =
		fix.kind === 'go-env' && fix.argv !== undefined
			? `: ${code(r(formatArgv(fix.argv)))}`
			: fix.kind === 'shell' && fix.shell !== undefined && fix.shell.length > 0
				? `: ${fix.shell.map((line) => code(r(line))).join(', ')}`
				: '';
	return `  - ${prose(r(fix.title))}${run}${warning}${fix.detail === undefined ? '' : `. ${prose(r(fix.detail))}`}`;
}

function findingLines(finding: Finding, index: number, r: (text: string) => string): string[] {
	const lines = [`### ${index + 1}. ${code(finding.category)}: ${code(r(finding.subject))}`, '', prose(r(finding.summary)), '', `- Severity: ${finding.severity}`];
	if (finding.evidence.length > 0) {
		lines.push('- Evidence:');
		for (const evidence of finding.evidence) {
			const check = evidence.command === '' ? 'no command' : code(r(evidence.command));
			lines.push(`  - ${check}: ${code(r(evidence.outcome))}, ${prose(r(evidence.summary))} (${formatDuration(evidence.durationMs)})`);
		}
	}

	if (finding.fixes.length > 0) {
		lines.push('- Fixes:');
		for (const fix of finding.fixes) {
			lines.push(fixLine(fix, r));
		}
	}

	lines.push('');
	return lines;
}
