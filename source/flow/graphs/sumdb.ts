import {defineFlowFor} from '../define-flow.js';

/** The checksum database go uses (GOSUMDB), and how go reaches it. */
export type SumdbSubject = {
	/** The database's name, e.g. `sum.golang.org`. */
	readonly label: string;
	readonly name: string;
	/** Where go reads it when no GOPROXY entry proxies it: GOSUMDB's URL, else `https://<name>`. */
	readonly url: string;
	/** GOSUMDB names the URL itself: go then asks it directly and never through a proxy. */
	readonly explicitUrl: boolean;
	/** GOSUMDB as go reads it. */
	readonly gosumdb: string;
	/** Why GOSUMDB is not usable, when it is not. */
	readonly invalid?: string;
};

/** Where a tree head fetch leads, asked through a proxy or directly: a signed head, a wrong key, or try a mirror. */
const latestEdges = {
	ok: 'reachable',
	'bad-signature': 'wrongKey',
	'bad-response': 'served',
	'http-error': 'served',
	refused: 'served',
	timeout: 'served',
	dns: 'served',
	tls: 'served',
	error: 'served',
} as const;

/**
Checksum database reachability (issue 3; §2.1/§2.3 applied to GOSUMDB): go reads the database through the
first GOPROXY entry that says it proxies it (`<entry>/sumdb/<name>/supported`), else directly; when neither
answers with a tree head signed by the database's key, a mirror of the same database (sum.golang.google.cn for
sum.golang.org) or GONOSUMDB for private paths. Before any mirror, the database go uses by default
(sum.golang.org) is asked of the proxies measured (`<proxy>/sumdb/sum.golang.org/supported`): where a GOPROXY entry
serves it, `go env -u GOSUMDB` is the whole fix; where only a candidate does, GOSUMDB can name it.
*/
export const sumdbFlow = defineFlowFor<SumdbSubject>()({
	id: 'sumdb',
	source: '§2.1, §2.3, §3.3',
	title: 'Can go reach the checksum database?',
	start: 'valid',
	nodes: {
		valid: {
			kind: 'decide',
			question: 'Is GOSUMDB={gosumdb} a checksum database go can use?',
			outcomes: ['yes', 'no'],
			decide: (subject) => (subject.invalid === undefined ? 'yes' : 'no'),
			edges: {yes: 'viaProxy', no: 'misconfigured'},
		},
		viaProxy: {
			kind: 'probe',
			probe: 'sumdb-proxy',
			question: 'Does a GOPROXY entry proxy {name} (<entry>/sumdb/{name}/supported)?',
			edges: {supported: 'proxied', unsupported: 'direct', 'explicit-url': 'direct', error: 'direct'},
		},
		proxied: {
			kind: 'probe',
			probe: 'sumdb-latest',
			question: 'Does the GOPROXY entry answer for {name} with a tree head signed by its key?',
			edges: latestEdges,
		},
		direct: {
			kind: 'probe',
			probe: 'sumdb-latest',
			question: 'Does {url} answer /latest with a tree head signed by {name}?',
			edges: latestEdges,
		},
		served: {
			kind: 'probe',
			probe: 'sumdb-served',
			question: 'Does a measured proxy serve the default checksum database sum.golang.org (<proxy>/sumdb/sum.golang.org/supported)?',
			edges: {entry: 'servedByEntry', candidate: 'servedByCandidate', none: 'mirror', error: 'mirror'},
		},
		mirror: {
			kind: 'probe',
			probe: 'sumdb-mirror',
			question: 'Does a mirror of {name} answer with a tree head signed by the same key?',
			edges: {found: 'unreachableMirror', none: 'unreachable', error: 'unreachable'},
		},
		reachable: {kind: 'end', verdict: 'healthy', summary: 'go reaches the checksum database {name}, and its tree head is signed by the key go trusts.'},
		wrongKey: {
			kind: 'end',
			verdict: 'sumdb',
			summary: '{url} answers for {name}, but its tree head is not signed by the key in GOSUMDB: a wrong key, or something in between answers instead of the database.',
		},
		misconfigured: {kind: 'end', verdict: 'goproxy-config', summary: 'GOSUMDB={gosumdb} is not valid: {invalid}.', offers: ['privatePaths']},
		unreachableMirror: {
			kind: 'end',
			verdict: 'sumdb',
			summary: 'go cannot reach the checksum database {name} the way it is configured, but a mirror of the same database answers.',
			offers: ['useMirror', 'privatePaths'],
		},
		unreachable: {
			kind: 'end',
			verdict: 'sumdb',
			summary: 'go cannot reach the checksum database {name}, and no mirror of it answers.',
			offers: ['privatePaths'],
		},
		servedByEntry: {
			kind: 'end',
			verdict: 'sumdb',
			summary: 'go cannot reach the checksum database the way GOSUMDB={gosumdb} says, but a GOPROXY entry serves go\'s default database, sum.golang.org: without this GOSUMDB setting go reads it there.',
			offers: ['useDefault'],
		},
		servedByCandidate: {
			kind: 'end',
			verdict: 'sumdb',
			summary: 'go cannot reach the checksum database the way GOSUMDB={gosumdb} says; no GOPROXY entry serves it, but a measured proxy serves sum.golang.org.',
			offers: ['useServed'],
		},
		useDefault: {kind: 'fix', title: 'Go back to the default checksum database, which a GOPROXY entry serves (go env -u GOSUMDB)', fixes: ['sumdb-default']},
		useServed: {kind: 'fix', title: 'Read sum.golang.org through the proxy that serves it (go env -w GOSUMDB)', fixes: ['sumdb-use-served']},
		useMirror: {kind: 'fix', title: 'Read the same checksum database from a mirror that answers (go env -w GOSUMDB)', fixes: ['sumdb-use-mirror']},
		privatePaths: {kind: 'fix', title: 'Keep private module paths away from the checksum database (GONOSUMDB / GOPRIVATE)', fixes: ['sumdb-private-paths']},
	},
});
