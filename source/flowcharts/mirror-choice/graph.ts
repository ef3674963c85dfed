import {defineGraph} from '../define-flowchart.js';
import {modHashProbe} from './probe-mod-hash.js';

/** A proxy measured as a mirror: it answered the version list; is what it serves what go.sum says? */
export type MirrorSubject = {
	/** The proxy as written (redact before display). */
	readonly label: string;
	readonly url: string;
	readonly module: string;
	readonly version: string;
	/** The `h1:` hash go.sum records for the module's go.mod, when it has one. */
	readonly expected?: string;
};

/** A mirror subject knows whether it is a GOPROXY entry or a candidate. */
export type MirrorCheckSubject = MirrorSubject & {readonly role: 'goproxy' | 'candidate'};

/**
The guide's §3.1, "switching GOPROXY": instead of asking where the user is (mainland China → goproxy.cn,
elsewhere → proxy.golang.org), every candidate is measured at once, and a mirror is only chosen when it is fast
and serves the module's go.mod exactly as go.sum recorded it. Reachability and speed come from the
connectivity walks; this flow checks the content of each proxy that answered.
*/
export const mirrorChoiceGraph = defineGraph<MirrorCheckSubject>()({
	source: '§3.1',
	start: 'known',
	nodes: {
		known: {
			kind: 'decide',
			outcomes: ['known', 'unknown'],
			decide: (subject) => (subject.expected === undefined ? 'unknown' : 'known'),
			edges: {known: 'content', unknown: 'unverified'},
		},
		content: {
			kind: 'probe',
			probe: modHashProbe,
			edges: {match: 'correct', mismatch: 'altered', 'not-found': 'unverified', error: 'unverified'},
		},
		correct: {kind: 'end', verdict: 'healthy'},
		unverified: {kind: 'end', verdict: 'healthy'},
		// The taxonomy: a mismatch only one proxy produces is still a checksum mismatch, naming that proxy.
		altered: {kind: 'end', verdict: 'checksum-mismatch', offers: ['useWorking']},
		useWorking: {kind: 'fix', fixes: ['goproxy-use-working']},
	},
});
