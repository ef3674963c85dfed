/**
Runs a `git config --global KEY VALUE` fix (the `insteadOf` rule that sends git to SSH) the way every change of
gomod-doctor is made: the key's values before (`git config --global --get-all KEY`, with the same environment, so the
same HOME, XDG_CONFIG_HOME and GIT_CONFIG_GLOBAL choose the file) and the file are recorded in the journal first,
then the command runs, then the key is read back. Undo writes the file the change went to (`git config --file`),
unsets the key and adds every earlier value in order, and reads it back; it refuses when the key holds a value that
neither gomod-doctor nor the earlier state wrote. Values with a secret in them (a URL's userinfo) are never recorded:
such a change is refused before anything runs.
*/
import path from 'node:path';
import {say, type Text} from '../i18n/index.js';
import {isReadableNow} from '../system/user-paths.js';
import type {CommandResult, Environment, FileSystem, System} from '../system/types.js';
import {createRedactor} from '../redact/redact.js';
import {describeFileError} from '../system/describe-file-error.js';
import {
	gitConfigChangeKey,
	journalPath,
	newEntryId,
	snapshotFile,
	hashFiles,
	updateEntry,
	updateJournal,
	type JournalEntry,
	type JournalGitConfig,
	type RedactText,
} from './journal.js';

/** The keys a git config fix may write: `url.<base>.insteadOf` (git's key names are case-insensitive). */
export const gitConfigKeyPattern = /^url\..+\.insteadof$/i;

/** How a `git config --global` fix writes its value (see {@link JournalGitConfig}). */
export type GitConfigMode = JournalGitConfig['mode'];

/** A `git config --global [--add|--replace-all] KEY VALUE` command, taken apart. */
export type GitConfigCommand = {
	readonly key: string;
	readonly value: string;
	readonly mode: GitConfigMode;
};

/** Whether `argv` is a `git config` command (whatever its form): only the forms {@link parseGitConfigArgv} knows may run. */
export function isGitConfigArgv(argv: readonly string[]): boolean {
	return argv[0] === 'git' && argv[1] === 'config';
}

/** The `git config --global [--add|--replace-all] KEY VALUE` command `argv` is; undefined for any other form. */
export function parseGitConfigArgv(argv: readonly string[]): GitConfigCommand | undefined {
	if (!isGitConfigArgv(argv) || argv[2] !== '--global') {
		return undefined;
	}

	const rest = argv.slice(3);
	const [first, second, third] = rest;
	if (rest.length === 2 && first !== undefined && second !== undefined && !first.startsWith('-')) {
		return {key: first, value: second, mode: 'set'};
	}

	if (rest.length === 3 && (first === '--add' || first === '--replace-all') && second !== undefined && third !== undefined) {
		return {key: second, value: third, mode: first === '--add' ? 'add' : 'replace-all'};
	}

	return undefined;
}

/** Why `value` cannot be written or put back as a git config value; undefined when it can. */
export function gitConfigValueProblem(value: string): string | undefined {
	if (/[\u0000-\u001F\u007F-\u009F]/.test(value)) {
		return 'a value contains control characters';
	}

	if (value.startsWith('-')) {
		return 'a value starts with "-"';
	}

	if (value.length > 4096) {
		return 'a value is too long';
	}

	return undefined;
}

/** Why `key` cannot be written by a fix; undefined when it can (`url.<base>.insteadOf`, no control characters). */
export function gitConfigKeyProblem(key: string): string | undefined {
	if (/[\u0000-\u001F\u007F-\u009F]/.test(key) || key.length > 512) {
		return 'the git config key contains control characters or is too long';
	}

	if (!gitConfigKeyPattern.test(key) || key.startsWith('-')) {
		return `only url.<base>.insteadOf rules are written with git config, not "${key.slice(0, 80)}"`;
	}

	return undefined;
}

/** Why `argv` cannot run as a git config fix; undefined when it can. */
export function gitConfigArgvProblem(argv: readonly string[]): string | undefined {
	const command = parseGitConfigArgv(argv);
	if (command === undefined) {
		return 'only git config --global [--add|--replace-all] KEY VALUE is run';
	}

	return gitConfigKeyProblem(command.key) ?? gitConfigValueProblem(command.value);
}

