/**
Undoes journalled `go env` changes, newest first, with go itself (`go env -w KEY=before`, or `go env -u KEY` when
the file did not set the key), then checks the GOENV file against what it was before. A command fix's entry writes
back its go.mod/go.sum copies, a `.netrc` entry its private copy of the file (or removes a file it created), a
`git config --global` entry the key's earlier values (apply-git-config.ts).
*/
import path from 'node:path';
import type {Text} from '../i18n/message.js';
import {parseGoEnvFile} from '../go/parse-goenv-file.js';
import type {Environment, FileSystem, System} from '../system/types.js';
import {checkFileCopies, restoreFileCopies} from './apply-command.js';
import {checkGitConfigFile, restoreGitConfig} from './apply-git-config.js';
import {checkNetrcEntry, restoreNetrcEntry} from './apply-netrc.js';
import {validateChanges} from './apply-go-env.js';
import {checkEntryTrust, checkJournalOwnership, type TrustContext} from './journal-trust.js';
import {
	findUnfinished,
	journalPath,
	readJournal,
	snapshotFile,
	updateEntry,
	updateJournal,
	type Journal,
	type JournalEntry,
} from './journal.js';

export type UndoOptions = {
	readonly env: Environment;
	readonly cwd: string;
	/** Undo only this entry; every unfinished entry (pending or applied) when neither `id` nor `ids` is given. */
	readonly id?: string;
	/** Undo only these entries (a wizard session's own changes), newest first. */
	readonly ids?: readonly string[];
	/** Deadline for each go command. */
	readonly timeoutMs: number;
	readonly signal?: AbortSignal;
};

export type UndoResult = {
	/** The entries restored, newest first, with the keys each put back. */
	readonly restored: ReadonlyArray<{readonly id: string; readonly keys: readonly string[]}>;
	/** Every selected entry was restored (true when there was nothing to undo). */
	readonly ok: boolean;
	/** Each GOENV file touched is byte for byte what it was before the oldest restored change. */
	readonly fileMatches: boolean;
	/** What happened, one sentence each, including go's own output. */
	readonly messages: readonly Text[];
	/** The journal or an entry was not trusted (journal-trust.ts): nothing was touched. */
	readonly refused?: boolean;
};

export async function undoChanges(system: System, options: UndoOptions): Promise<UndoResult> {
	let journalFile: string;
	try {
		journalFile = journalPath(options.env);
	} catch (error) {
		return {restored: [], ok: false, fileMatches: false, messages: [(error as Error).message]};
	}

	const {fs} = system;
	const read = await readJournal(fs, journalFile);
	if (!read.ok) {
		return {restored: [], ok: false, fileMatches: false, messages: [read.message]};
	}

	const selection = selectEntries(read.journal, options);
	if ('result' in selection) {
		return selection.result;
	}

	const {selected, messages} = selection;
	// Nothing is touched unless the journal and every selected entry are what this tool wrote.
	const distrust =
		(await checkJournalOwnership(fs, journalFile)) ??
		(await firstDistrusted(selected, {fs, env: options.env, cwd: options.cwd, journalFile}));
	if (distrust !== undefined) {
		return {
			restored: [],
			ok: false,
			fileMatches: false,
			refused: true,
			messages: [...messages, `undo refused, nothing was changed: ${distrust}`],
		};
	}

	const restored: Array<{id: string; keys: string[]}> = [];
	let ok = true;
	for (const entry of selected) {
		// eslint-disable-next-line no-await-in-loop
		const outcome = await restoreEntry(system, options, entry);
		messages.push(...outcome.messages);
		if (!outcome.ok) {
			ok = false;
			messages.push(`stopped: ${entry.id} could not be undone, older changes were left as they are`);
			break;
		}

		restored.push({id: entry.id, keys: entry.changes.map((change) => change.key)});
		// eslint-disable-next-line no-await-in-loop
		await updateJournal(fs, journalFile, (journal) =>
			updateEntry(journal, entry.id, {status: 'undone', undoneAt: new Date().toISOString()}),
		);
	}

	const matches = await filesMatch(
		fs,
		selected.filter((entry) => restored.some((done) => done.id === entry.id)),
		messages,
	);
	return {restored, ok, fileMatches: ok && !selection.laterChangesRemain && matches, messages};
}

