/**
Applies `go env -w` / `go env -u` changes with a journal entry written first, reads the result back, and tells
the user when the OS environment shadows the change (go env -w writes the GOENV file, but a non-empty OS
variable of the same name still wins, so the change has no effect until the shell is changed too).
*/
import {parseGoEnvFile} from '../go/parse-goenv-file.js';
import {say, type Text} from '../i18n/index.js';
import type {CommandResult, CommandSpec, Environment, FileSystem, System} from '../system/types.js';
import {formatArgv} from '../model/format.js';
import {createRedactor} from '../redact/redact.js';
import {describeFileError} from '../system/describe-file-error.js';
import {journalPath, newEntryId, snapshotFile, updateEntry, updateJournal, type JournalChange, type JournalEntry} from './journal.js';

/** One setting to change: a value for `go env -w`, or undefined for `go env -u`. */
export type GoEnvChange = {readonly key: string; readonly value: string | undefined};

export type ApplyOptions = {
	readonly env: Environment;
	readonly cwd: string;
	readonly changes: readonly GoEnvChange[];
	/** Deadline for each go command. */
	readonly timeoutMs: number;
	readonly signal?: AbortSignal;
};

export type ApplyResult = {
	/**
	`applied`: go wrote the GOENV file and the effective values changed;
	`failed`: nothing was changed (go refused, or the change was not attempted: see `output`);
	`shadowed`: the OS environment sets a key, so writing it to the GOENV file would change nothing: those keys are
	left alone (the file is not written, nor created, for them) and `shellLines` make the change; any other keys
	were written as for `applied`.
	*/
	readonly status: 'applied' | 'failed' | 'shadowed';
	/** The journal entry; undefined when nothing was attempted (invalid input, no GOENV file, unreadable journal). */
	readonly journalId: string | undefined;
	/** The main command as run (the `go env -w` one when there is one), or as it would have run. */
	readonly argv: readonly string[];
	/** Every go env command that ran to make the change, in order. */
	readonly commands: ReadonlyArray<readonly string[]>;
	/** Go's own output (its warnings and errors); empty when nothing was run. */
	readonly output: string;
	/** Why nothing was run (invalid input, GOENV=off, no GOENV file, unreadable journal, every key shadowed). */
	readonly notRun?: Text;
	/** The effective values afterwards, from `go env -json KEY...`. */
	readonly readBack: Readonly<Record<string, string>>;
	/** For `shadowed`: the shell lines that make the change take effect (`export K='v'` or `unset K`). */
	readonly shellLines?: readonly string[];
	/** The keys whose change the OS environment hides. */
	readonly shadowedKeys?: readonly string[];
};

/** A go env key: what `go env -w` accepts as a name, and never an option. */
const keyPattern = /^[A-Z][A-Z\d_]*$/;

/**
Checks the changes before any of them becomes an argument. Returns the reason they cannot be applied.
*/
export function validateChanges(changes: readonly GoEnvChange[]): string | undefined {
	if (changes.length === 0) {
		return 'no changes given';
	}

	const seen = new Set<string>();
	for (const change of changes) {
		if (!keyPattern.test(change.key)) {
			return `"${change.key.slice(0, 60)}" is not a go env variable name`;
		}

		if (seen.has(change.key)) {
			return `${change.key} is changed twice`;
		}

		seen.add(change.key);

		if (change.value !== undefined && /[\u0000-\u001F\u007F]/.test(change.value)) {
			return `the value for ${change.key} contains a control character or a line break`;
		}
	}

	return undefined;
}

/** The argv of the go env commands for these changes (`-w` first, then `-u`). */
export function goEnvCommands(changes: readonly GoEnvChange[]): Array<readonly string[]> {
	const commands: Array<readonly string[]> = [];
	const sets = changes.filter((change) => change.value !== undefined);
	const unsets = changes.filter((change) => change.value === undefined);
	if (sets.length > 0) {
		commands.push(['go', 'env', '-w', ...sets.map((change) => `${change.key}=${change.value!}`)]);
	}

	if (unsets.length > 0) {
		commands.push(['go', 'env', '-u', ...unsets.map((change) => change.key)]);
	}

	return commands;
}

/** A shell line that sets or unsets a variable, with the value single-quoted (POSIX sh, bash, zsh). */
export function shellLine(key: string, value: string | undefined): string {
	return value === undefined ? `unset ${key}` : `export ${key}=${shellQuote(value)}`;
}

/** `'...'` with every `'` written as `'\''`. */
export function shellQuote(value: string): string {
	return `'${value.replaceAll("'", String.raw`'\''`)}'`;
}

