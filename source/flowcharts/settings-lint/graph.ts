import type {LintKind, SettingLint} from '../../go/lint-settings.js';
import type {Text} from '../../i18n/message.js';
import {defineGraph} from '../define-flowchart.js';
import {workingProxyProbe} from './probe-working-proxy.js';

/** One problem the configuration check found in one of go's settings. */
export type SettingLintSubject = {
	/** The setting's name (said the same in every language). */
	readonly label: string;
	readonly setting: string;
	readonly value: string;
	/** Where the value comes from, as a message: `the OS environment`, `the GOENV file` … */
	readonly from: Text;
	readonly kind: LintKind;
	/** The entries, patterns or flags at fault, joined for display (look-alike characters described in words). */
	readonly culprits: Text;
	/** The module the proxies are asked for (what a replacement proxy must serve). */
	readonly module: string;
	/** GOPROXY is unusable and nothing in it can be kept: a working proxy must be measured to replace it. */
	readonly needsWorkingProxy: boolean;
};

/** A lint as the flowchart walks it, with the lint itself for the fixes. */
export type SettingsLintCheckSubject = SettingLintSubject & {readonly lint: SettingLint};

/**
The guide's §3.3 (GONOPROXY for private repositories: does the path match? → direct : through GOPROXY) and §5
(configuration kept per environment and audited: where each setting comes from), as a check of go's own
settings: each problem the linter finds is walked once, and where GOPROXY is unusable, a proxy that serves the
module is measured to replace it.
*/
export const settingsLintGraph = defineGraph<SettingsLintCheckSubject>()({
	source: '§3.3, §5',
	start: 'problem',
	nodes: {
		problem: {
			kind: 'decide',
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
		lookalike: {kind: 'end', verdict: 'goproxy-config', offers: ['setInGoenv', 'setInShell']},
		replacement: {kind: 'probe', probe: workingProxyProbe, edges: {found: 'unusable', none: 'unusableNoProxy', error: 'unusableNoProxy'}},
		unusable: {kind: 'end', verdict: 'goproxy-config', offers: ['setInGoenv', 'setInShell']},
		unusableNoProxy: {kind: 'end', verdict: 'goproxy-config', offers: ['advice']},
		invalidEntries: {kind: 'end', verdict: 'goproxy-config', offers: ['setInGoenv', 'setInShell']},
		pasted: {kind: 'end', verdict: 'goproxy-config', offers: ['setInGoenv', 'setInShell']},
		directFirst: {kind: 'end', verdict: 'goproxy-config', offers: ['setInGoenv', 'setInShell']},
		// §3.3: does the path match GONOPROXY? A pattern that matches no path sends the private module to the proxy.
		neverMatches: {kind: 'end', verdict: 'goproxy-config', offers: ['setInGoenv', 'setInShell']},
		tooBroad: {kind: 'end', verdict: 'goproxy-config', offers: ['advice']},
		insecureFlag: {kind: 'end', verdict: 'goproxy-config', offers: ['setInGoenv', 'setInShell']},
		shadowed: {kind: 'end', verdict: 'goproxy-config', offers: ['setInShell']},
		setInGoenv: {kind: 'fix', fixes: ['settings-go-env']},
		setInShell: {kind: 'fix', fixes: ['settings-shell']},
		advice: {kind: 'fix', fixes: ['settings-advice']},
	},
});

function problemOf(
	kind: LintKind,
): 'invalid' | 'pasted' | 'direct-first' | 'never-matches' | 'too-broad' | 'insecure-flag' | 'shadowed' | 'lookalike' {
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
