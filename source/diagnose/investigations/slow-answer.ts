import {slowAnswerFlow, type SlowAnswerSubject} from '../../flow/graphs/slow-answer.js';
import {t} from '../../i18n/index.js';
import {formatDuration} from '../../model/format.js';
import type {Finding} from '../../model/report.js';
import type {Investigation} from '../investigation.js';

/** Over this, a version list "answers slowly" (a healthy proxy answers in well under a second). */
export const slowListMs = 2000;

/**
§2.3 "answers slowly": every GOPROXY entry whose walk ended healthy but whose version list took longer than
`slowListMs` is a warning (go gets there, slowly), with the faster proxy offered when one was measured.
Reads the connectivity walks' measurements; runs no check of its own.
*/
export const slowAnswerInvestigation: Investigation<SlowAnswerSubject> = {
	id: 'slow-answer',
	flow: slowAnswerFlow,
	phase: 'after',
	subjects(context) {
		const results = context.connectivity ?? [];
		const fast = results.some((result) => result.verdict === 'healthy' && result.listMs !== undefined && result.listMs <= slowListMs);
		return results
			.filter((result) => result.role === 'goproxy' && result.verdict === 'healthy' && result.listMs !== undefined && result.listMs > slowListMs)
			.map((result) => ({label: result.label, url: result.url, listMs: Math.round(result.listMs ?? 0), thresholdMs: slowListMs, faster: fast ? 'yes' : 'no'}));
	},
	async check(pending) {
		throw new Error(`the slow-answer flow has no check ${pending.probe}`);
	},
	findings(walk): Finding[] {
		const {subject} = walk;
		return [
			{
				category: 'timeout',
				severity: 'warning',
				subject: subject.label,
				summary: walk.summary,
				evidence: [
					{
						probe: 'http',
						tool: 'undici',
						command: `GET ${subject.url}/…/@v/list`,
						outcome: 'slow',
						summary: t().findings.slowList(formatDuration(subject.listMs), formatDuration(subject.thresholdMs)),
						durationMs: subject.listMs,
					},
				],
				fixes: [],
			},
		];
	},
};
