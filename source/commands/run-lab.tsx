import process from 'node:process';
import path from 'node:path';
import {say, t, type Language} from '../i18n/index.js';
import {describeScenario, findScenario, formatScenarioList} from '../lab/scenarios.js';
import {startLab} from '../lab/start-lab.js';
import {signalExitCode} from '../system/signal-exit-code.js';
import type {Environment, System} from '../system/types.js';
import {defaultTranscriptDir} from '../transcript/write-transcript.js';
import {wrapHanging} from '../model/wrap-hanging.js';
import {createLazySystem} from '../system/create-lazy-system.js';
import {parseTimeout, UsageError, type CommonOptions} from './options.js';
import {runWizard, type Terminal, type WizardAnswers} from './run-wizard.js';
import type {CliCommand} from './command-line.js';

/**
`gomod-doctor lab [SCENARIO]`: starts the scenario's GOPROXY servers on 127.0.0.1, writes a Go module that
needs them with a hermetic go environment, and opens the wizard on it. Nothing outside loopback is
contacted and the machine's own go settings are neither read nor changed.
*/
export async function runLab(
	system: System,
	options: {
		scenario?: string;
		list: boolean;
		keep: boolean;
		common: Omit<CommonOptions, 'dir' | 'candidates'>;
		answers: WizardAnswers;
		language: Language;
	},
	env: Environment,
	terminal: Terminal,
): Promise<number> {
	const text = t(options.language).cli.lab;
	if (options.list || options.scenario === undefined) {
		terminal.stdout.write(
			`${text.scenarios}\n${formatScenarioList(options.language)
				.map((line) => `  ${line}`)
				.join('\n')}\n`,
		);
		return options.list ? 0 : 2;
	}

	if (findScenario(options.scenario) === undefined) {
		throw new UsageError(say.cli.lab.noScenario(options.scenario));
	}

	const lab = await startLab(options.scenario, {keep: options.keep});
	// Stopped by a signal: stop the servers, remove the lab, and end as a process killed by it does (128 + n).
	const stop = (signal: NodeJS.Signals) => {
		const code = signalExitCode(signal);
		lab.close().then(
			() => process.exit(code),
			() => process.exit(code),
		);
	};

	// `on`, not `once`: while this listener is there, the child-process clean-up leaves the exit to it.
	// SIGHUP is a closed terminal; SIGINT reaches us only without raw mode (no terminal).
	const signals = ['SIGTERM', 'SIGHUP', 'SIGINT'] as const;
	for (const signal of signals) {
		process.on(signal, stop);
	}

	// The reader of the output went away (`lab … | head`): what is left to write has nowhere to go. The write
	// error arrives a tick after the write, possibly after the lab returned, so the listener stays: without it
	// the process dies on the error before the lab's temporary directory is removed.
	terminal.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code !== 'EPIPE') {
			throw error;
		}
	});

	try {
		terminal.stdout.write(labIntroduction(lab, terminal, options.language));
		return await runWizard(
			system,
			{
				...options.common,
				dir: lab.dir,
				candidates: lab.candidates,
				transcriptDir: options.common.transcriptDir ?? defaultTranscriptDir(env, system.fs),
				answers: options.answers,
				language: options.language,
			},
			lab.env,
			terminal,
		);
	} finally {
		for (const signal of signals) {
			process.off(signal, stop);
		}

		await lab.close().catch((error: unknown) => {
			terminal.stderr.write(`gomod-doctor: ${text.cannotRemove(lab.root, error instanceof Error ? error.message : String(error))}\n`);
		});
		if (options.keep) {
			terminal.stdout.write(`${text.kept(lab.root)}\n`);
		}
	}
}

/** What the lab is and where: wrapped to the terminal between words (a path or URL after its separators), never inside a word. */
function labIntroduction(lab: Awaited<ReturnType<typeof startLab>>, terminal: Terminal, language: Language): string {
	const columns = terminal.stdout.isTTY && terminal.stdout.columns > 0 ? terminal.stdout.columns : 80;
	const text = t(language).cli.lab;
	const lines = [
		text.scenario(lab.scenario.id, describeScenario(lab.scenario, language)),
		text.goproxy(lab.goenvFile, lab.goproxy),
		text.module(lab.dir),
		text.hermetic,
	];
	return `${lines.flatMap((line) => wrapHanging(line, columns)).join('\n')}\n`;
}

/** `gomod-doctor lab [SCENARIO]`, from the command line. */
export const labCommand: CliCommand = async ({operand, flags, language, env, userDirectory}) =>
	runLab(
		createLazySystem(),
		{
			...(operand === undefined ? {} : {scenario: operand}),
			list: flags.list,
			keep: flags.keep,
			common: {
				timeoutMs: parseTimeout(flags.timeout),
				traceroute: flags.traceroute,
				...(flags.transcriptDir === undefined ? {} : {transcriptDir: path.resolve(userDirectory, flags.transcriptDir)}),
			},
			answers: {...(flags.fix === undefined ? {} : {fix: flags.fix}), yes: flags.yes},
			language,
		},
		env,
		process,
	);