/**
The file `git config --global` writes, by git's documented rules: `$GIT_CONFIG_GLOBAL` when set; else `~/.gitconfig`,
unless only `$XDG_CONFIG_HOME/git/config` (`~/.config/git/config` when XDG_CONFIG_HOME is unset or empty) is readable.
`readable` answers for a path. Undefined without HOME (git refuses then). Pure.
*/
export function resolveGitGlobalConfigFile(env: Environment, cwd: string, readable: (file: string) => boolean): string | undefined {
	const global = env['GIT_CONFIG_GLOBAL'];
	if (global !== undefined && global !== '') {
		return path.resolve(cwd, global);
	}

	const home = env['HOME'];
	if (home === undefined || home === '') {
		return undefined;
	}

	const user = path.resolve(cwd, home, '.gitconfig');
	const xdgHome = env['XDG_CONFIG_HOME'];
	const xdg =
		xdgHome === undefined || xdgHome === ''
			? path.resolve(cwd, home, '.config', 'git', 'config')
			: path.resolve(cwd, xdgHome, 'git', 'config');
	return !readable(user) && readable(xdg) ? xdg : user;
}

/** {@link resolveGitGlobalConfigFile} with the file system's answer (the confirm screen and the journal both use it). */
export function gitGlobalConfigFile(env: Environment, cwd: string = process.cwd()): string | undefined {
	return resolveGitGlobalConfigFile(env, cwd, isReadableNow);
}

/** A key's values in a git config file, in order; where they came from (git's `--show-origin`), when git said. */
export type GitConfigRead =
	| {readonly kind: 'values'; readonly values: readonly string[]; readonly origin?: string}
	| {readonly kind: 'error'; readonly message: string};

export type GitConfigRun = {
	readonly env: Environment;
	readonly cwd: string;
	readonly timeoutMs: number;
	readonly signal?: AbortSignal;
};

/**
`git config (--global | --file FILE) --null --show-origin --get-all KEY`: every value, exactly (NUL-separated), in
order; exit 1 with nothing on stderr is an unset key (no values).
*/
export async function readGitConfigValues(
	system: System,
	run: GitConfigRun & {readonly key: string; readonly file?: string},
): Promise<GitConfigRead> {
	const where = run.file === undefined ? ['--global'] : ['--file', run.file];
	const result = await system.run({
		file: 'git',
		args: ['config', ...where, '--null', '--show-origin', '--get-all', run.key],
		env: run.env,
		cwd: run.cwd,
		timeoutMs: run.timeoutMs,
		...(run.signal === undefined ? {} : {signal: run.signal}),
		parseable: true,
	});
	if (result.exitCode === 1 && result.stdout === '' && result.stderr.trim() === '') {
		return {kind: 'values', values: []};
	}

	if (result.exitCode !== 0) {
		return {kind: 'error', message: failure(result)};
	}

	const parts = result.stdout.split('\0');
	// `origin NUL value NUL` pairs; the output ends with a NUL.
	const values: string[] = [];
	let origin: string | undefined;
	for (let index = 0; index + 1 < parts.length; index += 2) {
		const from = parts[index]!;
		if (from.startsWith('file:')) {
			origin ??= from.slice('file:'.length);
		}

		values.push(parts[index + 1]!);
	}

	return {kind: 'values', values, ...(origin === undefined ? {} : {origin})};
}

export type RunGitConfigFixOptions = GitConfigRun & {
	/** `git config --global [--add|--replace-all] KEY VALUE`. */
	readonly argv: readonly string[];
	/** The session's redactor: a value it would change holds a secret and is never recorded. */
	readonly redact?: RedactText;
};

export type RunGitConfigFixResult = {
	/** `ran`: git exited 0; `failed`: it ran and failed, or timed out; `refused`: it was not run (see `message`). */
	readonly status: 'ran' | 'failed' | 'refused';
	readonly message: Text;
	readonly result?: CommandResult;
	/** The journal entry, when one was written. */
	readonly journalId?: string;
	/** What was recorded: the file, the key, its values before and after. */
	readonly record?: JournalGitConfig;
	/** Whether the key's values differ from before (an entry that changed nothing needs no undo). */
	readonly changed: boolean;
};

const defaultRedact: RedactText = createRedactor().redact;

