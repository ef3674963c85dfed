import {constants as osConstants} from 'node:os';
import {formatScenarioList, listScenarios} from '../lab/scenarios.js';
import {startLab} from '../lab/start-lab.js';
import type {Environment, System} from '../system/types.js';
import {defaultTranscriptDir} from '../transcript/write-transcript.js';
import {UsageError, type CommonOptions} from './options.js';
import {runWizard, type Terminal, type WizardAnswers} from './run-wizard.js';

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
	},
	env: Environment,
	terminal: Terminal,
): Promise<number> {
	if (options.list || options.scenario === undefined) {
		terminal.stdout.write(`Lab scenarios (gomod-doctor lab SCENARIO):\n${formatScenarioList().map((line) => `  ${line}`).join('\n')}\n`);
		return options.list ? 0 : 2;
	}

	if (!listScenarios().some((scenario) => scenario.id === options.scenario)) {
		throw new UsageError(`lab: no scenario ${JSON.stringify(options.scenario)}; gomod-doctor lab --list shows them.`);
	}

	const lab = await startLab(options.scenario, {keep: options.keep});
	// Stopped by a signal: stop the servers, remove the lab, and end as a process killed by it does (128 + n).
	const stop = (signal: NodeJS.Signals) => {
		const code = 128 + (osConstants.signals[signal] ?? 15);
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

	try {
		terminal.stdout.write(
			[
				`Lab scenario ${lab.scenario.id}: ${lab.scenario.description}`,
				`  GOPROXY (in the lab's GOENV file ${lab.goenvFile}): ${lab.goproxy}`,
				`  Go module: ${lab.dir}`,
				'  Everything runs on 127.0.0.1 with a temporary HOME, GOENV and module cache: your own go settings are untouched.',
				'',
			].join('\n'),
		);
		return await runWizard(
			system,
			{
				...options.common,
				dir: lab.dir,
				candidates: lab.candidates,
				transcriptDir: options.common.transcriptDir ?? defaultTranscriptDir(env),
				answers: options.answers,
			},
			lab.env,
			terminal,
		);
	} finally {
		for (const signal of signals) {
			process.off(signal, stop);
		}

		await lab.close().catch((error: unknown) => {
			terminal.stderr.write(`gomod-doctor: could not remove the lab's files in ${lab.root}: ${error instanceof Error ? error.message : String(error)}\n`);
		});
		if (options.keep) {
			terminal.stdout.write(`Lab files kept in ${lab.root}\n`);
		}
	}
}
