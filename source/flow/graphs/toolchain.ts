import {defineFlowFor} from '../define-flow.js';

/** The toolchain go.mod asks for, against the local go and GOTOOLCHAIN. */
export type ToolchainSubject = {
	/** The toolchain wanted, e.g. `go1.23.0`. */
	readonly label: string;
	readonly wanted: string;
	/** The local go, e.g. `go1.21.0`. */
	readonly local: string;
	/** GOTOOLCHAIN as go reports it. */
	readonly gotoolchain: string;
	/** go.mod asks for a newer toolchain than the local go. */
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
export const toolchainFlow = defineFlowFor<ToolchainSubject>()({
	id: 'toolchain',
	source: 'go help toolchain',
	title: 'Can go get the toolchain go.mod asks for?',
	start: 'newer',
	nodes: {
		newer: {
			kind: 'decide',
			question: 'Does go.mod ask for a newer Go ({wanted}) than the local {local}?',
			outcomes: ['newer', 'not-newer'],
			decide: (subject) => (subject.newer ? 'newer' : 'not-newer'),
			edges: {newer: 'served', 'not-newer': 'notNeeded'},
		},
		served: {
			kind: 'probe',
			probe: 'toolchain-served',
			question: 'Does a GOPROXY entry or a candidate proxy serve golang.org/toolchain {wanted}?',
			edges: {served: 'mayItSwitch', candidate: 'elsewhere', 'not-served': 'nobody', error: 'nobody'},
		},
		mayItSwitch: {
			kind: 'decide',
			question: 'Does GOTOOLCHAIN={gotoolchain} let go switch toolchains?',
			outcomes: ['switches', 'local'],
			decide: (subject) => (subject.switches ? 'switches' : 'local'),
			edges: {switches: 'servedHere', local: 'refusesSwitch'},
		},
		notNeeded: {kind: 'end', verdict: 'healthy', summary: 'The local {local} is new enough for go.mod ({wanted}).'},
		servedHere: {kind: 'end', verdict: 'healthy', summary: 'A GOPROXY entry serves {wanted} and go may switch to it.'},
		refusesSwitch: {
			kind: 'end',
			verdict: 'toolchain',
			summary: 'go.mod needs {wanted}, the local go is {local}, and GOTOOLCHAIN={gotoolchain} forbids switching.',
			offers: ['allowSwitch', 'installLocal', 'lowerGo'],
		},
		elsewhere: {
			kind: 'end',
			verdict: 'toolchain',
			summary: 'No GOPROXY entry serves {wanted}; another proxy does.',
			offers: ['mirror', 'installLocal'],
		},
		nobody: {
			kind: 'end',
			verdict: 'toolchain',
			summary: 'go.mod needs {wanted} (the local go is {local}) and no proxy asked serves it.',
			offers: ['installLocal', 'lowerGo'],
		},
		allowSwitch: {kind: 'fix', title: 'Let go download the toolchain (GOTOOLCHAIN=auto)', fixes: ['toolchain-allow-switch']},
		mirror: {kind: 'fix', title: 'Use a proxy that serves toolchains', fixes: ['toolchain-mirror']},
		installLocal: {kind: 'fix', title: 'Install that Go and use it (GOTOOLCHAIN=local)', fixes: ['toolchain-install-local']},
		lowerGo: {kind: 'fix', title: 'Lower the go line of go.mod (only if nothing needs the newer Go)', fixes: ['toolchain-lower-go']},
	},
});
