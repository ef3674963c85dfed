import {defineFlowFor} from '../define-flow.js';

/** A private module go failed to fetch, and what go's error and settings say about it. */
export type PrivateModuleSubject = {
	/** The module path. */
	readonly label: string;
	readonly module: string;
	readonly version: string;
	/** The module path's first element: the private host. */
	readonly host: string;
	/** The machine go sent (or would send) credentials to: the host of the URL go named, with `:port` when it has one. */
	readonly machine: string;
	/** The URL go named in its error ('' when it named none). */
	readonly askedUrl: string;
	/** What that URL is: the checksum database, a GOPROXY entry, or the private host itself. */
	readonly asked: 'sumdb' | 'proxy' | 'host';
	/** The HTTP status go reported ('' when none). */
	readonly status: string;
	/** `covered` when GONOPROXY and GONOSUMDB (GOPRIVATE by default) both cover the module. */
	readonly covered: 'covered' | 'not-covered';
	/** `GOPRIVATE=… GONOPROXY=… GONOSUMDB=…`, for the question. */
	readonly patterns: string;
	/** GOAUTH, as go reads it (`netrc` by default). */
	readonly goauth: string;
	/** How go reached the machine: it ran git, or made HTTPS (or plain HTTP) requests itself. */
	readonly transport: 'git' | 'https' | 'http';
	/** The repository git is asked for (`https://HOST/OWNER/REPO`), for git ls-remote. */
	readonly repoUrl: string;
};

