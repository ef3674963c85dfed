import {render} from 'ink';
import {findUnfinishedChanges} from '../fixes/unfinished-changes.js';
import {textTree} from '../flowcharts/texts.js';
import {t, type Language} from '../i18n/index.js';
import {displayWidth, padEndDisplay} from '../i18n/text-width.js';
import {createSessionActions} from '../session/create-session-actions.js';
import {initialSession} from '../session/reduce-session.js';
import type {Environment, System} from '../system/types.js';
import {guardTerminal} from '../system/watchdog.js';
import {sanitizeText} from '../model/sanitize-text.js';
import {App, type WizardResult} from '../ui/app.js';
import {reflowSafeOutput} from '../ui/reflow-output.js';
import {toolVersion} from '../version.js';
import {sessionOptions, type CommonOptions} from './options.js';
import {runDiagnose} from './run-diagnose.js';

export type WizardAnswers = {
	/** Apply the fix with this id without asking which. */
	readonly fix?: string;
	/** Confirm without asking. */
	readonly yes?: boolean;
};

export type Terminal = {
	readonly stdin: NodeJS.ReadStream;
	readonly stdout: NodeJS.WriteStream;
	readonly stderr: NodeJS.WriteStream;
};

/** Whether the wizard can draw and read keys here. */
export function isInteractive(terminal: Terminal, env: Environment): boolean {
	// A dumb terminal cannot move the cursor: the redrawn frames would arrive as garbage.
	return terminal.stdin.isTTY && terminal.stdout.isTTY && env['TERM'] !== 'dumb';
}

/**
The wizard. Without a terminal (or on a dumb one) it prints the `diagnose` report instead of failing on raw
mode. The whole session's transcript is written when the wizard ends and its paths printed.
*/
export async function runWizard(
	system: System,
	options: CommonOptions & {answers: WizardAnswers; language: Language},
	env: Environment,
	terminal: Terminal,
): Promise<number> {
	const text = t(options.language);
	const tree = textTree(options.language);
	if (!isInteractive(terminal, env)) {
		terminal.stderr.write(`gomod-doctor: ${text.cli.noTerminal}\n`);
		const columns = terminal.stdout.isTTY && terminal.stdout.columns > 0 ? terminal.stdout.columns : 80;
		return runDiagnose(system, {...options, format: 'text', columns}, env, (text) => {
			terminal.stdout.write(sanitizeText(text));
		});
	}

	// Raw mode off and the cursor back even if this process dies (out of memory, kill -9) while Ink draws.
	guardTerminal(terminal.stdin, terminal.stdout);
	const actions = createSessionActions(system, {...sessionOptions(options, env), tree});
	// Changes earlier runs left (an apply cut off by kill -9, a change never undone): noticed and offered for undo.
	const unfinished = await findUnfinishedChanges(system.fs, env);
	const initialState = initialSession({
		startedAt: new Date().toISOString(),
		dir: options.dir,
		...(options.module === undefined ? {} : {module: options.module}),
		toolVersion,
		...(options.strict === true ? {strict: true} : {}),
	});

	let result: WizardResult | undefined;
	const instance = render(
		<App
			tree={tree}
			actions={actions}
			initialState={initialState}
			toolVersion={toolVersion}
			answers={options.answers}
			earlier={unfinished.ok ? unfinished.changes : []}
			{...(unfinished.ok ? {} : {journalProblem: unfinished.message})}
			onExit={(value) => {
				result = value;
			}}
		/>,
		// A narrower window re-wraps the live area: its rows are erased whole (see reflow-output.ts).
		{stdin: terminal.stdin, stdout: reflowSafeOutput(terminal.stdout), stderr: terminal.stderr, exitOnCtrlC: false},
	);
	await instance.waitUntilExit();
	if (result === undefined) {
		return 2;
	}

	// A fix being applied when the user quit finishes first (go env -w is never cut off halfway).
	const stillChanged = (await actions.settle?.()) ?? [];
	// Always the whole session: an export made earlier (the `e` key) may stop anywhere before the end, so the
	// whole session replaces it (one session, one transcript, at the path the wizard showed).
	const exported = await actions.exportTranscript(result.state, result.exported);
	const label = text.cli.transcriptLabel;
	terminal.stdout.write(
		sanitizeText(`${label} ${exported.markdownPath}\n${padEndDisplay('', displayWidth(label))} ${exported.jsonPath}\n`),
	);
	if (stillChanged.length > 0) {
		terminal.stdout.write(sanitizeText(`${text.robust.stillChanged(stillChanged.join(', '))}\n`));
	}

	return result.exitCode;
}