export async function applyGoEnvChanges(system: System, options: ApplyOptions): Promise<ApplyResult> {
	const planned = goEnvCommands(options.changes);
	const notRun = (why: Text): ApplyResult => ({
		status: 'failed',
		journalId: undefined,
		argv: planned[0] ?? ['go', 'env', '-w'],
		commands: [],
		output: '',
		notRun: why,
		readBack: {},
	});
	const invalid = validateChanges(options.changes);
	if (invalid !== undefined) {
		return notRun(say.fixes.notApplied(invalid));
	}

	// A non-empty OS variable wins over the GOENV file: a go env -w of that key would change nothing go does (and
	// could create a GOENV file that only holds a hidden value). Its change is the shell line.
	const shadowed = options.changes.filter((change) => {
		const osValue = options.env[change.key];
		return osValue !== undefined && osValue !== '' && osValue !== change.value;
	});
	const hidden = {
		shadowedKeys: shadowed.map((change) => change.key),
		shellLines: shadowed.map((change) => shellLine(change.key, change.value)),
	};
	const toWrite = options.changes.filter((change) => !hidden.shadowedKeys.includes(change.key));
	if (toWrite.length === 0) {
		return {...notRun(say.fixes.shadowedNotWritten(hidden.shadowedKeys.join(', '))), status: 'shadowed', ...hidden};
	}

	const common = {env: options.env, cwd: options.cwd, timeoutMs: options.timeoutMs, signal: options.signal, parseable: true};
	if (options.env['GOENV'] === 'off') {
		// Go 1.26 would not refuse: with GOENV=off, `go env -w` still writes the default file, which go then ignores.
		return notRun('not applied: GOENV=off, so go reads no settings file; set these variables in your shell instead');
	}

	const where = await system.run({file: 'go', args: ['env', '-json', 'GOENV'], ...common});
	const goenvFile = where.exitCode === 0 ? parseJsonRecord(where.stdout)?.['GOENV'] : undefined;
	if (goenvFile === undefined || goenvFile === '') {
		return notRun(`not applied: cannot find the GOENV file: ${describe(where)}`);
	}

	const recorded = await recordChanges(system.fs, goenvFile, toWrite, options.env);
	if (!recorded.ok) {
		return notRun(recorded.message);
	}

	// Once the journal says `pending`, the write is not canceled (a quit, Ctrl-C): go rewrites the GOENV file in
	// place, and a go killed halfway could leave it half-written. The deadline still holds.
	const {signal: _notForTheWrite, ...uncancelable} = common;
	const ran = await runInTurn(system, recorded.commands, uncancelable);
	const argv = recorded.commands[0] ?? planned[0] ?? ['go', 'env', '-u'];
	if (ran.failure !== undefined) {
		const output = await markFailed(recorded, ran.failure, ran.outputs);
		return {status: 'failed', journalId: recorded.entry.id, argv, commands: ran.ran, output, readBack: {}};
	}

	const read = await system.run({file: 'go', args: ['env', '-json', ...toWrite.map((change) => change.key)], ...common});
	const readBack = (read.exitCode === 0 ? parseJsonRecord(read.stdout) : undefined) ?? {};
	if (read.exitCode !== 0) {
		ran.outputs.push(`could not read the values back: ${describe(read)}`);
	}

	const output = ran.outputs.join('\n');
	const status = hidden.shadowedKeys.length > 0 ? 'shadowed' : 'applied';
	const left = `${hidden.shadowedKeys.join(', ')} left to the shell (the OS environment sets them)${output === '' ? '' : `: ${output}`}`;
	await markEntry(
		system.fs,
		recorded.journalFile,
		recorded.entry.id,
		{status: 'applied', ...(status === 'shadowed' ? {message: left} : output === '' ? {} : {message: output})},
		recorded.redact,
	);
	return {status, journalId: recorded.entry.id, argv, commands: ran.ran, output, readBack, ...(status === 'shadowed' ? hidden : {})};
}

/** The journal entry of a go env change, written (as `pending`) before any go env command runs. */
type Recorded = {
	readonly ok: true;
	readonly fs: FileSystem;
	readonly journalFile: string;
	readonly entry: JournalEntry;
	readonly before: Awaited<ReturnType<typeof snapshotFile>>;
	/** The go env commands that make the change. */
	readonly commands: Array<readonly string[]>;
	readonly redact: (text: string) => string;
};

