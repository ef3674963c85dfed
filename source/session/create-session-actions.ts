import {runDiagnosis} from '../diagnose/run-diagnosis.js';
import {applyFix} from '../fixes/appliers/index.js';
import type {ApplyContext} from '../fixes/appliers/types.js';
import {createChangeLedger} from '../fixes/change-ledger.js';
import {undoChanges} from '../fixes/undo.js';
import {createVerifier} from '../fixes/verify.js';
import type {Reproduction} from '../go/reproduce-download.js';
import {say, type TextTree} from '../i18n/index.js';
import {sanitizeText} from '../model/sanitize-text.js';
import type {Environment, System} from '../system/types.js';
import {createRedactor} from '../redact/redact.js';
import {defaultTranscriptDir, writeTranscript} from '../transcript/write-transcript.js';
import {walkedFlows, type SessionState} from './reduce-session.js';
import type {SessionActions} from './session-actions.js';
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
	/** The words of the reader's language the exported transcript is said in (`textTree(language)`). */
	readonly tree: TextTree;
};

/**
The real actions of a wizard session: every change recorded before it is made (the change ledger), and checked
after (the verifier). Fixes are applied by the applier of their kind (fixes/appliers/).
*/
export function createSessionActions(system: System, options: SessionActionOptions): SessionActions {
	const redactor = createRedactor({env: options.env});
	const goTimeoutMs = Math.max(options.timeoutMs, 10_000);
	const ledger = createChangeLedger(system, {env: options.env, cwd: options.dir, timeoutMs: goTimeoutMs});
	// The diagnosis's reproduction: which module failed, so that a check downloads that one again.
	let reproduced: Reproduction | undefined;
	const verify = createVerifier(system, {
		dir: options.dir,
		...(options.module === undefined ? {} : {module: options.module}),
		timeoutMs: options.timeoutMs,
		reproduced: () => reproduced,
	});
	const context = {
		system,
		dir: options.dir,
		env: options.env,
		timeoutMs: options.timeoutMs,
		goTimeoutMs,
		ledger,
		verify,
		redact: redactor.redact,
	} satisfies Omit<ApplyContext, 'emit' | 'signal'>;
	// The fix being applied now: `settle` lets it finish.
	let applying: Promise<unknown> | undefined;

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
		async applyFix(fix, emit, signal, input) {
			const running = applyFix(fix, {...context, emit, signal, ...(input === undefined ? {} : {input})});
			applying = running.catch(() => undefined);
			return running;
		},
		async undo(emit, signal) {
			const outcome = await ledger.undo(signal);
			emit({type: 'undone', at: new Date().toISOString(), ok: outcome.ok, summary: outcome.summary});
			return outcome;
		},
		async undoEarlier(ids, _emit, signal) {
			const result = await undoChanges(system, {env: options.env, cwd: options.dir, ids, timeoutMs: goTimeoutMs, signal});
			const keys = [...new Set(result.restored.flatMap((entry) => entry.keys))].join(', ');
			const summary = result.ok
				? say.robust.undoEarlierDone(keys === '' ? '(nothing)' : keys, result.fileMatches)
				: say.robust.undoEarlierFailed(say.common.sentences(result.messages));
			// The wizard records the `undone` event itself (it knows which notice this answers); nothing is emitted here.
			// A message: the screen redacts it once it is said (redaction is on rendered text).
			return {ok: result.ok, summary, nothingToUndo: result.restored.length === 0 && result.ok};
		},
		async settle() {
			await applying;
			return ledger.changedKeys();
		},
		exportTranscript: async (state: SessionState, replacing) =>
			writeTranscript({
				...(replacing === undefined ? {} : {replacing}),
				dir: options.transcriptDir ?? defaultTranscriptDir(options.env, system.fs),
				fs: system.fs,
				transcript: {startedAt: state.startedAt, entries: state.transcript, walks: walkedFlows(state)},
				redactor,
				diagrams: walkDiagrams(state, options.tree),
				toolVersion: options.toolVersion,
				tree: options.tree,
			}),
		// Every string the wizard draws that can hold user or server data goes through here: redacted, and inert.
		redact: (text) => sanitizeText(redactor.redact(text)),
	};
}
