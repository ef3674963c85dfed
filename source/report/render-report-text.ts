import {renderText, t, type Catalog, type Text, type TextTree} from '../i18n/index.js';
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
import {verdictLine} from '../diagnose/verdict-line.js';

/** What every part of the report is said with: the reader's catalog, and any text in their words. */
type Said = {readonly catalog: Catalog; readonly words: Catalog['report']; readonly say: (text: Text) => string};

/**
The human form of `gomod-doctor diagnose` (and of the bare command without a terminal), top-down: the
conclusion and the fixes to try first; then the settings, the reproduction and every flowchart walk as
evidence (each step's question, command and result; no node ids, no trivia), in the words of `tree`. `redact` is
applied to every line; lines are wrapped to `columns` between words, and a `$` command is never broken (a long one
overflows, so that it is copied as it runs).
*/
export function renderReportText(state: SessionState, redact: (text: string) => string, tree: TextTree, columns = 80): string {
	const catalog = t(tree.language);
	const said: Said = {catalog, words: catalog.report, say: (text) => renderText(text, tree)};
	const {words, say} = said;
	const lines: string[] = [];
	const {snapshot, conclusion} = state;
	lines.push(words.title(state.dir));
	if (conclusion !== undefined) {
		const first = conclusion.findings[0];
		const verdict = first === undefined ? undefined : verdictLine(first, conclusion.verdict, tree);
		if (verdict !== undefined) {
			lines.push('', words.conclusion(verdict.line));
		}

		// Settled, the finding says it; unsettled, the statement says which causes are still open.
		if (conclusion.settled !== undefined && conclusion.settled.category === undefined) {
			lines.push(`  ${say(conclusion.settled.statement)}`);
		}

		for (const [index, finding] of conclusion.findings.entries()) {
			// The first finding's summary, less what the conclusion line already said.
			lines.push(...renderFinding(index === 0 && verdict !== undefined ? {...finding, summary: verdict.detail} : finding, said));
		}

		if (conclusion.fixes.length > 0) {
			lines.push('', words.fixesTitle);
			for (const fix of conclusion.fixes) {
				lines.push(...renderFix(fix, said));
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
			`  ${result.ok ? words.reproductionOk : words.reproductionFailed}: ${words.reproductionResult(say(result.headline), result.exitCode, result.timedOut, formatDuration(result.durationMs))}`,
			...(result.progress === undefined
				? []
				: [
						`  ${words.reproductionProgress(catalog.go.reproduction.progress(result.progress.modulesDone, result.progress.modulesExpected), result.progress.bytes)}`,
					]),
		);
	}

	for (const view of state.walks) {
		lines.push(...renderWalk(view, said));
	}

	if (state.durationMs !== undefined) {
		lines.push('', words.took(formatDuration(state.durationMs)));
	}

	return `${lines.flatMap((line) => wrapLine(commandPlaceholders(redact(line)), columns)).join('\n')}\n`;
}

/** One walk: its mark (✓, ✗, … set aside or unfinished) and heading, every step that says something, its verdict. */
function renderWalk(view: WalkView, said: Said): string[] {
	const {words, say} = said;
	const {walk} = view;
	const setAside = setAsideOf(view);
	const mark = setAside !== undefined || walk.phase !== 'done' ? '…' : walk.verdict === 'healthy' ? '✓' : '✗';
	const steps = walk.visits
		.filter((visit) => !isTrivialVisit(visit))
		.flatMap((visit) => {
			const command = visit.evidence === undefined ? undefined : evidenceCommand(visit.evidence);
			return [
				`  ? ${say(visit.question)}`,
				...(command === undefined ? [] : [`    $ ${say(command)}`]),
				...(visit.evidence === undefined ? [] : [`    ${say(visit.evidence.summary)} (${formatDuration(visit.evidence.durationMs)})`]),
			];
		});
	const end =
		walk.phase === 'done'
			? `  = ${say(walk.summary)}`
			: setAside === undefined
				? `  ${words.didNotFinish}`
				: `  ${words.setAside(formatDuration(setAside.waitedMs), setAside.chosen)}`;
	return ['', `${mark} ${walkHeading(view, said)}`, ...steps, end];
}

/** A finding: its severity and subject, the category id last (in brackets, for a search), and its summary. */
function renderFinding(finding: Finding, {words, say}: Said): string[] {
	const summary = say(finding.summary);
	return [
		`  [${words.severities[finding.severity]}] ${finding.subject} (${finding.category})`,
		...(summary === '' ? [] : [`    ${summary}`]),
	];
}

function renderFix(fix: Fix, {words, say}: Said): string[] {
	const run = fix.argv === undefined ? [] : [formatEnvCommand(fix.env ?? {}, fix.argv)];
	const commands = [...(fix.byHand ?? run), ...(fix.shell ?? [])];
	return [
		`  - ${say(fix.title)}${fix.weakensSecurity ? words.weakensSecurity : ''}`,
		...(fix.detail === undefined ? [] : [`    ${say(fix.detail)}`]),
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
function walkHeading(view: WalkView, {words, say}: Said): string {
	if (view.role === 'check') {
		return `${say(flowTitle(view.walk.flow))}: ${view.walk.subject.label}`;
	}

	const {walk, role, entryIndex} = view;
	const title = role === 'goproxy' ? words.goproxyEntry((entryIndex ?? 0) + 1) : words.candidate;
	const through = walk.subject.proxy === undefined ? '' : words.through(walk.subject.proxy.url, walk.subject.proxy.variable);
	return `${title}: ${walk.subject.label}${through}`;
}
