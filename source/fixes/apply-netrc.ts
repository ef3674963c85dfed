/**
Writes the `.netrc` entry of a `netrc` fix: the file copied first (a private backup, for undo), the change recorded
in the journal (the file, the machine, the copy's path and hash: never the token), then the new text written with
mode 0600 (a private temporary file renamed over it), then read back. The token is a parameter and goes nowhere but
the file: no message, result, journal entry or log here contains it. Undo (the wizard's, or `gomod-doctor undo`
through the journal) writes the copy back, or removes the file when it did not exist.
*/
import {randomBytes} from 'node:crypto';
import path from 'node:path';
import {checkNetrcField, findNetrcEntry, parseNetrc, upsertNetrcEntry} from '../go/netrc.js';
import {say, type Text} from '../i18n/index.js';
import type {FileSystem} from '../system/types.js';
import {
	hashFiles,
	netrcChangeKey,
	newEntryId,
	readJournal,
	sha256,
	snapshotFile,
	updateEntry,
	updateJournal,
	type JournalEntry,
	type JournalNetrc,
	type RedactText,
} from './journal.js';

export type ApplyNetrcInput = {
	/** Where the files are. */
	readonly fs: FileSystem;
	/** The `.netrc` file ($NETRC or ~/.netrc). */
	readonly file: string;
	readonly machine: string;
	readonly login: string;
	/** The token or password. Written to the file, never returned or printed. */
	readonly token: string;
	/** Where the private copy of the previous file goes (created 0700). */
	readonly backupDir: string;
	/**
	The change journal (see journal.ts): when given, the change is recorded there before the file is written, so that
	`gomod-doctor undo` restores it too; when it cannot be written, nothing is changed.
	*/
	readonly journalFile?: string;
	/** The session's redactor, for the journal's texts. */
	readonly redact?: RedactText;
};

/** What a write did; never holds the token. */
export type NetrcChange = {
	readonly file: string;
	readonly machine: string;
	/** The file existed before. */
	readonly existed: boolean;
	/** The private copy of the previous file (when it existed). */
	readonly backup?: string;
	/** An entry for the machine was replaced. */
	readonly replaced: boolean;
	/** The journal and the entry that record the change, when it was journalled. */
	readonly journalFile?: string;
	readonly journalId?: string;
};

export type ApplyNetrcResult = {readonly ok: true; readonly change: NetrcChange} | {readonly ok: false; readonly message: Text};

