import {matchPrefixPatterns} from '../../go/match-prefix-patterns.js';
import {defineFlowchart} from '../define-flowchart.js';
import {verificationOffFix} from './fix-verification-off.js';
import {verificationOffGraph, type VerificationSubject} from './graph.js';
import {en} from './text.en.js';
import {zh} from './text.zh.js';

/**
§4.3 as its own flowchart: when go stopped at verification (a checksum mismatch, or the checksum database),
offer one reproduction with verification off for that process only, labelled as weakening security. It decides
from go's settings and error alone: it runs no check.
*/
export const verificationOffFlowchart = defineFlowchart<VerificationSubject>()({
	id: 'verification-off',
	graph: verificationOffGraph,
	phase: 'after',
	subjects(context) {
		const classified = context.classified ?? [];
		const exempt = [context.snapshot.values['GONOSUMDB'], context.snapshot.values['GOPRIVATE']].filter(Boolean).join(',');
		const subjects: VerificationSubject[] = [];
		for (const item of classified) {
			if (
				(item.category !== 'checksum-mismatch' && item.category !== 'sumdb') ||
				item.module === undefined ||
				item.version === undefined ||
				!/^v\d/.test(item.version)
			) {
				continue;
			}

			if (subjects.some((subject) => subject.module === item.module) || subjects.length >= 2) {
				continue;
			}

			subjects.push({
				label: `${item.module}@${item.version}`,
				module: item.module,
				version: item.version,
				stoppedBy: item.category === 'sumdb' ? 'sumdb' : 'checksum',
				gosumdb: context.snapshot.values['GOSUMDB'] ?? '',
				exempt: matchPrefixPatterns(exempt, item.module),
			});
		}

		return subjects;
	},
	checks: {},
	findings(walk) {
		if (walk.verdict === 'healthy' || walk.offers.length === 0) {
			return [];
		}

		const {subject} = walk;
		return [
			{
				category: walk.verdict,
				severity: 'info',
				subject: subject.label,
				summary: walk.summary,
				evidence: [],
				fixes: [verificationOffFix(subject.module, subject.version, subject.stoppedBy === 'sumdb' ? 'sumdb' : 'checksum')],
			},
		];
	},
	text: {en, zh},
});
