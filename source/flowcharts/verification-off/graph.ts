import {defineGraph} from '../define-flowchart.js';

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
export const verificationOffGraph = defineGraph<VerificationSubject>()({
	source: '§4.3',
	start: 'stopped',
	nodes: {
		stopped: {
			kind: 'decide',
			outcomes: ['checksum', 'sumdb', 'no'],
			decide: (subject) => (subject.stoppedBy === 'none' ? 'no' : subject.stoppedBy),
			edges: {checksum: 'isolateContent', sumdb: 'exempt', no: 'nothingHidden'},
		},
		exempt: {
			kind: 'decide',
			outcomes: ['yes', 'no'],
			decide: (subject) => (subject.exempt ? 'yes' : 'no'),
			edges: {yes: 'nothingHidden', no: 'isolateDatabase'},
		},
		isolateContent: {kind: 'end', verdict: 'checksum-mismatch', offers: ['isolate']},
		isolateDatabase: {kind: 'end', verdict: 'sumdb', offers: ['isolate']},
		nothingHidden: {kind: 'end', verdict: 'healthy'},
		isolate: {kind: 'fix', fixes: ['verification-off-repro']},
	},
});