/**
The guide's §2.5 (a request, a gateway that checks the token: invalid → 401; valid → a role check: denied → 403;
allowed → served) and §3.3 (does the path match GONOPROXY? yes → fetched directly; no → through GOPROXY), for one
private module: first whether go's private-path settings keep it away from the public proxy and checksum
database, then whether go (or git) has credentials for the host, and what the host made of them.
*/
export const privateModuleFlow = defineFlowFor<PrivateModuleSubject>()({
	id: 'private-module',
	source: '§2.5, §3.3',
	title: 'Can go fetch this private module?',
	start: 'covered',
	nodes: {
		covered: {
			kind: 'decide',
			question: 'Do GOPRIVATE, GONOPROXY and GONOSUMDB cover {module}? ({patterns})',
			outcomes: ['covered', 'not-covered'],
			decide: (subject) => subject.covered,
			edges: {covered: 'goauth', 'not-covered': 'askedPublic'},
		},
		askedPublic: {
			kind: 'decide',
			question: 'Did go ask the checksum database or a proxy about {module}, which cannot see it? ({askedUrl})',
			outcomes: ['sumdb', 'proxy', 'no'],
			decide: (subject) =>
				subject.asked === 'sumdb' ? 'sumdb' : subject.asked === 'proxy' && ['403', '404', '410'].includes(subject.status) ? 'proxy' : 'no',
			edges: {sumdb: 'askedSumdb', proxy: 'askedProxy', no: 'goauth'},
		},
		goauth: {
			kind: 'decide',
			question: 'Does GOAUTH let go send credentials? (GOAUTH={goauth})',
			outcomes: ['off', 'on'],
			decide: (subject) => (subject.goauth.trim() === 'off' ? 'off' : 'on'),
			edges: {off: 'goauthOff', on: 'transport'},
		},
		transport: {
			kind: 'decide',
			question: 'Does go reach {machine} by running git, or over HTTPS itself?',
			outcomes: ['git', 'https', 'http'],
			decide: (subject) => subject.transport,
			edges: {git: 'gitHelper', https: 'netrc', http: 'plainHttp'},
		},
		netrc: {
			kind: 'probe',
			probe: 'netrc',
			question: 'Does .netrc hold credentials for {machine}?',
			edges: {found: 'answer', missing: 'noCredentials', 'port-mismatch': 'noCredentials', error: 'noCredentials'},
		},
		answer: {
			kind: 'decide',
			question: 'With those credentials, what did {machine} answer? ({status})',
			outcomes: ['rejected', 'forbidden', 'other'],
			decide: (subject) => (subject.status === '401' ? 'rejected' : subject.status === '403' ? 'forbidden' : 'other'),
			edges: {rejected: 'tokenRejected', forbidden: 'forbidden', other: 'credentialsInPlace'},
		},
		gitHelper: {
			kind: 'probe',
			probe: 'git-credential-helper',
			question: 'Which credential helper does git ask for a password?',
			edges: {set: 'insteadOf', unset: 'insteadOf', error: 'insteadOf'},
		},
		insteadOf: {
			kind: 'probe',
			probe: 'git-insteadof',
			question: 'Does an insteadOf rule send https://{host}/ elsewhere (SSH)?',
			edges: {rewrites: 'lsRemote', none: 'lsRemote', error: 'lsRemote'},
		},
		lsRemote: {
			kind: 'probe',
			probe: 'git-ls-remote',
			question: 'Can git list {repoUrl} without a prompt, as go runs it?',
			edges: {ok: 'gitWorks', auth: 'gitAuth', 'not-found': 'gitHidden', unreachable: 'gitUnreachable', timeout: 'gitTimeout', error: 'gitAuth'},
		},
		askedSumdb: {
			kind: 'end',
			verdict: 'private-auth',
			summary: 'go asked the checksum database ({askedUrl}) about {module}, a private module it can never see; GOPRIVATE keeps go from asking it (and the public proxy).',
			offers: ['addGoprivate'],
		},
		askedProxy: {
			kind: 'end',
			verdict: 'private-auth',
			summary: 'go asked a proxy ({askedUrl}) for {module}, a private module it cannot see; GOPRIVATE makes go fetch it directly from {host}.',
			offers: ['addGoprivate'],
		},
		goauthOff: {
			kind: 'end',
			verdict: 'private-auth',
			summary: 'GOAUTH=off: go sends no credentials to {machine}, not even those in .netrc.',
			offers: ['goauthDefault'],
		},
		plainHttp: {
			kind: 'end',
			verdict: 'private-auth',
			summary: '{machine} wants credentials, but go reaches it over plain HTTP ({askedUrl}), and go sends credentials over HTTPS only.',
			offers: ['useHttps'],
		},
		noCredentials: {
			kind: 'end',
			verdict: 'private-auth',
			summary: '{machine} answers {status}: go has no credentials for it (no valid token).',
			offers: ['netrcEntry'],
		},
		tokenRejected: {
			kind: 'end',
			verdict: 'private-auth',
			summary: '.netrc has credentials for {machine}, but the host rejects them (401): the token is wrong or has expired.',
			offers: ['netrcEntry'],
		},
		forbidden: {
			kind: 'end',
			verdict: 'private-auth',
			summary: '{machine} answers 403 Forbidden for {module}: it accepts the credentials, but the account lacks the rights (a role check denies access).',
			offers: ['askAccess'],
		},
		credentialsInPlace: {
			kind: 'end',
			verdict: 'healthy',
			summary: 'go has credentials for {machine} in .netrc; the failure is not about them.',
		},
		gitWorks: {
			kind: 'end',
			verdict: 'healthy',
			summary: 'git lists {repoUrl} with the credentials it has: git can reach the repository.',
		},
		gitAuth: {
			kind: 'end',
			verdict: 'private-auth',
			summary: 'git cannot authenticate to {host} without a prompt, and go disables git\'s prompts: give git credentials (.netrc, a credential helper) or fetch over SSH.',
			offers: ['netrcEntry', 'sshInsteadOf'],
		},
		gitHidden: {
			kind: 'end',
			verdict: 'private-auth',
			summary: '{repoUrl} looks missing to git: GitHub, GitLab and Bitbucket answer "not found" for a private repository the credentials cannot see.',
			offers: ['netrcEntry', 'sshInsteadOf'],
		},
		gitUnreachable: {
			kind: 'end',
			verdict: 'vcs',
			summary: 'git cannot reach {host} at all; credentials are not the problem yet.',
		},
		gitTimeout: {
			kind: 'end',
			verdict: 'timeout',
			summary: 'git ls-remote {repoUrl} did not finish in time (a prompt or a network that does not answer).',
		},
		addGoprivate: {kind: 'fix', title: 'Add the private path to GOPRIVATE (go env -w)', fixes: ['goprivate-add']},
		goauthDefault: {kind: 'fix', title: 'Let go use .netrc again (go env -u GOAUTH)', fixes: ['goauth-default']},
		useHttps: {kind: 'fix', title: 'Reach the host over HTTPS', fixes: ['goproxy-https']},
		netrcEntry: {kind: 'fix', title: 'Add the host\'s credentials to .netrc (the token typed hidden)', fixes: ['netrc-entry']},
		askAccess: {kind: 'fix', title: 'Ask the host\'s administrators for access', fixes: ['private-access']},
		sshInsteadOf: {kind: 'fix', title: 'Fetch the host over SSH (git insteadOf)', fixes: ['git-insteadof-ssh']},
	},
});
