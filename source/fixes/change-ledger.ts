/**
A session's changes, in the order they were made: the journal entries it wrote (with the settings or files each
changed) and the `.netrc` files it wrote. The apply-*.ts modules journal each change before they make it; the
appliers record the entry here once the apply returns. The wizard's Undo restores these, not changes from other
runs, and `settle` reads which keys are still changed.
*/
import {say, type Text} from '../i18n/index.js';
import type {Environment, System} from '../system/types.js';
import {restoreNetrc, type NetrcChange} from './apply-netrc.js';
import {undoChanges} from './undo.js';

export type UndoOutcome = {
	readonly ok: boolean;
	readonly summary: Text;
	/** Whether anything was left to undo. */
	readonly nothingToUndo: boolean;
};

export type ChangeLedger = {
	/** A journal entry this session wrote, and the keys (go env keys, files, git config keys) it changes. */
	readonly record: (journalId: string, keys: readonly string[]) => void;
	/** A `.netrc` file this session wrote. */
	readonly recordNetrc: (change: NetrcChange) => void;
	/** The keys this session changed that are still changed. */
	readonly changedKeys: () => string[];
	/** Restores every change of this session, newest first. */
	readonly undo: (signal: AbortSignal) => Promise<UndoOutcome>;
};

export type LedgerOptions = {
	readonly env: Environment;
	/** Where go runs to restore a go env value. */
	readonly cwd: string;
	/** Deadline of each go command. */
	readonly timeoutMs: number;
};

export function createChangeLedger(system: System, options: LedgerOptions): ChangeLedger {
	const journalIds: string[] = [];
	const keysOf = new Map<string, readonly string[]>();
	const netrcChanges: NetrcChange[] = [];

	const undoNetrc = async () => {
		const messages: Text[] = [];
		let ok = true;
		while (netrcChanges.length > 0) {
			const change = netrcChanges.pop()!;
			// eslint-disable-next-line no-await-in-loop
			const restored = await restoreNetrc(system.fs, change);
			ok &&= restored.ok;
			messages.push(
				restored.ok ? say.private.netrcUndone(change.file, change.existed) : say.private.netrcUndoFailed(restored.message ?? ''),
			);
		}

		return {ok, summary: say.common.sentences(messages), nothingToUndo: false};
	};

	const undoJournalled = async (signal: AbortSignal): Promise<UndoOutcome> => {
		const result = await undoChanges(system, {env: options.env, cwd: options.cwd, ids: journalIds, timeoutMs: options.timeoutMs, signal});
		for (const {id} of result.restored) {
			journalIds.splice(journalIds.indexOf(id), 1);
		}

		if (result.restored.length === 0) {
			return {
				ok: result.ok,
				summary: result.ok ? say.actions.alreadyUndone : say.common.sentences(result.messages),
				nothingToUndo: result.ok,
			};
		}

		const keys = [...new Set(result.restored.flatMap((entry) => entry.keys))].join(', ');
		const summary = result.ok
			? say.actions.restored(keys, result.fileMatches)
			: say.actions.undoIncomplete(say.common.sentences(result.messages));
		return {ok: result.ok, summary, nothingToUndo: false};
	};

	return {
		record(journalId, keys) {
			journalIds.push(journalId);
			keysOf.set(journalId, keys);
		},
		recordNetrc(change) {
			netrcChanges.push(change);
		},
		changedKeys: () => [...new Set(journalIds.flatMap((id) => keysOf.get(id) ?? []))],
		async undo(signal) {
			if (netrcChanges.length > 0) {
				const netrc = await undoNetrc();
				if (journalIds.length === 0) {
					return netrc;
				}
			}

			if (journalIds.length === 0) {
				return {ok: true, summary: say.actions.nothingToUndo, nothingToUndo: true};
			}

			return undoJournalled(signal);
		},
	};
}
