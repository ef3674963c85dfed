// Start-up is part of the product: this file imports nothing heavy statically. meow, the commands and
// everything under them (Ink, React, execa, undici, the lab) are `await import()`ed by the command that needs
// them, each a chunk of its own; the bundle's entry answers `--version` before this file loads (see
// scripts/build.js).
import process from 'node:process';
import {readCommandLine, type CliCommand} from './source/commands/command-line.js';
import {TextError} from './source/i18n/text-error.js';
import {catalogTree, chosenLanguage, renderText, t} from './source/i18n/index.js';
import {sanitizeText} from './source/model/sanitize-text.js';

type Command = {
	/** How many operands it takes (`classify FILE`, `lab SCENARIO`). */
	readonly operands: number;
	/** It only prints a report: the process ends as soon as it is written. */
	readonly headless: boolean;
	readonly load: () => Promise<CliCommand>;
};

/** The commands; `wizard` is the one run without a name. The help text (i18n, `cli.help`) documents them. */
const commands = {
	diagnose: {operands: 0, headless: true, load: async () => (await import('./source/commands/run-diagnose.js')).diagnoseCommand},
	mirrors: {operands: 0, headless: true, load: async () => (await import('./source/commands/run-mirrors.js')).mirrorsCommand},
	classify: {operands: 1, headless: true, load: async () => (await import('./source/commands/run-classify.js')).classifyCommand},
	undo: {operands: 0, headless: true, load: async () => (await import('./source/commands/run-undo.js')).undoCommand},
	lab: {operands: 1, headless: false, load: async () => (await import('./source/commands/run-lab.js')).labCommand},
	wizard: {operands: 0, headless: false, load: async () => (await import('./source/commands/start-wizard.js')).wizardCommand},
} as const satisfies Record<string, Command>;

try {
	const read = await readCommandLine(process.argv.slice(2), commands);
	if ('exitCode' in read) {
		process.exitCode = read.exitCode;
	} else {
		const command: Command = commands[read.command];
		process.exitCode = await (await command.load())(read.invocation);
		// A report is written (stdout and stderr are synchronous on Linux pipes, files and terminals): a command
		// without a terminal UI ends now instead of waiting for idle keep-alive sockets and timers to wind down.
		if (process.platform === 'linux' && !process.stdout.isTTY && command.headless) {
			process.exit();
		}
	}
} catch (error) {
	const language = chosenLanguage(process.argv.slice(2), process.env);
	// A usage error, or a file the machine would not let us write (a full disk): said as it is, not as an internal error.
	if (error instanceof Error && (error.name === 'UsageError' || error.name === 'TranscriptWriteError')) {
		const text = error instanceof TextError ? renderText(error.text, catalogTree(language)) : error.message;
		process.stderr.write(`gomod-doctor: ${sanitizeText(text)}\n`);
	} else {
		// An unexpected error's message can quote anything (a URL with a password): redact it like all output.
		const {createRedactor} = await import('./source/redact/redact.js');
		const message = createRedactor({env: process.env}).redact(error instanceof Error ? error.message : String(error));
		process.stderr.write(`gomod-doctor: ${sanitizeText(t(language).cli.internalError(message))}\n`);
	}

	process.exitCode = 2;
}
