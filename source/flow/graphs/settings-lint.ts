import {defineFlowFor} from '../define-flow.js';
import type {LintKind} from '../../go/lint-settings.js';

/** One problem the configuration check found in one of go's settings. */
export type SettingLintSubject = {
	/** `SETTING (source)`; the value may hold credentials: redact before display. */
	readonly label: string;
	readonly setting: string;
	readonly value: string;
	/** Where the value comes from, in words: `the OS environment`, `the GOENV file` … */
	readonly from: string;
	readonly kind: LintKind;
	/** The entries, patterns or flags at fault, joined for display. */
	readonly culprits: string;
	/** The module the proxies are asked for (what a replacement proxy must serve). */
	readonly module: string;
	/** GOPROXY is unusable and nothing in it can be kept: a working proxy must be measured to replace it. */
	readonly needsWorkingProxy: boolean;
};

/**
The guide's §3.3 (GONOPROXY for private repositories: does the path match? → direct : through GOPROXY) and §5
(configuration kept per environment and audited: where each setting comes from), as a check of go's own
settings: each problem the linter finds is walked once, and where GOPROXY is unusable, a proxy that serves the
module is measured to replace it.
*/
export const settingsLintFlow = defineFlowFor<SettingLintSubject>()({
	id: 'settings-lint',
	source: '§3.3, §5',
	title: "Is go's own configuration right?",
	start: 'problem',
	nodes: {
		problem: {
			kind: 'decide',
			question: 'What is wrong with {setting} ({from})?',
			outcomes: ['unusable', 'invalid', 'pasted', 'direct-first', 'never-matches', 'too-broad', 'insecure-flag', 'shadowed', 'lookalike'],
			decide: (subject) => (subject.needsWorkingProxy ? 'unusable' : problemOf(subject.kind)),
			edges: {
				unusable: 'replacement',
				invalid: 'invalidEntries',
				pasted: 'pasted',
				'direct-first': 'directFirst',
				'never-matches': 'neverMatches',
				'too-broad': 'tooBroad',
				'insecure-flag': 'insecureFlag',
				shadowed: 'shadowed',
				lookalike: 'lookalike',
			},
		},
		lookalike: {
			kind: 'end',
			verdict: 'goproxy-config',
			summary: '{setting} ({from}) contains {culprits}. Write it with ASCII characters.',
			offers: ['setInGoenv', 'setInShell'],
		},
		replacement: {
			kind: 'probe',
			probe: 'working-proxy',
			question: 'GOPROXY={value} lets go download nothing: which proxy serves {module} instead?',
			edges: {found: 'unusable', none: 'unusableNoProxy', error: 'unusableNoProxy'},
		},
		unusable: {
			kind: 'end',
			verdict: 'goproxy-config',
			summary: 'GOPROXY={value} ({from}) gives go no proxy to download from ({culprits}): set it to a proxy that works, with direct last.',
			offers: ['setInGoenv', 'setInShell'],
		},
		unusableNoProxy: {
			kind: 'end',
			verdict: 'goproxy-config',
			summary: 'GOPROXY={value} ({from}) gives go no proxy to download from ({culprits}), and no measured proxy serves {module}: check the network first.',
			offers: ['advice'],
		},
		invalidEntries: {
			kind: 'end',
			verdict: 'goproxy-config',
			summary: 'GOPROXY ({from}) holds entries go rejects ({culprits}): every download fails with "invalid proxy URL". Keep the valid ones.',
			offers: ['setInGoenv', 'setInShell'],
		},
		pasted: {
			kind: 'end',
			verdict: 'goproxy-config',
			summary: 'GOPROXY ({from}) holds entries pasted with markdown, quotes or spaces around them ({culprits}): go cannot parse them.',
			offers: ['setInGoenv', 'setInShell'],
		},
		directFirst: {
			kind: 'end',
			verdict: 'goproxy-config',
			summary: 'GOPROXY ({from}) lists direct before {culprits}: go stops at direct and never asks those mirrors.',
			offers: ['setInGoenv', 'setInShell'],
		},
		// §3.3: does the path match GONOPROXY? A pattern that matches no path sends the private module to the proxy.
		neverMatches: {
			kind: 'end',
			verdict: 'goproxy-config',
			summary: '{setting} ({from}) holds patterns that can match no module path ({culprits}): patterns are path prefixes such as git.corp.example/team, without a scheme or spaces.',
			offers: ['setInGoenv', 'setInShell'],
		},
		tooBroad: {
			kind: 'end',
			verdict: 'goproxy-config',
			summary: '{setting} ({from}) covers public modules too ({culprits}): name only your private paths.',
			offers: ['advice'],
		},
		insecureFlag: {
			kind: 'end',
			verdict: 'goproxy-config',
			summary: 'GOFLAGS ({from}) still holds {culprits}: go rejects it ("-insecure flag is no longer supported; use GOINSECURE instead").',
			offers: ['setInGoenv', 'setInShell'],
		},
		shadowed: {
			kind: 'end',
			verdict: 'goproxy-config',
			summary: '{setting} is set in the OS environment, which hides the value go env -w wrote: go env -w cannot change what go uses.',
			offers: ['setInShell'],
		},
		setInGoenv: {kind: 'fix', title: 'Write the corrected value with go env -w (or remove it with go env -u)', fixes: ['settings-go-env']},
		setInShell: {kind: 'fix', title: 'Change the variable where the shell sets it (export/unset)', fixes: ['settings-shell']},
		advice: {kind: 'fix', title: 'Advice: what to change by hand', fixes: ['settings-advice']},
	},
});

function problemOf(kind: LintKind): 'invalid' | 'pasted' | 'direct-first' | 'never-matches' | 'too-broad' | 'insecure-flag' | 'shadowed' | 'lookalike' {
	switch (kind) {
		// GOPROXY=off and an empty list always need a replacement (`needsWorkingProxy`); an invalid entry beside
		// valid ones is dropped.
		case 'goproxy-off':
		case 'goproxy-empty':
		case 'goproxy-invalid': {
			return 'invalid';
		}

		case 'goproxy-pasted': {
			return 'pasted';
		}

		case 'direct-first': {
			return 'direct-first';
		}

		case 'pattern-never-matches': {
			return 'never-matches';
		}

		case 'too-broad': {
			return 'too-broad';
		}

		case 'insecure-flag': {
			return 'insecure-flag';
		}

		case 'shadowed': {
			return 'shadowed';
		}

		case 'lookalike': {
			return 'lookalike';
		}
	}
}