/** Records the GOENV file's values (and the file) before the change, in a new `pending` journal entry. */
async function recordChanges(
	fs: FileSystem,
	goenvFile: string,
	toWrite: readonly GoEnvChange[],
	env: Environment,
): Promise<Recorded | {readonly ok: false; readonly message: Text}> {
	let journalFile: string;
	try {
		journalFile = journalPath(env);
	} catch (error) {
		return {ok: false, message: say.fixes.notApplied((error as Error).message)};
	}

	const before = await snapshotFile(fs, goenvFile).catch((error: unknown) => error as Error);
	if (before instanceof Error) {
		return {ok: false, message: say.fixes.notApplied(say.fixes.goenvUnreadable(goenvFile, before.message))};
	}

	const fileValues = parseGoEnvFile(before.content ?? before.bytes?.toString('utf8') ?? '').values;
	const changes: JournalChange[] = toWrite.map((change) => ({
		key: change.key,
		before: Object.hasOwn(fileValues, change.key) ? {set: true, value: fileValues[change.key]} : {set: false},
		after: change.value,
	}));
	const entry: JournalEntry = {
		id: newEntryId(),
		createdAt: new Date().toISOString(),
		goenvFile,
		changes,
		fileBefore: {
			exists: before.exists,
			...(before.sha256 === undefined ? {} : {sha256: before.sha256}),
			...(before.content === undefined ? {} : {content: before.content}),
		},
		status: 'pending',
	};
	// The journal stores go's messages and the new values redacted, with this session's secrets too (journal.ts).
	const {redact} = createRedactor({env});
	try {
		const written = await updateJournal(fs, journalFile, (journal) => ({...journal, entries: [...journal.entries, entry]}), redact);
		if (!written.ok) {
			return {ok: false, message: say.fixes.notApplied(written.message)};
		}
	} catch (error) {
		return {ok: false, message: say.fixes.notApplied(say.fixes.journalUnwritable(journalFile, describeFileError(error)))};
	}

	// `go env -u` of a key the file does not have changes nothing, and fails when the file does not exist.
	const commands = goEnvCommands(toWrite.filter((change) => change.value !== undefined || Object.hasOwn(fileValues, change.key)));
	return {ok: true, fs, journalFile, entry, before, commands, redact};
}

/** Runs the go env commands one after the other, until one fails. */
async function runInTurn(system: System, commands: ReadonlyArray<readonly string[]>, common: Omit<CommandSpec, 'file' | 'args'>) {
	const outputs: string[] = [];
	const ran: Array<readonly string[]> = [];
	let failure: CommandResult | undefined;
	for (const argv of commands) {
		// eslint-disable-next-line no-await-in-loop
		const result = await system.run({file: 'go', args: argv.slice(1), ...common});
		ran.push(argv);
		const text = `${result.stdout}${result.stderr}`.trim();
		if (text !== '') {
			outputs.push(text);
		}

		if (result.exitCode !== 0) {
			failure = result;
			break;
		}
	}

	if (commands.length === 0) {
		outputs.push('nothing to change: the GOENV file does not set these variables');
	}

	return {outputs, ran, failure};
}

/** A go env command failed: the entry says whether the file changed before it did. Returns go's output. */
async function markFailed(recorded: Recorded, failure: CommandResult, outputs: string[]): Promise<string> {
	if (failure.exitCode === undefined) {
		outputs.push(describe(failure));
	}

	const {fs, before, entry, journalFile} = recorded;
	const after = await snapshotFile(fs, entry.goenvFile).catch(() => undefined);
	const unchanged = after?.exists === before.exists && after.sha256 === before.sha256;
	const message = outputs.join('\n');
	await markEntry(
		fs,
		journalFile,
		entry.id,
		{status: unchanged ? 'failed' : 'applied', message: unchanged ? message : `partly applied before go failed: ${message}`},
		recorded.redact,
	);
	return message;
}

async function markEntry(
	fs: FileSystem,
	journalFile: string,
	id: string,
	update: Partial<Omit<JournalEntry, 'id'>>,
	redact: (text: string) => string,
): Promise<void> {
	try {
		await updateJournal(fs, journalFile, (journal) => updateEntry(journal, id, update), redact);
	} catch {
		// The entry stays `pending`; undo treats pending entries as possibly applied, which is safe.
	}
}

function parseJsonRecord(text: string): Record<string, string> | undefined {
	try {
		const parsed: unknown = JSON.parse(text);
		if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
			return undefined;
		}

		const record: Record<string, string> = {};
		for (const [key, value] of Object.entries(parsed)) {
			if (typeof value === 'string') {
				record[key] = value;
			}
		}

		return record;
	} catch {
		return undefined;
	}
}

function describe(result: CommandResult): string {
	if (result.missing) {
		return 'go is not installed or not on PATH';
	}

	if (result.timedOut) {
		return `${formatArgv(result.argv)} did not finish in time`;
	}

	if (result.canceled) {
		return `${formatArgv(result.argv)} was canceled`;
	}

	const text = `${result.stderr}${result.stdout}`.trim();
	return text === '' ? `${formatArgv(result.argv)} exited with ${String(result.exitCode)}` : text;
}
