import {defineFlowFor} from '../define-flow.js';

/** A module version go could not find, as the missing-module flowchart examines it. */
export type NotFoundSubject = {
	/** `MOD@VERSION`. */
	readonly label: string;
	readonly module: string;
	/** The version or query go asked for. */
	readonly version: string;
	/** Whether go.mod replaces this module (then the replacement is what go fetched). */
	readonly replaced: boolean;
	/** The go.mod line of the replace directive, when there is one. */
	readonly replaceLine?: number;
	/** A likely correct spelling of the path (another requirement's path, or a well-known host), when one is close. */
	readonly typo?: string;
	/**
	go's own error was about the `direct` fallback (the VCS host), which go reaches only after every proxy before it
	answered 404/410: the proxies' answer is the cause, the fallback's failure a consequence.
	*/
	readonly fallback?: string;
	/** The path above the module (`/vN` dropped, else its last element), for a path the proxies lack. */
	readonly parent?: string;
	/** A module that certainly exists on a working proxy (`--canary`), asked of a proxy that refuses this one. */
	readonly canary: string;
};

/**
Missing modules and versions (taxonomy `not-found`): a replace directive that points nowhere, a version the
proxy does not have (the nearest one it has is offered), a module with no tagged versions, a misspelled path. A
proxy that refuses the module with a 403 and asks for no credentials is asked for a canary: when it serves that,
the module is what it lacks (proxy.golang.org, Artifactory and Nexus answer "This module version is not
available." so); when it refuses the canary too, its policy refuses everything. Credentials are the answer only
where the proxy asks for them (401, WWW-Authenticate).
*/
export const notFoundFlow = defineFlowFor<NotFoundSubject>()({
	id: 'not-found',
	source: '§2.2, §4.4',
	title: 'Does this module version exist?',
	start: 'replaced',
	nodes: {
		replaced: {
			kind: 'decide',
			question: 'Does go.mod replace {module}?',
			outcomes: ['replaced', 'not-replaced'],
			decide: (subject) => (subject.replaced ? 'replaced' : 'not-replaced'),
			edges: {replaced: 'target', 'not-replaced': 'list'},
		},
		target: {
			kind: 'probe',
			probe: 'replace-target',
			question: 'Does the replacement of {module} (go.mod line {replaceLine}) exist?',
			edges: {ok: 'replaceFine', 'no-dir': 'replaceBroken', 'no-go-mod': 'replaceBroken', 'version-missing': 'replaceBroken', error: 'cannotCheck'},
		},
		list: {
			kind: 'probe',
			probe: 'version-list',
			question: 'Which versions of {module} does the proxy have, and is {version} among them?',
			edges: {
				'has-version': 'exists',
				'missing-version': 'nearest',
				'no-tags': 'untagged',
				'no-module': 'spelling',
				refused: 'canary',
				auth: 'asksCredentials',
				unreachable: 'cannotCheck',
				error: 'cannotCheck',
			},
		},
		canary: {
			kind: 'probe',
			probe: 'proxy-fetch',
			question: 'The proxy refuses {module} (403) without asking for credentials: does it serve {canary}, a module that certainly exists?',
			edges: {
				ok: 'spelling',
				'not-found': 'cannotCheck',
				upstream: 'cannotCheck',
				'server-error': 'cannotCheck',
				html: 'cannotCheck',
				malformed: 'cannotCheck',
				auth: 'asksCredentials',
				forbidden: 'proxyPolicy',
				error: 'cannotCheck',
			},
		},
		spelling: {
			kind: 'decide',
			question: 'Is {module} a misspelling of a path that exists?',
			outcomes: ['typo', 'no-typo'],
			decide: (subject) => (subject.typo === undefined ? 'no-typo' : 'typo'),
			edges: {typo: 'misspelled', 'no-typo': 'hasParent'},
		},
		// `…/color/v2` or `…/color/internal`: does the path above it exist (another major, a package inside a module)?
		hasParent: {
			kind: 'decide',
			question: 'Is there a path above {module} to ask for?',
			outcomes: ['parent', 'none'],
			decide: (subject) => (subject.parent === undefined ? 'none' : 'parent'),
			edges: {parent: 'parent', none: 'absent'},
		},
		parent: {
			kind: 'probe',
			probe: 'version-list',
			question: 'Does the proxy have {parent}, the path above {module}?',
			edges: {
				'has-version': 'parentExists',
				'missing-version': 'parentExists',
				'no-tags': 'parentExists',
				'no-module': 'absent',
				refused: 'absent',
				auth: 'absent',
				unreachable: 'absent',
				error: 'absent',
			},
		},
		exists: {kind: 'end', verdict: 'healthy', summary: 'The proxy has {module} {version}: the failure is not a missing version.'},
		replaceFine: {kind: 'end', verdict: 'healthy', summary: 'The replacement of {module} exists.'},
		cannotCheck: {kind: 'end', verdict: 'healthy', summary: 'The versions of {module} could not be listed; go\'s own message stands.'},
		nearest: {
			kind: 'end',
			verdict: 'not-found',
			summary: '{module} {version} does not exist on the proxy; other versions do.',
			offers: ['goGet'],
		},
		untagged: {
			kind: 'end',
			verdict: 'not-found',
			summary: '{module} exists but has no tagged versions, so {version} cannot be found.',
			offers: ['useCommit'],
		},
		misspelled: {
			kind: 'end',
			verdict: 'not-found',
			summary: '{module} does not exist; the path looks like a misspelling of {typo}.',
			offers: ['fixPath'],
		},
		absent: {kind: 'end', verdict: 'not-found', summary: 'No GOPROXY entry has {module} at all.', offers: ['checkPath']},
		parentExists: {
			kind: 'end',
			verdict: 'not-found',
			summary: '{module} does not exist, but {parent} does: {module} is a major version it never published, or a package inside it, not a module of its own.',
			offers: ['fixPath'],
		},
		asksCredentials: {
			kind: 'end',
			verdict: 'private-auth',
			summary: 'The proxy asks for credentials (401, or a WWW-Authenticate challenge) before it says anything about {module}.',
			offers: ['credentials'],
		},
		// Section 2.2 walks that entry and says so (its finding names the entry); the module is not the question.
		proxyPolicy: {
			kind: 'end',
			verdict: 'healthy',
			summary: 'The proxy refuses even {canary} (403) and asks for no credentials: its policy refuses requests from here; {module} is not the problem, and credentials would not help.',
		},
		replaceBroken: {
			kind: 'end',
			verdict: 'not-found',
			summary: 'The replace directive for {module} (go.mod line {replaceLine}) points at something that does not exist.',
			offers: ['fixReplace'],
		},
		goGet: {kind: 'fix', title: 'Require the nearest version that exists (go get MOD@VERSION)', fixes: ['module-go-get']},
		useCommit: {kind: 'fix', title: 'Require a commit instead (a pseudo-version)', fixes: ['module-untagged']},
		fixPath: {kind: 'fix', title: 'Correct the module path', fixes: ['module-fix-path']},
		checkPath: {kind: 'fix', title: 'Check the path: moved, private or deleted?', fixes: ['module-absent']},
		fixReplace: {kind: 'fix', title: 'Correct the replace directive', fixes: ['module-fix-replace']},
		credentials: {kind: 'fix', title: 'Give go the credentials the proxy asks for (.netrc)', fixes: ['module-credentials']},
	},
});