/**
The entries to undo, newest first: the ones asked for (`id`, `ids`) that are still in place, or every unfinished
one. `result`: there is nothing to undo, or an id is not in the journal.
*/
function selectEntries(
	journal: Journal,
	options: UndoOptions,
): {readonly result: UndoResult} | {readonly selected: JournalEntry[]; readonly laterChangesRemain: boolean; readonly messages: Text[]} {
	if (options.id === undefined && options.ids === undefined) {
		const selected = findUnfinished(journal).toReversed();
		return selected.length === 0
			? {result: {restored: [], ok: true, fileMatches: true, messages: []}}
			: {selected, laterChangesRemain: false, messages: []};
	}

	const wanted = options.ids ?? [options.id];
	const unknown = wanted.filter((id) => !journal.entries.some((entry) => entry.id === id));
	if (unknown.length > 0) {
		return {result: {restored: [], ok: false, fileMatches: false, messages: unknown.map((id) => `no journal entry ${id}`)}};
	}

	const entries = journal.entries.filter((entry) => wanted.includes(entry.id));
	const open = entries.filter((entry) => entry.status === 'pending' || entry.status === 'applied');
	if (open.length === 0) {
		const messages = entries.map(
			(entry) => `${entry.id} ${entry.status === 'undone' ? 'was already undone' : 'failed, so it changed nothing'}; nothing to undo`,
		);
		return {result: {restored: [], ok: true, fileMatches: true, messages}};
	}

	const oldest = Math.min(...open.map((entry) => journal.entries.indexOf(entry)));
	const newer = findUnfinished(journal).filter(
		(other) =>
			!wanted.includes(other.id) && open.some((entry) => entry.goenvFile === other.goenvFile) && journal.entries.indexOf(other) > oldest,
	);
	const messages =
		newer.length === 0
			? []
			: [
					`later changes to the same file are still in place (${newer.map((other) => other.id).join(', ')}); the file cannot match its state before ${open[0]!.id}`,
				];
	return {selected: open.toReversed(), laterChangesRemain: newer.length > 0, messages};
}

/** For each file, the state to return to is the one before the oldest change restored (`restored`, newest first). */
async function filesMatch(fs: FileSystem, restored: readonly JournalEntry[], messages: Text[]): Promise<boolean> {
	const oldestByFile = new Map<string, JournalEntry>();
	for (const entry of restored) {
		oldestByFile.set(entry.goenvFile, entry);
	}

	let matches = true;
	for (const entry of oldestByFile.values()) {
		// eslint-disable-next-line no-await-in-loop
		const check = await checkFile(fs, entry);
		messages.push(...check.messages);
		matches &&= check.matches;
	}

	return matches;
}

async function firstDistrusted(entries: readonly JournalEntry[], context: TrustContext): Promise<string | undefined> {
	for (const entry of entries) {
		// eslint-disable-next-line no-await-in-loop -- in order: the first problem is the one reported
		const problem = await checkEntryTrust(entry, context);
		if (problem !== undefined) {
			return `journal entry ${entry.id} was not written by a fix of gomod-doctor: ${problem}`;
		}
	}

	return undefined;
}

