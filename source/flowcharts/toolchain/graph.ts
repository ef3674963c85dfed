import {defineGraph} from '../define-flowchart.js';
import {toolchainServedProbe} from './probe-toolchain-served.js';

/** The toolchain go.mod asks for, against the local go and GOTOOLCHAIN. */
export type ToolchainSubject = {
	/** The toolchain wanted, e.g. `go1.23.0`. */
	readonly label: string;
	readonly wanted: string;
	/** The local go, e.g. `go1.21.0`. */
	readonly local: string;
	/** GOTOOLCHAIN as go reports it. */
	readonly gotoolchain: string;
	/** Go.mod asks for a newer toolchain than the local go. */
	readonly newer: boolean;
	/** GOTOOLCHAIN lets go switch (auto or path). */
	readonly switches: boolean;
	readonly goos: string;
	readonly goarch: string;
};

/**
Toolchain downloads: go.mod's `go`/`toolchain` lines against the local go and GOTOOLCHAIN, and whether any proxy
serves `golang.org/toolchain` at that version. The remedies: a proxy that serves toolchains, GOTOOLCHAIN=local
with that Go installed, or (with its caveat) a lower `go` line.
*/
export const toolchainGraph = defineGraph<ToolchainSubject>()({
	source: 'go help toolchain',
	start: 'newer',
	nodes: {
		newer: {
			kind: 'decide',
			outcomes: ['newer', 'not-newer'],
			decide: (subject) => (subject.newer ? 'newer' : 'not-newer'),
			edges: {newer: 'served', 'not-newer': 'notNeeded'},
		},
		served: {
			kind: 'probe',
			probe: toolchainServedProbe,
			edges: {served: 'mayItSwitch', candidate: 'elsewhere', 'not-served': 'nobody', error: 'nobody'},
		},
		mayItSwitch: {
			kind: 'decide',
			outcomes: ['switches', 'local'],
			decide: (subject) => (subject.switches ? 'switches' : 'local'),
			edges: {switches: 'servedHere', local: 'refusesSwitch'},
		},
		notNeeded: {kind: 'end', verdict: 'healthy'},
		servedHere: {kind: 'end', verdict: 'healthy'},
		refusesSwitch: {kind: 'end', verdict: 'toolchain', offers: ['allowSwitch', 'installLocal', 'lowerGo']},
		elsewhere: {kind: 'end', verdict: 'toolchain', offers: ['mirror', 'installLocal']},
		nobody: {kind: 'end', verdict: 'toolchain', offers: ['installLocal', 'lowerGo']},
		allowSwitch: {kind: 'fix', fixes: ['toolchain-allow-switch']},
		mirror: {kind: 'fix', fixes: ['toolchain-mirror']},
		installLocal: {kind: 'fix', fixes: ['toolchain-install-local']},
		lowerGo: {kind: 'fix', fixes: ['toolchain-lower-go']},
	},
});
