import {proxyFetchProbe} from '../../probes/network-probes.js';
import {defineGraph} from '../define-flowchart.js';
import {replaceTargetProbe, versionListProbe} from './probe-versions.js';

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
	Go's own error was about the `direct` fallback (the VCS host), which go reaches only after every proxy before it
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
export const notFoundGraph = defineGraph<NotFoundSubject>()({
	source: '§2.2, §4.4',
	start: 'replaced',
	nodes: {
		replaced: {
			kind: 'decide',
			outcomes: ['replaced', 'not-replaced'],
			decide: (subject) => (subject.replaced ? 'replaced' : 'not-replaced'),
			edges: {replaced: 'target', 'not-replaced': 'list'},
		},
		target: {
			kind: 'probe',
			probe: replaceTargetProbe,
			edges: {
				ok: 'replaceFine',
				'no-dir': 'replaceBroken',
				'no-go-mod': 'replaceBroken',
				'version-missing': 'replaceBroken',
				error: 'cannotCheck',
			},
		},
		list: {
			kind: 'probe',
			probe: versionListProbe,
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
			probe: proxyFetchProbe,
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
			outcomes: ['typo', 'no-typo'],
			decide: (subject) => (subject.typo === undefined ? 'no-typo' : 'typo'),
			edges: {typo: 'misspelled', 'no-typo': 'hasParent'},
		},
		// `…/color/v2` or `…/color/internal`: does the path above it exist (another major, a package inside a module)?
		hasParent: {
			kind: 'decide',
			outcomes: ['parent', 'none'],
			decide: (subject) => (subject.parent === undefined ? 'none' : 'parent'),
			edges: {parent: 'parent', none: 'absent'},
		},
		parent: {
			kind: 'probe',
			probe: versionListProbe,
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
		exists: {kind: 'end', verdict: 'healthy'},
		replaceFine: {kind: 'end', verdict: 'healthy'},
		cannotCheck: {kind: 'end', verdict: 'healthy'},
		nearest: {kind: 'end', verdict: 'not-found', offers: ['goGet']},
		untagged: {kind: 'end', verdict: 'not-found', offers: ['useCommit']},
		misspelled: {kind: 'end', verdict: 'not-found', offers: ['fixPath']},
		absent: {kind: 'end', verdict: 'not-found', offers: ['checkPath']},
		parentExists: {kind: 'end', verdict: 'not-found', offers: ['fixPath']},
		asksCredentials: {kind: 'end', verdict: 'private-auth', offers: ['credentials']},
		// Section 2.2 walks that entry and says so (its finding names the entry); the module is not the question.
		proxyPolicy: {kind: 'end', verdict: 'healthy'},
		replaceBroken: {kind: 'end', verdict: 'not-found', offers: ['fixReplace']},
		goGet: {kind: 'fix', fixes: ['module-go-get']},
		useCommit: {kind: 'fix', fixes: ['module-untagged']},
		fixPath: {kind: 'fix', fixes: ['module-fix-path']},
		checkPath: {kind: 'fix', fixes: ['module-absent']},
		fixReplace: {kind: 'fix', fixes: ['module-fix-replace']},
		credentials: {kind: 'fix', fixes: ['module-credentials']},
	},
});
