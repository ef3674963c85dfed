import {defineProbe} from '../../flow/define-probe.js';
import {say} from '../../i18n/index.js';
import {redactUserinfo} from '../../model/format.js';
import type {Message, Text} from '../../i18n/message.js';
import type {CacheHashes, SourceHash} from './probe-module-hash.js';

/** Everything compared: go.sum, the checksum database, each GOPROXY entry, the module cache. */
export type ChecksumFacts = {
	readonly module: string;
	readonly version: string;
	readonly part: 'zip' | 'go.mod';
	/** Go.sum's hash of the part, when it has a line. */
	readonly goSum?: string;
	/** The checksum database's hash of the part, when it answered with a verified record. */
	readonly database?: string;
	readonly databaseName?: string;
	/** What go said it downloaded. */
	readonly downloaded?: string;
	readonly sources: readonly SourceHash[];
	readonly cache?: CacheHashes;
};

/** Which side of a checksum mismatch is wrong. */
export type ChecksumJudgement = {
	readonly side: 'go-sum' | 'mirror' | 'retagged' | 'cache' | 'agree' | 'unknown';
	/** The sources that serve content the reference disagrees with (for `mirror`, `retagged`). */
	readonly altered: readonly SourceHash[];
	/** The sources that agree with the reference. */
	readonly agreeing: readonly SourceHash[];
	/** The hash the sides are measured against (the database's, else go.sum's). */
	readonly reference?: string;
	/** Only one source was asked, so an altered mirror and a re-tag look the same. */
	readonly single?: boolean;
};

/**
Decides which side of a checksum mismatch is wrong, from the hashes each side holds. Pure.
- `cache`: the module cache disagrees with itself (.ziphash against its .zip or extracted files);
- `go-sum`: the checksum database and every source agree, and go.sum differs (a bad merge or hand edit);
- `mirror`: some sources agree with the database (or go.sum) and others do not: those serve altered content;
- `retagged`: every source (two or more) agrees on content the database does not record: the origin moved the tag;
- `agree`: everything agrees now; `unknown`: not enough agreement to say.
*/
export function judgeChecksumSides(facts: ChecksumFacts): ChecksumJudgement {
	if (facts.cache?.outcome === 'corrupt') {
		return {side: 'cache', altered: [], agreeing: []};
	}

	const fetched = facts.sources.filter((source) => source.hash !== undefined);
	const reference = facts.database ?? facts.goSum;
	if (reference === undefined) {
		return {side: 'unknown', altered: [], agreeing: []};
	}

	const altered = fetched.filter((source) => source.hash !== reference);
	const agreeing = fetched.filter((source) => source.hash === reference);
	const base = {altered, agreeing, reference};
	if (facts.database !== undefined) {
		if (altered.length > 0 && agreeing.length > 0) {
			return {side: 'mirror', ...base};
		}

		if (altered.length > 0) {
			const together = new Set(altered.map((source) => source.hash)).size === 1;
			if (!together) {
				return {side: 'unknown', ...base};
			}

			return altered.length >= 2 ? {side: 'retagged', ...base} : {side: 'mirror', ...base, single: true};
		}

		// Every source that answered serves what the database records.
		if (facts.goSum !== undefined && facts.goSum !== facts.database && (agreeing.length > 0 || facts.downloaded === facts.database)) {
			return {side: 'go-sum', ...base};
		}

		return agreeing.length > 0 ? {side: 'agree', ...base} : {side: 'unknown', ...base};
	}

	// No database: go.sum is the only record; sources that agree with it vouch for it.
	if (altered.length > 0 && agreeing.length > 0) {
		return {side: 'mirror', ...base};
	}

	if (altered.length === 0 && agreeing.length > 0) {
		return {side: 'agree', ...base};
	}

	return {side: 'unknown', ...base};
}

/** What the comparison says: the module's messages, said in the reader's language where shown. */
export type SidesText = {
	readonly goSum: (module: Text, version: Text, goSum: Text, agreed: Text) => Message;
	readonly mirror: (module: Text, version: Text, altered: Text, reference: Text, agreeing: Text) => Message;
	readonly mirrorAlone: (module: Text, version: Text, altered: Text, reference: Text) => Message;
	readonly retagged: (module: Text, version: Text, database: Text, sources: Text) => Message;
	readonly cache: (module: Text, version: Text, problem: Text) => Message;
	readonly agree: (module: Text, version: Text) => Message;
	readonly unknown: (module: Text, version: Text) => Message;
};

/**
Which side disagrees with the others, from what the earlier checks measured: a pure comparison, shown with the
table of every side's hash.
*/
export const checksumSidesProbe = defineProbe({
	id: 'checksum-sides',
	outcomes: ['go-sum', 'mirror', 'retagged', 'cache', 'agree', 'unknown', 'error'],
	async run({facts, text}: {readonly facts: ChecksumFacts; readonly text: SidesText}) {
		const judged = judgeChecksumSides(facts);
		return {
			evidence: {
				probe: 'check',
				tool: 'gomod-doctor',
				command: 'compare the h1: hashes',
				outcome: judged.side,
				summary: sideSummary(facts, judged, text),
				durationMs: 0,
				output: hashTable(facts),
			},
		};
	},
});

export function sideSummary(facts: ChecksumFacts, judged: ChecksumJudgement, text: SidesText): Message {
	const names = (sources: readonly SourceHash[]) => sources.map((source) => redactUserinfo(source.label)).join(', ');
	const referenceName = facts.database === undefined ? 'go.sum' : (facts.databaseName ?? say.findings.theChecksumDatabase);
	switch (judged.side) {
		case 'go-sum': {
			return text.goSum(
				facts.module,
				facts.version,
				facts.goSum ?? '?',
				say.common.list([
					facts.databaseName ?? say.findings.theChecksumDatabase,
					...judged.agreeing.map((source) => redactUserinfo(source.label)),
				]),
			);
		}

		case 'mirror': {
			return judged.single === true
				? text.mirrorAlone(facts.module, facts.version, names(judged.altered), referenceName)
				: text.mirror(facts.module, facts.version, names(judged.altered), referenceName, names(judged.agreeing));
		}

		case 'retagged': {
			return text.retagged(facts.module, facts.version, referenceName, names(judged.altered));
		}

		case 'cache': {
			const {cache} = facts;
			return text.cache(
				facts.module,
				facts.version,
				cache?.ziphash !== undefined && cache.zip !== undefined && cache.ziphash !== cache.zip
					? `.ziphash ${cache.ziphash}, .zip ${cache.zip}`
					: `extracted files ${cache?.dir ?? '?'}, .ziphash ${cache?.ziphash ?? '?'}`,
			);
		}

		case 'agree': {
			return text.agree(facts.module, facts.version);
		}

		case 'unknown': {
			return text.unknown(facts.module, facts.version);
		}
	}
}

/** The hashes compared, one row a side: raw data like go's output, so said the same in every language. */
export function hashTable(facts: ChecksumFacts): string {
	const rows: Array<[string, string]> = [
		[`go.sum (${facts.part})`, facts.goSum ?? '(no line)'],
		[facts.databaseName ?? 'checksum database', facts.database ?? '(not known)'],
		...facts.sources.map((source): [string, string] => [redactUserinfo(source.label), source.hash ?? '(not served)']),
		['module cache .ziphash', facts.cache?.ziphash ?? '(none)'],
		['go downloaded', facts.downloaded ?? '(not said)'],
	];
	const width = Math.max(...rows.map(([name]) => name.length));
	return ['Hashes compared:', ...rows.map(([name, hash]) => `  ${name.padEnd(width)}  ${hash}`)].join('\n');
}
