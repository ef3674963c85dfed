// Start-up is part of the product: this file imports nothing heavy statically. meow, the commands and
// everything under them (Ink, React, execa, undici, the lab) are `await import()`ed by the command that needs
// them, each a chunk of its own; the bundle's entry answers `--version` before this file loads (see
// scripts/build.js).
import {statSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {languageArgument, languageFromEnv, parseLanguage, setLanguage, t} from './source/i18n/index.js';
import {sanitizeText} from './source/model/sanitize-text.js';
import {toolVersion} from './source/version.js';
import {displayWidth} from './source/i18n/text-width.js';
import {wrapHanging} from './source/ui/wrap-hanging.js';

const commands = ['diagnose', 'mirrors', 'classify', 'undo', 'lab'] as const;
type Command = (typeof commands)[number] | 'wizard';

/**
The wizard's first line (its header), written as soon as the flags are read: Ink, React and the diagnosis
take a few hundred milliseconds more to load on a slow machine, and the user should see at once that the
tool runs. The line has no line break; the returned function erases it just before Ink renders, and Ink's
first frame draws the same header in its place. Only where Ink draws frames as they come (a terminal that
is not dumb, not CI mode, as Ink's is-in-ci reads it), for a directory that exists, when the line fits.
*/
function provisionalHeader(dir: string, redact: (text: string) => string, env: NodeJS.ProcessEnv): () => void {
	const {stdin, stdout} = process;
	const inCi = ['CI', 'CONTINUOUS_INTEGRATION'].some((key) => env[key] !== undefined && env[key] !== '0' && env[key] !== 'false');
	const text = t().wizard.header(toolVersion, redact(dir));
	// Wide characters count twice: a line that wraps could not be erased with one erase-line.
	const width = [...text].reduce((sum, character) => sum + (character.codePointAt(0)! < 0x7F ? 1 : 2), 0);
	const isDirectory = statSync(dir, {throwIfNoEntry: false})?.isDirectory() === true;
	if (stdin.isTTY !== true || stdout.isTTY !== true || env['TERM'] === 'dumb' || inCi || !isDirectory || width >= stdout.columns) {
		return () => undefined;
	}

	stdout.write(sanitizeText(text));
	let erased = false;
	return () => {
		if (!erased) {
			erased = true;
			stdout.write('\r\u001B[2K');
		}
	};
}

/**
A usage error found here, before any command's module is loaded; reported like `UsageError` from
source/commands/options.ts (whose module this file does not load up front), by its name.
*/
function usageError(message: string): Error {
	return Object.assign(new Error(message), {name: 'UsageError'});
}

/**
Every option before `--` must be one of `flags` (or --help, --version), spelt whole. meow's own check lets a
known flag's name followed by more through (`--yes-please` becomes `yesPlease` and is ignored, `--yes=please`
sets nothing): a typo must not silently do something else, so it is a usage error.
*/
function checkFlags(argv: readonly string[], flags: Readonly<Record<string, {readonly type: 'string' | 'boolean'}>>): void {
	const kebab = (name: string) => name.replaceAll(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
	const types = new Map(Object.entries(flags).map(([name, {type}]) => [kebab(name), type]));
	types.set('help', 'boolean');
	types.set('version', 'boolean');
	const seen = new Set<string>();
	for (let index = 0; index < argv.length; index++) {
		const argument = argv[index]!;
		if (argument === '--') {
			return;
		}

		if (!argument.startsWith('-') || argument === '-') {
			continue;
		}

		// `[\s\S]`, not `.`: a value may hold a line break (`--module=$'a\nb'`), which the command then refuses.
		const match = /^--(no-)?([a-z][a-z-]*)(=[\s\S]*)?$/.exec(argument);
		const name = match?.[2];
		const type = name === undefined ? undefined : types.get(name);
		const negated = match?.[1] !== undefined;
		const value = match?.[3]?.slice(1);
		const valid =
			type === 'boolean' ? value === undefined || value === 'true' || value === 'false' : type === 'string' && !negated;
		if (!valid) {
			// A known flag with a wrong value is shown whole; an unknown one without its value (which could be a secret).
			throw usageError(t().robust.unknownFlag(type === undefined ? argument.split('=')[0]! : argument));
		}

		// meow refuses a string flag given twice with an error of its own, which would read as an internal error.
		if (type === 'string' && name !== undefined) {
			if (seen.has(name)) {
				throw usageError(t().robust.flagTwice(`--${name}`));
			}

			seen.add(name);
		}

		if (type === 'string' && value === undefined) {
			// Its value is the next argument, whatever it looks like.
			index++;
		}
	}
}

/**
The help text wrapped to the terminal (80 columns when it is not one), between words: an option's description
continues under its description column, never cut inside a word. meow strips the text's common indentation and
indents it by two, so each line is wrapped to two columns less and keeps its tab.
*/
function wrapHelp(text: string, columns: number): string {
	const width = Math.max(40, columns) - 2;
	return text
		.split('\n')
		.flatMap((line) => {
			const body = line.replace(/^\t/, '');
			if (displayWidth(body) <= width) {
				return [line];
			}

			// The column a continuation starts at: an option's or a usage line's description, else the line's own indent.
			const described = /^(\s*(?:--\S.*?|\$ gomod-doctor.*?|-\S.*?)\s{2,})\S/.exec(body)?.[1];
			const indent = /^\s*/.exec(body)![0];
			if (described === undefined && /^\s*\$ /.test(body)) {
				// An example command: copied as it is, so it is never broken (it may run past the edge).
				return [line];
			}

			if (described !== undefined && displayWidth(described) > width - 20) {
				// The description column is too far right to wrap into: the command or option on a line of its own, whole,
				// and its description under it, four columns in.
				const under = `${indent}    `;
				return [described.trimEnd(), ...wrapHanging(`${under}${body.slice(described.length)}`, width, under.length)].map((part) => `\t${part}`);
			}

			return wrapHanging(body, width, displayWidth(described ?? indent)).map((part) => `\t${part}`);
		})
		.join('\n');
}

async function main(): Promise<number> {
	// NO_COLOR (no-color.org: set and not empty) means no colour anywhere. Ink's chalk does not read it, only
	// FORCE_COLOR, and reads that when it loads, which is later (Ink is imported by the command that draws).
	if ((process.env['NO_COLOR'] ?? '') !== '') {
		process.env['FORCE_COLOR'] = '0';
	}

	// The language is chosen once, before anything is written: --lang, else the locale (LC_ALL, LC_MESSAGES, LANG).
	const requested = languageArgument(process.argv.slice(2));
	const chosen = requested === undefined ? languageFromEnv(process.env) : parseLanguage(requested);
	setLanguage(chosen ?? languageFromEnv(process.env));
	const flagSpecs = {
		dir: {type: 'string'},
		module: {type: 'string'},
		timeout: {type: 'string'},
		candidates: {type: 'string'},
		traceroute: {type: 'boolean', default: false},
		strict: {type: 'boolean', default: false},
		canary: {type: 'string'},
		json: {type: 'boolean', default: false},
		markdown: {type: 'boolean', default: false},
		transcriptDir: {type: 'string'},
		fix: {type: 'string'},
		yes: {type: 'boolean', default: false},
		list: {type: 'boolean', default: false},
		keep: {type: 'boolean', default: false},
		lang: {type: 'string'},
	} as const;
	// `-h` and `help` ask for the help as --help does; --help and --version win over anything else given with them.
	const given = process.argv.slice(2);
	const beforeSeparator = given.includes('--') ? given.slice(0, given.indexOf('--')) : given;
	const wantsHelp = beforeSeparator.some((argument) => argument === '--help' || argument === '-h') || beforeSeparator.find((argument) => !argument.startsWith('-')) === 'help';
	if (!wantsHelp && beforeSeparator.includes('--version')) {
		process.stdout.write(`${toolVersion}\n`);
		return 0;
	}

	if (!wantsHelp) {
		checkFlags(given, flagSpecs);
	}

	const {default: meow} = await import('meow');
	const cli = meow(wrapHelp(t().cli.help, process.stdout.isTTY === true && process.stdout.columns > 0 ? process.stdout.columns : 80), {
		importMeta: import.meta,
		// Asked for help: nothing else given is read (meow would refuse `-h` as an unknown flag).
		...(wantsHelp ? {argv: ['--help']} : {}),
		pkg: {name: 'gomod-doctor', version: toolVersion},
		allowUnknownFlags: false,
		flags: flagSpecs,
	});

	// meow answers --help only when it is the sole argument; `--lang zh --help` is help too.
	if (wantsHelp) {
		cli.showHelp(0);
	}

	if (requested !== undefined && chosen === undefined) {
		throw usageError(t().cli.invalidLanguage(requested));
	}

	// JSON is for programs: ids and English text, whatever the language (see README, Languages).
	if (cli.flags.json) {
		setLanguage('en');
	}

	const [first, ...rest] = cli.input;
	const command: Command = first === undefined ? 'wizard' : (commands as readonly string[]).includes(first) ? (first as Command) : 'wizard';
	if (command === 'wizard' && first !== undefined) {
		throw usageError(t().cli.unknownCommand(first));
	}

	const maxArguments = command === 'classify' || command === 'lab' ? 1 : 0;
	if (rest.length > maxArguments) {
		throw usageError(t().cli.unexpectedArgument(command, rest[maxArguments] ?? ''));
	}

	const {flags} = cli;
	if (flags.json && flags.markdown) {
		throw usageError(t().cli.jsonAndMarkdown);
	}

	const env = process.env;
	// Under `npm start` (or `npm --prefix … start`) npm runs us in the package's directory; INIT_CWD is where the
	// user was, which is what "the current directory" means to them.
	const userDirectory = env['INIT_CWD'] ?? workingDirectory();
	// Every report leaves through here: nothing a server or a file said reaches the terminal raw.
	const write = (text: string) => {
		process.stdout.write(sanitizeText(text));
	};

	switch (command) {
		case 'classify': {
			const {runClassify} = await import('./source/commands/run-classify.js');
			const file = rest[0] === undefined || rest[0] === '-' ? rest[0] : path.resolve(userDirectory, rest[0]);
			return runClassify({file, stdin: process.stdin}, {json: flags.json}, env, write);
		}

		case 'diagnose': {
			const [{createLazySystem}, {runDiagnose}, {resolveCommonOptions}] = await Promise.all([
				import('./source/system/create-lazy-system.js'),
				import('./source/commands/run-diagnose.js'),
				import('./source/commands/options.js'),
			]);
			const options = await resolveCommonOptions(flags, env, userDirectory);
			const format = flags.json ? 'json' : flags.markdown ? 'markdown' : 'text';
			const columns = process.stdout.isTTY === true && process.stdout.columns > 0 ? process.stdout.columns : 80;
			return runDiagnose(createLazySystem(), {...options, format, columns}, env, write);
		}

		case 'mirrors': {
			const [{createLazySystem}, {runMirrors}, {resolveCommonOptions}] = await Promise.all([
				import('./source/system/create-lazy-system.js'),
				import('./source/commands/run-mirrors.js'),
				import('./source/commands/options.js'),
			]);
			const options = await resolveCommonOptions(flags, env, userDirectory);
			return runMirrors(createLazySystem(), {...options, json: flags.json, columns: process.stdout.columns ?? 100}, env, write);
		}

		case 'undo': {
			const [{createLazySystem}, {runUndo}, {resolveCommonOptions}] = await Promise.all([
				import('./source/system/create-lazy-system.js'),
				import('./source/commands/run-undo.js'),
				import('./source/commands/options.js'),
			]);
			const options = await resolveCommonOptions(flags, env, userDirectory);
			return runUndo(createLazySystem(), {dir: options.dir}, env, write);
		}

		case 'lab': {
			const [{createLazySystem}, {runLab}, {parseTimeout}] = await Promise.all([
				import('./source/system/create-lazy-system.js'),
				import('./source/commands/run-lab.js'),
				import('./source/commands/options.js'),
			]);
			return runLab(
				createLazySystem(),
				{
					...(rest[0] === undefined ? {} : {scenario: rest[0]}),
					list: flags.list,
					keep: flags.keep,
					common: {timeoutMs: parseTimeout(flags.timeout), traceroute: flags.traceroute, ...(flags.transcriptDir === undefined ? {} : {transcriptDir: path.resolve(userDirectory, flags.transcriptDir)})},
					answers: {...(flags.fix === undefined ? {} : {fix: flags.fix}), yes: flags.yes},
				},
				env,
				process,
			);
		}

		case 'wizard': {
			const {createRedactor} = await import('./source/transcript/redact.js');
			const eraseHeader = provisionalHeader(path.resolve(userDirectory, flags.dir ?? '.'), createRedactor({env}).redact, env);
			let loaded;
			try {
				const [{createLazySystem}, {runWizard}, {resolveCommonOptions}] = await Promise.all([
					import('./source/system/create-lazy-system.js'),
					import('./source/commands/run-wizard.js'),
					import('./source/commands/options.js'),
				]);
				loaded = {createLazySystem, runWizard, options: await resolveCommonOptions(flags, env, userDirectory)};
			} finally {
				eraseHeader();
			}

			const {createLazySystem, runWizard, options} = loaded;
			return runWizard(
				createLazySystem(),
				{...options, answers: {...(flags.fix === undefined ? {} : {fix: flags.fix}), yes: flags.yes}},
				env,
				process,
			);
		}
	}
}

try {
	process.exitCode = await main();
	// A report is written (stdout and stderr are synchronous on Linux pipes, files and terminals): a command
	// without a terminal UI ends now instead of waiting for idle keep-alive sockets and timers to wind down.
	if (process.platform === 'linux' && !process.stdout.isTTY && headlessCommand()) {
		process.exit();
	}
} catch (error) {
	// A usage error, or a file the machine would not let us write (a full disk): said as it is, not as an internal error.
	if (error instanceof Error && (error.name === 'UsageError' || error.name === 'TranscriptWriteError')) {
		process.stderr.write(`gomod-doctor: ${sanitizeText(error.message)}\n`);
	} else {
		// An unexpected error's message can quote anything (a URL with a password): redact it like all output.
		const {createRedactor} = await import('./source/transcript/redact.js');
		const message = createRedactor({env: process.env}).redact(error instanceof Error ? error.message : String(error));
		process.stderr.write(`gomod-doctor: ${sanitizeText(t().cli.internalError(message))}\n`);
	}

	process.exitCode = 2;
}

/**
The working directory as a path that works. Node decodes it as UTF-8: a directory whose name is not UTF-8
(`proj\xff`) comes back with U+FFFD in it, a path that does not exist. On Linux `/proc/self/cwd` names the same
directory in every process that inherits it (go included), whatever its bytes.
*/
function workingDirectory(): string {
	const cwd = process.cwd();
	if (cwd.includes('\uFFFD') && process.platform === 'linux' && statSync(cwd, {throwIfNoEntry: false}) === undefined) {
		return '/proc/self/cwd';
	}

	return cwd;
}

/** The commands that only print a report: `diagnose`, `mirrors`, `classify`, `undo`. */
function headlessCommand(): boolean {
	const first = process.argv.slice(2).find((argument) => !argument.startsWith('-'));
	return first === 'diagnose' || first === 'mirrors' || first === 'classify' || first === 'undo';
}
