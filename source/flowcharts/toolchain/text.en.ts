import type {Messages} from '../../i18n/message.js';
import type {FlowchartText} from '../define-flowchart.js';
import type {toolchainGraph} from './graph.js';

/** The flowchart's English text; text.zh.ts has the same shape. */
export const en = {
	title: 'Can go get the toolchain go.mod asks for?',
	nodes: {
		newer: {question: 'Does go.mod ask for a newer Go ({wanted}) than the local {local}?'},
		served: {question: 'Does a GOPROXY entry or a candidate proxy serve golang.org/toolchain {wanted}?'},
		mayItSwitch: {question: 'Does GOTOOLCHAIN={gotoolchain} let go switch toolchains?'},
		notNeeded: {summary: 'The local {local} is new enough for go.mod ({wanted}).'},
		servedHere: {summary: 'A GOPROXY entry serves {wanted} and go may switch to it.'},
		refusesSwitch: {summary: 'go.mod needs {wanted}, the local go is {local}, and GOTOOLCHAIN={gotoolchain} forbids switching.'},
		elsewhere: {summary: 'No GOPROXY entry serves {wanted}; another proxy does.'},
		nobody: {summary: 'go.mod needs {wanted} (the local go is {local}) and no proxy asked serves it.'},
		allowSwitch: {title: 'Let go download the toolchain (GOTOOLCHAIN=auto)'},
		mirror: {title: 'Use a proxy that serves toolchains'},
		installLocal: {title: 'Install that Go and use it (GOTOOLCHAIN=local)'},
		lowerGo: {title: 'Lower the go line of go.mod (only if nothing needs the newer Go)'},
	},
	messages: {
		served: {
			noProxy: (version: string) => `No proxy to ask for golang.org/toolchain ${version}.`,
			served: (url: string, toolchain: string, platform: string) => `${url} (a GOPROXY entry) serves ${toolchain} for ${platform}.`,
			candidate: (toolchain: string, url: string) => `No GOPROXY entry serves ${toolchain}; the candidate ${url} does.`,
			notServed: (toolchain: string, platform: string, version: string) =>
				`No proxy asked serves ${toolchain} for ${platform} (golang.org/toolchain ${version}).`,
		},
		allowSwitchTitle: 'Let go download the toolchain go.mod asks for (go env -w GOTOOLCHAIN=auto)',
		allowSwitchDetail: (version: string) =>
			`A GOPROXY entry serves ${version}; with GOTOOLCHAIN=auto go downloads it and runs it for this module.`,
		mirrorTitle: 'Use a GOPROXY that serves Go toolchains (golang.org/toolchain)',
		mirrorDetail: (url: string) => `${url} serves the toolchain go.mod asks for.`,
		localTitle: (version: string) => `Install ${version} and use it (GOTOOLCHAIN=local)`,
		localDetail: (version: string) =>
			`Download ${version} from https://go.dev/dl/ (or your package manager), put it on PATH, and set GOTOOLCHAIN=local so go never tries to download one.`,
		lowerTitle: (version: string) => `Lower the go line of go.mod to ${version}`,
		lowerDetail: (version: string) =>
			`Only if the code and its dependencies do not need anything newer: go mod edit -go=${version} -toolchain=none (go.mod and go.sum are copied first; Undo restores them). A dependency that requires a newer go raises it again.`,
		fullVersionTitle: (version: string) => `Write the go line as a release: go ${version}.0`,
		fullVersionDetail: (version: string, local: string) =>
			`There is no toolchain go${version}, only go${version}.0 and later. ${local} takes the line go ${version} for that missing name; go mod edit -go=${version}.0 (or a newer local go) avoids it.`,
		noneTitle: 'No Go toolchain of that version exists',
		noneDetail: (version: string) =>
			`${version} is not a released Go version, so no mirror can serve it and no download fixes it: correct the go/toolchain line of go.mod.`,
	},
} satisfies FlowchartText<typeof toolchainGraph.nodes, unknown>;

/** The flowchart's own messages, as code states them: said in the reader's language where they are shown. */
export type ToolchainMessages = Messages<typeof en.messages>;
