import process from 'node:process';
import {connectivityViews} from '../diagnose/conclude.js';
import {mirrorChoiceFlowchart} from '../flowcharts/mirror-choice/index.js';
import {sameUrl} from '../fixes/fix-goproxy-order.js';
import type {MirrorSubject} from '../flowcharts/mirror-choice/graph.js';
import {t, type Language} from '../i18n/index.js';
import {textTree} from '../flowcharts/texts.js';
import {renderText} from '../i18n/message.js';
import {parseGoproxyList} from '../go/parse-goproxy-list.js';
import {diagnoseHeadless} from '../session/diagnose-headless.js';
import type {SessionState} from '../session/reduce-session.js';
import type {Environment, System} from '../system/types.js';
import {createRedactor} from '../redact/redact.js';
import {mirrorChartLines, mirrorRows} from '../mirrors/mirror-chart.js';
import {createLazySystem} from '../system/create-lazy-system.js';
import {sessionOptions, type CommonOptions, resolveCommonOptions} from './options.js';
import type {CliCommand} from './command-line.js';

/**
`gomod-doctor mirrors`: §3.1 by measurement. Every GOPROXY entry and candidate is reached at once (DNS, connect,
TLS, the version list) and each one that answers is asked for the module's go.mod, compared with go.sum; the
proxies are shown fastest correct first, as a bar chart, with the `go env -w` line that would use the best one.
Runs go only to read its settings; changes nothing. Exit status: 0 when a proxy serves the module correctly
(or at least answers, where nothing could be compared), 1 when none does.
*/
export async function runMirrors(
	system: System,
	options: CommonOptions & {readonly json: boolean; readonly columns: number; readonly language: Language},
	env: Environment,
	write: (text: string) => void,
): Promise<number> {
	const state = await diagnoseHeadless(system, {
		...sessionOptions(options, env),
		reproduce: false,
		waitForEveryCandidate: true,
		investigations: [mirrorChoiceFlowchart],
	});
	const redactor = createRedactor({env});
	const health = state.conclusion?.health ?? [];
	const best = health.find((item) => item.verdict === 'healthy');
	if (options.json) {
		write(`${JSON.stringify(redactor.redactDeep(mirrorsReport(state, best?.url)), undefined, 2)}\n`);
		return best === undefined ? 1 : 0;
	}

	const redact = (text: string) => redactor.redact(text);
	const text = t(options.language).mirrors;
	if (state.goMissing !== undefined || state.goUnusable !== undefined || state.noModule !== undefined) {
		write(`${redact(renderText(state.conclusion?.headline ?? '', textTree(options.language)))}\n`);
		return 2;
	}

	if (health.length === 0) {
		write(`${text.none}\n`);
		return 1;
	}

	// Every walk asked the proxies for the same module; the §3.1 walks know its version (when go.mod has it).
	const module = connectivityViews(state.walks)[0]?.walk.subject.module ?? '';
	const checked = state.walks.find((view) => view.role === 'check')?.walk.subject as MirrorSubject | undefined;
	const lines = [
		text.title(module, checked?.version),
		'',
		...mirrorChartLines(mirrorRows(health, redact, t(options.language)), options.columns, t(options.language)),
		'',
	];
	if (!health.some((item) => item.correct !== undefined)) {
		lines.push(text.notCompared, '');
	}

	if (best === undefined) {
		lines.push(text.noneWorks);
		write(`${lines.join('\n')}\n`);
		return 1;
	}

	const goproxy = state.snapshot?.values['GOPROXY'] ?? '';
	const {entries} = parseGoproxyList(goproxy);
	const first = entries.find((entry) => entry.kind === 'url');
	if (first?.kind === 'url' && sameUrl(first.url, best.url)) {
		lines.push(text.alreadyFirst(redact(best.raw)));
	} else {
		lines.push(text.recommend(redact(best.raw)));
		// The best mirror alone, then `direct` where GOPROXY had it (private and unproxied paths still fetch).
		const tail = entries.some((entry) => entry.kind === 'direct') ? ',direct' : '';
		const command = `go env -w GOPROXY=${best.raw}${tail}`;
		lines.push(text.command, `  $ ${redact(command)}`);
	}

	write(`${lines.join('\n')}\n`);
	return 0;
}

/** The JSON form: the measured proxies (fastest correct first) and the recommended one. */
function mirrorsReport(state: SessionState, recommended: string | undefined) {
	return {
		schemaVersion: 1,
		proxies: state.conclusion?.health ?? [],
		recommended: recommended ?? null,
		durationMs: Math.round(state.durationMs ?? 0),
	};
}

/** `gomod-doctor mirrors`, from the command line. */
export const mirrorsCommand: CliCommand = async ({flags, language, env, userDirectory, write}) => {
	const options = await resolveCommonOptions(flags, env, userDirectory);
	return runMirrors(createLazySystem(), {...options, json: flags.json, columns: process.stdout.columns ?? 100, language}, env, write);
};
