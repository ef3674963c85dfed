import {renderText, t, type Catalog, type Text, type TextTree} from '../i18n/index.js';
import {verdictLine} from '../diagnose/verdict-line.js';
import {formatArgv, formatDuration} from '../model/format.js';
import type {Evidence, Finding, Fix} from '../model/report.js';
import {withCredentialPlaceholders, type Redactor} from '../redact/redact.js';
import {cellCode, code, fenced, prose, trimOutput} from './format-markdown.js';
import type {Transcript, TranscriptEntry} from './types.js';

/** What the exports need besides the transcript itself. */
export type TranscriptRenderOptions = {
	/** Every value passes through it before it is formatted (and before it is trimmed, so no cut splits a secret). */
	readonly redactor: Redactor;
	/** The path through each flowchart, as mermaid (`flowchart TD …`), with a title. */
	readonly diagrams: ReadonlyArray<{readonly title: string; readonly mermaid: string}>;
	readonly toolVersion: string;
	/** The words of the reader's language every message is said in. */
	readonly tree: TextTree;
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
	const catalog = t(options.tree.language);
	const words = catalog.transcript;
	const r = (text: Text): string => options.redactor.redact(renderText(text, options.tree));
	// A fenced block is one element, so that the blank-line tidying below never touches its content.
	const output = (text: Text): string[] => {
		const said = r(text);
		return said.trim() === '' ? [words.noOutput] : [fenced(trimOutput(said, words), 'text').join('\n')];
	};

	const lines: string[] = [];
	const session = entriesOf(transcript, 'session')[0];
	const settingsEntries = entriesOf(transcript, 'settings');
	const settings = settingsEntries.at(-1);
	const context: MarkdownContext = {transcript, options, catalog, words, r, output, settings};

	lines.push(
		`# ${words.title}`,
		'',
		`- ${words.started}: ${code(r(transcript.startedAt))}`,
		`- ${words.tool}: gomod-doctor ${code(r(session?.toolVersion ?? options.toolVersion))}`,
	);
	if (session !== undefined) {
		lines.push(`- ${words.directory}: ${code(r(session.dir))}`);
		if (session.module !== undefined) {
			lines.push(`- ${words.module}: ${code(r(session.module))}`);
		}
	}

	if (settings !== undefined) {
		lines.push(`- ${words.go}: ${code(r(settings.goVersion))}`);
	}

	// Each part is drawn into its own lines, then the parts are put in reading order: the verdict and what was done
	// about it first, the settings, commands and walks (folded) after, as evidence.
	// Drawn in this order: the redactor learns secrets as it goes, and the order it meets them in stays as it was.
	const settingsPart = settingsLines(context);
	const commandsPart = commandLines(context);
	const walksPart = walkLines(context);
	const diagramsPart = diagramLines(context);
	const outcomePart = outcomeLines(context);
	const notesPart = noteLines(context);
	lines.push(
		...outcomePart,
		...notesPart,
		...settingsPart,
		...commandsPart,
		...walksPart,
		...diagramsPart,
		'',
		'---',
		'',
		words.footer(prose(r(options.toolVersion))),
	);
	const tidy = lines.filter((line, index) => line !== '' || (index > 0 && lines[index - 1] !== ''));
	return `${tidy.join('\n')}\n`;
}

/** What every part of the document is drawn from. */
type MarkdownContext = {
	readonly transcript: Transcript;
	readonly options: TranscriptRenderOptions;
	readonly catalog: Catalog;
	readonly words: Catalog['transcript'];
	readonly r: (text: Text) => string;
	readonly output: (text: Text) => string[];
	readonly settings: EntryOf<'settings'> | undefined;
};

function section(lines: string[], title: string): void {
	lines.push('', `## ${title}`, '');
}

/** Go's settings, with where each comes from. */
function settingsLines({words, r, settings}: MarkdownContext): string[] {
	const lines: string[] = [];
	if (settings !== undefined && settings.settings.length > 0) {
		section(lines, words.sections.settings);
		lines.push(`| ${words.settingsHeader.join(' | ')} |`, '| --- | --- | --- |');
		for (const setting of settings.settings) {
			const shadowed =
				setting.shadowed === undefined
					? ''
					: ` ${words.shadows(words.sources[setting.shadowed.source], cellCode(r(setting.shadowed.value)))}`;
			lines.push(
				`| ${cellCode(r(setting.name))} | ${setting.value === '' ? words.unset : cellCode(r(setting.value))} | ${words.sources[setting.source]}${shadowed} |`,
			);
		}
	}

	return lines;
}

