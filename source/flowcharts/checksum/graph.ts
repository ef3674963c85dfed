import {defineGraph} from '../define-flowchart.js';
import {checksumSidesProbe} from './probe-checksum-sides.js';
import {moduleCacheProbe, moduleHashProbe} from './probe-module-hash.js';
import {sumdbLookupProbe} from './probe-sumdb-lookup.js';

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

/** A mismatch as the flowchart walks it, with what go.sum holds for the version (read before go ran). */
export type ChecksumCheckSubject = ChecksumSubject & {
	/** Go.sum's hash of the part that mismatched, when it has a line. */
	readonly goSum?: string;
	/** Go.sum's lines of the version, as written (what the go.sum repair removes). */
	readonly goSumLines: readonly string[];
};

/**
The guide's §2.4 (checksum mismatch) and §4.2 (go.sum), read for Go: "generate → checksum → transfer → restore →
re-checksum → equal?", with each stage a real source of the `h1:` hash: the checksum database's record, what each
GOPROXY entry serves, and what the module cache holds. Only when it is known which side disagrees is a repair
offered; §4.2's "clean the cache, download again, update go.sum" only when go.sum is the wrong side.
*/
export const checksumGraph = defineGraph<ChecksumCheckSubject>()({
	source: '§2.4, §4.2',
	start: 'database',
	nodes: {
		database: {
			kind: 'probe',
			probe: sumdbLookupProbe,
			edges: {
				found: 'sources',
				'not-found': 'sources',
				unreachable: 'sources',
				'bad-signature': 'sources',
				off: 'sources',
				error: 'sources',
			},
		},
		sources: {kind: 'probe', probe: moduleHashProbe, edges: {fetched: 'cache', none: 'cache', error: 'cache'}},
		cache: {
			kind: 'probe',
			probe: moduleCacheProbe,
			edges: {consistent: 'compare', corrupt: 'compare', absent: 'compare', error: 'compare'},
		},
		compare: {
			kind: 'probe',
			probe: checksumSidesProbe,
			edges: {
				'go-sum': 'goSumWrong',
				mirror: 'mirrorAltered',
				retagged: 'retagged',
				cache: 'cacheCorrupt',
				agree: 'agreeNow',
				unknown: 'undecided',
				error: 'undecided',
			},
		},
		goSumWrong: {kind: 'end', verdict: 'checksum-mismatch', offers: ['fixGoSum', 'isolate']},
		mirrorAltered: {kind: 'end', verdict: 'checksum-mismatch', offers: ['useWorking', 'isolate']},
		retagged: {kind: 'end', verdict: 'checksum-mismatch', offers: ['pinVersion']},
		cacheCorrupt: {kind: 'end', verdict: 'checksum-mismatch', offers: ['cleanCache']},
		agreeNow: {kind: 'end', verdict: 'checksum-mismatch', offers: ['isolate']},
		undecided: {kind: 'end', verdict: 'checksum-mismatch', offers: ['isolate']},
		fixGoSum: {kind: 'fix', fixes: ['checksum-fix-go-sum']},
		useWorking: {kind: 'fix', fixes: ['goproxy-use-working']},
		pinVersion: {kind: 'fix', fixes: ['checksum-pin-version']},
		cleanCache: {kind: 'fix', fixes: ['checksum-clean-cache']},
		isolate: {kind: 'fix', fixes: ['verification-off-repro']},
	},
});
