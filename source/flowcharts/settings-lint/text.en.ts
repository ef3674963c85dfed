import type {Messages} from '../../i18n/message.js';
import type {FlowchartText} from '../define-flowchart.js';
import type {settingsLintGraph} from './graph.js';

/** The flowchart's English text; text.zh.ts has the same shape. */
export const en = {
	title: "Is go's own configuration right?",
	nodes: {
		problem: {question: 'What is wrong with {setting} ({from})?'},
		lookalike: {summary: '{setting} ({from}) contains {culprits}. Write it with ASCII characters.'},
		replacement: {question: 'GOPROXY={value} lets go download nothing: which proxy serves {module} instead?'},
		unusable: {
			summary: 'GOPROXY={value} ({from}) gives go no proxy to download from ({culprits}): set it to a proxy that works, with direct last.',
		},
		unusableNoProxy: {
			summary:
				'GOPROXY={value} ({from}) gives go no proxy to download from ({culprits}), and no measured proxy serves {module}: check the network first.',
		},
		invalidEntries: {
			summary:
				'GOPROXY ({from}) holds entries go rejects ({culprits}): every download fails with "invalid proxy URL". Keep the valid ones.',
		},
		pasted: {
			summary: 'GOPROXY ({from}) holds entries pasted with markdown, quotes or spaces around them ({culprits}): go cannot parse them.',
		},
		directFirst: {summary: 'GOPROXY ({from}) lists direct before {culprits}: go stops at direct and never asks those mirrors.'},
		neverMatches: {
			summary:
				'{setting} ({from}) holds patterns that can match no module path ({culprits}): patterns are path prefixes such as git.corp.example/team, without a scheme or spaces.',
		},
		tooBroad: {summary: '{setting} ({from}) covers public modules too ({culprits}): name only your private paths.'},
		insecureFlag: {
			summary: 'GOFLAGS ({from}) still holds {culprits}: go rejects it ("-insecure flag is no longer supported; use GOINSECURE instead").',
		},
		shadowed: {
			summary: '{setting} is set in the OS environment, which hides the value go env -w wrote: go env -w cannot change what go uses.',
		},
		setInGoenv: {title: 'Write the corrected value with go env -w (or remove it with go env -u)'},
		setInShell: {title: 'Change the variable where the shell sets it (export/unset)'},
		advice: {title: 'Advice: what to change by hand'},
	},
	messages: {
		workingProxy: {
			noCandidate: 'No candidate proxy to measure (--candidates).',
			none: (count: number, module: string) => `None of ${count} proxies serves ${module}.`,
			found: (url: string, module: string, ms: number, working: number) =>
				`${url} serves ${module} (${ms} ms), the fastest of ${working} that work.`,
		},
		/** Each look-alike character and what go makes of it, one after another. */
		lookalikes: (parts: readonly string[]) => parts.join('; '),
	},
} satisfies FlowchartText<typeof settingsLintGraph.nodes, unknown>;

/** The flowchart's own messages, as code states them: said in the reader's language where they are shown. */
export type SettingsLintMessages = Messages<typeof en.messages>;