/** Every command run, with its exit code, duration and output. */
function commandLines({transcript, words, r, output}: MarkdownContext): string[] {
	const lines: string[] = [];
	const commands = entriesOf(transcript, 'command');
	if (commands.length > 0) {
		section(lines, words.sections.commands);
		for (const command of commands) {
			lines.push(
				`### ${prose(r(command.title))}`,
				'',
				`- ${words.command}: ${code(r(formatArgv(command.argv)))}`,
				`- ${words.exitCode}: ${exitCode(command.exitCode, command.timedOut, words)}`,
				`- ${words.duration}: ${formatDuration(command.durationMs)}`,
				`- ${words.at}: ${code(r(command.at))}`,
				'',
				...output(command.output),
				'',
			);
		}
	}

	return lines;
}

/** Each flowchart walk step by step, folded. */
function walkLines({transcript, catalog, words, r, output}: MarkdownContext): string[] {
	const lines: string[] = [];
	const steps = entriesOf(transcript, 'step');
	if (steps.length > 0 || transcript.walks.length > 0) {
		section(lines, words.sections.walks);
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
			// Folded: a reader opens the walk they want; the verdict is in its summary line.
			lines.push(
				`<details><summary>${escapeHtml(r(flow))}: ${escapeHtml(r(subject))}${walk?.verdict === undefined || walk.verdict === null ? '' : ` (${escapeHtml(r(walk.verdict))})`}</summary>`,
				'',
				`### ${prose(r(flow))}: ${code(r(subject))}`,
				'',
			);
			if (walk !== undefined) {
				lines.push(`- ${words.path}: ${walk.path.map((node) => code(r(node))).join(' → ')}`);
				if (walk.verdict !== undefined) {
					lines.push(`- ${words.verdict}: ${code(r(walk.verdict))}`);
				}

				if (walk.notWaitedFor !== undefined) {
					lines.push(
						`- ${words.verdict}: ${prose(r(catalog.report.setAside(formatDuration(walk.notWaitedFor.waitedMs), walk.notWaitedFor.chosen)))}`,
					);
				}

				lines.push('');
			}

			for (const [index, step] of group.entries()) {
				lines.push(
					`#### ${words.step(index + 1, prose(r(step.question)))}`,
					'',
					`- ${words.node}: ${code(r(step.node))}`,
					...evidenceLines(step.evidence, r, words),
					`- ${words.branch}: ${code(r(step.branch))} → ${code(r(step.next))}`,
					'',
				);
				if (step.evidence.output !== undefined && step.evidence.output.trim() !== '') {
					lines.push(...output(step.evidence.output), '');
				}
			}

			lines.push('</details>', '');
		}
	}

	return lines;
}

/** The diagram of each distinct path taken. */
function diagramLines({options, words, r}: MarkdownContext): string[] {
	const lines: string[] = [];
	if (options.diagrams.length > 0) {
		section(lines, words.sections.diagrams);
		// Each distinct graph once: walks that took the same path through the same chart share one diagram.
		const distinct = new Map<string, string[]>();
		for (const diagram of options.diagrams) {
			const mermaid = r(diagram.mermaid).replace(/\s+$/, '');
			distinct.set(mermaid, [...(distinct.get(mermaid) ?? []), r(diagram.title)]);
		}

		for (const [mermaid, titles] of distinct) {
			lines.push(`### ${titles.map((title) => prose(title)).join('; ')}`, '', fenced(mermaid, 'mermaid').join('\n'), '');
		}
	}

	return lines;
}

