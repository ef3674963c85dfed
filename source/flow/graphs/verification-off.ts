import {defineFlowFor} from '../define-flow.js';

/** A module version go stopped at while verifying it, and go's verification settings. */
export type VerificationSubject = {
	/** `module@version`. */
	readonly label: string;
	readonly module: string;
	readonly version: string;
	/** What stopped go: a checksum mismatch, or the checksum database. */
	readonly stoppedBy: 'checksum' | 'sumdb' | 'none';
	readonly gosumdb: string;
	/** Whether GONOSUMDB/GOPRIVATE already exempt the module from the checksum database. */
	readonly exempt: boolean;
};

/**
The guide's §4.3, "disable verification to isolate a fault": verification on → requests are stopped early; off →
the main path runs → the real error is captured. For Go: GOSUMDB=off/GONOSUMDB for one reproduction, in that
process's environment and outside the project (go.sum is neither read nor written), never with `go env -w`.
"Never in production for long."
*/
export const verificationOffFlow = defineFlowFor<VerificationSubject>()({
	id: 'verification-off',
	source: '§4.3',
	title: 'Would turning verification off show the real error?',
	start: 'stopped',
	nodes: {
		stopped: {
			kind: 'decide',
			question: 'Did go stop at verification of {module} {version} (go.sum or the checksum database) before the download itself could fail?',
			outcomes: ['checksum', 'sumdb', 'no'],
			decide: (subject) => (subject.stoppedBy === 'none' ? 'no' : subject.stoppedBy),
			edges: {checksum: 'isolateContent', sumdb: 'exempt', no: 'nothingHidden'},
		},
		exempt: {
			kind: 'decide',
			question: 'Is {module} already exempt from the checksum database (GONOSUMDB, GOPRIVATE)?',
			outcomes: ['yes', 'no'],
			decide: (subject) => (subject.exempt ? 'yes' : 'no'),
			edges: {yes: 'nothingHidden', no: 'isolateDatabase'},
		},
		isolateContent: {
			kind: 'end',
			verdict: 'checksum-mismatch',
			summary: 'Verification stopped go at {module} {version}: one download with GOSUMDB=off, outside the project (no go.sum) and with an empty module cache, shows what the proxies really serve.',
			offers: ['isolate'],
		},
		isolateDatabase: {
			kind: 'end',
			verdict: 'sumdb',
			summary: 'The checksum database stopped go at {module} {version}: one download with GONOSUMDB={module} shows whether the download itself works.',
			offers: ['isolate'],
		},
		nothingHidden: {
			kind: 'end',
			verdict: 'healthy',
			summary: 'Verification did not stop go at {module} {version}: turning it off would show nothing new.',
		},
		isolate: {kind: 'fix', title: 'Reproduce once with verification off, in that process only (weakens security)', fixes: ['verification-off-repro']},
	},
});