/** Adds or replaces the machine's entry. Never throws; a failure leaves the file as it was. */
export async function applyNetrc(input: ApplyNetrcInput): Promise<ApplyNetrcResult> {
	const {fs} = input;
	const unwritable = fieldProblem(input);
	if (unwritable !== undefined) {
		return {ok: false, message: unwritable};
	}

	let beforeBytes: Buffer | undefined;
	try {
		beforeBytes = await fs.readFile(input.file);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
			return {ok: false, message: say.fixes.netrc.unreadable(input.file, (error as NodeJS.ErrnoException).code ?? 'error')};
		}
	}

	const existed = beforeBytes !== undefined;
	const before = beforeBytes?.toString('utf8') ?? '';
	const replaced = findNetrcEntry(parseNetrc(before), input.machine)?.portIgnored === false;
	let backup: string | undefined;
	let journalId: string | undefined;
	let renamed = false;
	const temporary = `${input.file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
	try {
		if (beforeBytes !== undefined) {
			backup = await copyToBackup(fs, input.file, input.backupDir);
		}

		if (input.journalFile !== undefined) {
			const record: JournalNetrc = {
				file: path.resolve(input.file),
				machine: input.machine,
				existed,
				...(backup === undefined ? {} : {backup}),
				...(beforeBytes === undefined ? {} : {sha256: sha256(beforeBytes)}),
			};
			journalId = await recordNetrcChange(fs, input.journalFile, record, input.redact);
			if (journalId === undefined) {
				if (backup !== undefined) {
					await fs.rm(backup, {force: true});
				}

				return {ok: false, message: say.fixes.netrc.journalUnwritable(input.journalFile, input.file)};
			}
		}

		const after = upsertNetrcEntry(before, {machine: input.machine, login: input.login, password: input.token});
		await fs.mkdir(path.dirname(input.file), {recursive: true});
		await fs.writeFile(temporary, after, {mode: 0o600, flush: true});
		await fs.rename(temporary, input.file);
		renamed = true;
		await fs.chmod(input.file, 0o600);
		const readBack = findNetrcEntry(parseNetrc(await fs.readFile(input.file, 'utf8')), input.machine);
		if (readBack?.portIgnored !== false || readBack.entry.login !== input.login || readBack.entry.password !== input.token) {
			await settleJournal(input, journalId, 'applied');
			return {ok: false, message: say.fixes.netrc.readBackFailed(input.file, input.machine)};
		}
	} catch (error) {
		await fs.rm(temporary, {force: true});
		// Renamed: the file changed, and undo must be able to put it back; else nothing changed.
		await settleJournal(input, journalId, renamed ? 'applied' : 'failed');
		return {ok: false, message: `${input.file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`};
	}

	await settleJournal(input, journalId, 'applied');
	return {
		ok: true,
		change: {
			file: input.file,
			machine: input.machine,
			existed,
			replaced,
			...(backup === undefined ? {} : {backup}),
			...(input.journalFile === undefined || journalId === undefined ? {} : {journalFile: input.journalFile, journalId}),
		},
	};
}

/** Why a field cannot be written into a `.netrc` entry, as a sentence; undefined when every field can. */
function fieldProblem(input: ApplyNetrcInput): Text | undefined {
	for (const [name, value] of [
		['machine', input.machine],
		['login', input.login],
		['token', input.token],
	] as const) {
		const problem = checkNetrcField(value);
		if (problem !== undefined) {
			return say.fixes.netrc.fieldUnwritable(name, problem);
		}
	}

	return undefined;
}

/** A private copy (mode 0600) of `file` in `backupDir`; returns its path. */
async function copyToBackup(fs: FileSystem, file: string, backupDir: string): Promise<string> {
	// Only a directory created here is made private: an existing one keeps its mode (see writeJournal).
	if ((await fs.mkdir(backupDir, {recursive: true, mode: 0o700})) !== undefined) {
		await fs.chmod(backupDir, 0o700);
	}

	const backup = path.join(backupDir, `netrc-${new Date().toISOString().replaceAll(/[-:.]/g, '')}-${randomBytes(3).toString('hex')}`);
	await fs.copyFile(file, backup);
	await fs.chmod(backup, 0o600);
	return backup;
}

/** Appends a `pending` journal entry for a `.netrc` change; its id, or undefined when the journal cannot be written. */
async function recordNetrcChange(
	fs: FileSystem,
	journalFile: string,
	record: JournalNetrc,
	redact?: RedactText,
): Promise<string | undefined> {
	const entry: JournalEntry = {
		id: newEntryId(),
		createdAt: new Date().toISOString(),
		goenvFile: record.file,
		changes: [{key: netrcChangeKey(record.machine), before: {set: record.existed}, after: undefined}],
		fileBefore: {exists: record.existed, ...(record.sha256 === undefined ? {} : {sha256: record.sha256})},
		status: 'pending',
		netrc: record,
	};
	try {
		const written = await updateJournal(fs, journalFile, (journal) => ({...journal, entries: [...journal.entries, entry]}), redact);
		return written.ok ? entry.id : undefined;
	} catch {
		return undefined;
	}
}

async function settleJournal(input: ApplyNetrcInput, id: string | undefined, status: 'applied' | 'failed'): Promise<void> {
	if (input.journalFile !== undefined && id !== undefined) {
		const afterSha256 = status === 'applied' ? await hashFiles(input.fs, [input.file]) : undefined;
		await updateJournal(
			input.fs,
			input.journalFile,
			(journal) => updateEntry(journal, id, {status, ...(afterSha256 === undefined ? {} : {afterSha256})}),
			input.redact,
		).catch(() => undefined);
	}
}

/**
Undoes a journalled `.netrc` change: the private copy, checked against the hash recorded before the change, is
written back with mode 0600 (then removed), or the file is removed when it did not exist before. What the journal
says is checked first (it is read back from disk): absolute paths, a hash for every copy. A file that did not exist
before is removed only while it holds no entry but the machine's own (entries added since for other machines are
not thrown away: undo stops and says so). Never throws; the messages never hold a secret.
*/
export async function restoreNetrcEntry(fs: FileSystem, entry: JournalEntry): Promise<{ok: boolean; messages: string[]}> {
	const record = entry.netrc;
	if (
		record === undefined ||
		!path.isAbsolute(record.file) ||
		(record.existed && (record.backup === undefined || !path.isAbsolute(record.backup) || typeof record.sha256 !== 'string'))
	) {
		return {ok: false, messages: [`journal entry ${entry.id} is not usable: it does not name a .netrc file and its private copy`]};
	}

	try {
		if (record.existed) {
			const copy = await fs.readFile(record.backup!);
			if (sha256(copy) !== record.sha256) {
				return {
					ok: false,
					messages: [
						`${entry.id}: the private copy ${record.backup!} is not the file as it was before the change (its SHA-256 differs); ${record.file} was left as it is`,
					],
				};
			}

			const temporary = `${record.file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
			try {
				await fs.writeFile(temporary, copy, {mode: 0o600, flush: true});
				await fs.rename(temporary, record.file);
			} finally {
				await fs.rm(temporary, {force: true});
			}

			await fs.chmod(record.file, 0o600);
			await fs.rm(record.backup!, {force: true});
			return {ok: true, messages: [`${entry.id}: restored ${record.file} as it was before the entry for ${record.machine} was written`]};
		}

		const now = await snapshotFile(fs, record.file);
		if (!now.exists) {
			return {ok: true, messages: [`${entry.id}: ${record.file} did not exist before and does not exist now`]};
		}

		const others = parseNetrc(now.bytes?.toString('utf8') ?? '').filter((item) => item.machine !== record.machine);
		if (others.length > 0) {
			return {
				ok: false,
				messages: [
					`${entry.id}: ${record.file} did not exist before the change, and entries for other machines (${[...new Set(others.map((item) => item.machine))].join(', ')}) were added since; it was left as it is`,
				],
			};
		}

		await fs.rm(record.file, {force: true});
		return {
			ok: true,
			messages: [`${entry.id}: removed ${record.file}, which did not exist before the entry for ${record.machine} was written`],
		};
	} catch (error) {
		return {
			ok: false,
			messages: [`${entry.id}: ${record.file} could not be restored (${(error as NodeJS.ErrnoException).code ?? 'error'})`],
		};
	}
}

