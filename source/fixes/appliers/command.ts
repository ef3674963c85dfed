/**
A command (`go get`, `go mod tidy -v`, `go clean -modcache`, `git config --global`): what it can change copied into
the journal first (go.mod and go.sum; for `git config --global`, the key's earlier values and the file), then run
once, then go run again on the whole module graph with an empty module cache (and the fix's own `verify` command).
After a fix that works, `go mod tidy -v` is offered next.
*/
import {withScratchCache} from '../../go/scratch-cache.js';
import {say, type Text} from '../../i18n/index.js';
import {formatArgv, formatDuration} from '../../model/format.js';
import {formatDiff} from '../../model/line-diff.js';
import type {Fix} from '../../model/report.js';
import {runCommandFix, validateCommandArgv, type RunCommandFixResult} from '../apply-command.js';
import {listValues} from '../apply-git-config.js';
import {gitConfigChangeKey} from '../journal.js';
import {applyIsolationRun} from './isolate.js';
import {at, emitReproduction, failed, journalOf, tidyNext} from './support.js';
import type {ApplyContext, Applier, FixOutcome} from './types.js';

export const applyCommandFix: Applier = async (fix, context) => {
	if (fix.scope === 'session' && fix.weakensSecurity) {
		return applyIsolationRun(fix, context);
	}

	const text = say.module;
	const started = context.system.now();
	const ran = await runCommandFix(context.system, {
		argv: fix.argv ?? [],
		env: context.env,
		...(fix.env === undefined ? {} : {extraEnv: fix.env}),
		...(fix.goSumRemove === undefined ? {} : {removeGoSumLines: fix.goSumRemove}),
		dir: context.dir,
		timeoutMs: commandTimeout(context),
		signal: context.signal,
		redact: context.redact,
	});
	const git = ran.gitConfig;
	if (ran.journalId !== undefined) {
		// Only the files whose bytes the command changed (a go.sum repair leaves go.mod as it was).
		context.ledger.record(ran.journalId, git === undefined ? ran.diffs.map((diff) => diff.file) : [gitConfigChangeKey(git.key)]);
	}

	// A git config change is undone from the journal, as a go env change is: the outcome names no other way.
	const undo = ran.undo === 'git-config' ? {} : {undo: ran.undo};
	if (ran.status === 'refused') {
		return failed(context, fix, text.commandRefused(ran.message), undo);
	}

	// What the command changed, as a diff (file names and lines, said the same in every language), like its output.
	const diffText = ran.diffs.flatMap((diff) => [`${diff.file}: +${diff.added} −${diff.removed}`, ...formatDiff(diff.lines)]).join('\n');
	const result = ran.result!;
	context.emit({
		type: 'command-finished',
		at: at(),
		title: say.actions.apply(fix.title),
		argv: result.argv,
		exitCode: result.exitCode,
		timedOut: result.timedOut,
		durationMs: Math.round(context.system.now() - started),
		output: [`${result.stdout}${result.stderr}`.trim(), diffText].filter((part) => part !== '').join('\n'),
	});
	if (ran.status === 'failed') {
		const summary = ran.diffs.length > 0 ? text.commandFailedChanged(ran.message) : text.commandFailed(ran.message);
		return failed(context, fix, summary, {
			diffs: ran.diffs,
			...undo,
			...(ran.diffs.length > 0 || git !== undefined ? journalOf(ran.journalId) : {}),
		});
	}

	return verifyCommand(fix, ran, {diffText, undo}, context);
};

/** The command ran: go runs again on the whole module graph (and the fix's `verify` command must succeed too). */
async function verifyCommand(
	fix: Fix,
	ran: RunCommandFixResult,
	shown: {diffText: string; undo: Pick<FixOutcome, 'undo'>},
	context: ApplyContext,
): Promise<FixOutcome> {
	const text = say.module;
	const git = ran.gitConfig;
	const wrote =
		git === undefined
			? undefined
			: say.private.gitConfigWritten(
					git.key,
					git.value,
					git.file,
					git.before.length === 0 ? say.private.gitConfigBeforeUnset : say.private.gitConfigBeforeValues(listValues(git.before)),
				);
	context.emit({
		type: 'fix-finished',
		at: at(),
		fix,
		status: 'applied',
		detail: wrote ?? (ran.diffs.length === 0 ? text.diffNone : shown.diffText),
	});
	// `fix.env` is the command's own (e.g. GOTOOLCHAIN=local for go mod edit); go is checked as the user runs it.
	// A command may change go.mod (go get another version): what failed then is no longer what go needs.
	const result = await context.verify({env: context.env, signal: context.signal, scope: 'graph'});
	emitReproduction(context.emit, say.actions.verifyAgain, result);
	const also = result.ok ? await alsoSucceeds(fix, context) : undefined;
	const ok = result.ok && also === undefined;
	let summary: Text =
		also ??
		(result.ok
			? text.fixedAfterCommand(formatArgv(result.argv), formatDuration(result.durationMs))
			: text.stillFailsAfterCommand(result.headline));
	context.emit({type: 'verified', at: at(), ok, summary});
	if (git !== undefined && wrote !== undefined) {
		// What was written, and that Undo puts it back: the result shows the summary.
		summary = say.common.sentences([wrote, summary, say.private.gitConfigCanUndo(git.key, git.file)]);
	}

	return {
		status: ok ? 'fixed' : 'not-fixed',
		summary,
		...journalOf(ran.journalId),
		diffs: ran.diffs,
		...shown.undo,
		...(await tidyNext(fix, ok, context)),
	};
}

/**
The fix's own `verify` command (e.g. `go list -deps ./...`), with an empty module cache too, as the download was
checked: what the user's cache holds proves nothing. Undefined when it succeeds (or there is none), else why not.
*/
async function alsoSucceeds(fix: Fix, context: ApplyContext): Promise<Text | undefined> {
	const {verify} = fix;
	if (verify === undefined || validateCommandArgv(verify) !== undefined) {
		return undefined;
	}

	const {system, dir, signal} = context;
	const also = await withScratchCache(system, {env: context.env, cwd: dir}, async (env) =>
		system.run({file: verify[0]!, args: verify.slice(1), env, cwd: dir, timeoutMs: commandTimeout(context), signal, parseable: true}),
	);
	const output = `${also.stdout}${also.stderr}`.trim();
	context.emit({
		type: 'command-finished',
		at: at(),
		title: say.actions.verify,
		argv: also.argv,
		exitCode: also.exitCode,
		timedOut: also.timedOut,
		durationMs: Math.round(also.durationMs),
		output: output.slice(-4000),
	});
	if (also.exitCode === 0) {
		return undefined;
	}

	// Go's message is on stderr (stdout lists the packages that did load), after its progress lines.
	const message = (also.stderr.trim() === '' ? output : also.stderr)
		.split('\n')
		.filter((line) => line.trim() !== '' && !/^go: (?:downloading|finding|extracting) /.test(line));
	return say.module.verifyAlsoFails(formatArgv(verify), message.slice(0, 2).join(' ') || String(also.exitCode));
}

/** A command may download the whole module graph: at least a minute. */
function commandTimeout(context: ApplyContext): number {
	return Math.max(context.goTimeoutMs, 60_000);
}
