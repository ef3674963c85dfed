import {conclude, notWaitedFor, type Conclusion, type WalkView} from '../diagnose/conclude.js';
import type {DiagnosisEvent} from '../diagnose/run-diagnosis.js';
import type {FixEvent} from '../fixes/appliers/types.js';
import {assertNever} from '../model/assert-never.js';
import type {GoSnapshot} from '../go/read-go-settings.js';
import {reproductionErrorText, type Reproduction} from '../go/reproduce-download.js';
import type {DownloadProgress} from '../go/download-progress.js';
import {say, type Text} from '../i18n/index.js';
import {formatDuration} from '../model/format.js';
import type {TranscriptEntry, WalkedFlow} from '../transcript/types.js';

/**
Everything a session knows, for the wizard and for `diagnose` alike. The transcript is an append-only log
in it; exports read it.
*/
export type SessionState = {
	readonly startedAt: string;
	readonly dir: string;
	readonly module?: string;
	/** `--strict`: warnings count for the exit status. */
	readonly strict?: boolean;
	readonly phase: 'diagnosing' | 'concluded';
	readonly goMissing?: string;
	/** Go runs but cannot report its settings (go's message). */
	readonly goUnusable?: string;
	readonly noModule?: string;
	readonly snapshot?: GoSnapshot;
	readonly reproduction:
		| {readonly phase: 'idle'}
		| {readonly phase: 'running'; readonly argv: readonly string[]; readonly progress?: DownloadProgress}
		| {readonly phase: 'done'; readonly result: Reproduction};
	readonly walks: readonly WalkView[];
	readonly conclusion?: Conclusion;
	readonly durationMs?: number;
	readonly transcript: readonly TranscriptEntry[];
};

/** What the wizard records after the diagnosis: the user's choices and what came of them. */
export type WizardEvent =
	| {readonly type: 'chose'; readonly at: string; readonly question: Text; readonly answer: Text}
	/** A fix applied (or declined), a command the wizard ran (a fix, a verification), a fix checked. */
	| FixEvent
	| {readonly type: 'undone'; readonly at: string; readonly ok: boolean; readonly summary: Text}
	| {readonly type: 'note'; readonly at: string; readonly text: Text};

export type SessionEvent = DiagnosisEvent | WizardEvent;

export function initialSession(options: {
	startedAt: string;
	dir: string;
	module?: string;
	toolVersion: string;
	strict?: boolean;
}): SessionState {
	return {
		startedAt: options.startedAt,
		dir: options.dir,
		...(options.module === undefined ? {} : {module: options.module}),
		...(options.strict === true ? {strict: true} : {}),
		phase: 'diagnosing',
		reproduction: {phase: 'idle'},
		walks: [],
		transcript: [
			{
				kind: 'session',
				at: options.startedAt,
				toolVersion: options.toolVersion,
				dir: options.dir,
				...(options.module === undefined ? {} : {module: options.module}),
			},
		],
	};
}

/** The pure reducer of a session. */
export function reduceSession(state: SessionState, event: SessionEvent): SessionState {
	switch (event.type) {
		case 'go-missing': {
			return {
				...state,
				goMissing: event.message,
				transcript: [...state.transcript, {kind: 'note', at: event.at, text: `go is missing: ${event.message}`}],
			};
		}

		case 'go-unusable': {
			return {
				...state,
				goUnusable: event.message,
				transcript: [...state.transcript, {kind: 'note', at: event.at, text: `go cannot report its settings: ${event.message}`}],
			};
		}

		case 'settings': {
			const {snapshot} = event;
			return {
				...state,
				snapshot,
				transcript: [...state.transcript, {kind: 'settings', at: event.at, goVersion: snapshot.goVersion, settings: snapshot.settings}],
			};
		}

		case 'no-module': {
			return {
				...state,
				noModule: event.dir,
				transcript: [...state.transcript, {kind: 'note', at: event.at, text: `No go.mod in ${event.dir}`}],
			};
		}

		case 'reproduction-started': {
			return {...state, reproduction: {phase: 'running', argv: event.argv}};
		}

		case 'reproduction-progress': {
			return state.reproduction.phase === 'running' ? {...state, reproduction: {...state.reproduction, progress: event.progress}} : state;
		}

		case 'reproduction-finished': {
			return reproductionFinished(state, event);
		}

		case 'walk-started': {
			return walkStarted(state, event);
		}

		case 'probe-started': {
			return {
				...state,
				walks: state.walks.map((view) =>
					view.walk.id === event.walkId ? {...view, running: {node: event.node, question: event.question}} : view,
				),
			};
		}

		case 'walk-stepped': {
			return walkStepped(state, event);
		}

		case 'walk-set-aside': {
			return walkSetAside(state, event);
		}

		case 'check-concluded': {
			return {
				...state,
				walks: state.walks.map((view) =>
					view.walk.id === event.walkId && view.role === 'check'
						? {...view, findings: event.findings, ...(event.judgements === undefined ? {} : {judgements: event.judgements})}
						: view,
				),
			};
		}

		case 'diagnosis-finished': {
			return diagnosisFinished(state, event);
		}

		case 'chose':
		case 'fix-finished':
		case 'command-finished':
		case 'verified':
		case 'undone':
		case 'note': {
			return {...state, transcript: [...state.transcript, wizardEntry(event)]};
		}

		default: {
			return assertNever(event);
		}
	}
}

type EventOf<Type extends SessionEvent['type']> = Extract<SessionEvent, {type: Type}>;

