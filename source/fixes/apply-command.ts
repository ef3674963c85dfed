/**
Runs a `command` fix (`go mod tidy -v`, `go get MOD@VER`, `go mod download MOD`, `go clean -modcache`) once,
after the user confirmed it. The argv is checked first (go or git, no control characters). When the command
can change the project's go.mod and go.sum, both are copied into the journal before it runs, so that undo
writes them back byte for byte; a command that changes nothing undo could restore (`go clean -modcache`
deletes downloads) says so before it runs. A `git config --global KEY VALUE` (an insteadOf rule) records the key's
earlier values in the journal first (apply-git-config.ts), so that undo puts them back.
*/
import path from 'node:path';
import {say} from '../i18n/index.js';
import type {Text} from '../i18n/message.js';
import {fileDiff, type FileDiff} from '../model/line-diff.js';
import type {CommandResult, Environment, FileSystem, System} from '../system/types.js';
import {describeFileError} from '../system/describe-file-error.js';
import {gitConfigArgvProblem, isGitConfigArgv, parseGitConfigArgv, runGitConfigFix} from './apply-git-config.js';
import {
	journalPath,
	maxFileCopyBytes,
	newEntryId,
	sha256,
	hashFiles,
	updateEntry,
	updateJournal,
	type JournalEntry,
	type JournalFileCopy,
	type JournalGitConfig,
	type RedactText,
} from './journal.js';

/** The programs a command fix may run. */
export const commandPrograms = ['go', 'git'] as const;

/**
Why `argv` cannot be run as a command fix; undefined when it can. A `git config` command must be
`git config --global [--add|--replace-all] url.<base>.insteadOf VALUE` (no value starting with `-`).
*/
export function validateCommandArgv(argv: readonly string[] | undefined): string | undefined {
	if (argv === undefined || argv.length === 0) {
		return 'the fix names no command';
	}

	if (!(commandPrograms as readonly string[]).includes(argv[0]!)) {
		return `only go and git commands are run, not "${argv[0]!.slice(0, 40)}"`;
	}

	if (argv.length > 64) {
		return 'the command has too many arguments';
	}

	for (const argument of argv) {
		if (/[\u0000-\u001F\u007F-\u009F]/.test(argument)) {
			return 'an argument contains control characters';
		}

		if (argument.length > 4096) {
			return 'an argument is too long';
		}
	}

	if (isGitConfigArgv(argv)) {
		return gitConfigArgvProblem(argv);
	}

	return undefined;
}

/**
What undo can do about a command: `files` (it may change go.mod/go.sum, which are copied first), `git-config` (a
`git config --global` key whose earlier values are recorded first), `none` (it changes something that cannot be
put back, e.g. `go clean -modcache` deletes the module cache), `nothing` (it changes nothing of the user's: a
read-only command).
*/
export type CommandUndo = 'files' | 'git-config' | 'none' | 'nothing';

/** Whether, and how, the effect of `argv` can be undone. */
export function commandUndo(argv: readonly string[]): CommandUndo {
	const [program, first, second] = argv;
	if (parseGitConfigArgv(argv) !== undefined) {
		return 'git-config';
	}

	if (program !== 'go') {
		return 'none';
	}

	if (first === 'clean') {
		return 'none';
	}

	if (first === 'get' || (first === 'mod' && (second === 'tidy' || second === 'download' || second === 'edit'))) {
		return 'files';
	}

	if (
		first === 'list' ||
		first === 'version' ||
		first === 'build' ||
		(first === 'mod' && (second === 'verify' || second === 'why' || second === 'graph'))
	) {
		return 'nothing';
	}

	return 'none';
}

/** The project files a command fix may change, by name. */
export const projectFiles = ['go.mod', 'go.sum'] as const;

/** `env` with `changes` applied over it: a change to a value sets the variable, a change to undefined unsets it. */
export function overlayEnv(
	env: Environment,
	changes: Readonly<Record<string, string | undefined>> = {},
): Record<string, string | undefined> {
	const merged: Record<string, string | undefined> = {...env};
	for (const [key, value] of Object.entries(changes)) {
		if (value === undefined) {
			delete merged[key];
		} else {
			merged[key] = value;
		}
	}

	return merged;
}

export type RunCommandFixOptions = {
	readonly argv: readonly string[];
	/** The environment of the wizard's go; `extraEnv` is applied over it (a value of undefined unsets). */
	readonly env: Environment;
	readonly extraEnv?: Readonly<Record<string, string | undefined>>;
	/** The Go module directory (go.mod and go.sum are read and copied from here). */
	readonly dir: string;
	readonly timeoutMs: number;
	readonly signal?: AbortSignal;
	/** Exact go.sum lines removed after the journal copy and before the command runs (a wrong line go then writes again). */
	readonly removeGoSumLines?: readonly string[];
	/** The session's redactor, for the journal's messages. */
	readonly redact?: RedactText;
};