/** The conclusion, then what the user chose, applied, verified and undid. */
function outcomeLines({transcript, options, words, r}: MarkdownContext): string[] {
	const lines: string[] = [];
	const conclusions = entriesOf(transcript, 'conclusion');
	if (conclusions.length > 0) {
		section(lines, words.sections.conclusion);
		const findings = conclusions.flatMap((entry) => entry.findings);
		if (findings.length === 0) {
			lines.push(words.noFindings);
		}

		// The verdict first, in plain words; the first finding then says only what the verdict has not.
		const context = conclusions[0]?.verdict;
		const verdict = context === undefined || findings[0] === undefined ? undefined : verdictLine(findings[0], context, options.tree);
		if (verdict !== undefined) {
			lines.push(`**${prose(r(verdict.line))}**`, '');
		}

		for (const [index, finding] of findings.entries()) {
			lines.push(...findingLines(index === 0 && verdict !== undefined ? {...finding, summary: verdict.detail} : finding, index, r, words));
		}
	}

	const choices = entriesOf(transcript, 'choice');
	if (choices.length > 0) {
		section(lines, words.sections.choices);
		for (const choice of choices) {
			lines.push(`- ${prose(r(choice.question))} → ${code(r(choice.answer))}`);
		}
	}

	const fixes = entriesOf(transcript, 'fix');
	if (fixes.length > 0) {
		section(lines, words.sections.fixes);
		for (const fix of fixes) {
			lines.push(
				`- ${prose(r(fix.title))} (${code(r(fix.fixId))}): **${words.fixStatuses[fix.status]}**${r(fix.detail).trim() === '' ? '' : `: ${prose(r(fix.detail))}`}`,
			);
		}
	}

	const verifications = entriesOf(transcript, 'verify');
	if (verifications.length > 0) {
		section(lines, words.sections.verification);
		for (const verify of verifications) {
			lines.push(`- ${verify.ok ? words.passed : words.failed}: ${prose(r(verify.summary))}`);
		}
	}

	const undos = entriesOf(transcript, 'undo');
	if (undos.length > 0) {
		section(lines, words.sections.undo);
		for (const undo of undos) {
			lines.push(`- ${undo.ok ? words.done : words.failed}: ${prose(r(undo.summary))}`);
		}
	}

	return lines;
}

/** The notes made along the way. */
function noteLines({transcript, words, r}: MarkdownContext): string[] {
	const lines: string[] = [];
	const notes = entriesOf(transcript, 'note');
	if (notes.length > 0) {
		section(lines, words.sections.notes);
		for (const note of notes) {
			lines.push(`- ${prose(r(note.text))}`);
		}
	}

	return lines;
}

/** Text inside an HTML element of the Markdown (a `<summary>`): its own markup characters escaped. */
function escapeHtml(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function exitCode(code: number | undefined, timedOut: boolean, words: Catalog['transcript']): string {
	if (timedOut) {
		return words.killedAtDeadline;
	}

	return code === undefined ? words.didNotExit : String(code);
}

function evidenceLines(evidence: Evidence, r: (text: Text) => string, words: Catalog['transcript']): string[] {
	const details = [evidence.exitCode === undefined ? undefined : words.exit(evidence.exitCode), formatDuration(evidence.durationMs)].filter(
		(item): item is string => item !== undefined,
	);
	return [
		evidence.command === ''
			? `- ${words.check}: ${words.noCheckNeeded(prose(r(evidence.tool)))}`
			: `- ${words.check}: ${code(r(evidence.command))} (${prose(r(evidence.tool))})`,
		`- ${words.result}: ${code(r(evidence.outcome))}: ${prose(r(evidence.summary))} (${details.join(words.listSeparator)})`,
	];
}

function fixLine(fix: Fix, r: (text: Text) => string, words: Catalog['transcript']): string {
	const warning = fix.weakensSecurity ? ` **${words.weakensSecurity}**` : '';
	const run =
		fix.byHand !== undefined && fix.byHand.length > 0
			? `: ${fix.byHand.map((line) => code(withCredentialPlaceholders(r(line)))).join(', ')}`
			: fix.kind === 'go-env' && fix.argv !== undefined
				? `: ${code(withCredentialPlaceholders(r(formatArgv(fix.argv))))}`
				: fix.shell !== undefined && fix.shell.length > 0
					? `: ${fix.shell.map((line) => code(withCredentialPlaceholders(r(line)))).join(', ')}`
					: '';
	return `  - ${prose(r(fix.title))}${run}${warning}${fix.detail === undefined ? '' : `${words.fixDetailSeparator}${prose(r(fix.detail))}`}`;
}

function findingLines(finding: Finding, index: number, r: (text: Text) => string, words: Catalog['transcript']): string[] {
	const summary = r(finding.summary);
	const lines = [
		`### ${index + 1}. ${code(r(finding.subject))} (${code(finding.category)})`,
		'',
		...(summary === '' ? [] : [prose(summary), '']),
		`- ${words.severity}: ${words.severities[finding.severity]}`,
	];
	if (finding.evidence.length > 0) {
		lines.push(`- ${words.evidence}:`);
		for (const evidence of finding.evidence) {
			const check = evidence.command === '' ? words.noCommand : code(r(evidence.command));
			lines.push(`  - ${check}: ${code(r(evidence.outcome))}, ${prose(r(evidence.summary))} (${formatDuration(evidence.durationMs)})`);
		}
	}

	if (finding.fixes.length > 0) {
		lines.push(`- ${words.fixes}:`);
		for (const fix of finding.fixes) {
			lines.push(fixLine(fix, r, words));
		}
	}

	lines.push('');
	return lines;
}
