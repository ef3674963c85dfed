import {evidenceCommand} from '../model/evidence-command.js';
import {formatArgv, formatDuration} from '../model/format.js';
import type {Finding} from '../model/report.js';
import type {SessionState} from '../session/reduce-session.js';
import type {WalkView} from './conclude.js';
import {flowTitle} from './investigations.js';

const sourceLabels = {
	environment: 'environment',
	'goenv-file': 'GOENV file',
	'goroot-env': 'GOROOT/go.env',
	default: 'default',
} as const;

/**
The human form of `gomod-doctor diagnose` (and of the bare command without a terminal): settings, the
reproduction, every flowchart step with its command, result and branch, the conclusion and the fixes.
`redact` is applied to every line.
*/
export function renderReportText(state: SessionState, redact: (text: string) => string): string {
	const lines: string[] = [];
	const {snapshot, conclusion} = state;
	lines.push(`gomod-doctor diagnose: ${state.dir}`);
	if (snapshot !== undefined) {
		lines.push('', `go: ${snapshot.goVersion}   GOENV: ${snapshot.goenvFile}`);
		const width = Math.max(...snapshot.settings.map((setting) => setting.name.length));
		for (const setting of snapshot.settings) {
			const shadow = setting.shadowed === undefined ? '' : `  (hides ${sourceLabels[setting.shadowed.source]}: ${setting.shadowed.value || '""'})`;
			lines.push(`  ${setting.name.padEnd(width)}  ${setting.value === '' ? '(unset)' : setting.value}  [${sourceLabels[setting.source]}]${shadow}`);
		}
	}

	if (state.reproduction.phase === 'done') {
		const result = state.reproduction.result;
		lines.push(
			'',
			`Reproduction: ${formatArgv(result.argv)}`,
			`  ${result.ok ? 'ok' : 'FAILED'}: ${result.headline} (exit ${result.exitCode ?? (result.timedOut ? 'killed at the deadline' : 'none')}, ${formatDuration(result.durationMs)})`,
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

		lines.push(walk.phase === 'done' ? `  = ${walk.verdict}: ${walk.summary}` : '  (did not finish)');
	}

	if (conclusion !== undefined) {
		lines.push('', `Conclusion: ${conclusion.headline}`);
		for (const finding of conclusion.findings) {
			lines.push(...renderFinding(finding));
		}

		if (conclusion.fixes.length > 0) {
			lines.push('', 'Fixes to try (gomod-doctor applies nothing in diagnose; run the wizard to apply one with undo):');
			for (const fix of conclusion.fixes) {
				lines.push(`  - ${fix.title}${fix.weakensSecurity ? ' [weakens security]' : ''}`);
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
		lines.push('', `Took ${formatDuration(state.durationMs)}.`);
	}

	return `${lines.map((line) => redact(line)).join('\n')}\n`;
}

function renderFinding(finding: Finding): string[] {
	return [`  [${finding.severity}] ${finding.category}: ${finding.subject}`, `    ${finding.summary}`];
}

/** The heading of a walk: which GOPROXY entry or candidate (and the proxy go goes through), or which flowchart. */
function walkHeading(view: WalkView): string {
	if (view.role === 'check') {
		return `${flowTitle(view.walk.flow)}: ${view.walk.subject.label}`;
	}

	const {walk, role, entryIndex} = view;
	const title = role === 'goproxy' ? `GOPROXY entry ${(entryIndex ?? 0) + 1}` : 'candidate';
	const through = walk.subject.proxy === undefined ? '' : ` (through ${walk.subject.proxy.url}, from ${walk.subject.proxy.variable})`;
	return `${title}: ${walk.subject.label}${through}`;
}
