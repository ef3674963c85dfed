import {reproductionEvidence} from '../../diagnose/conclude.js';
import type {AfterContext} from '../../diagnose/investigation.js';
import {goSumHash} from '../../go/parse-go-sum.js';
import {parseGoproxyList} from '../../go/parse-goproxy-list.js';
import {reproductionErrorText} from '../../go/reproduce-download.js';
import {parseChecksumMismatches} from '../../go/sumdb-mismatch.js';
import {say} from '../../i18n/index.js';
import type {Fix} from '../../model/report.js';
import {verificationOffFix} from '../verification-off/fix-verification-off.js';
import {defineFlowchart, type FindingsInput} from '../define-flowchart.js';
import {fixGoSumFix, useVerifiedProxy} from './checksum-fixes.js';
import {checksumGraph, type ChecksumCheckSubject, type ChecksumSubject} from './graph.js';
import {checksumSidesProbe, judgeChecksumSides, sideSummary, type ChecksumFacts} from './probe-checksum-sides.js';
import {moduleCacheProbe, moduleHashProbe} from './probe-module-hash.js';
import {sumdbLookupProbe} from './probe-sumdb-lookup.js';
import {en} from './text.en.js';
import {zh} from './text.zh.js';

/**
§2.4 and §4.2: when go's download did not match its recorded checksum, find which side is wrong before repairing
anything: the checksum database's record, what each GOPROXY entry serves, the module cache, and go.sum.
*/
export const checksumFlowchart = defineFlowchart<ChecksumCheckSubject>()({
	id: 'checksum',
	graph: checksumGraph,
	phase: 'after',
	// The candidates that answer are witnesses of which side is wrong: every one of them counts.
	waitsForEveryCandidate: (context) => mismatchSubjects(context).length > 0,
	subjects(context) {
		const lines = context.goSum ?? [];
		return mismatchSubjects(context).map((subject) => {
			const goSum = goSumHash(lines, subject.module, subject.version, subject.part === 'zip' ? 'zip' : 'go.mod');
			const goSumLines = lines
				.filter((line) => line.module === subject.module && line.version === subject.version)
				.map((line) => `${line.module} ${line.version}${line.goMod ? '/go.mod' : ''} ${line.hash}`);
			return {...subject, ...(goSum === undefined ? {} : {goSum}), goSumLines};
		});
	},
	checks: {
		'sumdb-lookup': async (subject, run) =>
			sumdbLookupProbe.run({
				system: run.context.system,
				values: run.context.snapshot.values,
				module: subject.module,
				version: subject.version,
				part: subject.part,
				text: run.text.database,
				...probeRun(run),
			}),
		async 'module-hash'(subject, run) {
			const result = await moduleHashProbe.run({
				system: run.context.system,
				sources: proxyEntries(run.context),
				module: subject.module,
				version: subject.version,
				part: subject.part,
				text: run.text.moduleHash,
				...probeRun(run),
			});
			return {
				...result,
				evidence: {...result.evidence, summary: say.common.sentences([result.evidence.summary, run.text.side.notChecked])},
			};
		},
		'module-cache': async (subject, run) =>
			moduleCacheProbe.run({
				system: run.context.system,
				gomodcache: run.context.snapshot.values['GOMODCACHE'] ?? '',
				module: subject.module,
				version: subject.version,
				text: run.text.moduleHash,
			}),
		'checksum-sides': async (subject, run) => checksumSidesProbe.run({facts: factsOf(subject, run.dataOf), text: run.text.side}),
	},
	findings(walk, {context, evidence, dataOf, text}) {
		const {subject} = walk;
		const facts = factsOf(subject, dataOf);
		const judged = judgeChecksumSides(facts);
		const fixes: Fix[] = [];
		for (const offered of walk.offers) {
			switch (offered) {
				case 'checksum-fix-go-sum': {
					if (judged.side === 'go-sum') {
						fixes.push(fixGoSumFix(subject, subject.goSumLines, facts.databaseName ?? '', text));
					}

					break;
				}

				case 'goproxy-use-working': {
					fixes.push(...useVerifiedProxy(context, judged));
					break;
				}

				case 'checksum-pin-version': {
					fixes.push({
						id: 'checksum-pin-version',
						title: text.pinTitle(subject.module, subject.version),
						detail: text.pinDetail(subject.module, subject.version),
						kind: 'info',
						scope: 'persistent',
						weakensSecurity: false,
					});
					break;
				}

				case 'checksum-clean-cache': {
					fixes.push({
						id: 'checksum-clean-cache',
						title: text.cleanCacheTitle,
						detail: text.cleanCacheDetail(subject.module),
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
				summary: sideSummary(facts, judged, text.side),
				evidence: [...evidence, ...(context.reproduction === undefined ? [] : [reproductionEvidence(context.reproduction)])],
				fixes,
			},
		];
	},
	text: {en, zh},
});

/** The deadline, environment and signal a check passes on to its probe. */
function probeRun(run: {readonly context: AfterContext; readonly timeoutMs: number; readonly signal?: AbortSignal}) {
	return {env: run.context.env, timeoutMs: run.timeoutMs, ...(run.signal === undefined ? {} : {signal: run.signal})};
}

/** Everything the walk compared so far: go.sum (from the subject), then what each check measured. */
function factsOf(subject: ChecksumCheckSubject, dataOf: FindingsInput<typeof checksumGraph.nodes, unknown>['dataOf']): ChecksumFacts {
	const database = dataOf(sumdbLookupProbe);
	const cache = dataOf(moduleCacheProbe);
	return {
		module: subject.module,
		version: subject.version,
		part: subject.part,
		...(subject.goSum === undefined ? {} : {goSum: subject.goSum}),
		...(database?.hash === undefined ? {} : {database: database.hash}),
		...(database === undefined ? {} : {databaseName: database.name}),
		...(subject.downloaded === undefined ? {} : {downloaded: subject.downloaded}),
		sources: dataOf(moduleHashProbe) ?? [],
		...(cache === undefined ? {} : {cache}),
	};
}

/**
The sources asked for the module: the GOPROXY entries go fetches through (http and https), then the candidate
proxies that answered the connectivity walks, as further witnesses (with one GOPROXY entry and no checksum
database, only they can tell an altered mirror from a wrong go.sum line).
*/
function proxyEntries(context: AfterContext) {
	const entries = parseGoproxyList(context.snapshot.values['GOPROXY'] ?? '').entries.flatMap((entry) =>
		entry.kind === 'url' && (entry.scheme === 'http' || entry.scheme === 'https') ? [{label: entry.raw, url: entry.url}] : [],
	);
	const witnesses = (context.connectivity ?? [])
		.filter((result) => result.role === 'candidate' && result.verdict === 'healthy' && !entries.some((entry) => entry.url === result.url))
		.map((result) => ({label: result.label, url: result.url}));
	return [...entries, ...witnesses];
}

/** The module versions go reported a checksum mismatch for (at most three). */
function mismatchSubjects(context: AfterContext): ChecksumSubject[] {
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
		subjects.push({
			label,
			module: item.module,
			version: item.version,
			part: item.part,
			against: item.against,
			downloaded: item.downloaded,
			recorded: item.recorded,
		});
	}

	return subjects;
}
