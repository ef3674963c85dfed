import {defineGraph} from '../define-flowchart.js';
import {gitVersionProbe} from './probe-git-version.js';
import {goGetMetaProbe} from './probe-go-get-meta.js';

/** A module go fetches directly from its host (no proxy), and go's error about it. */
export type VcsSubject = {
	/** The module path. */
	readonly label: string;
	readonly module: string;
	readonly host: string;
	/** `known`: go knows how the host serves code (github.com…: git, no question asked); `ask`: go asks `?go-get=1`. */
	readonly known: 'known' | 'ask';
	/** Go's own words (one line). */
	readonly goSays: string;
};

/**
A direct fetch (§2.3 for a VCS host: is the tool there, does the host say where the code is): git on go's PATH,
then the host's go-import tag, which names the VCS and the repository.
*/
export const vcsGraph = defineGraph<VcsSubject>()({
	source: '§2.3, §3.3',
	start: 'git',
	nodes: {
		git: {kind: 'probe', probe: gitVersionProbe, edges: {present: 'known', missing: 'noGit', error: 'known'}},
		known: {kind: 'decide', outcomes: ['known', 'ask'], decide: (subject) => subject.known, edges: {known: 'gitFails', ask: 'meta'}},
		meta: {
			kind: 'probe',
			probe: goGetMetaProbe,
			edges: {
				found: 'fetchFails',
				'no-meta': 'noMeta',
				auth: 'metaAuth',
				'not-found': 'metaNotFound',
				unreachable: 'hostUnreachable',
				error: 'badMeta',
			},
		},
		noGit: {kind: 'end', verdict: 'vcs', offers: ['installGit']},
		gitFails: {kind: 'end', verdict: 'vcs'},
		fetchFails: {kind: 'end', verdict: 'vcs'},
		noMeta: {kind: 'end', verdict: 'vcs'},
		metaAuth: {kind: 'end', verdict: 'private-auth', offers: ['netrcEntry']},
		metaNotFound: {kind: 'end', verdict: 'not-found'},
		hostUnreachable: {kind: 'end', verdict: 'vcs'},
		badMeta: {kind: 'end', verdict: 'vcs'},
		installGit: {kind: 'fix', fixes: ['install-git']},
		netrcEntry: {kind: 'fix', fixes: ['netrc-entry']},
	},
});
