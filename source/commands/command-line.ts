/**
The command line read before any command's module loads: the language, --help and --version, the flags checked,
the command and its operands. Only this and what it imports statically load at start-up (meow is imported when
the command line is not answered by --version alone).
*/
import process from 'node:process';
import {chosenLanguage, languageArgument, parseLanguage, t, type Catalog, type Language} from '../i18n/index.js';
import {sanitizeText} from '../model/sanitize-text.js';
import {nodeFileSystem} from '../system/file-system.js';
import {toolVersion} from '../version.js';
import {checkFlags, flagSpecs, type CliFlags} from './flags.js';
import {wrapHelp} from './help-text.js';
import {UsageError} from './usage-error.js';

/** What a command is called with, from the command line. */
export type Invocation = {
	readonly flags: CliFlags;
	/** The reader's language (`--lang`, else the locale): what is written for a person is said in it; JSON is English. */
	readonly language: Language;
	/** The command's operand (`classify FILE`, `lab SCENARIO`), when it takes one. */
	readonly operand: string | undefined;
	readonly env: NodeJS.ProcessEnv;
	/** Where the user is: relative paths on the command line are relative to it. */
	readonly userDirectory: string;
	/** Writes a report to stdout; nothing a server or a file said reaches the terminal raw. */
	readonly write: (text: string) => void;
};

/** A command's entry point: returns the exit status. */
export type CliCommand = (invocation: Invocation) => Promise<number>;

/** What the command line asks for: a command to run, or an exit status (it was answered already). */
export type CommandLine<Name extends string> = {readonly command: Name; readonly invocation: Invocation} | {readonly exitCode: number};

/**
Reads `argv` for `commands` (each with how many operands it takes; `wizard` is the command without a name).
Throws `UsageError` for a command line that is not valid.
*/
export async function readCommandLine<Name extends string>(
	argv: readonly string[],
	commands: Readonly<Record<Name | 'wizard', {readonly operands: number}>>,
): Promise<CommandLine<Name | 'wizard'>> {
	const {env} = process;
	// NO_COLOR (no-color.org: set and not empty) means no colour anywhere. Ink's chalk does not read it, only
	// FORCE_COLOR, and reads that when it loads, which is later (Ink is imported by the command that draws).
	if ((env['NO_COLOR'] ?? '') !== '') {
		env['FORCE_COLOR'] = '0';
	}

	// The language is chosen once, before anything is written: --lang, else the locale (LC_ALL, LC_MESSAGES, LANG).
	const requested = languageArgument(argv);
	const language = chosenLanguage(argv, env);
	const text = t(language);
	// `-h` and `help` ask for the help as --help does; --help and --version win over anything else given with them.
	const beforeSeparator = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
	const wantsHelp =
		beforeSeparator.some((argument) => argument === '--help' || argument === '-h') ||
		beforeSeparator.find((argument) => !argument.startsWith('-')) === 'help';
	if (!wantsHelp && beforeSeparator.includes('--version')) {
		process.stdout.write(`${toolVersion}\n`);
		return {exitCode: 0};
	}

	if (!wantsHelp) {
		checkFlags(argv);
	}

	const {default: meow} = await import('meow');
	const cli = meow(wrapHelp(text.cli.help, process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : 80), {
		importMeta: import.meta,
		// Asked for help: nothing else given is read (meow would refuse `-h` as an unknown flag).
		...(wantsHelp ? {argv: ['--help']} : {argv: [...argv]}),
		pkg: {name: 'gomod-doctor', version: toolVersion},
		allowUnknownFlags: false,
		flags: flagSpecs,
	});
	// Meow answers --help only when it is the sole argument; `--lang zh --help` is help too.
	if (wantsHelp) {
		cli.showHelp(0);
	}

	if (requested !== undefined && parseLanguage(requested) === undefined) {
		throw new UsageError(text.cli.invalidLanguage(requested));
	}

	const [first, ...rest] = cli.input;
	const command = commandNamed(first, commands, text);
	const {operands} = commands[command];
	if (rest.length > operands) {
		throw new UsageError(text.cli.unexpectedArgument(command, rest[operands] ?? ''));
	}

	if (cli.flags.json && cli.flags.markdown) {
		throw new UsageError(text.cli.jsonAndMarkdown);
	}

	// Under `npm start` (or `npm --prefix … start`) npm runs us in the package's directory; INIT_CWD is where the
	// user was, which is what "the current directory" means to them.
	const userDirectory = env['INIT_CWD'] ?? (await workingDirectory());
	const write = (text: string) => {
		process.stdout.write(sanitizeText(text));
	};

	return {command, invocation: {flags: cli.flags, language, operand: rest[0], env, userDirectory, write}};
}

/** The command `first` names: the wizard when there is none. */
function commandNamed<Name extends string>(
	first: string | undefined,
	commands: Readonly<Record<Name, unknown>>,
	text: Catalog,
): Name | 'wizard' {
	if (first === undefined) {
		return 'wizard';
	}

	if (first === 'wizard' || !Object.hasOwn(commands, first)) {
		throw new UsageError(text.cli.unknownCommand(first));
	}

	return first as Name;
}

/**
The working directory as a path that works. Node decodes it as UTF-8: a directory whose name is not UTF-8
(`proj\xff`) comes back with U+FFFD in it, a path that does not exist. On Linux `/proc/self/cwd` names the same
directory in every process that inherits it (go included), whatever its bytes.
*/
async function workingDirectory(): Promise<string> {
	const cwd = process.cwd();
	if (cwd.includes('\uFFFD') && process.platform === 'linux' && (await nodeFileSystem.stat(cwd).catch(() => undefined)) === undefined) {
		return '/proc/self/cwd';
	}

	return cwd;
}