/** Go's download ran: its result, and the command and its headline in the transcript. */
function reproductionFinished(state: SessionState, event: EventOf<'reproduction-finished'>): SessionState {
	const result = event.reproduction;
	return {
		...state,
		reproduction: {phase: 'done', result},
		transcript: [
			...state.transcript,
			{
				kind: 'command',
				at: event.at,
				title: say.actions.reproduce,
				argv: result.argv,
				exitCode: result.exitCode,
				timedOut: result.timedOut,
				durationMs: result.durationMs,
				output: reproductionErrorText(result) || result.headline,
			},
			{kind: 'note', at: event.at, text: result.headline},
		],
	};
}

/** A walk started: its view, with what it is walked for. */
function walkStarted(state: SessionState, event: EventOf<'walk-started'>): SessionState {
	const view: WalkView =
		event.role === 'check'
			? {walk: event.walk, role: 'check', investigation: event.investigation}
			: {walk: event.walk, role: event.role, ...(event.entryIndex === undefined ? {} : {entryIndex: event.entryIndex})};
	return {...state, walks: [...state.walks, view]};
}

/** A walk went on: its new state, and a transcript step for each node that ran a check. */
function walkStepped(state: SessionState, event: EventOf<'walk-stepped'>): SessionState {
	const before = state.walks.find((view) => view.walk.id === event.walk.id);
	const added = event.walk.visits.slice(before?.walk.visits.length ?? 0);
	const steps: TranscriptEntry[] = added.flatMap((visit) =>
		visit.evidence === undefined
			? []
			: [
					{
						kind: 'step',
						at: event.at,
						flow: event.walk.flow,
						subject: event.walk.subject.label,
						node: visit.node,
						question: visit.question,
						evidence: visit.evidence,
						branch: visit.branch,
						next: visit.next,
					},
				],
	);
	return {
		...state,
		walks: state.walks.map((view) => {
			if (view.walk.id !== event.walk.id) {
				return view;
			}

			const {running: _running, ...rest} = view;
			// The same walk, one step on: its subject is of the kind it started with.
			// eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- TypeScript cannot follow the subject's kind through the spread
			return {...rest, walk: event.walk} as WalkView;
		}),
		transcript: [...state.transcript, ...steps],
	};
}

/** The diagnosis stopped waiting for a walk (`chosen`, a faster candidate, had passed): it stays where it stopped. */
function walkSetAside(state: SessionState, event: EventOf<'walk-set-aside'>): SessionState {
	const view = state.walks.find((item) => item.walk.id === event.walkId);
	return {
		...state,
		walks: state.walks.map((item) => {
			if (item.walk.id !== event.walkId || item.role === 'check') {
				return item;
			}

			const {running: _running, ...rest} = item;
			return {...rest, setAside: {waitedMs: event.waitedMs, chosen: event.chosen}};
		}),
		transcript:
			view === undefined
				? state.transcript
				: [
						...state.transcript,
						{
							kind: 'note',
							at: event.at,
							text: say.findings.setAside(view.walk.subject.label, formatDuration(event.waitedMs), event.chosen),
						},
					],
	};
}

/** Every walk ended: the conclusion. */
function diagnosisFinished(state: SessionState, event: EventOf<'diagnosis-finished'>): SessionState {
	const conclusion = conclude({
		...(state.goMissing === undefined ? {} : {goMissing: state.goMissing}),
		...(state.goUnusable === undefined ? {} : {goUnusable: state.goUnusable}),
		...(state.noModule === undefined ? {} : {noModule: state.noModule}),
		...(state.snapshot === undefined ? {} : {snapshot: state.snapshot}),
		...(state.reproduction.phase === 'done' ? {reproduction: state.reproduction.result} : {}),
		walks: state.walks,
		...(state.strict === true ? {strict: true} : {}),
	});
	return {
		...state,
		phase: 'concluded',
		conclusion,
		durationMs: event.durationMs,
		transcript: [...state.transcript, {kind: 'conclusion', at: event.at, verdict: conclusion.verdict, findings: conclusion.findings}],
	};
}

/** What the wizard records: one transcript entry per event. */
function wizardEntry(event: WizardEvent): TranscriptEntry {
	switch (event.type) {
		case 'chose': {
			return {kind: 'choice', at: event.at, question: event.question, answer: event.answer};
		}

		case 'fix-finished': {
			return {kind: 'fix', at: event.at, fixId: event.fix.id, title: event.fix.title, status: event.status, detail: event.detail};
		}

		case 'command-finished': {
			const {type: _type, ...command} = event;
			return {kind: 'command', ...command};
		}

		case 'verified': {
			return {kind: 'verify', at: event.at, ok: event.ok, summary: event.summary};
		}

		case 'undone': {
			return {kind: 'undo', at: event.at, ok: event.ok, summary: event.summary};
		}

		case 'note': {
			return {kind: 'note', at: event.at, text: event.text};
		}

		default: {
			return assertNever(event);
		}
	}
}

/** The flowchart walks, for the transcript's mermaid diagrams. */
export function walkedFlows(state: SessionState): WalkedFlow[] {
	return state.walks.map((view) => ({
		flow: view.walk.flow,
		subject: view.walk.subject.label,
		path: [...view.walk.visits.map((visit) => visit.node), view.walk.current],
		...(view.walk.phase === 'done' ? {verdict: view.walk.verdict} : {}),
		...notWaitedFor(view),
	}));
}