/** Whether a journalled `.netrc` file is byte for byte what it was before (or absent, when it did not exist). */
export async function checkNetrcEntry(fs: FileSystem, entry: JournalEntry): Promise<{matches: boolean; messages: string[]}> {
	const record = entry.netrc;
	if (record === undefined) {
		return {matches: false, messages: []};
	}

	const now = await snapshotFile(fs, record.file).catch(() => undefined);
	if (now === undefined) {
		return {matches: false, messages: [`cannot read ${record.file} to check it`]};
	}

	const matches = record.existed ? now.exists && now.sha256 === record.sha256 : !now.exists;
	return {matches, messages: matches ? [] : [`${record.file} differs from before the change`]};
}

/**
Puts the file back as it was before `change` (the backup copied back, or the file removed). A journalled change is
undone through its journal entry, which is then marked undone (so that `gomod-doctor undo` does not restore it a
second time); one already undone elsewhere (`gomod-doctor undo`) is left alone. Never throws.
*/
export async function restoreNetrc(fs: FileSystem, change: NetrcChange): Promise<{readonly ok: boolean; readonly message?: Text}> {
	if (change.journalFile !== undefined && change.journalId !== undefined) {
		return restoreJournalled(fs, change.journalFile, change.journalId);
	}

	try {
		if (change.existed && change.backup !== undefined) {
			await fs.copyFile(change.backup, change.file);
			await fs.chmod(change.file, 0o600);
			await fs.rm(change.backup, {force: true});
		} else if (!change.existed) {
			await fs.rm(change.file, {force: true});
		}

		return {ok: true};
	} catch (error) {
		return {ok: false, message: `${change.file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`};
	}
}

async function restoreJournalled(
	fs: FileSystem,
	journalFile: string,
	id: string,
): Promise<{readonly ok: boolean; readonly message?: Text}> {
	const read = await readJournal(fs, journalFile);
	if (!read.ok) {
		return {ok: false, message: read.message};
	}

	const entry = read.journal.entries.find((item) => item.id === id);
	if (entry === undefined) {
		return {ok: false, message: say.fixes.netrc.noEntry(id)};
	}

	if (entry.status === 'undone' || entry.status === 'failed') {
		return {ok: true};
	}

	const restored = await restoreNetrcEntry(fs, entry);
	if (!restored.ok) {
		return {ok: false, message: say.common.sentences(restored.messages)};
	}

	try {
		await updateJournal(fs, journalFile, (journal) => updateEntry(journal, id, {status: 'undone', undoneAt: new Date().toISOString()}));
	} catch (error) {
		return {ok: false, message: say.fixes.netrc.journalNotUpdated((error as Error).message)};
	}

	return {ok: true};
}
