import path from 'node:path';
import process from 'node:process';
import meow from 'meow';
import {resolveCommonOptions, UsageError} from './source/commands/options.js';
import {toolVersion} from './source/version.js';

const help = `
	Usage
	  $ gomod-doctor [--dir DIR] [--module MOD@VER]      the wizard (the diagnose report when there is no terminal)
	  $ gomod-doctor diagnose [--json | --markdown]     diagnose without a terminal; applies nothing
	  $ gomod-doctor classify [FILE | -] [--json]       explain go's error output (a pasted CI log); runs nothing
	  $ gomod-doctor undo                               restore every go setting gomod-doctor changed
	  $ gomod-doctor lab [SCENARIO] [--list] [--keep]   a local fault lab with the wizard on it

	Options
	  --dir DIR              the Go module directory (default: the current directory)
	  --module MOD@VER       reproduce with one module instead of the whole module graph
	  --timeout SECONDS      deadline of the reproduction and cap of every probe (default 10)
	  --candidates LIST      comma-separated proxies to measure besides GOPROXY
	                         (default: GOMOD_DOCTOR_CANDIDATES, else proxy.golang.org, goproxy.cn,
	                         goproxy.io, mirrors.aliyun.com/goproxy)
	  --json                 diagnose, classify: one JSON object
	  --markdown             diagnose: the Markdown transcript
	  --transcript-dir DIR   where the wizard writes its transcript
	                         (default: $GOMOD_DOCTOR_STATE_DIR/transcripts, else
	                         $XDG_STATE_HOME/gomod-doctor/transcripts, else ~/.local/state/gomod-doctor/transcripts)
	  --fix ID               wizard: apply the fix with this id without asking which (ids: diagnose --json)
	  --yes                  wizard: confirm without asking
	  --list                 lab: list the scenarios
	  --keep                 lab: keep the lab's temporary files
	  --version, --help

	Exit status: 0 nothing wrong found, 1 a problem was found, 2 a usage error or the tool itself failed.

	Examples
	  $ gomod-doctor
	  $ gomod-doctor diagnose --json --module golang.org/x/text@v0.14.0
	  $ go mod download 2>&1 | gomod-doctor classify
	  $ gomod-doctor lab proxy-down
`;

const commands = ['diagnose', 'classify', 'undo', 'lab'] as const;
type Command = (typeof commands)[number] | 'wizard';

async function main(): Promise<number> {
	const cli = meow(help, {
		importMeta: import.meta,
		pkg: {name: 'gomod-doctor', version: toolVersion},
		allowUnknownFlags: false,
		flags: {
			dir: {type: 'string'},
			module: {type: 'string'},
			timeout: {type: 'string'},
			candidates: {type: 'string'},
			json: {type: 'boolean', default: false},
			markdown: {type: 'boolean', default: false},
			transcriptDir: {type: 'string'},
			fix: {type: 'string'},
			yes: {type: 'boolean', default: false},
			list: {type: 'boolean', default: false},
			keep: {type: 'boolean', default: false},
		},
	});

	const [first, ...rest] = cli.input;
	const command: Command = first === undefined ? 'wizard' : (commands as readonly string[]).includes(first) ? (first as Command) : 'wizard';
	if (command === 'wizard' && first !== undefined) {
		throw new UsageError(`unknown command ${JSON.stringify(first)}; gomod-doctor --help lists the commands.`);
	}

	const maxArguments = command === 'classify' || command === 'lab' ? 1 : 0;
	if (rest.length > maxArguments) {
		throw new UsageError(`${command}: unexpected argument ${JSON.stringify(rest[maxArguments])}.`);
	}

	const {flags} = cli;
	if (flags.json && flags.markdown) {
		throw new UsageError('--json and --markdown exclude each other.');
	}

	const env = process.env;
	// Under `npm start` (or `npm --prefix … start`) npm runs us in the package's directory; INIT_CWD is where the
	// user was, which is what "the current directory" means to them.
	const userDirectory = env['INIT_CWD'] ?? process.cwd();
	const write = (text: string) => {
		process.stdout.write(text);
	};

	switch (command) {
		case 'classify': {
			const {runClassify} = await import('./source/commands/run-classify.js');
			const file = rest[0] === undefined || rest[0] === '-' ? rest[0] : path.resolve(userDirectory, rest[0]);
			return runClassify({file, stdin: process.stdin}, {json: flags.json}, env, write);
		}

		case 'diagnose': {
			const [{createSystem}, {runDiagnose}] = await Promise.all([
				import('./source/system/create-system.js'),
				import('./source/commands/run-diagnose.js'),
			]);
			const options = await resolveCommonOptions(flags, env, userDirectory);
			const format = flags.json ? 'json' : flags.markdown ? 'markdown' : 'text';
			return runDiagnose(createSystem(), {...options, format}, env, write);
		}

		case 'undo': {
			const [{createSystem}, {runUndo}] = await Promise.all([
				import('./source/system/create-system.js'),
				import('./source/commands/run-undo.js'),
			]);
			const options = await resolveCommonOptions(flags, env, userDirectory);
			return runUndo(createSystem(), {dir: options.dir}, env, write);
		}

		case 'lab': {
			const [{createSystem}, {runLab}, {parseTimeout}] = await Promise.all([
				import('./source/system/create-system.js'),
				import('./source/commands/run-lab.js'),
				import('./source/commands/options.js'),
			]);
			return runLab(
				createSystem(),
				{
					...(rest[0] === undefined ? {} : {scenario: rest[0]}),
					list: flags.list,
					keep: flags.keep,
					common: {timeoutMs: parseTimeout(flags.timeout), ...(flags.transcriptDir === undefined ? {} : {transcriptDir: path.resolve(userDirectory, flags.transcriptDir)})},
					answers: {...(flags.fix === undefined ? {} : {fix: flags.fix}), yes: flags.yes},
				},
				env,
				process,
			);
		}

		case 'wizard': {
			const [{createSystem}, {runWizard}] = await Promise.all([
				import('./source/system/create-system.js'),
				import('./source/commands/run-wizard.js'),
			]);
			const options = await resolveCommonOptions(flags, env, userDirectory);
			return runWizard(
				createSystem(),
				{...options, answers: {...(flags.fix === undefined ? {} : {fix: flags.fix}), yes: flags.yes}},
				env,
				process,
			);
		}
	}
}

try {
	process.exitCode = await main();
} catch (error) {
	if (error instanceof UsageError) {
		process.stderr.write(`gomod-doctor: ${error.message}\n`);
	} else {
		// An unexpected error's message can quote anything (a URL with a password): redact it like all output.
		const {createRedactor} = await import('./source/transcript/redact.js');
		const message = createRedactor({env: process.env}).redact(error instanceof Error ? error.message : String(error));
		process.stderr.write(`gomod-doctor: internal error: ${message}\n`);
	}

	process.exitCode = 2;
}
