import {defineGraph} from '../define-flowchart.js';
import {gitCredentialHelperProbe, gitInsteadOfProbe, gitLsRemoteProbe} from './probe-git.js';
import {netrcProbe} from './probe-netrc.js';

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
export const privateModuleGraph = defineGraph<PrivateModuleSubject>()({
	source: '§2.5, §3.3',
	start: 'covered',
	nodes: {
		covered: {
			kind: 'decide',
			outcomes: ['covered', 'not-covered'],
			decide: (subject) => subject.covered,
			edges: {covered: 'goauth', 'not-covered': 'askedPublic'},
		},
		askedPublic: {
			kind: 'decide',
			outcomes: ['sumdb', 'proxy', 'no'],
			decide: (subject) =>
				subject.asked === 'sumdb' ? 'sumdb' : subject.asked === 'proxy' && ['403', '404', '410'].includes(subject.status) ? 'proxy' : 'no',
			edges: {sumdb: 'askedSumdb', proxy: 'askedProxy', no: 'goauth'},
		},
		goauth: {
			kind: 'decide',
			outcomes: ['off', 'on'],
			decide: (subject) => (subject.goauth.trim() === 'off' ? 'off' : 'on'),
			edges: {off: 'goauthOff', on: 'transport'},
		},
		transport: {
			kind: 'decide',
			outcomes: ['git', 'https', 'http'],
			decide: (subject) => subject.transport,
			edges: {git: 'gitHelper', https: 'netrc', http: 'plainHttp'},
		},
		netrc: {
			kind: 'probe',
			probe: netrcProbe,
			edges: {found: 'answer', missing: 'noCredentials', 'port-mismatch': 'noCredentials', error: 'noCredentials'},
		},
		answer: {
			kind: 'decide',
			outcomes: ['rejected', 'forbidden', 'other'],
			decide: (subject) => (subject.status === '401' ? 'rejected' : subject.status === '403' ? 'forbidden' : 'other'),
			edges: {rejected: 'tokenRejected', forbidden: 'forbidden', other: 'credentialsInPlace'},
		},
		gitHelper: {kind: 'probe', probe: gitCredentialHelperProbe, edges: {set: 'insteadOf', unset: 'insteadOf', error: 'insteadOf'}},
		insteadOf: {kind: 'probe', probe: gitInsteadOfProbe, edges: {rewrites: 'lsRemote', none: 'lsRemote', error: 'lsRemote'}},
		lsRemote: {
			kind: 'probe',
			probe: gitLsRemoteProbe,
			edges: {
				ok: 'gitWorks',
				auth: 'gitAuth',
				'not-found': 'gitHidden',
				unreachable: 'gitUnreachable',
				timeout: 'gitTimeout',
				error: 'gitAuth',
			},
		},
		askedSumdb: {kind: 'end', verdict: 'private-auth', offers: ['addGoprivate']},
		askedProxy: {kind: 'end', verdict: 'private-auth', offers: ['addGoprivate']},
		goauthOff: {kind: 'end', verdict: 'private-auth', offers: ['goauthDefault']},
		plainHttp: {kind: 'end', verdict: 'private-auth', offers: ['useHttps']},
		noCredentials: {kind: 'end', verdict: 'private-auth', offers: ['netrcEntry']},
		tokenRejected: {kind: 'end', verdict: 'private-auth', offers: ['netrcEntry']},
		forbidden: {kind: 'end', verdict: 'private-auth', offers: ['askAccess']},
		credentialsInPlace: {kind: 'end', verdict: 'healthy'},
		gitWorks: {kind: 'end', verdict: 'healthy'},
		gitAuth: {kind: 'end', verdict: 'private-auth', offers: ['netrcEntry', 'sshInsteadOf']},
		gitHidden: {kind: 'end', verdict: 'private-auth', offers: ['netrcEntry', 'sshInsteadOf']},
		gitUnreachable: {kind: 'end', verdict: 'vcs'},
		gitTimeout: {kind: 'end', verdict: 'timeout'},
		addGoprivate: {kind: 'fix', fixes: ['goprivate-add']},
		goauthDefault: {kind: 'fix', fixes: ['goauth-default']},
		useHttps: {kind: 'fix', fixes: ['goproxy-https']},
		netrcEntry: {kind: 'fix', fixes: ['netrc-entry']},
		askAccess: {kind: 'fix', fixes: ['private-access']},
		sshInsteadOf: {kind: 'fix', fixes: ['git-insteadof-ssh']},
	},
});
