/**
Changes gomod-doctor made earlier and did not finish or undo, as the journal holds them: what the next start of
the wizard (a notice and a menu choice) and `diagnose` (a line) tell the user about.

Which ones: every entry `gomod-doctor undo` would restore. An entry still `pending` is a change whose run ended
between recording it and finishing it (Ctrl-C at the wrong moment, kill -9, a crash, a power cut): whether go
wrote the new value is unknown, and this is the case the notice exists for. An entry `applied` and never undone
is a change that completed and is still in place: worth a line too, because when go fails again, a setting
gomod-doctor changed is the first thing to suspect.
*/
import {say, type Text} from '../i18n/index.js';
import type {Environment, FileSystem} from '../system/types.js';
import {findUnfinished, journalPath, readJournal, type JournalEntry} from './journal.js';

/** One change that is not undone. */
export type UnfinishedChange = {
	/** The journal entry (for `undo`). */
	readonly id: string;
	/** When it was recorded, ISO 8601. */
	readonly createdAt: string;
	/** The file it changed: the GOENV file; go.mod for a command fix; the `.netrc`; the global git config. */
	readonly goenvFile: string;
	/** The settings it changed (`GOPROXY`; `go.mod`, `go.sum`; `.netrc entry for HOST`; `git config url.git@HOST:.insteadOf`). */
	readonly keys: readonly string[];
	/** `interrupted`: the apply never completed (the entry stayed pending); `in-place`: it completed and was never undone. */
	readonly state: 'interrupted' | 'in-place';
};

/** What the journal says; an unreadable journal is said, not hidden. */
export type UnfinishedRead =
	{readonly ok: true; readonly changes: readonly UnfinishedChange[]} | {readonly ok: false; readonly message: Text};

/** Reads the journal (never writes it) and lists the changes not undone, oldest first. */
export async function findUnfinishedChanges(fs: FileSystem, env: Environment): Promise<UnfinishedRead> {
	let file: string;
	try {
		file = journalPath(env);
	} catch {
		// No state directory at all: nothing can have been recorded.
		return {ok: true, changes: []};
	}

	const read = await readJournal(fs, file);
	if (!read.ok) {
		return {ok: false, message: read.message};
	}

	return {ok: true, changes: findUnfinished(read.journal).map((entry) => unfinishedOf(entry))};
}

/** The lines that describe them (a title, one line per change, how to undo), for a text report or a notice. */
export function describeUnfinished(read: UnfinishedRead, how: 'wizard' | 'cli'): Text[] {
	const text = say.robust;
	if (!read.ok) {
		return [text.journalUnreadable(read.message)];
	}

	if (read.changes.length === 0) {
		return [];
	}

	return [
		text.earlierTitle(read.changes.length),
		...read.changes.map((change) => describeChange(change)),
		how === 'wizard' ? text.earlierHowToUndo : text.earlierHowToUndoCli,
	];
}

/** One change, in a line. */
export function describeChange(change: UnfinishedChange): Text {
	const text = say.robust;
	const keys = change.keys.join(', ');
	const when = formatWhen(change.createdAt);
	return change.state === 'interrupted'
		? text.earlierInterrupted(keys, when, change.goenvFile)
		: text.earlierInPlace(keys, when, change.goenvFile);
}

function unfinishedOf(entry: JournalEntry): UnfinishedChange {
	return {
		id: entry.id,
		createdAt: entry.createdAt,
		goenvFile: entry.goenvFile,
		keys: entry.changes.map((change) => change.key),
		state: entry.status === 'pending' ? 'interrupted' : 'in-place',
	};
}

/** `2026-05-01 14:03 UTC`; the text as it is when it is not a date. */
function formatWhen(iso: string): string {
	const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
	return match === null ? iso.slice(0, 40) : `${match[1]!} ${match[2]!} UTC`;
}
