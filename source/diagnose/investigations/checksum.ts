import {formatArgv} from '../../model/format.js';
import {goproxyFixes, type ProxyHealth} from '../../fixes/fix-goproxy-order.js';
import {checksumFlow, type ChecksumSubject} from '../../flow/graphs/checksum.js';
import {verificationOffFix} from '../../flowcharts/verification-off/fix-verification-off.js';
import {matchPrefixPatterns} from '../../go/match-prefix-patterns.js';
import {goSumHash} from '../../go/parse-go-sum.js';
import {parseGoproxyList} from '../../go/parse-goproxy-list.js';
import {reproductionErrorText} from '../../go/reproduce-download.js';
import {parseGosumdb} from '../../go/sumdb-config.js';
import {parseChecksumMismatches} from '../../go/sumdb-mismatch.js';
import {t} from '../../i18n/index.js';
import {redactUserinfo} from '../../model/format.js';
import type {Evidence, Finding, Fix} from '../../model/report.js';
import {probeModuleCache, probeModuleHashes, type CacheHashes} from '../../probes/probe-module-hash.js';
import {probeSumdbLookup, sumdbRoute} from '../../probes/probe-sumdb.js';
import {reproductionEvidence} from '../conclude.js';
import type {Investigation, InvestigationContext} from '../investigation.js';
import {walkEvidence} from '../run-investigations.js';

/** One source's hash of the part that mismatched. */
export type SourceHash = {readonly label: string; readonly url: string; readonly hash?: string};

