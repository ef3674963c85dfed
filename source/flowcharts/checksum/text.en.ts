import type {FlowchartText} from '../define-flowchart.js';
import type {checksumGraph} from './graph.js';

/** The flowchart's English text; text.zh.ts has the same shape. */
export const en = {
	title: 'Which side of the checksum mismatch is wrong?',
	nodes: {
		database: {question: 'What does the checksum database record for {module} {version}?'},
		sources: {question: 'What does each GOPROXY entry serve for {module} {version} (the h1: hash of its zip and go.mod)?'},
		cache: {question: 'Does the module cache agree with itself for {module} {version} (.ziphash, .zip, extracted files)?'},
		compare: {question: 'Which side disagrees with the others: go.sum, a mirror, the origin, or the module cache?'},
		goSumWrong: {
			summary: "go.sum's line for {module} {version} is the wrong side: the checksum database and the proxies agree with each other, not with go.sum (a bad merge or a hand edit).",
		},
		mirrorAltered: {summary: 'A GOPROXY entry serves altered content for {module} {version}: it disagrees with the checksum database and the other sources.'},
		retagged: {
			summary: '{module} {version} was re-tagged upstream: the checksum database holds the hash it first saw, and the sources that fetched it later serve other content.',
		},
		cacheCorrupt: {summary: 'The module cache holds a corrupted copy of {module} {version}: its files disagree with the hash it recorded when downloading.'},
		agreeNow: {summary: 'Every source agrees on {module} {version} now: the mismatch go reported is not reproducible from here.'},
		undecided: {summary: 'Which side of the checksum mismatch for {module} {version} is wrong could not be decided from what answered.'},
		fixGoSum: {title: "Correct go.sum's line: remove it and let go download and verify it again (§4.2)"},
		useWorking: {title: 'Stop using the mirror that serves altered content (go env -w GOPROXY)'},
		pinVersion: {title: 'Keep the version the checksum database recorded, or ask the maintainer to publish a new one'},
		cleanCache: {title: 'Clean the module cache (go clean -modcache) and download again (§4.1)'},
		isolate: {title: 'Reproduce once with verification off, in that process only, to see the real error (§4.3)'},
	},
	messages: {},
} satisfies FlowchartText<typeof checksumGraph.nodes, unknown>;

/** The flowchart's own messages, in any language. */
export type ChecksumMessages = typeof en.messages;
