import type {Messages} from '../../i18n/message.js';
import type {FlowchartText} from '../define-flowchart.js';
import type {privateModuleGraph} from './graph.js';

/** The flowchart's English text; text.zh.ts has the same shape. */
export const en = {
	title: 'Can go fetch this private module?',
	nodes: {
		covered: {question: 'Do GOPRIVATE, GONOPROXY and GONOSUMDB cover {module}? ({patterns})'},
		askedPublic: {question: 'Did go ask the checksum database or a proxy about {module}, which cannot see it? ({askedUrl})'},
		goauth: {question: 'Does GOAUTH let go send credentials? (GOAUTH={goauth})'},
		transport: {question: 'Does go reach {machine} by running git, or over HTTPS itself?'},
		netrc: {question: 'Does .netrc hold credentials for {machine}?'},
		answer: {question: 'With those credentials, what did {machine} answer? ({status})'},
		gitHelper: {question: 'Which credential helper does git ask for a password?'},
		insteadOf: {question: 'Does an insteadOf rule send https://{host}/ elsewhere (SSH)?'},
		lsRemote: {question: 'Can git list {repoUrl} without a prompt, as go runs it?'},
		askedSumdb: {
			summary:
				'go asked the checksum database ({askedUrl}) about {module}, a private module it can never see; GOPRIVATE keeps go from asking it (and the public proxy).',
		},
		askedProxy: {
			summary:
				'go asked a proxy ({askedUrl}) for {module}, a private module it cannot see; GOPRIVATE makes go fetch it directly from {host}.',
		},
		goauthOff: {summary: 'GOAUTH=off: go sends no credentials to {machine}, not even those in .netrc.'},
		plainHttp: {
			summary: '{machine} wants credentials, but go reaches it over plain HTTP ({askedUrl}), and go sends credentials over HTTPS only.',
		},
		noCredentials: {summary: '{machine} answers {status}: go has no credentials for it (no valid token).'},
		tokenRejected: {summary: '.netrc has credentials for {machine}, but the host rejects them (401): the token is wrong or has expired.'},
		forbidden: {
			summary:
				'{machine} answers 403 Forbidden for {module}: it accepts the credentials, but the account lacks the rights (a role check denies access).',
		},
		credentialsInPlace: {summary: 'go has credentials for {machine} in .netrc; the failure is not about them.'},
		gitWorks: {summary: 'git lists {repoUrl} with the credentials it has: git can reach the repository.'},
		gitAuth: {
			summary:
				"git cannot authenticate to {host} without a prompt, and go disables git's prompts: give git credentials (.netrc, a credential helper) or fetch over SSH.",
		},
		gitHidden: {
			summary:
				'{repoUrl} looks missing to git: GitHub, GitLab and Bitbucket answer "not found" for a private repository the credentials cannot see.',
		},
		gitUnreachable: {summary: 'git cannot reach {host} at all; credentials are not the problem yet.'},
		gitTimeout: {summary: 'git ls-remote {repoUrl} did not finish in time (a prompt or a network that does not answer).'},
		addGoprivate: {title: 'Add the private path to GOPRIVATE (go env -w)'},
		goauthDefault: {title: 'Let go use .netrc again (go env -u GOAUTH)'},
		useHttps: {title: 'Reach the host over HTTPS'},
		netrcEntry: {title: "Add the host's credentials to .netrc (the token typed hidden)"},
		askAccess: {title: "Ask the host's administrators for access"},
		sshInsteadOf: {title: 'Fetch the host over SSH (git insteadOf)'},
	},
	messages: {
		goauthDefaultTitle: 'Let go send .netrc credentials again (go env -u GOAUTH)',
		goauthDefaultDetail: 'GOAUTH=off stops go from sending any credentials; without it go uses .netrc (GOAUTH=netrc, the default).',
		httpsTitle: (machine: string) => `Reach ${machine} over HTTPS`,
		httpsDetail: (machine: string) =>
			`go sends credentials (.netrc, GOAUTH) over HTTPS only. Use the https:// address of ${machine} in GOPROXY (ask its administrators if it has none); gomod-doctor cannot know it.`,
		accessTitle: (host: string) => `Ask the administrators of ${host} for access`,
		accessDetail: (host: string, module: string) =>
			`${host} knows who you are but does not let you read ${module} (403). Only its administrators can grant that; nothing on this machine can.`,
	},
} satisfies FlowchartText<typeof privateModuleGraph.nodes, unknown>;

/** The flowchart's own messages, as code states them: said in the reader's language where they are shown. */
export type PrivateModuleMessages = Messages<typeof en.messages>;