export type RunCommandFixResult = {
	/** `ran`: the command exited 0; `failed`: it ran and failed, or timed out; `refused`: it was not run (see `message`). */
	readonly status: 'ran' | 'failed' | 'refused';
	readonly message: Text;
	readonly result?: CommandResult;
	/** The journal entry holding the copies, when there is one. */
	readonly journalId?: string;
	readonly undo: CommandUndo;
	/** What the command changed in go.mod and go.sum (files it left alone are not listed). */
	readonly diffs: readonly FileDiff[];
	/** For `git config --global`: the file, the key, and its values before and after, as the journal holds them. */
	readonly gitConfig?: JournalGitConfig;
};

/** Writes the `pending` journal entry of a command fix: the copies of go.mod and go.sum from before it. Returns its id. */
async function recordFileCopies(
	fs: FileSystem,
	journalFile: string,
	files: readonly string[],
	before: ReadonlyArray<{readonly copy: JournalFileCopy}>,
	options: RunCommandFixOptions,
): Promise<string> {
	const entry: JournalEntry = {
		id: newEntryId(),
		createdAt: new Date().toISOString(),
		goenvFile: files[0]!,
		changes: projectFiles.map((name, index) => ({key: name, before: {set: before[index]!.copy.exists}, after: undefined})),
		fileBefore: {exists: before[0]!.copy.exists, ...(before[0]!.copy.sha256 === undefined ? {} : {sha256: before[0]!.copy.sha256})},
		status: 'pending',
		files: before.map((item) => item.copy),
		command: options.argv,
	};
	await updateJournal(fs, journalFile, (journal) => ({...journal, entries: [...journal.entries, entry]}), options.redact);
	return entry.id;
}

/** Runs a confirmed command fix: checks it, copies go.mod/go.sum into the journal, runs it, and diffs the files. */
export async function runCommandFix(system: System, options: RunCommandFixOptions): Promise<RunCommandFixResult> {
	const problem = validateCommandArgv(options.argv);
	const undo = problem === undefined ? commandUndo(options.argv) : 'none';
	if (problem !== undefined) {
		return {status: 'refused', message: problem, undo, diffs: []};
	}

	if (undo === 'git-config') {
		return runGitConfigCommand(system, options);
	}

	const files = projectFiles.map((name) => path.join(options.dir, name));
	const before = await Promise.all(files.map(async (file) => readCopy(system.fs, file)));
	let journalId: string | undefined;
	let journalFile: string | undefined;
	if (undo === 'files') {
		const tooBig = before.find((copy) => copy.tooBig);
		if (tooBig !== undefined) {
			return {
				status: 'refused',
				message: `${tooBig.copy.path} is larger than ${maxFileCopyBytes / 1024 / 1024} MiB: it cannot be copied for undo, so the command was not run`,
				undo,
				diffs: [],
			};
		}

		try {
			journalFile = journalPath(options.env);
			journalId = await recordFileCopies(system.fs, journalFile, files, before, options);
		} catch (error) {
			return {
				status: 'refused',
				message: say.fixes.commandNotRun(describeFileError(error)),
				undo,
				diffs: [],
			};
		}
	}

	if ((options.removeGoSumLines ?? []).length > 0) {
		const removed = await removeGoSumLines(system.fs, files[1]!, options.removeGoSumLines ?? []);
		if (removed !== undefined) {
			return {status: 'refused', message: removed, undo, ...(journalId === undefined ? {} : {journalId}), diffs: []};
		}
	}

	const env = overlayEnv(options.env, options.extraEnv);

	const result = await system.run({
		file: options.argv[0]!,
		args: options.argv.slice(1),
		env,
		cwd: options.dir,
		timeoutMs: options.timeoutMs,
		...(options.signal === undefined ? {} : {signal: options.signal}),
		parseable: true,
	});
	const after = await Promise.all(files.map(async (file) => readCopy(system.fs, file)));
	const diffs = projectFiles.flatMap((name, index) => {
		const was = before[index]!.copy;
		const now = after[index]!.copy;
		return was.sha256 === now.sha256 ? [] : [fileDiff(name, was.content ?? '', now.content ?? '')];
	});
	const ok = result.exitCode === 0 && !result.timedOut && !result.canceled;
	const output = `${result.stdout}${result.stderr}`.trim();
	if (journalFile !== undefined && journalId !== undefined) {
		const id = journalId;
		// A failed command that changed nothing needs no undo; one that changed files does.
		const status = ok || diffs.length > 0 ? 'applied' : 'failed';
		const afterSha256 = await hashFiles(system.fs, files);
		await updateJournal(
			system.fs,
			journalFile,
			(journal) => updateEntry(journal, id, {status, message: output.slice(0, 2000), afterSha256}),
			options.redact,
		).catch(() => undefined);
	}

	const why = result.timedOut
		? 'it did not finish in time'
		: result.missing
			? `${options.argv[0]!} is not installed`
			: result.canceled
				? 'it was canceled'
				: output.split('\n').slice(-3).join(' ');
	return {
		status: ok ? 'ran' : 'failed',
		message: ok ? output : why,
		result,
		...(journalId === undefined ? {} : {journalId}),
		undo,
		diffs,
	};
}

