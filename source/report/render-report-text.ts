import {t} from '../i18n/index.js';
import {maxDisplayWidth, padEndDisplay} from '../i18n/text-width.js';
import {evidenceCommand} from '../model/evidence-command.js';
import {formatArgv, formatDuration, formatEnvCommand} from '../model/format.js';
import type {Finding, Fix} from '../model/report.js';
import type {SessionState} from '../session/reduce-session.js';
import {wrapHanging} from '../model/wrap-hanging.js';
import {withCredentialPlaceholders} from '../redact/redact.js';
import {setAsideOf, type WalkView} from '../diagnose/conclude.js';
import {flowTitle} from '../diagnose/investigations.js';
import {isTrivialVisit} from '../diagnose/visit-trivia.js';

/**
The human form of `gomod-doctor diagnose` (and of the bare command without a terminal), top-down: the
conclusion and the fixes to try first; then the settings, the reproduction and every flowchart walk as
evidence (each step's question, command and result; no node ids, no trivia). `redact` is applied to every line; lines are wrapped to `columns` between words, and a `$` command is
never broken (a long one overflows, so that it is copied as it runs).
*/
export function renderReportText(state: SessionState, redact: (text: string) => string, columns = 80): string {
	const words = t().report;
	const lines: string[] = [];
	const {snapshot, conclusion} = state;
	lines.push(words.title(state.dir));
	if (conclusion !== undefined) {
		lines.push('', words.conclusion(conclusion.verdict.line));
		// Settled, the finding says it; unsettled, the statement says which causes are still open.
		if (conclusion.settled !== undefined && conclusion.settled.category === undefined) {
			lines.push(`  ${conclusion.settled.statement}`);
		}

		for (const [index, finding] of conclusion.findings.entries()) {
			// The first finding's summary, less what the conclusion line already said.
			lines.push(...renderFinding(index === 0 ? {...finding, summary: conclusion.verdict.detail} : finding));
		}

		if (conclusion.fixes.length > 0) {
			lines.push('', words.fixesTitle);
			for (const fix of conclusion.fixes) {
				lines.push(...renderFix(fix));
			}
		}
	}

	if (snapshot !== undefined) {
		lines.push('', words.goLine(snapshot.goVersion, snapshot.goenvFile));
		const width = maxDisplayWidth(snapshot.settings.map((setting) => setting.name));
		for (const setting of snapshot.settings) {
			const shadow =
				setting.shadowed === undefined ? '' : `  ${words.hides(words.sources[setting.shadowed.source], setting.shadowed.value)}`;
			lines.push(
				`  ${padEndDisplay(setting.name, width)}  ${setting.value === '' ? words.unset : setting.value}  [${words.sources[setting.source]}]${shadow}`,
			);
		}
	}

	if (state.reproduction.phase === 'done') {
		const {result} = state.reproduction;
		lines.push(
			'',
			words.reproduction(formatArgv(result.argv)),
			`  ${result.ok ? words.reproductionOk : words.reproductionFailed}: ${words.reproductionResult(result.headline, result.exitCode, result.timedOut, formatDuration(result.durationMs))}`,
			...(result.progress === undefined
				? []
				: [
						`  ${words.reproductionProgress(t().go.reproduction.progress(result.progress.modulesDone, result.progress.modulesExpected), result.progress.bytes)}`,
					]),
		);
	}

	for (const view of state.walks) {
		lines.push(...renderWalk(view));
	}

	if (state.durationMs !== undefined) {
		lines.push('', words.took(formatDuration(state.durationMs)));
	}

	return `${lines.flatMap((line) => wrapLine(commandPlaceholders(redact(line)), columns)).join('\n')}\n`;
}

/** One walk: its mark (✓, ✗, … set aside or unfinished) and heading, every step that says something, its verdict. */
function renderWalk(view: WalkView): string[] {
	const words = t().report;
	const {walk} = view;
	const setAside = setAsideOf(view);
	const mark = setAside !== undefined || walk.phase !== 'done' ? '…' : walk.verdict === 'healthy' ? '✓' : '✗';
	const steps = walk.visits
		.filter((visit) => !isTrivialVisit(visit))
		.flatMap((visit) => {
			const command = visit.evidence === undefined ? undefined : evidenceCommand(visit.evidence);
			return [
				`  ? ${visit.question}`,
				...(command === undefined ? [] : [`    $ ${command}`]),
				...(visit.evidence === undefined ? [] : [`    ${visit.evidence.summary} (${formatDuration(visit.evidence.durationMs)})`]),
			];
		});
	const end =
		walk.phase === 'done'
			? `  = ${walk.summary}`
			: setAside === undefined
				? `  ${words.didNotFinish}`
				: `  ${words.setAside(formatDuration(setAside.waitedMs), setAside.chosen)}`;
	return ['', `${mark} ${walkHeading(view)}`, ...steps, end];
}

/** A finding: its severity and subject, the category id last (in brackets, for a search), and its summary. */
function renderFinding(finding: Finding): string[] {
	const words = t().report;
	return [
		`  [${words.severities[finding.severity]}] ${finding.subject} (${finding.category})`,
		...(finding.summary === '' ? [] : [`    ${finding.summary}`]),
	];
}

function renderFix(fix: Fix): string[] {
	const words = t().report;
	const run = fix.argv === undefined ? [] : [formatEnvCommand(fix.env ?? {}, fix.argv)];
	const commands = [...(fix.byHand ?? run), ...(fix.shell ?? [])];
	return [
		`  - ${fix.title}${fix.weakensSecurity ? words.weakensSecurity : ''}`,
		...(fix.detail === undefined ? [] : [`    ${fix.detail}`]),
		...commands.map((command) => `    $ ${command}`),
	];
}

/** A `$` line to copy says USER:TOKEN where the redaction hid a URL's credentials. */
function commandPlaceholders(line: string): string {
	return /^\s*\$ /.test(line) ? withCredentialPlaceholders(line) : line;
}

/** `line` wrapped to `columns` with a hanging indent; a `$` command line is left whole. */
function wrapLine(line: string, columns: number): string[] {
	return /^\s*\$ /.test(line) ? [line] : wrapHanging(line, columns);
}

/** The heading of a walk: which GOPROXY entry or candidate (and the proxy go goes through), or which flowchart. */
function walkHeading(view: WalkView): string {
	if (view.role === 'check') {
		return `${flowTitle(view.walk.flow)}: ${view.walk.subject.label}`;
	}

	const {walk, role, entryIndex} = view;
	const words = t().report;
	const title = role === 'goproxy' ? words.goproxyEntry((entryIndex ?? 0) + 1) : words.candidate;
	const through = walk.subject.proxy === undefined ? '' : words.through(walk.subject.proxy.url, walk.subject.proxy.variable);
	return `${title}: ${walk.subject.label}${through}`;
}
