import {t} from '../i18n/index.js';
import {maxDisplayWidth, padEndDisplay} from '../i18n/text-width.js';
import {evidenceCommand} from '../model/evidence-command.js';
import {formatArgv, formatDuration} from '../model/format.js';
import type {Finding} from '../model/report.js';
import type {SessionState} from '../session/reduce-session.js';
import {setAsideOf, type WalkView} from './conclude.js';
import {flowTitle} from './investigations.js';

/**
The human form of `gomod-doctor diagnose` (and of the bare command without a terminal): settings, the
reproduction, every flowchart step with its command, result and branch, the conclusion and the fixes.
`redact` is applied to every line.
*/
export function renderReportText(state: SessionState, redact: (text: string) => string): string {
	const words = t().report;
	const lines: string[] = [];
	const {snapshot, conclusion} = state;
	lines.push(words.title(state.dir));
	if (snapshot !== undefined) {
		lines.push('', words.goLine(snapshot.goVersion, snapshot.goenvFile));
		const width = maxDisplayWidth(snapshot.settings.map((setting) => setting.name));
		for (const setting of snapshot.settings) {
			const shadow = setting.shadowed === undefined ? '' : `  ${words.hides(words.sources[setting.shadowed.source], setting.shadowed.value)}`;
			lines.push(`  ${padEndDisplay(setting.name, width)}  ${setting.value === '' ? words.unset : setting.value}  [${words.sources[setting.source]}]${shadow}`);
		}
	}

	if (state.reproduction.phase === 'done') {
		const result = state.reproduction.result;
		lines.push(
			'',
			words.reproduction(formatArgv(result.argv)),
			`  ${result.ok ? words.reproductionOk : words.reproductionFailed}: ${words.reproductionResult(result.headline, result.exitCode, result.timedOut, formatDuration(result.durationMs))}`,
		);
	}

	for (const view of state.walks) {
		const {walk} = view;
		lines.push('', walkHeading(view));
		for (const visit of walk.visits) {
			lines.push(`  ? ${visit.question}`);
			if (visit.evidence !== undefined) {
				const command = evidenceCommand(visit.evidence);
				lines.push(...(command === undefined ? [] : [`    $ ${command}`]), `    ${visit.evidence.summary} (${formatDuration(visit.evidence.durationMs)})`);
			}

			lines.push(`    → ${visit.branch}: ${visit.next}`);
		}

		const setAside = setAsideOf(view);
		lines.push(
			walk.phase === 'done'
				? `  = ${walk.verdict}: ${walk.summary}`
				: setAside === undefined
					? `  ${words.didNotFinish}`
					: `  ${words.setAside(formatDuration(setAside.waitedMs), setAside.chosen)}`,
		);
	}

	if (conclusion !== undefined) {
		lines.push('', words.conclusion(conclusion.headline));
		if (conclusion.settled !== undefined) {
			lines.push(`  ${conclusion.settled.statement}`);
		}

		for (const finding of conclusion.findings) {
			lines.push(...renderFinding(finding));
		}

		if (conclusion.fixes.length > 0) {
			lines.push('', words.fixesTitle);
			for (const fix of conclusion.fixes) {
				lines.push(`  - ${fix.title}${fix.weakensSecurity ? words.weakensSecurity : ''}`);
				if (fix.detail !== undefined) {
					lines.push(`    ${fix.detail}`);
				}

				for (const command of [...(fix.argv === undefined ? [] : [formatArgv(fix.argv)]), ...(fix.shell ?? [])]) {
					lines.push(`    $ ${command}`);
				}
			}
		}
	}

	if (state.durationMs !== undefined) {
		lines.push('', words.took(formatDuration(state.durationMs)));
	}

	return `${lines.map((line) => redact(line)).join('\n')}\n`;
}

function renderFinding(finding: Finding): string[] {
	return [`  [${t().report.severities[finding.severity]}] ${finding.category}: ${finding.subject}`, `    ${finding.summary}`];
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
