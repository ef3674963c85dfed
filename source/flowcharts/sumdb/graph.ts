import {defineGraph} from '../define-flowchart.js';
import {sumdbLatestProbe} from './probe-sumdb-latest.js';
import {sumdbMirrorProbe} from './probe-sumdb-mirror.js';
import {sumdbProxyProbe} from './probe-sumdb-proxy.js';
import {sumdbServedProbe} from './probe-sumdb-served.js';

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
export const sumdbGraph = defineGraph<SumdbSubject>()({
	source: '§2.1, §2.3, §3.3',
	start: 'valid',
	nodes: {
		valid: {
			kind: 'decide',
			outcomes: ['yes', 'no'],
			decide: (subject) => (subject.invalid === undefined ? 'yes' : 'no'),
			edges: {yes: 'viaProxy', no: 'misconfigured'},
		},
		viaProxy: {
			kind: 'probe',
			probe: sumdbProxyProbe,
			edges: {supported: 'proxied', unsupported: 'direct', 'explicit-url': 'direct', error: 'direct'},
		},
		proxied: {kind: 'probe', probe: sumdbLatestProbe, edges: latestEdges},
		direct: {kind: 'probe', probe: sumdbLatestProbe, edges: latestEdges},
		served: {
			kind: 'probe',
			probe: sumdbServedProbe,
			edges: {entry: 'servedByEntry', candidate: 'servedByCandidate', none: 'mirror', error: 'mirror'},
		},
		mirror: {kind: 'probe', probe: sumdbMirrorProbe, edges: {found: 'unreachableMirror', none: 'unreachable', error: 'unreachable'}},
		reachable: {kind: 'end', verdict: 'healthy'},
		wrongKey: {kind: 'end', verdict: 'sumdb'},
		misconfigured: {kind: 'end', verdict: 'goproxy-config', offers: ['privatePaths']},
		unreachableMirror: {kind: 'end', verdict: 'sumdb', offers: ['useMirror', 'privatePaths']},
		unreachable: {kind: 'end', verdict: 'sumdb', offers: ['privatePaths']},
		servedByEntry: {kind: 'end', verdict: 'sumdb', offers: ['useDefault']},
		servedByCandidate: {kind: 'end', verdict: 'sumdb', offers: ['useServed']},
		useDefault: {kind: 'fix', fixes: ['sumdb-default']},
		useServed: {kind: 'fix', fixes: ['sumdb-use-served']},
		useMirror: {kind: 'fix', fixes: ['sumdb-use-mirror']},
		privatePaths: {kind: 'fix', fixes: ['sumdb-private-paths']},
	},
});
