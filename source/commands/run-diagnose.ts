import process from 'node:process';
import {buildReport} from '../report/build-report.js';
import {describeUnfinished, findUnfinishedChanges} from '../fixes/unfinished-changes.js';
import {renderReportText} from '../report/render-report-text.js';
import {diagnoseHeadless} from '../session/diagnose-headless.js';
import {walkedFlows, type SessionState} from '../session/reduce-session.js';
import {walkDiagrams} from '../session/walk-diagrams.js';
import type {Environment, System} from '../system/types.js';
import {renderTranscriptMarkdown} from '../transcript/render-markdown.js';
import {createRedactor} from '../redact/redact.js';
import {toolVersion} from '../version.js';
import {textTree} from '../flowcharts/texts.js';
import {catalogTree, renderText, type Language} from '../i18n/index.js';
import {createLazySystem} from '../system/create-lazy-system.js';
import {sessionOptions, type CommonOptions, resolveCommonOptions} from './options.js';
import type {CliCommand} from './command-line.js';

export type ReportFormat = 'text' | 'json' | 'markdown';

/**
`gomod-doctor diagnose`: the snapshot, the reproduction and every probe the flow reaches; applies nothing.
Returns the exit status: 0 nothing wrong, 1 a problem found.
*/
export async function runDiagnose(
	system: System,
	/**
	`columns`: the width the text report is wrapped to (the terminal's; 80 when it is not one); `language`: the
	reader's, which the text and Markdown reports are written in (JSON is English).
	*/
	options: CommonOptions & {format: ReportFormat; columns?: number; language: Language},
	env: Environment,
	write: (text: string) => void,
): Promise<number> {
	const state = await diagnoseHeadless(system, sessionOptions(options, env));
	// Changes gomod-doctor made earlier and never finished or undid: the first suspects, so said first.
	const earlier = options.format === 'text' ? describeUnfinished(await findUnfinishedChanges(system.fs, env), 'cli') : [];
	const {redact} = createRedactor({env});
	write(
		`${earlier.map((line, index) => `${index === 0 ? '! ' : '  '}${redact(renderText(line, catalogTree(options.language)))}\n`).join('')}${earlier.length > 0 ? '\n' : ''}${formatReport(state, options.format, env, options)}`,
	);
	return state.conclusion?.exitCode ?? 1;
}

/**
A finished session in the requested format, redacted: JSON (for programs) in English, the text and Markdown reports
in the reader's `language`.
*/
export function formatReport(
	state: SessionState,
	format: ReportFormat,
	env: Environment,
	{language, columns = 80}: {readonly language: Language; readonly columns?: number},
): string {
	const redactor = createRedactor({env});
	const tree = textTree(format === 'json' ? 'en' : language);
	switch (format) {
		case 'json': {
			return `${JSON.stringify(redactor.redactDeep(buildReport(state, toolVersion, tree)), undefined, 2)}\n`;
		}

		case 'markdown': {
			return renderTranscriptMarkdown(
				{startedAt: state.startedAt, entries: state.transcript, walks: walkedFlows(state)},
				{
					redactor,
					diagrams: walkDiagrams(state, tree),
					toolVersion,
					tree,
				},
			);
		}

		case 'text': {
			return renderReportText(state, (text) => redactor.redact(text), tree, columns);
		}
	}
}

/** `gomod-doctor diagnose`, from the command line. */
export const diagnoseCommand: CliCommand = async ({flags, language, env, userDirectory, write}) => {
	const options = await resolveCommonOptions(flags, env, userDirectory);
	const format = flags.json ? 'json' : flags.markdown ? 'markdown' : 'text';
	const columns = process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : 80;
	return runDiagnose(createLazySystem(), {...options, format, columns, language}, env, write);
};