/** A `git config --global` fix: journalled by apply-git-config.ts, in the project directory, with the fix's env. */
async function runGitConfigCommand(system: System, options: RunCommandFixOptions): Promise<RunCommandFixResult> {
	const env = overlayEnv(options.env, options.extraEnv);

	const ran = await runGitConfigFix(system, {
		argv: options.argv,
		env,
		cwd: options.dir,
		timeoutMs: options.timeoutMs,
		...(options.signal === undefined ? {} : {signal: options.signal}),
		...(options.redact === undefined ? {} : {redact: options.redact}),
	});
	return {
		status: ran.status,
		message: ran.message,
		...(ran.result === undefined ? {} : {result: ran.result}),
		// A command that failed and changed nothing has nothing to undo: its entry says `failed`.
		...(ran.journalId === undefined || (ran.status !== 'ran' && !ran.changed) ? {} : {journalId: ran.journalId}),
		undo: 'git-config',
		diffs: [],
		...(ran.record === undefined ? {} : {gitConfig: ran.record}),
	};
}

/** Removes exact lines from go.sum (each line as `MOD VER[/go.mod] HASH`); why it could not, or undefined. */
async function removeGoSumLines(fs: FileSystem, file: string, lines: readonly string[]): Promise<string | undefined> {
	try {
		const text = await fs.readFile(file, 'utf8');
		const wanted = new Set(lines.map((line) => line.trim().split(/\s+/).join(' ')));
		const kept = text.split('\n').filter((line) => !wanted.has(line.trim().split(/\s+/).join(' ')));
		await fs.writeFile(file, kept.join('\n'));
		return undefined;
	} catch (error) {
		return `go.sum could not be edited, so the command was not run: ${(error as Error).message}`;
	}
}

/** Writes back the copies of a command fix's journal entry (checked first: absolute paths named go.mod or go.sum). */
export async function restoreFileCopies(fs: FileSystem, entry: JournalEntry): Promise<{ok: boolean; messages: string[]}> {
	const copies = entry.files ?? [];
	const problem = copies.find(
		(copy) =>
			!path.isAbsolute(copy.path) ||
			!(projectFiles as readonly string[]).includes(path.basename(copy.path)) ||
			(copy.exists && typeof copy.content !== 'string'),
	);
	if (problem !== undefined) {
		return {
			ok: false,
			messages: [
				`journal entry ${entry.id} is not usable: "${String(problem.path).slice(0, 80)}" is not a go.mod or go.sum copy it can restore`,
			],
		};
	}

	try {
		for (const copy of copies) {
			// eslint-disable-next-line no-await-in-loop -- the files are put back one at a time, in the order recorded
			await (copy.exists ? fs.writeFile(copy.path, copy.content ?? '') : fs.rm(copy.path, {force: true}));
		}
	} catch (error) {
		return {
			ok: false,
			messages: [`${entry.id}: could not write back ${copies.map((copy) => copy.path).join(', ')}: ${(error as Error).message}`],
		};
	}

	return {
		ok: true,
		messages: [
			`${entry.id}: restored ${copies.map((copy) => copy.path).join(' and ')} as they were before ${(entry.command ?? []).join(' ').slice(0, 80)}`,
		],
	};
}

/** Whether each file of a command fix's entry is byte for byte its copy again. */
export async function checkFileCopies(fs: FileSystem, entry: JournalEntry): Promise<{matches: boolean; messages: string[]}> {
	const messages: string[] = [];
	for (const copy of entry.files ?? []) {
		// eslint-disable-next-line no-await-in-loop
		const now = await readCopy(fs, copy.path);
		if (now.copy.exists !== copy.exists || now.copy.sha256 !== copy.sha256) {
			messages.push(`${copy.path} differs from before the command`);
		}
	}

	return {matches: messages.length === 0, messages};
}

async function readCopy(fs: FileSystem, file: string): Promise<{copy: JournalFileCopy; tooBig: boolean}> {
	let bytes: Buffer;
	try {
		bytes = await fs.readFile(file);
	} catch {
		return {copy: {path: file, exists: false}, tooBig: false};
	}

	return {
		copy: {path: file, exists: true, sha256: sha256(bytes), content: bytes.toString('utf8')},
		tooBig: bytes.length > maxFileCopyBytes,
	};
}
