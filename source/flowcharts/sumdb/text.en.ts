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
		served: {question: 'Does a measured proxy serve the default checksum database sum.golang.org (<proxy>/sumdb/sum.golang.org/supported)?'},
		mirror: {question: 'Does a mirror of {name} answer with a tree head signed by the same key?'},
		reachable: {summary: 'go reaches the checksum database {name}, and its tree head is signed by the key go trusts.'},
		wrongKey: {
			summary: '{url} answers for {name}, but its tree head is not signed by the key in GOSUMDB: a wrong key, or something in between answers instead of the database.',
		},
		misconfigured: {summary: 'GOSUMDB={gosumdb} is not valid: {invalid}.'},
		unreachableMirror: {summary: 'go cannot reach the checksum database {name} the way it is configured, but a mirror of the same database answers.'},
		unreachable: {summary: 'go cannot reach the checksum database {name}, and no mirror of it answers.'},
		servedByEntry: {
			summary: "go cannot reach the checksum database the way GOSUMDB={gosumdb} says, but a GOPROXY entry serves go's default database, sum.golang.org: without this GOSUMDB setting go reads it there.",
		},
		servedByCandidate: {
			summary: 'go cannot reach the checksum database the way GOSUMDB={gosumdb} says; no GOPROXY entry serves it, but a measured proxy serves sum.golang.org.',
		},
		useDefault: {title: 'Go back to the default checksum database, which a GOPROXY entry serves (go env -u GOSUMDB)'},
		useServed: {title: 'Read sum.golang.org through the proxy that serves it (go env -w GOSUMDB)'},
		useMirror: {title: 'Read the same checksum database from a mirror that answers (go env -w GOSUMDB)'},
		privatePaths: {title: 'Keep private module paths away from the checksum database (GONOSUMDB / GOPRIVATE)'},
	},
	messages: {},
} satisfies FlowchartText<typeof sumdbGraph.nodes, unknown>;

/** The flowchart's own messages, in any language. */
export type SumdbMessages = typeof en.messages;
