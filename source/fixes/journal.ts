/**
The change journal: every `go env -w`/`-u` that gomod-doctor runs is recorded here first, with what the GOENV
file said before, so that `undo` can put it back even after a crash (kill -9) in the middle of a change.
The file is private (mode 0600 in a 0700 directory) and replaced atomically (temporary file + rename), never edited
in place.

What it keeps, and why: to restore a value exactly, the journal must hold it exactly, so the previous values
(`before`) and the copy of the GOENV file (`fileBefore.content`) are verbatim, secrets and all (a GOPROXY with a
password in it comes back with that password). That is the only copy of those values outside the GOENV file itself,
which is why the journal is private and never printed (`gomod-doctor undo` prints keys and entry ids, redacted).
Everything else is not needed to restore anything and is redacted before it is written (`redactEntryAtRest`):
the new values (`after`) and go's messages. Nothing from the environment, `.netrc`, go's command lines or its
output is stored in any other form. A `git config --global` change keeps the key's earlier values verbatim too, but
only values with no secret in them: a change whose key holds a URL with userinfo is refused, not recorded.
*/
import {createHash, randomBytes} from 'node:crypto';
import path from 'node:path';
import {say, type Text} from '../i18n/index.js';
import {describeFileError} from '../system/describe-file-error.js';
import type {Environment, FileSystem} from '../system/types.js';
import {createRedactor} from '../redact/redact.js';

/** What one key was in the GOENV file before the change. */
export type JournalBefore = {
	/** Whether the GOENV file had a line for the key. */
	readonly set: boolean;
	/** The file's value (the last line for the key), when `set`. */
	readonly value?: string;
};

export type JournalChange = {
	readonly key: string;
	readonly before: JournalBefore;
	/** The new value; undefined for `go env -u`. */
	readonly after: string | undefined;
};

export type JournalStatus = 'pending' | 'applied' | 'failed' | 'undone';

/** One change set, as it was about to be applied. */
export type JournalEntry = {
	readonly id: string;
	/** ISO 8601. */
	readonly createdAt: string;
	/** The GOENV file that go env -w writes (absolute path). */
	readonly goenvFile: string;
	readonly changes: readonly JournalChange[];
	/** The GOENV file before the change: whether it existed, its SHA-256 and (when small) its exact text. */
	readonly fileBefore: {
		readonly exists: boolean;
		readonly sha256?: string;
		/** The exact text, kept when the file is under 64 KiB, so that undo can restore comments and line order. */
		readonly content?: string;
	};
	/**
	`pending`: written before go env ran (if it stays pending, the process died mid-change);
	`applied`: go env ran and changed the file; `failed`: go env refused and the file is unchanged;
	`undone`: restored.
	*/
	readonly status: JournalStatus;
	readonly message?: string;
	/** ISO 8601, when undone. */
	readonly undoneAt?: string;
	/**
	For a `command` fix that changes project files (`go mod tidy`, `go get`): the command, and a verbatim copy of
	each file it may change (go.mod, go.sum) before it ran, which undo writes back. Such an entry's `changes`
	name the files (key `go.mod`, `go.sum`) and its `goenvFile` is the project's go.mod (the file it groups by).
	*/
	readonly files?: readonly JournalFileCopy[];
	readonly command?: readonly string[];
	/**
	For a `.netrc` entry the wizard wrote: the file, and where its private copy from before is. Such an entry's
	`goenvFile` is the `.netrc` file (the file it groups by), its one change is keyed `.netrc entry for MACHINE`, and
	`fileBefore` holds no content. The journal never holds the token: the new entry is not recorded, and the earlier
	file (which may hold other machines' passwords) is a separate 0600 copy, not text in the journal.
	*/
	readonly netrc?: JournalNetrc;
	/**
	For a `git config --global KEY VALUE` fix (an `insteadOf` rule): the file, the key and every value the key had in
	that file before, which undo puts back in order. Such an entry's `goenvFile` is the git config file (the file it
	groups by), its one change is keyed `git config KEY` ({@link gitConfigChangeKey}), its `fileBefore` holds the
	file's hash but never its text (a git config can hold credentials), and `command` is the argv that ran. Values with
	a secret in them (a URL's userinfo) are never recorded: such a change is refused instead.
	*/
	readonly gitConfig?: JournalGitConfig;
	/**
	The SHA-256 of each file the change wrote (`null`: absent), taken when the entry was settled as `applied`: undo
	refuses to overwrite or remove a file that changed since (journal-trust.ts). Not kept for `go env` entries, which
	undo puts back key by key with go.
	*/
	readonly afterSha256?: Readonly<Record<string, string | null>>;
};