/** Everything compared: go.sum, the checksum database, each GOPROXY entry, the module cache. */
export type ChecksumFacts = {
	readonly module: string;
	readonly version: string;
	readonly part: 'zip' | 'go.mod';
	/** go.sum's hash of the part, when it has a line. */
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

/** What each walk measured, by subject (subjects are made fresh for every diagnosis). */
const measured = new WeakMap<ChecksumSubject, {database?: string; databaseName?: string; sources: SourceHash[]; cache?: CacheHashes; goSum?: string; goSumLines: string[]}>();

function factsOf(subject: ChecksumSubject) {
	let facts = measured.get(subject);
	if (facts === undefined) {
		facts = {sources: [], goSumLines: []};
		measured.set(subject, facts);
	}

	return facts;
}

/**
The sources asked for the module: the GOPROXY entries go fetches through (http and https), then the candidate
proxies that answered the connectivity walks, as further witnesses (with one GOPROXY entry and no checksum
database, only they can tell an altered mirror from a wrong go.sum line).
*/
function proxyEntries(context: InvestigationContext) {
	const entries = parseGoproxyList(context.snapshot.values['GOPROXY'] ?? '').entries.flatMap((entry) =>
		entry.kind === 'url' && (entry.scheme === 'http' || entry.scheme === 'https') ? [{label: entry.raw, url: entry.url}] : [],
	);
	const witnesses = (context.connectivity ?? [])
		.filter((result) => result.role === 'candidate' && result.verdict === 'healthy' && !entries.some((entry) => entry.url === result.url))
		.map((result) => ({label: result.label, url: result.url}));
	return [...entries, ...witnesses];
}

/** The module versions go reported a checksum mismatch for (at most three). */
function mismatchSubjects(context: InvestigationContext): ChecksumSubject[] {
	if (context.reproduction === undefined || !(context.classified ?? []).some((item) => item.category === 'checksum-mismatch')) {
		return [];
	}

	const seen = new Set<string>();
	const subjects: ChecksumSubject[] = [];
	for (const item of parseChecksumMismatches(reproductionErrorText(context.reproduction))) {
		const label = `${item.module}@${item.version}`;
		if (seen.has(label) || subjects.length >= 3) {
			continue;
		}

		seen.add(label);
		subjects.push({label, module: item.module, version: item.version, part: item.part, against: item.against, downloaded: item.downloaded, recorded: item.recorded});
	}

	return subjects;
}

/**
§2.4 and §4.2: when go's download did not match its recorded checksum, find which side is wrong before repairing
anything: the checksum database's record, what each GOPROXY entry serves, the module cache, and go.sum.
*/
export const checksumInvestigation: Investigation<ChecksumSubject> = {
	id: 'checksum',
	flow: checksumFlow,
	phase: 'after',
	// The candidates that answer are witnesses of which side is wrong: every one of them counts.
	waitsForEveryCandidate: (context) => mismatchSubjects(context).length > 0,
	async subjects(context) {
		const subjects = mismatchSubjects(context);
		if (subjects.length === 0) {
			return [];
		}

		const lines = context.goSum ?? [];
		for (const subject of subjects) {
			const facts = factsOf(subject);
			const goSum = goSumHash(lines, subject.module, subject.version, subject.part === 'zip' ? 'zip' : 'go.mod');
			if (goSum !== undefined) {
				facts.goSum = goSum;
			}

			facts.goSumLines = lines
				.filter((line) => line.module === subject.module && line.version === subject.version)
				.map((line) => `${line.module} ${line.version}${line.goMod ? '/go.mod' : ''} ${line.hash}`);
		}

		return subjects;
	},
	async check(pending, subject, run): Promise<Evidence> {
		const {context} = run;
		const facts = factsOf(subject);
		const probeRun = {env: context.env, timeoutMs: run.timeoutMs, ...(run.signal === undefined ? {} : {signal: run.signal})};
		switch (pending.probe) {
			case 'sumdb-lookup': {
				const config = parseGosumdb(context.snapshot.values['GOSUMDB'] ?? '');
				const exempt = [context.snapshot.values['GONOSUMDB'], context.snapshot.values['GOPRIVATE']].filter(Boolean).join(',');
				const off = (why: string): Evidence => ({probe: 'config', tool: 'go env', command: 'go env GOSUMDB GONOSUMDB GOPRIVATE', outcome: 'off', summary: t().checksum.database.off(why), durationMs: 0});
				if (config.kind === 'off') {
					return off(t().checksum.database.offGosumdb);
				}

				if (config.kind === 'invalid') {
					return off(t().checksum.database.invalid(config.reason));
				}

				if (matchPrefixPatterns(exempt, subject.module)) {
					return off(t().checksum.database.exempt(subject.module));
				}

				const route = await sumdbRoute(context.system, config, context.snapshot.values['GOPROXY'] ?? '', probeRun);
				const {evidence, result} = await probeSumdbLookup(context.system, {base: route.base, key: config.key, module: subject.module, version: subject.version, ...probeRun});
				facts.databaseName = config.name;
				const hash = subject.part === 'zip' ? result.zip : result.mod;
				if (result.outcome === 'found' && hash !== undefined) {
					facts.database = hash;
				}

				return evidence;
			}

			case 'module-hash': {
				const {evidence, sources} = await probeModuleHashes(context.system, {sources: proxyEntries(context), module: subject.module, version: subject.version, ...probeRun});
				facts.sources = sources.map((source) => {
					const hash = subject.part === 'zip' ? source.zip : source.mod;
					return {label: source.label, url: source.url, ...(hash === undefined ? {} : {hash})};
				});
				return {...evidence, summary: t().common.sentences([evidence.summary, t().checksum.side.notChecked])};
			}

			case 'module-cache': {
				const {evidence, cache} = await probeModuleCache(context.system, {gomodcache: context.snapshot.values['GOMODCACHE'] ?? '', module: subject.module, version: subject.version});
				facts.cache = cache;
				return evidence;
			}

			case 'checksum-sides': {
				const judged = judgeChecksumSides(toFacts(subject));
				return {
					probe: 'check',
					tool: 'gomod-doctor',
					command: 'compare the h1: hashes',
					outcome: judged.side,
					summary: sideSummary(subject, judged),
					durationMs: 0,
					output: hashTable(subject),
				};
			}

			default: {
				throw new Error(`checksum has no check ${pending.probe}`);
			}
		}
	},
	findings(walk, context): Finding[] {
		const {subject} = walk;
		const judged = judgeChecksumSides(toFacts(subject));
		const facts = factsOf(subject);
		const fixes: Fix[] = [];
		for (const offered of walk.offers) {
			switch (offered) {
				case 'checksum-fix-go-sum': {
					if (judged.side === 'go-sum') {
						fixes.push(fixGoSumFix(subject, facts.goSumLines, facts.databaseName ?? ''));
					}

					break;
				}

				case 'goproxy-use-working': {
					fixes.push(...useVerifiedProxy(context, judged));
					break;
				}

				case 'checksum-pin-version': {
					fixes.push({id: 'checksum-pin-version', title: t().checksum.pinTitle(subject.module, subject.version), detail: t().checksum.pinDetail(subject.module, subject.version), kind: 'info', scope: 'persistent', weakensSecurity: false});
					break;
				}

				case 'checksum-clean-cache': {
					fixes.push({
						id: 'checksum-clean-cache',
						title: t().checksum.cleanCacheTitle,
						detail: t().checksum.cleanCacheDetail(subject.module),
						kind: 'command',
						argv: ['go', 'clean', '-modcache'],
						scope: 'persistent',
						weakensSecurity: false,
					});
					break;
				}

				case 'verification-off-repro': {
					fixes.push(verificationOffFix(subject.module, subject.version, 'checksum'));
					break;
				}

				default: {
					break;
				}
			}
		}

		const blamed =
			judged.side === 'mirror' || judged.side === 'retagged'
				? judged.altered.map((source) => source.label).join(', ')
				: judged.side === 'go-sum'
					? `go.sum (${subject.label})`
					: judged.side === 'cache'
						? `${context.snapshot.values['GOMODCACHE'] ?? 'GOMODCACHE'} (${subject.label})`
						: subject.label;
		return [
			{
				category: 'checksum-mismatch',
				severity: judged.side === 'agree' ? 'warning' : 'error',
				subject: blamed || subject.label,
				summary: sideSummary(subject, judged),
				evidence: [...walkEvidence(walk), ...(context.reproduction === undefined ? [] : [reproductionEvidence(context.reproduction)])],
				fixes,
			},
		];
	},
};

function toFacts(subject: ChecksumSubject): ChecksumFacts {
	const facts = factsOf(subject);
	return {
		module: subject.module,
		version: subject.version,
		part: subject.part,
		...(facts.goSum === undefined ? {} : {goSum: facts.goSum}),
		...(facts.database === undefined ? {} : {database: facts.database}),
		...(facts.databaseName === undefined ? {} : {databaseName: facts.databaseName}),
		...(subject.downloaded === undefined ? {} : {downloaded: subject.downloaded}),
		sources: facts.sources,
		...(facts.cache === undefined ? {} : {cache: facts.cache}),
	};
}

function sideSummary(subject: ChecksumSubject, judged: ChecksumJudgement): string {
	const text = t().checksum.side;
	const facts = factsOf(subject);
	const names = (sources: readonly SourceHash[]) => sources.map((source) => redactUserinfo(source.label)).join(', ');
	const referenceName = facts.database === undefined ? 'go.sum' : (facts.databaseName ?? t().findings.theChecksumDatabase);
	switch (judged.side) {
		case 'go-sum': {
			return text.goSum(subject.module, subject.version, facts.goSum ?? '?', [facts.databaseName ?? t().findings.theChecksumDatabase, ...judged.agreeing.map((source) => redactUserinfo(source.label))].join(', '));
		}

		case 'mirror': {
			return judged.single === true
				? text.mirrorAlone(subject.module, subject.version, names(judged.altered), referenceName)
				: text.mirror(subject.module, subject.version, names(judged.altered), referenceName, names(judged.agreeing));
		}

		case 'retagged': {
			return text.retagged(subject.module, subject.version, referenceName, names(judged.altered));
		}

		case 'cache': {
			const cache = facts.cache;
			return text.cache(subject.module, subject.version, cache?.ziphash !== undefined && cache.zip !== undefined && cache.ziphash !== cache.zip ? `.ziphash ${cache.ziphash}, .zip ${cache.zip}` : `extracted files ${cache?.dir ?? '?'}, .ziphash ${cache?.ziphash ?? '?'}`);
		}

		case 'agree': {
			return text.agree(subject.module, subject.version);
		}

		case 'unknown': {
			return text.unknown(subject.module, subject.version);
		}
	}
}

function hashTable(subject: ChecksumSubject): string {
	const facts = factsOf(subject);
	const rows: Array<[string, string]> = [
		[`go.sum (${subject.part})`, facts.goSum ?? '(no line)'],
		[facts.databaseName ?? 'checksum database', facts.database ?? '(not known)'],
		...facts.sources.map((source): [string, string] => [redactUserinfo(source.label), source.hash ?? '(not served)']),
		['module cache .ziphash', facts.cache?.ziphash ?? '(none)'],
		['go downloaded', subject.downloaded ?? '(not said)'],
	];
	const width = Math.max(...rows.map(([name]) => name.length));
	return [`${t().checksum.side.table}:`, ...rows.map(([name, hash]) => `  ${name.padEnd(width)}  ${hash}`)].join('\n');
}

/** §4.2's repair, only when go.sum is the wrong side: its lines of the version removed, then downloaded and verified again. */
export function fixGoSumFix(subject: ChecksumSubject, lines: readonly string[], database: string): Fix {
	return {
		id: 'checksum-fix-go-sum',
		title: t().checksum.fixGoSumTitle(subject.module, subject.version),
		detail: t().checksum.fixGoSumDetail(lines.map((line) => `"${line}"`).join(', ') || '(none)', database),
		kind: 'command',
		argv: ['go', 'mod', 'download', `${subject.module}@${subject.version}`],
		goSumRemove: lines,
		// Every step as it runs: the exact lines out of go.sum (whole-line, fixed-string matches; grep's status 1 only
		// says no line was left), then the download.
		byHand: [
			...(lines.length === 0 ? [] : [`(${formatArgv(['grep', '-vxF', ...lines.flatMap((line) => ['-e', line]), 'go.sum'])} || [ $? -eq 1 ]) > go.sum.new && mv go.sum.new go.sum`]),
			formatArgv(['go', 'mod', 'download', `${subject.module}@${subject.version}`]),
		],
		scope: 'persistent',
		weakensSecurity: false,
	};
}

/** The GOPROXY fix with only the entries whose content was checked and found right counted as working. */
function useVerifiedProxy(context: InvestigationContext, judged: ChecksumJudgement): Fix[] {
	if (judged.altered.length === 0) {
		return [];
	}

	const {entries} = parseGoproxyList(context.snapshot.values['GOPROXY'] ?? '');
	const health: ProxyHealth[] = [...judged.agreeing, ...judged.altered].map((source) => {
		const measuredList = context.connectivity?.find((result) => result.url === source.url)?.listMs;
		return {
			url: source.url,
			raw: source.label,
			verdict: judged.agreeing.includes(source) ? 'healthy' : 'checksum-mismatch',
			role: entries.some((entry) => entry.kind === 'url' && entry.url === source.url) ? 'goproxy' : 'candidate',
			...(measuredList === undefined ? {} : {listMs: measuredList}),
			correct: judged.agreeing.includes(source),
		};
	});
	const shadowed = context.snapshot.settings.find((setting) => setting.name === 'GOPROXY')?.source === 'environment';
	return goproxyFixes(entries, health, {shadowedByEnvironment: shadowed}).filter((fix) => fix.id === 'goproxy-use-working');
}