/** Runs a confirmed `git config --global` fix: checks it, records the key's values and the file, runs it, reads it back. */
export async function runGitConfigFix(system: System, options: RunGitConfigFixOptions): Promise<RunGitConfigFixResult> {
	const text = say.private;
	const problem = gitConfigArgvProblem(options.argv);
	const command = parseGitConfigArgv(options.argv);
	if (problem !== undefined || command === undefined) {
		return {status: 'refused', message: problem ?? 'not a git config command', changed: false};
	}

	const run = {
		env: options.env,
		cwd: options.cwd,
		timeoutMs: options.timeoutMs,
		...(options.signal === undefined ? {} : {signal: options.signal}),
	};
	const before = await readGitConfigValues(system, {...run, key: command.key});
	if (before.kind === 'error') {
		return {status: 'refused', message: text.gitConfigUnreadable(before.message), changed: false};
	}

	const secret = (value: string) => defaultRedact(value) !== value || (options.redact !== undefined && options.redact(value) !== value);
	if ([...before.values, command.value].some((value) => secret(value))) {
		return {status: 'refused', message: text.gitConfigSecret(command.key), changed: false};
	}

	const unusable = before.values.map((value) => gitConfigValueProblem(value)).find((why) => why !== undefined);
	if (unusable !== undefined) {
		return {status: 'refused', message: text.gitConfigUnusableValue(command.key, unusable), changed: false};
	}

	// Git's own answer when the key is set; its documented rules when it is not.
	const file =
		before.origin !== undefined && path.isAbsolute(before.origin) ? before.origin : gitGlobalConfigFile(options.env, options.cwd);
	if (file === undefined) {
		return {status: 'refused', message: text.gitConfigNoFile, changed: false};
	}

	const record: JournalGitConfig = {file, key: command.key, before: before.values, value: command.value, mode: command.mode};
	const id = newEntryId();
	const journalFile = await recordGitConfig(system.fs, id, record, options).catch((error: unknown) => error as Error);
	if (journalFile instanceof Error) {
		return {status: 'refused', message: text.gitConfigJournalFailed(describeFileError(journalFile)), changed: false};
	}

	const result = await system.run({
		file: 'git',
		args: options.argv.slice(1),
		env: options.env,
		cwd: options.cwd,
		timeoutMs: options.timeoutMs,
		...(options.signal === undefined ? {} : {signal: options.signal}),
		parseable: true,
	});
	const after = await readGitConfigValues(system, {...run, key: command.key});
	const ok = result.exitCode === 0 && !result.timedOut && !result.canceled;
	const changed = after.kind === 'error' ? ok : !sameValues(after.values, before.values);
	const afterValues = after.kind === 'values' && !after.values.some((value) => secret(value)) ? after.values : undefined;
	// Git names the file it wrote: when that is not the one its documented rules gave, the journal follows git.
	const written = after.kind === 'values' && after.origin !== undefined && path.isAbsolute(after.origin) ? after.origin : file;
	const recorded: JournalGitConfig = {...record, file: written, ...(afterValues === undefined ? {} : {after: afterValues})};
	const output = `${result.stdout}${result.stderr}`.trim();
	// A failed command that changed nothing needs no undo; one that changed the key does.
	const status = changed ? 'applied' : 'failed';
	const afterSha256 = await hashFiles(system.fs, [written]);
	await updateJournal(
		system.fs,
		journalFile,
		(journal) => updateEntry(journal, id, {status, goenvFile: written, gitConfig: recorded, message: output.slice(0, 2000), afterSha256}),
		options.redact,
	).catch(() => undefined);
	return {
		status: ok ? 'ran' : 'failed',
		message: ok ? output : failure(result),
		result,
		journalId: id,
		record: recorded,
		changed,
	};
}

/** Writes the `pending` journal entry of a git config change (the key's values and the file's hash); returns the journal file. */
async function recordGitConfig(fs: FileSystem, id: string, record: JournalGitConfig, options: RunGitConfigFixOptions): Promise<string> {
	const journalFile = journalPath(options.env);
	const snapshot = await snapshotFile(fs, record.file);
	const entry: JournalEntry = {
		id,
		createdAt: new Date().toISOString(),
		goenvFile: record.file,
		changes: [
			{
				key: gitConfigChangeKey(record.key),
				before: record.before.length === 0 ? {set: false} : {set: true, value: record.before.at(-1)!},
				after: record.value,
			},
		],
		// The hash only: the file's text can hold credentials (an http.extraHeader, a URL with a token).
		fileBefore: {exists: snapshot.exists, ...(snapshot.sha256 === undefined ? {} : {sha256: snapshot.sha256})},
		status: 'pending',
		gitConfig: record,
		command: options.argv,
	};
	await updateJournal(fs, journalFile, (journal) => ({...journal, entries: [...journal.entries, entry]}), options.redact);
	return journalFile;
}