/** A global git config key as it was before gomod-doctor wrote it. Holds no secret. */
export type JournalGitConfig = {
	/** The global git config file the command wrote (absolute path): where undo writes, whatever HOME says then. */
	readonly file: string;
	/** The key as the command named it, e.g. `url.git@git.corp.example:.insteadOf`. */
	readonly key: string;
	/** Every value the key had in that file before, in order; empty when it was unset. */
	readonly before: readonly string[];
	/** The value the command wrote. */
	readonly value: string;
	/**
	How it was written: `set` (`git config KEY VALUE`: replaces the one value, or adds the first), `add` (`--add`:
	appends), `replace-all` (`--replace-all`: replaces every value).
	*/
	readonly mode: 'set' | 'add' | 'replace-all';
	/** The key's values right after the command ran, when they were read back. */
	readonly after?: readonly string[];
};

/** The key a `git config --global` change is recorded under (what `undo` and the earlier-changes notice show). */
export function gitConfigChangeKey(key: string): string {
	return `git config ${key}`;
}

/** A `.netrc` file as it was before gomod-doctor wrote an entry into it. Holds no secret. */
export type JournalNetrc = {
	/** The `.netrc` file (absolute path). */
	readonly file: string;
	/** The machine whose entry was added or replaced. */
	readonly machine: string;
	/** Whether the file existed before; undo removes it when it did not. */
	readonly existed: boolean;
	/** The private copy (mode 0600, in a 0700 directory) of the previous file, when it existed. */
	readonly backup?: string;
	/** SHA-256 of the previous file: the copy is checked against it before undo writes it back. */
	readonly sha256?: string;
};

/** The key a `.netrc` entry's change is recorded under (what `undo` and the earlier-changes notice show). */
export function netrcChangeKey(machine: string): string {
	return `.netrc entry for ${machine}`;
}

/** A project file as it was before a command changed it. */
export type JournalFileCopy = {
	/** Absolute path. */
	readonly path: string;
	readonly exists: boolean;
	readonly sha256?: string;
	/** The exact text (UTF-8), when it existed. */
	readonly content?: string;
};

/** Project files larger than this are not copied, and a command that could change them is not offered undo. */
export const maxFileCopyBytes = 8 * 1024 * 1024;

export type Journal = {
	readonly version: 1;
	readonly entries: readonly JournalEntry[];
};

export type JournalRead = {readonly ok: true; readonly journal: Journal} | {readonly ok: false; readonly message: Text};

/** Files larger than this are not copied into the journal (their hash still is). */
export const maxContentBytes = 64 * 1024;

/**
Where the journal lives: `$GOMOD_DOCTOR_STATE_DIR/journal.json`, else `$XDG_STATE_HOME/gomod-doctor/journal.json`,
else `$HOME/.local/state/gomod-doctor/journal.json`. Relative values are ignored (as the XDG spec asks).
*/
export function journalPath(env: Environment): string {
	const stateDir = env['GOMOD_DOCTOR_STATE_DIR'];
	if (stateDir !== undefined && path.isAbsolute(stateDir)) {
		return path.join(stateDir, 'journal.json');
	}

	const xdg = env['XDG_STATE_HOME'];
	if (xdg !== undefined && path.isAbsolute(xdg)) {
		return path.join(xdg, 'gomod-doctor', 'journal.json');
	}

	const home = env['HOME'];
	if (home !== undefined && path.isAbsolute(home)) {
		return path.join(home, '.local', 'state', 'gomod-doctor', 'journal.json');
	}

	throw new Error('no state directory: set HOME, XDG_STATE_HOME or GOMOD_DOCTOR_STATE_DIR to an absolute path');
}

/** Reads the journal; a missing file is an empty journal, an unreadable one is reported (never overwritten). */
export async function readJournal(fs: FileSystem, file: string): Promise<JournalRead> {
	let text: string;
	try {
		text = await fs.readFile(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			return {ok: true, journal: {version: 1, entries: []}};
		}

		return {ok: false, message: say.fixes.journalUnreadable(file, describeFileError(error))};
	}

	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return {ok: false, message: `the journal ${file} is not valid JSON; move it away to start a new one`};
	}

	if (!isJournal(parsed)) {
		return {ok: false, message: `the journal ${file} is not a gomod-doctor journal; move it away to start a new one`};
	}

	return {ok: true, journal: parsed};
}

/** How text that restores nothing (the new values, go's messages) is redacted before it is written. */
export type RedactText = (text: string) => string;

const defaultRedact: RedactText = createRedactor().redact;

/**
An entry as it is stored: `before` and `fileBefore` verbatim (undo needs them exactly), the new values and the
message redacted (nothing needs them exactly).
*/
export function redactEntryAtRest(entry: JournalEntry, redact: RedactText = defaultRedact): JournalEntry {
	return {
		...entry,
		changes: entry.changes.map((change) => ({...change, after: change.after === undefined ? undefined : redact(change.after)})),
		...(entry.message === undefined ? {} : {message: redact(entry.message)}),
	};
}

