import {defineFlowFor} from '../define-flow.js';

/** A module version whose download did not match its recorded checksum. */
export type ChecksumSubject = {
	/** `module@version`. */
	readonly label: string;
	readonly module: string;
	readonly version: string;
	/** What go found mismatching: the module zip, or its go.mod. */
	readonly part: 'zip' | 'go.mod';
	/** Where the hash go compared with came from: a go.sum line, or the checksum database. */
	readonly against: 'go.sum' | 'sumdb';
	/** The `h1:` hash go computed of what it downloaded, when it said. */
	readonly downloaded?: string;
	/** The `h1:` hash go.sum (or the database) holds, when go said. */
	readonly recorded?: string;
};

/**
The guide's §2.4 (checksum mismatch) and §4.2 (go.sum), read for Go: "generate → checksum → transfer → restore →
re-checksum → equal?", with each stage a real source of the `h1:` hash: the checksum database's record, what each
GOPROXY entry serves, and what the module cache holds. Only when it is known which side disagrees is a repair
offered; §4.2's "clean the cache, download again, update go.sum" only when go.sum is the wrong side.
*/
export const checksumFlow = defineFlowFor<ChecksumSubject>()({
	id: 'checksum',
	source: '§2.4, §4.2',
	title: 'Which side of the checksum mismatch is wrong?',
	start: 'database',
	nodes: {
		database: {
			kind: 'probe',
			probe: 'sumdb-lookup',
			question: 'What does the checksum database record for {module} {version}?',
			edges: {found: 'sources', 'not-found': 'sources', unreachable: 'sources', 'bad-signature': 'sources', off: 'sources', error: 'sources'},
		},
		sources: {
			kind: 'probe',
			probe: 'module-hash',
			question: 'What does each GOPROXY entry serve for {module} {version} (the h1: hash of its zip and go.mod)?',
			edges: {fetched: 'cache', none: 'cache', error: 'cache'},
		},
		cache: {
			kind: 'probe',
			probe: 'module-cache',
			question: 'Does the module cache agree with itself for {module} {version} (.ziphash, .zip, extracted files)?',
			edges: {consistent: 'compare', corrupt: 'compare', absent: 'compare', error: 'compare'},
		},
		compare: {
			kind: 'probe',
			probe: 'checksum-sides',
			question: 'Which side disagrees with the others: go.sum, a mirror, the origin, or the module cache?',
			edges: {'go-sum': 'goSumWrong', mirror: 'mirrorAltered', retagged: 'retagged', cache: 'cacheCorrupt', agree: 'agreeNow', unknown: 'undecided', error: 'undecided'},
		},
		goSumWrong: {
			kind: 'end',
			verdict: 'checksum-mismatch',
			summary: "go.sum's line for {module} {version} is the wrong side: the checksum database and the proxies agree with each other, not with go.sum (a bad merge or a hand edit).",
			offers: ['fixGoSum', 'isolate'],
		},
		mirrorAltered: {
			kind: 'end',
			verdict: 'checksum-mismatch',
			summary: 'A GOPROXY entry serves altered content for {module} {version}: it disagrees with the checksum database and the other sources.',
			offers: ['useWorking', 'isolate'],
		},
		retagged: {
			kind: 'end',
			verdict: 'checksum-mismatch',
			summary: '{module} {version} was re-tagged upstream: the checksum database holds the hash it first saw, and the sources that fetched it later serve other content.',
			offers: ['pinVersion'],
		},
		cacheCorrupt: {
			kind: 'end',
			verdict: 'checksum-mismatch',
			summary: 'The module cache holds a corrupted copy of {module} {version}: its files disagree with the hash it recorded when downloading.',
			offers: ['cleanCache'],
		},
		agreeNow: {
			kind: 'end',
			verdict: 'checksum-mismatch',
			summary: 'Every source agrees on {module} {version} now: the mismatch go reported is not reproducible from here.',
			offers: ['isolate'],
		},
		undecided: {
			kind: 'end',
			verdict: 'checksum-mismatch',
			summary: 'Which side of the checksum mismatch for {module} {version} is wrong could not be decided from what answered.',
			offers: ['isolate'],
		},
		fixGoSum: {kind: 'fix', title: "Correct go.sum's line: remove it and let go download and verify it again (§4.2)", fixes: ['checksum-fix-go-sum']},
		useWorking: {kind: 'fix', title: 'Stop using the mirror that serves altered content (go env -w GOPROXY)', fixes: ['goproxy-use-working']},
		pinVersion: {kind: 'fix', title: 'Keep the version the checksum database recorded, or ask the maintainer to publish a new one', fixes: ['checksum-pin-version']},
		cleanCache: {kind: 'fix', title: 'Clean the module cache (go clean -modcache) and download again (§4.1)', fixes: ['checksum-clean-cache']},
		isolate: {kind: 'fix', title: 'Reproduce once with verification off, in that process only, to see the real error (§4.3)', fixes: ['verification-off-repro']},
	},
});
