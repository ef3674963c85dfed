import {runDiagnosis} from '../diagnose/run-diagnosis.js';
import {access, mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {overlayEnv, runCommandFix, validateCommandArgv} from '../fixes/apply-command.js';
import {applyGoEnvChanges} from '../fixes/apply-go-env.js';
import {writeFixFiles} from '../fixes/fix-tls.js';
import {applyNetrc, restoreNetrc, type NetrcChange} from '../fixes/apply-netrc.js';
import {gitConfigChangeKey, journalPath} from '../fixes/journal.js';
import {listValues} from '../fixes/apply-git-config.js';
import {goModTidyFix} from '../fixes/fix-module.js';
import {formatDiff} from '../model/line-diff.js';
import {undoChanges} from '../fixes/undo.js';
import {withScratchCache} from '../go/scratch-cache.js';
import {reproduceDownload, reproductionErrorText, type Reproduction} from '../go/reproduce-download.js';
import {projectWatchList} from '../go/download-progress.js';
import {formatArgv, formatDuration} from '../model/format.js';
import type {Fix} from '../model/report.js';
import type {Environment, System} from '../system/types.js';
import {t} from '../i18n/index.js';
import {createRedactor} from '../transcript/redact.js';
import {sanitizeText} from '../model/sanitize-text.js';
import {defaultTranscriptDir, writeTranscript} from '../transcript/write-transcript.js';
import {walkedFlows, type SessionState} from './reduce-session.js';
import type {Emit, FixInput, FixOutcome, SessionActions, UndoOutcome} from './session-actions.js';
import {walkDiagrams} from './walk-diagrams.js';

export type SessionActionOptions = {
	readonly dir: string;
	readonly env: Environment;
	readonly module?: string;
	readonly timeoutMs: number;
	readonly candidates: readonly string[];
	readonly toolVersion: string;
	/** `--traceroute`: trace the route to hosts that cannot be reached. */
	readonly traceroute?: boolean;
	/** Where exports go. @default defaultTranscriptDir(env) */
	readonly transcriptDir?: string;
};

const at = () => new Date().toISOString();

/** The real actions of a wizard session: every change recorded before it is made, and checked after. */
export function createSessionActions(system: System, options: SessionActionOptions): SessionActions {
	const redactor = createRedactor({env: options.env});
	// The journal entries this session wrote: the wizard's Undo restores these, not changes from other runs.
	const changedHere: string[] = [];
	const goTimeoutMs = Math.max(options.timeoutMs, 10_000);

	// The diagnosis's reproduction: which module failed, so that a check downloads that one again.
	let reproduced: Reproduction | undefined;

	/**
	Runs the download again to check a fix, with an empty temporary module cache: a module an earlier fix (or
	an earlier run) already downloaded must not make a fix that does not work look as if it did. It downloads
	what failed (or `--module`), or the whole module graph when go named no module (a hang).
	*/
	const check = async (env: Environment, signal: AbortSignal, wholeGraph = false, ownCache = false): Promise<Reproduction> => {
		const failedHere = reproduced?.failures[0];
		// As in the diagnosis, the deadline counts the time without progress: a whole graph downloaded into an empty
		// cache (250 modules: longer than the deadline) is not a fix that failed.
		const progress = async (checkEnv: Environment, module: string | undefined) => ({moduleCache: checkEnv['GOMODCACHE'], watch: await projectWatchList(options.dir, module)});
		if (ownCache) {
			// A fix that moves GOMODCACHE is checked with the cache it points at (a temporary one would prove nothing).
			const wanted = options.module ?? (failedHere === undefined ? undefined : `${failedHere.module}@${failedHere.version}`);
			return reproduceDownload(system, {env, cwd: options.dir, module: wanted, timeoutMs: options.timeoutMs, signal, progress: await progress(env, wanted)});
		}

		const failed = reproduced?.failures[0];
		// A command fix may change go.mod (go get another version): then what failed is no longer what go needs.
		const module = options.module ?? (failed === undefined || wholeGraph ? undefined : `${failed.module}@${failed.version}`);
		return withScratchCache(system, {env, cwd: options.dir}, async (checkEnv) =>
			reproduceDownload(system, {env: checkEnv, cwd: options.dir, module, timeoutMs: options.timeoutMs, signal, progress: await progress(checkEnv, module)}),
		);
	};

	/** Applies a fix of any kind, after the user confirmed it; each kind records, changes and verifies in its own way. */
	// The keys each of this session's journal entries changed, and the fix being applied now (for `settle`).
	const keysOf = new Map<string, readonly string[]>();
	let applying: Promise<unknown> | undefined;

	const applyFix = async (fix: Fix, emit: Emit, signal: AbortSignal, input?: FixInput): Promise<FixOutcome> => {
		const running = applyFixNow(fix, emit, signal, input);
		applying = running.catch(() => undefined);
		return running;
	};

	const applyFixNow = async (fix: Fix, emit: Emit, signal: AbortSignal, input?: FixInput): Promise<FixOutcome> => {
		switch (fix.kind) {
			case 'netrc': {
				return applyNetrcFix(fix, emit, signal, input);
			}

			case 'go-env': {
				return applyGoEnvFix(fix, emit, signal);
			}

			case 'shell': {
				return applyShellFix(fix, emit, signal);
			}

			case 'command': {
				return applyCommandFix(fix, emit, signal);
			}

			default: {
				return {status: 'failed', summary: t().actions.adviceOnly};
			}
		}
	};

	// The .netrc changes of this session, newest last: the wizard's Undo puts each file back.
	const netrcChanges: NetrcChange[] = [];

	/**
	A `.netrc` entry: the previous file copied (private), the entry written with mode 0600 and read back, then go run
	again on what failed. The token goes to the file only: no event, summary or transcript line holds it.
	*/
	const applyNetrcFix = async (fix: Fix, emit: Emit, signal: AbortSignal, input?: FixInput): Promise<FixOutcome> => {
		const text = t().private;
		const target = fix.netrc;
		const login = input?.login ?? target?.login;
		if (target === undefined || login === undefined || input?.secret === undefined || input.secret === '') {
			emit({type: 'fix-finished', at: at(), fix, status: 'failed', detail: text.noSecret});
			return {status: 'failed', summary: text.noSecret};
		}

		let backupDir: string;
		// The change is journalled too, so that `gomod-doctor undo` restores it after this session.
		let journalFile: string | undefined;
		try {
			journalFile = journalPath(options.env);
			backupDir = path.join(path.dirname(journalFile), 'netrc-backups');
		} catch {
			backupDir = path.join(path.dirname(target.file), '.gomod-doctor-netrc-backups');
		}

		const written = await applyNetrc({
			file: target.file,
			machine: target.machine,
			login,
			token: input.secret,
			backupDir,
			...(journalFile === undefined ? {} : {journalFile, redact: redactor.redact}),
		});
		if (!written.ok) {
			const summary = text.netrcFailed(written.message);
			emit({type: 'fix-finished', at: at(), fix, status: 'failed', detail: summary});
			return {status: 'failed', summary};
		}

		netrcChanges.push(written.change);
		const detail = [text.netrcWritten(target.file, target.machine, written.change.replaced), ...(written.change.backup === undefined ? [] : [text.netrcBackup(written.change.backup)])].join(' ');
		emit({type: 'fix-finished', at: at(), fix, status: 'applied', detail});
		const verified = await check(options.env, signal);
		emitReproduction(emit, t().actions.verifyAgain, verified);
		const summary = verified.ok ? text.netrcFixed(formatArgv(verified.argv), formatDuration(verified.durationMs)) : text.netrcNotFixed(verified.headline);
		emit({type: 'verified', at: at(), ok: verified.ok, summary});
		return {status: verified.ok ? 'fixed' : 'not-fixed', summary, undo: 'files'};
	};

	/**
	Shell lines (`export`/`unset` of variables go env cannot hold, such as HTTPS_PROXY and NO_PROXY): nothing is
	written anywhere; go runs again with `fix.env` applied to that run only, and the lines are handed back for the
	user's profile.
	*/
	const applyShellFix = async (fix: Fix, emit: Emit, signal: AbortSignal): Promise<FixOutcome> => {
		const changes = Object.entries(fix.env ?? {});
		const lines = fix.shell ?? [];
		if (changes.length === 0) {
			const summary = t().net.shellNothing;
			emit({type: 'fix-finished', at: at(), fix, status: 'failed', detail: summary});
			return {status: 'failed', summary, shellLines: lines};
		}

		const env = overlayEnv(options.env, fix.env);

		// Files the lines need (the CA bundle SSL_CERT_FILE names): written only now, after the user confirmed.
		let written = '';
		if (fix.files !== undefined && fix.files.length > 0) {
			const wrote = await writeFixFiles(fix.files, options.env);
			if (!wrote.ok) {
				const summary = t().tls.filesFailed(wrote.message);
				emit({type: 'fix-finished', at: at(), fix, status: 'failed', detail: summary});
				return {status: 'failed', summary, shellLines: lines};
			}

			written = `${t().tls.filesWritten(wrote.written.join(', '))} `;
		}

		const verified = await check(env, signal);
		emitReproduction(emit, t().actions.verifyShellLines(lines.join('; ')), verified);
		const summary = `${written}${verified.ok ? t().net.shellFixed(formatArgv(verified.argv), formatDuration(verified.durationMs)) : t().net.shellNotFixed(verified.headline)}`;
		emit({type: 'fix-finished', at: at(), fix, status: 'applied', detail: summary});
		emit({type: 'verified', at: at(), ok: verified.ok, summary});
		return {status: verified.ok ? 'fixed' : 'not-fixed', summary, shellLines: lines, verifiedOnly: true};
	};

	/** `go env -w`: journal first, then the change, read back, then go run again on what failed. */
	const applyGoEnvFix = async (fix: Fix, emit: Emit, signal: AbortSignal): Promise<FixOutcome> => {
		if (fix.changes === undefined) {
			return {status: 'failed', summary: t().actions.adviceOnly};
		}

		const applyStarted = system.now();
		const applied = await applyGoEnvChanges(system, {
			env: options.env,
			cwd: options.dir,
			changes: fix.changes,
			timeoutMs: goTimeoutMs,
			signal,
		});
		if (applied.status !== 'failed' && applied.journalId !== undefined) {
			changedHere.push(applied.journalId);
			keysOf.set(applied.journalId, fix.changes.map((change) => change.key));
		}

		// A change left entirely to the shell ran no command: nothing to show as run.
		if (applied.commands.length > 0 || applied.status !== 'shadowed') {
			emit({
				type: 'command-finished',
				at: at(),
				title: t().actions.apply(fix.title),
				argv: applied.argv,
				exitCode: applied.status === 'failed' ? 1 : 0,
				timedOut: false,
				durationMs: Math.round(system.now() - applyStarted),
				output: applied.output,
			});
		}

		switch (applied.status) {
			case 'failed': {
				const summary = t().actions.goEnvFailed(applied.output.trim());
				emit({type: 'fix-finished', at: at(), fix, status: 'failed', detail: summary});
				return {status: 'failed', summary};
			}

			case 'shadowed': {
				// Check the shell line for real: run go with the value in its environment, as the profile would.
				const overridden = {...options.env, ...Object.fromEntries(fix.changes.map((change) => [change.key, change.value]))};
				const verified = await check(overridden, signal);
				emitReproduction(emit, t().actions.verifyShellLine, verified);
				const keys = (applied.shadowedKeys ?? fix.changes.map((change) => change.key)).join(', ');
				const summary = t().actions.shadowed(keys, verified.ok, verified.headline);
				emit({type: 'fix-finished', at: at(), fix, status: 'shadowed', detail: summary});
				emit({type: 'verified', at: at(), ok: false, summary});
				return {
					status: 'shadowed',
					summary,
					shellLines: applied.shellLines ?? fix.shell ?? [],
					...(applied.journalId === undefined ? {} : {journalId: applied.journalId}),
				};
			}

			case 'applied': {
				emit({type: 'fix-finished', at: at(), fix, status: 'applied', detail: t().actions.readBack(Object.entries(applied.readBack).map(([key, value]) => `${key}=${value}`).join(' '))});
				const mismatch = fix.changes.find((change) => (applied.readBack[change.key] ?? '') !== (change.value ?? applied.readBack[change.key] ?? ''));
				if (mismatch !== undefined) {
					const summary = t().actions.readBackDiffers(mismatch.key, applied.readBack[mismatch.key] ?? '');
					emit({type: 'verified', at: at(), ok: false, summary});
					return {status: 'not-fixed', summary, ...(applied.journalId === undefined ? {} : {journalId: applied.journalId})};
				}

				const verified = await check(options.env, signal, false, fix.changes.some((change) => change.key === 'GOMODCACHE'));
				emitReproduction(emit, t().actions.verifyAgain, verified);
				const summary = verified.ok
					? t().actions.nowSucceeds(formatArgv(verified.argv), formatDuration(verified.durationMs))
					: t().actions.stillFails(verified.headline);
				emit({type: 'verified', at: at(), ok: verified.ok, summary});
				return {
					status: verified.ok ? 'fixed' : 'not-fixed',
					summary,
					...(applied.journalId === undefined ? {} : {journalId: applied.journalId}),
					...(verified.ok && (await hasGoMod(options.dir)) ? {followUps: [goModTidyFix()]} : {}),
				};
			}
		}
	};

	/**
	A command (`go get`, `go mod tidy -v`, `go clean -modcache`): go.mod and go.sum copied into the journal first
	when it can change them (for `git config --global`: the key's earlier values and the file), then run once, then go run again on the whole module graph with an empty module cache
	(and the fix's own `verify` command). After a fix that works, `go mod tidy -v` is offered next.
	*/
	const applyCommandFix = async (fix: Fix, emit: Emit, signal: AbortSignal): Promise<FixOutcome> => {
		if (fix.scope === 'session' && fix.weakensSecurity) {
			return applyIsolationRun(fix, emit, signal);
		}

		const text = t().module;
		const argv = fix.argv ?? [];
		const started = system.now();
		const ran = await runCommandFix(system, {
			argv,
			env: options.env,
			...(fix.env === undefined ? {} : {extraEnv: fix.env}),
			...(fix.goSumRemove === undefined ? {} : {removeGoSumLines: fix.goSumRemove}),
			dir: options.dir,
			timeoutMs: Math.max(goTimeoutMs, 60_000),
			signal,
			redact: redactor.redact,
		});
		const journal = ran.journalId === undefined ? {} : {journalId: ran.journalId};
		const git = ran.gitConfig;
		if (ran.journalId !== undefined) {
			changedHere.push(ran.journalId);
			// Only the files whose bytes the command changed (a go.sum repair leaves go.mod as it was).
			keysOf.set(ran.journalId, git === undefined ? ran.diffs.map((diff) => diff.file) : [gitConfigChangeKey(git.key)]);
		}

		// A git config change is undone from the journal, as a go env change is: the outcome names no other way.
		const undo = ran.undo === 'git-config' ? {} : {undo: ran.undo};

		const diffText = ran.diffs.flatMap((diff) => [text.diffCounts(diff.file, diff.added, diff.removed), ...formatDiff(diff.lines)]).join('\n');
		if (ran.status === 'refused') {
			const summary = text.commandRefused(ran.message);
			emit({type: 'fix-finished', at: at(), fix, status: 'failed', detail: summary});
			return {status: 'failed', summary, ...undo};
		}

		const result = ran.result!;
		emit({
			type: 'command-finished',
			at: at(),
			title: t().actions.apply(fix.title),
			argv: result.argv,
			exitCode: result.exitCode,
			timedOut: result.timedOut,
			durationMs: Math.round(system.now() - started),
			output: [`${result.stdout}${result.stderr}`.trim(), diffText].filter((part) => part !== '').join('\n'),
		});
		if (ran.status === 'failed') {
			const summary = ran.diffs.length > 0 ? text.commandFailedChanged(ran.message) : text.commandFailed(ran.message);
			emit({type: 'fix-finished', at: at(), fix, status: 'failed', detail: summary});
			return {status: 'failed', summary, diffs: ran.diffs, ...undo, ...(ran.diffs.length > 0 || git !== undefined ? journal : {})};
		}

		const wrote =
			git === undefined
				? undefined
				: t().private.gitConfigWritten(git.key, git.value, git.file, git.before.length === 0 ? t().private.gitConfigBeforeUnset : t().private.gitConfigBeforeValues(listValues(git.before)));
		emit({type: 'fix-finished', at: at(), fix, status: 'applied', detail: wrote ?? (ran.diffs.length === 0 ? text.diffNone : diffText)});
		// `fix.env` is the command's own (e.g. GOTOOLCHAIN=local for go mod edit); go is checked as the user runs it.
		const env = options.env;
		const verified = await check(env, signal, true);
		emitReproduction(emit, t().actions.verifyAgain, verified);
		let summary = verified.ok ? text.fixedAfterCommand(formatArgv(verified.argv), formatDuration(verified.durationMs)) : text.stillFailsAfterCommand(verified.headline);
		let ok = verified.ok;
		if (ok && fix.verify !== undefined && validateCommandArgv(fix.verify) === undefined) {
			const verify = fix.verify;
			// With an empty module cache too, as the download was checked: what the user's cache holds proves nothing.
			const also = await withScratchCache(system, {env, cwd: options.dir}, async (checkEnv) =>
				system.run({file: verify[0]!, args: verify.slice(1), env: checkEnv, cwd: options.dir, timeoutMs: Math.max(goTimeoutMs, 60_000), signal, parseable: true}),
			);
			const output = `${also.stdout}${also.stderr}`.trim();
			emit({type: 'command-finished', at: at(), title: t().actions.verify, argv: also.argv, exitCode: also.exitCode, timedOut: also.timedOut, durationMs: Math.round(also.durationMs), output: output.slice(-4000)});
			if (also.exitCode !== 0) {
				ok = false;
				// go's message is on stderr (stdout lists the packages that did load), after its progress lines.
				const message = (also.stderr.trim() === '' ? output : also.stderr).split('\n').filter((line) => line.trim() !== '' && !/^go: (?:downloading|finding|extracting) /.test(line));
				summary = text.verifyAlsoFails(formatArgv(fix.verify), message.slice(0, 2).join(' ') || String(also.exitCode));
			}
		}

		emit({type: 'verified', at: at(), ok, summary});
		if (git !== undefined && wrote !== undefined) {
			// What was written, and that Undo puts it back: the result shows the summary.
			summary = `${wrote} ${summary} ${t().private.gitConfigCanUndo(git.key, git.file)}`;
		}

		const tidyNext = ok && fix.id !== 'go-mod-tidy' && fix.id !== 'go-sum-tidy' && (await hasGoMod(options.dir));
		return {
			status: ok ? 'fixed' : 'not-fixed',
			summary,
			...journal,
			diffs: ran.diffs,
			...undo,
			...(tidyNext ? {followUps: [goModTidyFix()]} : {}),
		};
	};

	/**
	§4.3: one reproduction with verification off (the fix's env) for that process only, in an empty directory outside
	the project (go.sum is neither read nor written) and with an empty module cache (nothing unverified stays behind).
	Nothing of the user's changes, so it is never "fixed": the outcome says what go did without verification.
	*/
	const applyIsolationRun = async (fix: Fix, emit: Emit, signal: AbortSignal): Promise<FixOutcome> => {
		const text = t().checksum;
		const module = fix.argv?.at(-1);
		const problem = validateCommandArgv(fix.argv) ?? (fix.argv?.slice(0, 4).join(' ') === 'go mod download -json' && module !== undefined && fix.argv.length === 5 ? undefined : 'not a go mod download -json MOD@VER command');
		if (problem !== undefined || module === undefined) {
			const summary = text.isolateRefused(problem ?? 'no module');
			emit({type: 'fix-finished', at: at(), fix, status: 'failed', detail: summary});
			return {status: 'failed', summary, undo: 'nothing'};
		}

		// Outside the project (its GOFLAGS, such as -mod=vendor, do not apply there): only the fix's own flags.
		const root = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-isolate-'));
		try {
			const result = await withScratchCache(system, {env: {...options.env, ...fix.env, GOFLAGS: fix.env?.['GOFLAGS'] ?? ''}, cwd: root}, async (env) =>
				reproduceDownload(system, {env, cwd: root, module, timeoutMs: Math.max(options.timeoutMs, 10_000), signal}),
			);
			const variables = Object.entries(fix.env ?? {}).map(([key, value]) => `${key}=${value ?? ''}`).join(' ');
			emitReproduction(emit, t().actions.reproduceVerificationOff(variables), result);
			const record = result.records.find((item) => `${item.path}@${item.version}` === module);
			const summary = result.ok
				? text.isolateWorks(module, record?.sum ?? '?', record?.goModSum ?? '?')
				: text.isolateFails(redactor.redact(reproductionErrorText(result).split('\n').slice(0, 3).join(' ') || result.headline));
			emit({type: 'fix-finished', at: at(), fix, status: 'applied', detail: summary});
			emit({type: 'verified', at: at(), ok: false, summary});
			return {status: 'not-fixed', summary, undo: 'nothing'};
		} finally {
			await rm(root, {recursive: true, force: true, maxRetries: 3, retryDelay: 100});
		}
	};

	const undo = async (emit: Emit, signal: AbortSignal): Promise<UndoOutcome> => {
		if (netrcChanges.length > 0) {
			const messages: string[] = [];
			let ok = true;
			while (netrcChanges.length > 0) {
				const change = netrcChanges.pop()!;
				// eslint-disable-next-line no-await-in-loop
				const restored = await restoreNetrc(change);
				ok &&= restored.ok;
				messages.push(restored.ok ? t().private.netrcUndone(change.file, change.existed) : t().private.netrcUndoFailed(restored.message ?? ''));
			}

			if (changedHere.length === 0) {
				const summary = messages.join(' ');
				emit({type: 'undone', at: at(), ok, summary});
				return {ok, summary, nothingToUndo: false};
			}
		}

		if (changedHere.length === 0) {
			const summary = t().actions.nothingToUndo;
			emit({type: 'undone', at: at(), ok: true, summary});
			return {ok: true, summary, nothingToUndo: true};
		}

		const result = await undoChanges(system, {env: options.env, cwd: options.dir, ids: changedHere, timeoutMs: goTimeoutMs, signal});
		for (const {id} of result.restored) {
			changedHere.splice(changedHere.indexOf(id), 1);
		}

		if (result.restored.length === 0) {
			const summary = result.ok ? t().actions.alreadyUndone : result.messages.join(' ');
			emit({type: 'undone', at: at(), ok: result.ok, summary});
			return {ok: result.ok, summary, nothingToUndo: result.ok};
		}

		const keys = [...new Set(result.restored.flatMap((entry) => entry.keys))].join(', ');
		const summary = result.ok
			? t().actions.restored(keys, result.fileMatches)
			: t().actions.undoIncomplete(result.messages.join(' '));
		emit({type: 'undone', at: at(), ok: result.ok, summary});
		return {ok: result.ok, summary, nothingToUndo: false};
	};

	const undoEarlier = async (ids: readonly string[], _emit: Emit, signal: AbortSignal): Promise<UndoOutcome> => {
		const result = await undoChanges(system, {env: options.env, cwd: options.dir, ids, timeoutMs: goTimeoutMs, signal});
		const keys = [...new Set(result.restored.flatMap((entry) => entry.keys))].join(', ');
		const summary = result.ok
			? t().robust.undoEarlierDone(keys === '' ? '(nothing)' : keys, result.fileMatches)
			: t().robust.undoEarlierFailed(result.messages.join(' '));
		// The wizard records the `undone` event itself (it knows which notice this answers); nothing is emitted here.
		return {ok: result.ok, summary: redactor.redact(summary), nothingToUndo: result.restored.length === 0 && result.ok};
	};

	const exportTranscript = async (state: SessionState, replacing?: {readonly markdownPath: string; readonly jsonPath: string}) =>
		writeTranscript({
			...(replacing === undefined ? {} : {replacing}),
			dir: options.transcriptDir ?? defaultTranscriptDir(options.env),
			transcript: {startedAt: state.startedAt, entries: state.transcript, walks: walkedFlows(state)},
			redactor,
			diagrams: walkDiagrams(state),
			toolVersion: options.toolVersion,
		});

	return {
		diagnose: async (emit, signal) =>
			runDiagnosis(
				system,
				{
					dir: options.dir,
					env: options.env,
					...(options.module === undefined ? {} : {module: options.module}),
					timeoutMs: options.timeoutMs,
					candidates: options.candidates,
					...(options.traceroute === true ? {traceroute: true} : {}),
					signal,
				},
				(event) => {
					if (event.type === 'reproduction-finished') {
						reproduced = event.reproduction;
					}

					emit(event);
				},
			),
		applyFix,
		undo,
		undoEarlier,
		async settle() {
			await applying;
			return [...new Set(changedHere.flatMap((id) => keysOf.get(id) ?? []))];
		},
		exportTranscript,
		// Every string the wizard draws that can hold user or server data goes through here: redacted, and inert.
		redact: (text) => sanitizeText(redactor.redact(text)),
	};
}

function emitReproduction(emit: Emit, title: string, result: Awaited<ReturnType<typeof reproduceDownload>>): void {
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

async function hasGoMod(dir: string): Promise<boolean> {
	try {
		await access(path.join(dir, 'go.mod'));
		return true;
	} catch {
		return false;
	}
}
