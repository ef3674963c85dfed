import {defineFlowFor} from '../define-flow.js';

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

/**
The guide's §3.1, "switching GOPROXY": instead of asking where the user is (mainland China → goproxy.cn,
elsewhere → proxy.golang.org), every candidate is measured at once, and a mirror is only chosen when it is fast
and serves the module's go.mod exactly as go.sum recorded it. Reachability and speed come from the
connectivity walks; this flow checks the content of each proxy that answered.
*/
export const mirrorChoiceFlow = defineFlowFor<MirrorSubject>()({
	id: 'mirror-choice',
	source: '§3.1',
	title: 'Can this proxy be the mirror go uses?',
	start: 'known',
	nodes: {
		known: {
			kind: 'decide',
			question: 'Does go.sum say what the go.mod of {module} {version} must hash to?',
			outcomes: ['known', 'unknown'],
			decide: (subject) => (subject.expected === undefined ? 'unknown' : 'known'),
			edges: {known: 'content', unknown: 'unverified'},
		},
		content: {
			kind: 'probe',
			probe: 'mod-hash',
			question: 'Does {label} serve the go.mod of {module} {version} that go.sum recorded?',
			edges: {match: 'correct', mismatch: 'altered', 'not-found': 'unverified', error: 'unverified'},
		},
		correct: {kind: 'end', verdict: 'healthy', summary: '{label} serves {module} {version} as go.sum recorded it: a mirror go can use.'},
		unverified: {
			kind: 'end',
			verdict: 'healthy',
			summary: '{label} answers, but its content for {module} {version} could not be compared with go.sum.',
		},
		altered: {
			kind: 'end',
			// The taxonomy: a mismatch only one proxy produces is still a checksum mismatch, naming that proxy.
			verdict: 'checksum-mismatch',
			summary: '{label} serves a go.mod for {module} {version} that differs from go.sum: altered content. Do not use it as a mirror.',
			offers: ['useWorking'],
		},
		useWorking: {kind: 'fix', title: 'Switch GOPROXY to the fastest proxy that serves correct content (go env -w)', fixes: ['goproxy-use-working']},
	},
});