async function restoreEntry(system: System, options: UndoOptions, entry: JournalEntry): Promise<{ok: boolean; messages: Text[]}> {
	// A command fix's entry (go mod tidy, go get): its copies of go.mod/go.sum are written back.
	if (entry.files !== undefined) {
		return restoreFileCopies(system.fs, entry);
	}

	// A `.netrc` entry: its private copy of the file is written back (or the file it created removed).
	if (entry.netrc !== undefined) {
		return restoreNetrcEntry(system.fs, entry);
	}

	// A `git config --global` entry: the key's earlier values put back in the file the change went to.
	if (entry.gitConfig !== undefined) {
		return restoreGitConfig(system, entry, {
			env: options.env,
			cwd: options.cwd,
			timeoutMs: options.timeoutMs,
			...(options.signal === undefined ? {} : {signal: options.signal}),
		});
	}

	const messages: Text[] = [];
	// The journal is read back from disk: check what it holds before any of it becomes a file path or an argument.
	const problem = path.isAbsolute(entry.goenvFile)
		? validateChanges(
				entry.changes.map((change) => ({key: change.key, value: change.before.set ? (change.before.value ?? '') : undefined})),
			)
		: `its GOENV file "${entry.goenvFile.slice(0, 80)}" is not an absolute path`;
	if (problem !== undefined) {
		return {ok: false, messages: [`journal entry ${entry.id} is not usable: ${problem}`]};
	}

	// Write the same file the change went to, whatever GOENV says now.
	const env = {...options.env, GOENV: entry.goenvFile};
	const common = {env, cwd: options.cwd, timeoutMs: options.timeoutMs, signal: options.signal, parseable: true};
	const current = await snapshotFile(system.fs, entry.goenvFile).catch(() => undefined);
	const currentValues = parseGoEnvFile(current?.content ?? current?.bytes?.toString('utf8') ?? '').values;
	const sets = entry.changes.filter((change) => change.before.set);
	// `go env -u` fails when the file does not exist, and changes nothing when the key is not in it.
	const unsets = entry.changes.filter((change) => !change.before.set && Object.hasOwn(currentValues, change.key));
	const commands: string[][] = [];
	if (sets.length > 0) {
		commands.push(['env', '-w', ...sets.map((change) => `${change.key}=${change.before.value ?? ''}`)]);
	}

	if (unsets.length > 0) {
		commands.push(['env', '-u', ...unsets.map((change) => change.key)]);
	}

	for (const args of commands) {
		// eslint-disable-next-line no-await-in-loop
		const result = await system.run({file: 'go', args, ...common});
		const text = `${result.stdout}${result.stderr}`.trim();
		if (result.exitCode !== 0) {
			const why = result.timedOut ? 'did not finish in time' : result.missing ? 'go is not installed' : text;
			messages.push(`go ${args.join(' ')} failed: ${why}`);
			return {ok: false, messages};
		}

		if (text !== '') {
			messages.push(text);
		}
	}

	const keys = entry.changes.map((change) => change.key).join(', ');
	messages.push(`${entry.id}: restored ${keys} in ${entry.goenvFile}`);
	return {ok: true, messages};
}

/**
Compares the GOENV file with `fileBefore`. When go's rewrite left the same settings in a different form
(go env -w sorts runs of KEY=VALUE lines and drops duplicate keys), the exact earlier text is written back.
*/
async function checkFile(fs: FileSystem, entry: JournalEntry): Promise<{matches: boolean; messages: Text[]}> {
	if (entry.files !== undefined) {
		return checkFileCopies(fs, entry);
	}

	if (entry.netrc !== undefined) {
		return checkNetrcEntry(fs, entry);
	}

	if (entry.gitConfig !== undefined) {
		return checkGitConfigFile(fs, entry);
	}

	const file = entry.goenvFile;
	const now = await snapshotFile(fs, file).catch(() => undefined);
	if (now === undefined) {
		return {matches: false, messages: [`cannot read ${file} to check it`]};
	}

	if (!entry.fileBefore.exists) {
		if (!now.exists) {
			return {matches: true, messages: []};
		}

		if (now.bytes?.length === 0) {
			await fs.rm(file, {force: true});
			return {matches: true, messages: [`removed ${file}: it did not exist before and is empty now`]};
		}

		return {matches: false, messages: [`${file} did not exist before the change and now has other settings in it`]};
	}

	if (now.exists && now.sha256 === entry.fileBefore.sha256) {
		return {matches: true, messages: []};
	}

	const original = entry.fileBefore.content;
	if (original !== undefined && now.exists) {
		const then = parseGoEnvFile(original).values;
		const current = parseGoEnvFile(now.bytes?.toString('utf8') ?? '').values;
		if (sameValues(then, current)) {
			await fs.writeFile(file, original);
			return {matches: true, messages: [`wrote back the exact earlier text of ${file} (go had re-sorted its lines)`]};
		}

		const differing = [...new Set([...Object.keys(then), ...Object.keys(current)])].filter((key) => then[key] !== current[key]);
		return {
			matches: false,
			messages: [`${file} differs from before the change in ${differing.join(', ')}`],
		};
	}

	return {matches: false, messages: [`${file} differs from before the change`]};
}

function sameValues(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
	const keys = Object.keys(a);
	return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
}
