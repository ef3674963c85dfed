import {runDiagnosis} from '../diagnose/run-diagnosis.js';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {applyGoEnvChanges} from '../fixes/apply-go-env.js';
import {undoChanges} from '../fixes/undo.js';
import {reproduceDownload, reproductionErrorText, type Reproduction} from '../go/reproduce-download.js';
import {formatArgv, formatDuration} from '../model/format.js';
import type {Fix} from '../model/report.js';
import type {Environment, System} from '../system/types.js';
import {t} from '../i18n/index.js';
import {createRedactor} from '../transcript/redact.js';
import {defaultTranscriptDir, writeTranscript} from '../transcript/write-transcript.js';
import {walkedFlows, type SessionState} from './reduce-session.js';
import type {Emit, FixOutcome, SessionActions, UndoOutcome} from './session-actions.js';
import {walkDiagrams} from './walk-diagrams.js';

export type SessionActionOptions = {
	readonly dir: string;
	readonly env: Environment;
	readonly module?: string;
	readonly timeoutMs: number;
	readonly candidates: readonly string[];
	readonly toolVersion: string;
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
	const check = async (env: Environment, signal: AbortSignal): Promise<Reproduction> => {
		const cache = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-check-'));
		const checkEnv = {...env, GOMODCACHE: cache};
		const failed = reproduced?.failures[0];
		const module = options.module ?? (failed === undefined ? undefined : `${failed.module}@${failed.version}`);
		try {
			return await reproduceDownload(system, {env: checkEnv, cwd: options.dir, module, timeoutMs: options.timeoutMs, signal});
		} finally {
			// go makes its cache read-only; go itself removes it.
			await system.run({file: 'go', args: ['clean', '-modcache'], env: checkEnv, cwd: options.dir, timeoutMs: 30_000});
			await rm(cache, {recursive: true, force: true, maxRetries: 3, retryDelay: 100});
		}
	};

	/** Applies a fix of any kind, after the user confirmed it; each kind records, changes and verifies in its own way. */
	// The keys each of this session's journal entries changed, and the fix being applied now (for `settle`).
	const keysOf = new Map<string, readonly string[]>();
	let applying: Promise<unknown> | undefined;

	const applyFix = async (fix: Fix, emit: Emit, signal: AbortSignal): Promise<FixOutcome> => {
		const running = applyFixNow(fix, emit, signal);
		applying = running.catch(() => undefined);
		return running;
	};

	const applyFixNow = async (fix: Fix, emit: Emit, signal: AbortSignal): Promise<FixOutcome> => {
		switch (fix.kind) {
			case 'go-env': {
				return applyGoEnvFix(fix, emit, signal);
			}

			default: {
				return {status: 'failed', summary: 'This remediation is advice only: there is nothing gomod-doctor can apply for it.'};
			}
		}
	};

	/** `go env -w`: journal first, then the change, read back, then go run again on what failed. */
	const applyGoEnvFix = async (fix: Fix, emit: Emit, signal: AbortSignal): Promise<FixOutcome> => {
		if (fix.changes === undefined) {
			return {status: 'failed', summary: 'This remediation is advice only: there is nothing gomod-doctor can apply for it.'};
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

		emit({
			type: 'command-finished',
			at: at(),
			title: `Apply: ${fix.title}`,
			argv: applied.argv,
			exitCode: applied.status === 'failed' ? 1 : 0,
			timedOut: false,
			durationMs: Math.round(system.now() - applyStarted),
			output: applied.output,
		});

		switch (applied.status) {
			case 'failed': {
				const summary = `go env -w failed; nothing was changed. go said: ${applied.output.trim() || '(nothing)'}`;
				emit({type: 'fix-finished', at: at(), fix, status: 'failed', detail: summary});
				return {status: 'failed', summary};
			}

			case 'shadowed': {
				// Check the shell line for real: run go with the value in its environment, as the profile would.
				const overridden = {...options.env, ...Object.fromEntries(fix.changes.map((change) => [change.key, change.value]))};
				const verified = await check(overridden, signal);
				emitReproduction(emit, 'Verify with the shell line applied to this run (an empty module cache)', verified);
				const keys = (applied.shadowedKeys ?? fix.changes.map((change) => change.key)).join(', ');
				const summary = `${keys} is set in your environment, which overrides go env -w: the GOENV file was written, but go does not use it. Change the variable where your shell sets it.${verified.ok ? ' With that change go downloads (checked by running go with it and an empty module cache).' : ` Even with that change go still fails: ${verified.headline}`}`;
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
				emit({type: 'fix-finished', at: at(), fix, status: 'applied', detail: `Read back: ${Object.entries(applied.readBack).map(([key, value]) => `${key}=${value}`).join(' ')}`});
				const mismatch = fix.changes.find((change) => (applied.readBack[change.key] ?? '') !== (change.value ?? applied.readBack[change.key] ?? ''));
				if (mismatch !== undefined) {
					const summary = `go env reports ${mismatch.key}=${applied.readBack[mismatch.key] ?? ''} after the change, not the value written.`;
					emit({type: 'verified', at: at(), ok: false, summary});
					return {status: 'not-fixed', summary, ...(applied.journalId === undefined ? {} : {journalId: applied.journalId})};
				}

				const verified = await check(options.env, signal);
				emitReproduction(emit, 'Verify: run go again (an empty module cache)', verified);
				const summary = verified.ok
					? `${formatArgv(verified.argv)} now succeeds with an empty module cache (${formatDuration(verified.durationMs)}), so nothing came from earlier downloads.`
					: `go still fails: ${verified.headline}`;
				emit({type: 'verified', at: at(), ok: verified.ok, summary});
				return {
					status: verified.ok ? 'fixed' : 'not-fixed',
					summary,
					...(applied.journalId === undefined ? {} : {journalId: applied.journalId}),
				};
			}
		}
	};

	const undo = async (emit: Emit, signal: AbortSignal): Promise<UndoOutcome> => {
		if (changedHere.length === 0) {
			const summary = 'Nothing to undo: this session changed nothing (gomod-doctor undo restores changes from earlier runs).';
			emit({type: 'undone', at: at(), ok: true, summary});
			return {ok: true, summary, nothingToUndo: true};
		}

		const result = await undoChanges(system, {env: options.env, cwd: options.dir, ids: changedHere, timeoutMs: goTimeoutMs, signal});
		for (const {id} of result.restored) {
			changedHere.splice(changedHere.indexOf(id), 1);
		}

		if (result.restored.length === 0) {
			const summary = result.ok ? 'Nothing to undo: the changes of this session are already undone.' : result.messages.join(' ');
			emit({type: 'undone', at: at(), ok: result.ok, summary});
			return {ok: result.ok, summary, nothingToUndo: result.ok};
		}

		const keys = [...new Set(result.restored.flatMap((entry) => entry.keys))].join(', ');
		const summary = result.ok
			? `Restored ${keys}${result.fileMatches ? '; the GOENV file is byte for byte as before' : ''}.`
			: `Undo did not complete: ${result.messages.join(' ')}`;
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

	const exportTranscript = async (state: SessionState) =>
		writeTranscript({
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
		redact: (text) => redactor.redact(text),
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

