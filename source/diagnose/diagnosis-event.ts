import type {Subject} from '../flow/define-flow.js';
import type {Walk} from '../flow/walk.js';
import type {DownloadProgress} from '../go/download-progress.js';
import type {GoSnapshot} from '../go/read-go-settings.js';
import type {Reproduction} from '../go/reproduce-download.js';
import type {Text} from '../i18n/message.js';
import type {ExplainingFinding} from '../model/explanation.js';
import type {ProxyJudgement} from './investigation.js';

/** What happens during a diagnosis, in order; the session reducer turns these into state and transcript. */
export type DiagnosisEvent =
	| {readonly type: 'go-missing'; readonly at: string; readonly message: string}
	| {readonly type: 'go-unusable'; readonly at: string; readonly message: string}
	| {readonly type: 'settings'; readonly at: string; readonly snapshot: GoSnapshot}
	| {readonly type: 'no-module'; readonly at: string; readonly dir: string}
	| {readonly type: 'reproduction-started'; readonly at: string; readonly argv: readonly string[]}
	/** How far the running `go mod download` has come (modules done changed). */
	| {readonly type: 'reproduction-progress'; readonly at: string; readonly progress: DownloadProgress}
	| {readonly type: 'reproduction-finished'; readonly at: string; readonly reproduction: Reproduction}
	| {
			readonly type: 'walk-started';
			readonly at: string;
			readonly walk: Walk;
			readonly role: 'goproxy' | 'candidate';
			/** The entry's position in GOPROXY, for GOPROXY entries. */
			readonly entryIndex?: number;
	  }
	| {
			readonly type: 'walk-started';
			readonly at: string;
			/** A walk of another flowchart (see `investigations.ts`). */
			readonly walk: Walk<Subject>;
			readonly role: 'check';
			/** The investigation's id. */
			readonly investigation: string;
	  }
	| {readonly type: 'probe-started'; readonly at: string; readonly walkId: string; readonly node: string; readonly question: Text}
	| {readonly type: 'walk-stepped'; readonly at: string; readonly walk: Walk<Subject>}
	/** An investigation's walk ended; these are its findings (none when it found nothing wrong). */
	| {
			readonly type: 'check-concluded';
			readonly at: string;
			readonly walkId: string;
			/** With what each explains, for conclude (see `Explanation`). */
			readonly findings: readonly ExplainingFinding[];
			/** What the walk says about the proxies it looked at (see `Investigation.judge`). */
			readonly judgements?: readonly ProxyJudgement[];
	  }
	/**
	The diagnosis stopped waiting for a candidate's walk: `chosen`, another proxy, had answered and passed the
	checks, so this one (slower) could not be the mirror recommended. The walk stays where it stopped.
	*/
	| {readonly type: 'walk-set-aside'; readonly at: string; readonly walkId: string; readonly waitedMs: number; readonly chosen: string}
	| {readonly type: 'note'; readonly at: string; readonly text: Text}
	| {readonly type: 'diagnosis-finished'; readonly at: string; readonly durationMs: number};

export type Emit = (event: DiagnosisEvent) => void;