/** Why a journalled git config record cannot be used (it is read back from disk); undefined when it can. */
export function gitConfigRecordProblem(record: JournalGitConfig): string | undefined {
	if (typeof record.file !== 'string' || !path.isAbsolute(record.file) || /[\u0000-\u001F\u007F]/.test(record.file)) {
		return `its git config file "${String(record.file).slice(0, 80)}" is not an absolute path`;
	}

	if (
		typeof record.key !== 'string' ||
		typeof record.value !== 'string' ||
		!Array.isArray(record.before) ||
		!record.before.every((value) => typeof value === 'string')
	) {
		return 'its git config record is incomplete';
	}

	return (
		gitConfigKeyProblem(record.key) ??
		[record.value, ...record.before].map((value) => gitConfigValueProblem(value)).find((why) => why !== undefined)
	);
}

/**
Puts a key back as the journal recorded it: in the file the change went to (`git config --file`), `--unset-all`, then
`--add` of each earlier value in order; then reads it back. Refuses (changing nothing) when the key holds a value
neither gomod-doctor nor the earlier state wrote. Removes the file when it did not exist before and is empty now.
*/
export async function restoreGitConfig(system: System, entry: JournalEntry, run: GitConfigRun): Promise<{ok: boolean; messages: Text[]}> {
	const text = say.private;
	const record = entry.gitConfig;
	const problem = record === undefined ? 'it has no git config record' : gitConfigRecordProblem(record);
	if (record === undefined || problem !== undefined) {
		return {ok: false, messages: [text.gitConfigNotUsable(entry.id, problem ?? '')]};
	}

	const {file, key, before} = record;
	const now = await readGitConfigValues(system, {...run, key, file});
	if (now.kind === 'error') {
		return {ok: false, messages: [text.gitConfigUnreadable(now.message)]};
	}

	const known = new Set([...before, record.value]);
	const foreign = now.values.filter((value) => !known.has(value));
	if (foreign.length > 0) {
		return {ok: false, messages: [text.gitConfigChangedSince(key, file, listValues(foreign))]};
	}

	const commands: string[][] = [];
	if (!sameValues(now.values, before)) {
		if (now.values.length > 0) {
			commands.push(['config', '--file', file, '--unset-all', key]);
		}

		for (const value of before) {
			commands.push(['config', '--file', file, '--add', key, value]);
		}
	}

	for (const args of commands) {
		// eslint-disable-next-line no-await-in-loop
		const result = await system.run({
			file: 'git',
			args,
			env: run.env,
			cwd: run.cwd,
			timeoutMs: run.timeoutMs,
			...(run.signal === undefined ? {} : {signal: run.signal}),
			parseable: true,
		});
		if (result.exitCode !== 0) {
			return {ok: false, messages: [text.gitConfigUndoFailed(`git ${args.join(' ')}`, failure(result))]};
		}
	}

	const after = await readGitConfigValues(system, {...run, key, file});
	if (after.kind === 'error') {
		return {ok: false, messages: [text.gitConfigUnreadable(after.message)]};
	}

	if (!sameValues(after.values, before)) {
		return {ok: false, messages: [text.gitConfigUndoMismatch(key, listValues(after.values), listValues(before))]};
	}

	const messages = [before.length === 0 ? text.gitConfigRestoredUnset(key, file) : text.gitConfigRestored(key, file, listValues(before))];
	if (!entry.fileBefore.exists) {
		const snapshot = await snapshotFile(system.fs, file).catch(() => undefined);
		if (snapshot?.exists === true && snapshot.bytes?.length === 0) {
			await system.fs.rm(file, {force: true});
			messages.push(text.gitConfigFileRemoved(file));
		}
	}

	return {ok: true, messages};
}

/** Whether the git config file is byte for byte what it was before the change (its hash); says so when not. */
export async function checkGitConfigFile(fs: FileSystem, entry: JournalEntry): Promise<{matches: boolean; messages: Text[]}> {
	const file = entry.gitConfig?.file ?? entry.goenvFile;
	const now = await snapshotFile(fs, file).catch(() => undefined);
	const matches = now?.exists === entry.fileBefore.exists && now.sha256 === entry.fileBefore.sha256;
	return {matches, messages: matches ? [] : [say.private.gitConfigFileDiffers(file)]};
}

/** Values as the messages show them: each in quotes, in order; `(unset)` for none. */
export function listValues(values: readonly string[]): Text {
	return values.length === 0 ? say.private.gitConfigUnset : values.map((value) => `"${value}"`).join(', ');
}

function sameValues(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((value, index) => value === b[index]);
}

function failure(result: CommandResult): string {
	if (result.timedOut) {
		return 'git did not finish in time';
	}

	if (result.missing) {
		return 'git is not installed';
	}

	if (result.canceled) {
		return 'it was canceled';
	}

	return (
		`${result.stderr}${result.stdout}`.trim().split('\n').slice(-3).join(' ') || result.errorMessage || `exit ${String(result.exitCode)}`
	);
}
