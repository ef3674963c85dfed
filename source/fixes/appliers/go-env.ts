/** `go env -w`: journal first, then the change, read back, then go run again on what failed. */
import {say} from '../../i18n/index.js';
import {formatArgv, formatDuration} from '../../model/format.js';
import type {Fix} from '../../model/report.js';
import {applyGoEnvChanges, type ApplyResult, type GoEnvChange} from '../apply-go-env.js';
import {at, emitReproduction, failed, journalOf, tidyNext, verified} from './support.js';
import type {ApplyContext, Applier, FixOutcome} from './types.js';

export const applyGoEnvFix: Applier = async (fix, context) => {
	const {changes} = fix;
	if (changes === undefined) {
		return {status: 'failed', summary: say.actions.adviceOnly};
	}

	const started = context.system.now();
	const applied = await applyGoEnvChanges(context.system, {
		env: context.env,
		cwd: context.dir,
		changes,
		timeoutMs: context.goTimeoutMs,
		signal: context.signal,
	});
	if (applied.status !== 'failed' && applied.journalId !== undefined) {
		context.ledger.record(
			applied.journalId,
			changes.map((change) => change.key),
		);
	}

	// A change not attempted, or left entirely to the shell, ran no command: nothing to show as run.
	if (applied.commands.length > 0 || (applied.status !== 'shadowed' && applied.notRun === undefined)) {
		context.emit({
			type: 'command-finished',
			at: at(),
			title: say.actions.apply(fix.title),
			argv: applied.argv,
			exitCode: applied.status === 'failed' ? 1 : 0,
			timedOut: false,
			durationMs: Math.round(context.system.now() - started),
			output: applied.output,
		});
	}

	switch (applied.status) {
		case 'failed': {
			return failed(context, fix, say.actions.goEnvFailed(applied.notRun ?? applied.output.trim()));
		}

		case 'shadowed': {
			return shadowed(fix, changes, applied, context);
		}

		case 'applied': {
			return readBackAndVerify(fix, changes, applied, context);
		}
	}
};

/** The OS environment hides the change: the shell line is checked for real, go run with the value as the profile would set it. */
async function shadowed(fix: Fix, changes: readonly GoEnvChange[], applied: ApplyResult, context: ApplyContext): Promise<FixOutcome> {
	const overridden = {...context.env, ...Object.fromEntries(changes.map((change) => [change.key, change.value]))};
	const result = await context.verify({env: overridden, signal: context.signal});
	emitReproduction(context.emit, say.actions.verifyShellLine, result);
	const keys = (applied.shadowedKeys ?? changes.map((change) => change.key)).join(', ');
	const summary = say.actions.shadowed(keys, result.ok, result.headline);
	context.emit({type: 'fix-finished', at: at(), fix, status: 'shadowed', detail: summary});
	return verified(context, false, {
		status: 'shadowed',
		summary,
		shellLines: applied.shellLines ?? fix.shell ?? [],
		...journalOf(applied.journalId),
	});
}

/** Written: the values go reads back must be the new ones, then go runs again on what failed. */
async function readBackAndVerify(
	fix: Fix,
	changes: readonly GoEnvChange[],
	applied: ApplyResult,
	context: ApplyContext,
): Promise<FixOutcome> {
	const {readBack} = applied;
	const journal = journalOf(applied.journalId);
	context.emit({
		type: 'fix-finished',
		at: at(),
		fix,
		status: 'applied',
		detail: say.actions.readBack(
			Object.entries(readBack)
				.map(([key, value]) => `${key}=${value}`)
				.join(' '),
		),
	});
	const mismatch = changes.find((change) => (readBack[change.key] ?? '') !== (change.value ?? readBack[change.key] ?? ''));
	if (mismatch !== undefined) {
		return verified(context, false, {
			status: 'not-fixed',
			summary: say.actions.readBackDiffers(mismatch.key, readBack[mismatch.key] ?? ''),
			...journal,
		});
	}

	// A fix that moves GOMODCACHE is checked with the cache it points at (a temporary one would prove nothing).
	const cache = changes.some((change) => change.key === 'GOMODCACHE') ? 'own' : 'scratch';
	const result = await context.verify({env: context.env, signal: context.signal, cache});
	emitReproduction(context.emit, say.actions.verifyAgain, result);
	const summary = result.ok
		? say.actions.nowSucceeds(formatArgv(result.argv), formatDuration(result.durationMs))
		: say.actions.stillFails(result.headline);
	return verified(context, result.ok, {
		status: result.ok ? 'fixed' : 'not-fixed',
		summary,
		...journal,
		...(await tidyNext(fix, result.ok, context)),
	});
}
