/** What every applier does the same way: report a failure, report a verification, show a re-run of go. */
import path from 'node:path';
import {reproductionErrorText, type Reproduction} from '../../go/reproduce-download.js';
import type {Text} from '../../i18n/message.js';
import type {Fix} from '../../model/report.js';
import type {FileSystem} from '../../system/types.js';
import {goModTidyFix, isTidyFix} from '../fix-module.js';
import type {ApplyContext, FixEmit, FixOutcome} from './types.js';

/** The time of an event. */
export const at = () => new Date().toISOString();

/** The fix could not be applied: says so (`fix-finished`, failed) and returns the outcome, with `extra`. */
export function failed(
	context: Pick<ApplyContext, 'emit'>,
	fix: Fix,
	summary: Text,
	extra: Omit<FixOutcome, 'status' | 'summary'> = {},
): FixOutcome {
	context.emit({type: 'fix-finished', at: at(), fix, status: 'failed', detail: summary});
	return {status: 'failed', summary, ...extra};
}

/** The check after a change: says how it ended (`verified`, `ok`) and returns `outcome`. */
export function verified(context: Pick<ApplyContext, 'emit'>, ok: boolean, outcome: FixOutcome): FixOutcome {
	context.emit({type: 'verified', at: at(), ok, summary: outcome.summary});
	return outcome;
}

/** A re-run of go, shown as a command the wizard ran. */
export function emitReproduction(emit: FixEmit, title: Text, result: Reproduction): void {
	emit({
		type: 'command-finished',
		at: at(),
		title,
		argv: result.argv,
		exitCode: result.exitCode,
		timedOut: result.timedOut,
		durationMs: Math.round(result.durationMs),
		output: reproductionErrorText(result) || result.headline,
	});
}

/** The journal entry of an outcome, when there is one. */
export function journalOf(journalId: string | undefined): {journalId?: string} {
	return journalId === undefined ? {} : {journalId};
}

/** `go mod tidy -v`, offered next after a fix that works (§1): not after a tidy, and only in a module. */
export async function tidyNext(
	fix: Fix,
	ok: boolean,
	context: Pick<ApplyContext, 'system' | 'dir'>,
): Promise<Pick<FixOutcome, 'followUps'>> {
	return ok && !isTidyFix(fix) && (await hasGoMod(context.system.fs, context.dir)) ? {followUps: [goModTidyFix()]} : {};
}

async function hasGoMod(fs: FileSystem, dir: string): Promise<boolean> {
	try {
		await fs.access(path.join(dir, 'go.mod'));
		return true;
	} catch {
		return false;
	}
}
