import type {Messages} from '../../i18n/message.js';
import type {FlowchartText} from '../define-flowchart.js';
import type {vcsGraph} from './graph.js';

/** The flowchart's English text; text.zh.ts has the same shape. */
export const en = {
	title: 'Can go fetch this module directly from its host?',
	nodes: {
		git: {question: 'Is git installed where go looks for it?'},
		known: {question: 'Does go know how {host} serves code, or must it ask the host (?go-get=1)?'},
		meta: {question: 'Does https://{module}?go-get=1 name a repository in a go-import tag?'},
		noGit: {summary: 'go needs git to fetch {module} directly from {host}, and git is not on its PATH.'},
		gitFails: {summary: 'go fetches {module} from {host} with git, which is installed; git itself failed: {goSays}'},
		fetchFails: {summary: '{host} names the repository of {module}; fetching it failed: {goSays}'},
		noMeta: {summary: '{host} answers without a go-import tag for {module}: go cannot tell which repository serves it.'},
		metaAuth: {summary: '{host} wants credentials before it says where {module} lives.'},
		metaNotFound: {summary: '{host} does not know {module}: check the path for a typo.'},
		hostUnreachable: {summary: '{host} cannot be reached for the go-import tag: {goSays}'},
		badMeta: {summary: 'The go-import tag of {host} for {module} is unusable (see the check).'},
		installGit: {title: 'Install git (or fetch the module through a proxy)'},
		netrcEntry: {title: "Add the host's credentials to .netrc (the token typed hidden)"},
	},
	messages: {
		installGitTitle: 'Install git',
		installGitDetail: (module: string, host: string) =>
			`go runs git to fetch ${module} from ${host}. Install it (Debian/Ubuntu: sudo apt-get install git; Fedora: sudo dnf install git; macOS: xcode-select --install or brew install git; Windows: winget install Git.Git) and make sure it is on the PATH go runs with. gomod-doctor installs nothing itself. For a public module, a GOPROXY that serves it avoids git altogether.`,
	},
} satisfies FlowchartText<typeof vcsGraph.nodes, unknown>;

/** The flowchart's own messages, as code states them: said in the reader's language where they are shown. */
export type VcsMessages = Messages<typeof en.messages>;
