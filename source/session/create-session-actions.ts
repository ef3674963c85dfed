import {runDiagnosis} from '../diagnose/run-diagnosis.js';
import {applyGoEnvChanges} from '../fixes/apply-go-env.js';
import {undoChanges} from '../fixes/undo.js';
import {reproduceDownload, reproductionErrorText} from '../go/reproduce-download.js';
import {formatArgv, formatDuration} from '../model/format.js';
import type {Fix} from '../model/report.js';
import type {Environment, System} from '../system/types.js';
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

	const reproduce = async (env: Environment, signal: AbortSignal) =>
		reproduceDownload(system, {env, cwd: options.dir, module: options.module, timeoutMs: options.timeoutMs, signal});

	const applyFix = async (fix: Fix, emit: Emit, signal: AbortSignal): Promise<FixOutcome> => {
		if (fix.kind !== 'go-env' || fix.changes === undefined) {
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
		}

		emit({
			type: 'command-finished',
			at: at(),
			title: `Apply: ${fix.title}`,
			argv: applied.argv,
			exitCode: applied.status === 'failed' ? 1 : 0,
			timedOut: false,
			durationMs: system.now() - applyStarted,
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
				const check = await reproduce(overridden, signal);
				emitReproduction(emit, 'Verify with the shell line applied to this run', check);
				const keys = (applied.shadowedKeys ?? fix.changes.map((change) => change.key)).join(', ');
				const summary = `${keys} is set in your environment, which overrides go env -w: the GOENV file was written, but go does not use it. Change the variable where your shell sets it.${check.ok ? ' With that change go downloads (checked by running go with it).' : ` Even with that change go still fails: ${check.headline}`}`;
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

				const check = await reproduce(options.env, signal);
				emitReproduction(emit, 'Verify: run go again', check);
				const summary = check.ok
					? `Fixed: ${formatArgv(check.argv)} now succeeds (${formatDuration(check.durationMs)}).`
					: `Applied, but go still fails: ${check.headline}`;
				emit({type: 'verified', at: at(), ok: check.ok, summary});
				return {
					status: check.ok ? 'fixed' : 'not-fixed',
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

		const keys = result.restored.flatMap((entry) => entry.keys).join(', ');
		const summary = result.ok
			? `Restored ${keys}${result.fileMatches ? '; the GOENV file is byte for byte as before' : ''}.`
			: `Undo did not complete: ${result.messages.join(' ')}`;
		emit({type: 'undone', at: at(), ok: result.ok, summary});
		return {ok: result.ok, summary, nothingToUndo: false};
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
				emit,
			),
		applyFix,
		undo,
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
		durationMs: result.durationMs,
		output: reproductionErrorText(result) || result.headline,
	});
}

