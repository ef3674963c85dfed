import type {Messages} from '../../i18n/message.js';
import type {FlowchartText} from '../define-flowchart.js';
import type {notFoundGraph} from './graph.js';

/** The flowchart's English text; text.zh.ts has the same shape. */
export const en = {
	title: 'Does this module version exist?',
	nodes: {
		replaced: {question: 'Does go.mod replace {module}?'},
		target: {question: 'Does the replacement of {module} (go.mod line {replaceLine}) exist?'},
		list: {question: 'Which versions of {module} does the proxy have, and is {version} among them?'},
		canary: {
			question: 'The proxy refuses {module} (403) without asking for credentials: does it serve {canary}, a module that certainly exists?',
		},
		spelling: {question: 'Is {module} a misspelling of a path that exists?'},
		hasParent: {question: 'Is there a path above {module} to ask for?'},
		parent: {question: 'Does the proxy have {parent}, the path above {module}?'},
		exists: {summary: 'The proxy has {module} {version}: the failure is not a missing version.'},
		replaceFine: {summary: 'The replacement of {module} exists.'},
		cannotCheck: {summary: "The versions of {module} could not be listed; go's own message stands."},
		nearest: {summary: '{module} {version} does not exist on the proxy; other versions do.'},
		untagged: {summary: '{module} exists but has no tagged versions, so {version} cannot be found.'},
		misspelled: {summary: '{module} does not exist; the path looks like a misspelling of {typo}.'},
		absent: {summary: 'No GOPROXY entry has {module} at all.'},
		parentExists: {
			summary:
				'{module} does not exist, but {parent} does: {module} is a major version it never published, or a package inside it, not a module of its own.',
		},
		asksCredentials: {
			summary: 'The proxy asks for credentials (401, or a WWW-Authenticate challenge) before it says anything about {module}.',
		},
		proxyPolicy: {
			summary:
				'The proxy refuses even {canary} (403) and asks for no credentials: its policy refuses requests from here; {module} is not the problem, and credentials would not help.',
		},
		replaceBroken: {summary: 'The replace directive for {module} (go.mod line {replaceLine}) points at something that does not exist.'},
		goGet: {title: 'Require the nearest version that exists (go get MOD@VERSION)'},
		useCommit: {title: 'Require a commit instead (a pseudo-version)'},
		fixPath: {title: 'Correct the module path'},
		checkPath: {title: 'Check the path: moved, private or deleted?'},
		fixReplace: {title: 'Correct the replace directive'},
		credentials: {title: 'Give go the credentials the proxy asks for (.netrc)'},
	},
	messages: {
		nearest: (version: string) => `Nearest: ${version}.`,
		nearestOrHigher: (version: string, higher: string) => `Nearest: ${version} (also ${higher}).`,
		noSameMajor: (wanted: string, latest: string) =>
			`It has no version of the major version of ${wanted} at all; its latest release is ${latest}.`,
		fallbackFailed: (line: string) =>
			`go then tried direct (the last GOPROXY entry), which only happens after the proxies answered 404/410, and that fallback failed too: ${line} That failure follows from the missing module; it is not the cause.`,
		queryTitle: (module: string, version: string) => `Ask for ${module}@${version} instead`,
		queryDetail: (module: string, wanted: string, version: string) =>
			`${module}@${wanted}, the version you asked for, does not exist on the proxy; ${version} is the nearest one it has: go mod download ${module}@${version} (go get ${module}@${version} to require it). go.mod does not name ${module}@${wanted}, so there is nothing in it to change.`,
		fixPathTitle: (wrong: string, right: string) => `Fix the module path: ${wrong} → ${right}`,
		fixPathDetail: (wrong: string, right: string) =>
			`${wrong} does not exist; ${right} does. Change the require line and the imports (and run go mod tidy).`,
		untaggedTitle: (module: string) => `${module} has no tagged versions: require a commit`,
		untaggedDetail: (module: string) =>
			`No release is tagged, so @latest finds nothing. Use a commit: go get ${module}@<commit hash> (go makes a pseudo-version of it).`,
		noModuleTitle: (module: string) => `${module} does not exist on the proxy`,
		noModuleDetail:
			'Check the spelling of the path, whether the repository moved or is private (then set GOPRIVATE), and whether it was deleted.',
		fixReplaceTitle: (line: number) => `Fix the replace directive on go.mod line ${line}`,
	},
} satisfies FlowchartText<typeof notFoundGraph.nodes, unknown>;

/** The flowchart's own messages, as code states them: said in the reader's language where they are shown. */
export type NotFoundMessages = Messages<typeof en.messages>;