/**
Replaces the journal atomically: a private temporary file in the same directory, then rename. Every entry is
stored through {@link redactEntryAtRest} (`redact`: the session's redactor, which also knows the environment's
secrets; the default knows the shapes of secrets only).
*/
export async function writeJournal(fs: FileSystem, file: string, journal: Journal, redact: RedactText = defaultRedact): Promise<void> {
	const stored: Journal = {...journal, entries: journal.entries.map((entry) => redactEntryAtRest(entry, redact))};
	// Private when this tool creates it (mkdir's mode is cut by the umask: chmod makes it exact). A directory
	// that already exists is never chmodded: it may be a shared one with its sticky bit (GOMOD_DOCTOR_STATE_DIR).
	if ((await fs.mkdir(path.dirname(file), {recursive: true, mode: 0o700})) !== undefined) {
		await fs.chmod(path.dirname(file), 0o700);
	}

	const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
	try {
		await fs.writeFile(temporary, `${JSON.stringify(stored, undefined, '\t')}\n`, {mode: 0o600, flush: true});
		await fs.rename(temporary, file);
	} catch (error) {
		await fs.rm(temporary, {force: true});
		throw error;
	}
}

/** Entries that still need undoing, oldest first: `pending` (a crash mid-apply) and `applied`. */
export function findUnfinished(journal: Journal): JournalEntry[] {
	return journal.entries.filter((entry) => entry.status === 'pending' || entry.status === 'applied');
}

/** The journal with one entry changed. */
export function updateEntry(journal: Journal, id: string, update: Partial<Omit<JournalEntry, 'id'>>): Journal {
	return {...journal, entries: journal.entries.map((entry) => (entry.id === id ? {...entry, ...update} : entry))};
}

/** Reads, changes and writes the journal in one step (`redact`: see {@link writeJournal}). */
export async function updateJournal(
	fs: FileSystem,
	file: string,
	change: (journal: Journal) => Journal,
	redact?: RedactText,
): Promise<JournalRead> {
	const read = await readJournal(fs, file);
	if (!read.ok) {
		return read;
	}

	const journal = change(read.journal);
	await writeJournal(fs, file, journal, redact);
	return {ok: true, journal};
}

/** What the files a change wrote are now, for `afterSha256`. */
export async function hashFiles(fs: FileSystem, files: readonly string[]): Promise<Record<string, string | null>> {
	const hashes: Record<string, string | null> = {};
	for (const file of files) {
		// eslint-disable-next-line no-await-in-loop -- a few files
		const now = await snapshotFile(fs, file).catch(() => undefined);
		hashes[path.resolve(file)] = now?.exists === true ? now.sha256! : null;
	}

	return hashes;
}

/** A new, unique entry id: sortable by time. */
export function newEntryId(now: Date = new Date()): string {
	return `${now
		.toISOString()
		.replaceAll(/[-:]/g, '')
		.replace(/\.\d+Z$/, 'Z')}-${randomBytes(3).toString('hex')}`;
}

export function sha256(data: string | Uint8Array): string {
	return createHash('sha256').update(data).digest('hex');
}

/** What a file is right now, for `fileBefore` and for undo's check. */
export async function snapshotFile(
	fs: FileSystem,
	file: string,
): Promise<{exists: boolean; sha256?: string; content?: string; bytes?: Buffer}> {
	let bytes: Buffer;
	try {
		bytes = await fs.readFile(file);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') {
			return {exists: false};
		}

		throw error;
	}

	const content = bytes.length <= maxContentBytes ? bytes.toString('utf8') : undefined;
	// Keep the text only when it round-trips exactly (valid UTF-8).
	const exact = content !== undefined && Buffer.from(content, 'utf8').equals(bytes) ? content : undefined;
	return {exists: true, sha256: sha256(bytes), ...(exact === undefined ? {} : {content: exact}), bytes};
}

function isJournal(value: unknown): value is Journal {
	if (typeof value !== 'object' || value === null) {
		return false;
	}

	const object = value as {version?: unknown; entries?: unknown};
	return object.version === 1 && Array.isArray(object.entries) && object.entries.every((entry) => isEntry(entry));
}

function isEntry(value: unknown): value is JournalEntry {
	if (typeof value !== 'object' || value === null) {
		return false;
	}

	const entry = value as Partial<Record<keyof JournalEntry, unknown>>;
	return (
		typeof entry.id === 'string' &&
		typeof entry.createdAt === 'string' &&
		typeof entry.goenvFile === 'string' &&
		Array.isArray(entry.changes) &&
		entry.changes.every(
			(change: unknown) =>
				typeof change === 'object' &&
				change !== null &&
				typeof (change as JournalChange).key === 'string' &&
				typeof (change as JournalChange).before === 'object' &&
				(change as JournalChange).before !== null &&
				typeof (change as JournalChange).before.set === 'boolean',
		) &&
		typeof entry.fileBefore === 'object' &&
		entry.fileBefore !== null &&
		typeof (entry.fileBefore as {exists?: unknown}).exists === 'boolean' &&
		(entry.status === 'pending' || entry.status === 'applied' || entry.status === 'failed' || entry.status === 'undone')
	);
}
