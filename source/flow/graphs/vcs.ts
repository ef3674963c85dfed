import {defineFlowFor} from '../define-flow.js';

/** A module go fetches directly from its host (no proxy), and go's error about it. */
export type VcsSubject = {
	/** The module path. */
	readonly label: string;
	readonly module: string;
	readonly host: string;
	/** `known`: go knows how the host serves code (github.com…: git, no question asked); `ask`: go asks `?go-get=1`. */
	readonly known: 'known' | 'ask';
	/** go's own words (one line). */
	readonly goSays: string;
};

/**
A direct fetch (§2.3 for a VCS host: is the tool there, does the host say where the code is): git on go's PATH,
then the host's go-import tag, which names the VCS and the repository.
*/
export const vcsFlow = defineFlowFor<VcsSubject>()({
	id: 'vcs',
	source: '§2.3, §3.3',
	title: 'Can go fetch this module directly from its host?',
	start: 'git',
	nodes: {
		git: {
			kind: 'probe',
			probe: 'git-version',
			question: 'Is git installed where go looks for it?',
			edges: {present: 'known', missing: 'noGit', error: 'known'},
		},
		known: {
			kind: 'decide',
			question: 'Does go know how {host} serves code, or must it ask the host (?go-get=1)?',
			outcomes: ['known', 'ask'],
			decide: (subject) => subject.known,
			edges: {known: 'gitFails', ask: 'meta'},
		},
		meta: {
			kind: 'probe',
			probe: 'go-get-meta',
			question: 'Does https://{module}?go-get=1 name a repository in a go-import tag?',
			edges: {found: 'fetchFails', 'no-meta': 'noMeta', auth: 'metaAuth', 'not-found': 'metaNotFound', unreachable: 'hostUnreachable', error: 'badMeta'},
		},
		noGit: {
			kind: 'end',
			verdict: 'vcs',
			summary: 'go needs git to fetch {module} directly from {host}, and git is not on its PATH.',
			offers: ['installGit'],
		},
		gitFails: {
			kind: 'end',
			verdict: 'vcs',
			summary: 'go fetches {module} from {host} with git, which is installed; git itself failed: {goSays}',
		},
		fetchFails: {
			kind: 'end',
			verdict: 'vcs',
			summary: '{host} names the repository of {module}; fetching it failed: {goSays}',
		},
		noMeta: {
			kind: 'end',
			verdict: 'vcs',
			summary: '{host} answers without a go-import tag for {module}: go cannot tell which repository serves it.',
		},
		metaAuth: {
			kind: 'end',
			verdict: 'private-auth',
			summary: '{host} wants credentials before it says where {module} lives.',
			offers: ['netrcEntry'],
		},
		metaNotFound: {
			kind: 'end',
			verdict: 'not-found',
			summary: '{host} does not know {module}: check the path for a typo.',
		},
		hostUnreachable: {
			kind: 'end',
			verdict: 'vcs',
			summary: '{host} cannot be reached for the go-import tag: {goSays}',
		},
		badMeta: {
			kind: 'end',
			verdict: 'vcs',
			summary: 'The go-import tag of {host} for {module} is unusable (see the check).',
		},
		installGit: {kind: 'fix', title: 'Install git (or fetch the module through a proxy)', fixes: ['install-git']},
		netrcEntry: {kind: 'fix', title: 'Add the host\'s credentials to .netrc (the token typed hidden)', fixes: ['netrc-entry']},
	},
});
