import type {Messages} from '../../i18n/message.js';
import type {FlowchartText} from '../define-flowchart.js';
import type {sumdbGraph} from './graph.js';

/** The flowchart's English text; text.zh.ts has the same shape. */
export const en = {
	title: 'Can go reach the checksum database?',
	nodes: {
		valid: {question: 'Is GOSUMDB={gosumdb} a checksum database go can use?'},
		viaProxy: {question: 'Does a GOPROXY entry proxy {name} (<entry>/sumdb/{name}/supported)?'},
		proxied: {question: 'Does the GOPROXY entry answer for {name} with a tree head signed by its key?'},
		direct: {question: 'Does {url} answer /latest with a tree head signed by {name}?'},
		served: {
			question: 'Does a measured proxy serve the default checksum database sum.golang.org (<proxy>/sumdb/sum.golang.org/supported)?',
		},
		mirror: {question: 'Does a mirror of {name} answer with a tree head signed by the same key?'},
		reachable: {summary: 'go reaches the checksum database {name}, and its tree head is signed by the key go trusts.'},
		wrongKey: {
			summary:
				'{url} answers for {name}, but its tree head is not signed by the key in GOSUMDB: a wrong key, or something in between answers instead of the database.',
		},
		misconfigured: {summary: 'GOSUMDB={gosumdb} is not valid: {invalid}.'},
		unreachableMirror: {
			summary: 'go cannot reach the checksum database {name} the way it is configured, but a mirror of the same database answers.',
		},
		unreachable: {summary: 'go cannot reach the checksum database {name}, and no mirror of it answers.'},
		servedByEntry: {
			summary:
				"go cannot reach the checksum database the way GOSUMDB={gosumdb} says, but a GOPROXY entry serves go's default database, sum.golang.org: without this GOSUMDB setting go reads it there.",
		},
		servedByCandidate: {
			summary:
				'go cannot reach the checksum database the way GOSUMDB={gosumdb} says; no GOPROXY entry serves it, but a measured proxy serves sum.golang.org.',
		},
		useDefault: {title: 'Go back to the default checksum database, which a GOPROXY entry serves (go env -u GOSUMDB)'},
		useServed: {title: 'Read sum.golang.org through the proxy that serves it (go env -w GOSUMDB)'},
		useMirror: {title: 'Read the same checksum database from a mirror that answers (go env -w GOSUMDB)'},
		privatePaths: {title: 'Keep private module paths away from the checksum database (GONOSUMDB / GOPRIVATE)'},
	},
	messages: {
		useMirrorTitle: (mirror: string) => `Read the checksum database from ${mirror} (go env -w GOSUMDB)`,
		useMirrorDetail: (name: string, mirror: string) =>
			`${mirror} serves the same database: its tree head is signed by the key of ${name}, so go verifies exactly as before, only from a URL it can reach.`,
		privatePathsTitle: 'Keep private module paths away from the checksum database (GOPRIVATE or GONOSUMDB)',
		privatePathsDetail: (paths: string) =>
			`The public checksum database cannot know private modules. ${paths === '' ? 'For your private paths' : `For ${paths}`}: go env -w GOPRIVATE=<pattern> (also keeps them away from the proxy) or GONOSUMDB=<pattern>. It only skips verification for those paths; go.sum still protects them after the first download.`,
		mirrorFound: (mirror: string, name: string) =>
			`${mirror} answers with a tree head signed by ${name}'s key: a mirror of the same database.`,
		mirrorNone: (name: string) => `No mirror of ${name} answered (known mirrors and GOMOD_DOCTOR_SUMDB_MIRRORS).`,
		explicitUrl: (url: string) => `GOSUMDB names its URL (${url}): go asks it directly and never through a GOPROXY entry.`,
		noProxy: 'No GOPROXY entry proxies it: go asks the database directly.',
		servedBy: (proxy: string, role: 'goproxy' | 'candidate') =>
			`${proxy} (${role === 'goproxy' ? 'a GOPROXY entry' : 'a candidate'}) serves sum.golang.org (/sumdb/sum.golang.org/supported answers 200).`,
		servedNone: (asked: number) => `None of the ${asked} proxies measured serves sum.golang.org.`,
		servedNoneAsked: 'No proxy was measured that go could read sum.golang.org through.',
		defaultTitle: 'Use the default checksum database (sum.golang.org) through your GOPROXY',
		defaultDetail: (gosumdb: string, proxy: string) =>
			`GOSUMDB=${gosumdb} sends go to a database it cannot reach, while ${proxy}, which GOPROXY already names, serves sum.golang.org: without the setting go uses go.env's default and reads it there. Verification stays exactly as strict.`,
		servedTitle: (proxy: string) => `Read sum.golang.org through ${proxy} (go env -w GOSUMDB)`,
		servedDetail: (proxy: string) =>
			`${proxy} serves sum.golang.org, so go verifies against the same database, with the same key, only through a proxy it can reach.`,
	},
} satisfies FlowchartText<typeof sumdbGraph.nodes, unknown>;

/** The flowchart's own messages, as code states them: said in the reader's language where they are shown. */
export type SumdbMessages = Messages<typeof en.messages>;
