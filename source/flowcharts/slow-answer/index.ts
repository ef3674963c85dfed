import {formatDuration} from '../../model/format.js';
import {defineFlowchart} from '../define-flowchart.js';
import {slowAnswerGraph, type SlowAnswerSubject} from './graph.js';
import {en} from './text.en.js';
import {zh} from './text.zh.js';

/** Over this, a version list "answers slowly" (a healthy proxy answers in well under a second). */
export const slowListMs = 2000;

/**
§2.3 "answers slowly": every GOPROXY entry whose walk ended healthy but whose version list took longer than
`slowListMs` is a warning (go gets there, slowly), with the faster proxy offered when one was measured.
Reads the connectivity walks' measurements; runs no check of its own.
*/
export const slowAnswerFlowchart = defineFlowchart<SlowAnswerSubject>()({
	id: 'slow-answer',
	graph: slowAnswerGraph,
	phase: 'after',
	subjects(context) {
		const results = context.connectivity ?? [];
		const fast = results.some((result) => result.verdict === 'healthy' && result.listMs !== undefined && result.listMs <= slowListMs);
		return results
			.filter(
				(result) => result.role === 'goproxy' && result.verdict === 'healthy' && result.listMs !== undefined && result.listMs > slowListMs,
			)
			.map((result) => ({
				label: result.label,
				url: result.url,
				listMs: Math.round(result.listMs ?? 0),
				thresholdMs: slowListMs,
				faster: fast ? 'yes' : 'no',
			}));
	},
	checks: {},
	findings(walk, {text}) {
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
						summary: text.slowList(formatDuration(subject.listMs), formatDuration(subject.thresholdMs)),
						durationMs: subject.listMs,
					},
				],
				fixes: [],
			},
		];
	},
	text: {en, zh},
});
