import {reproductionErrorText} from '../../go/reproduce-download.js';
import {defineFlowchart} from '../define-flowchart.js';
import {modulePathGraph, type ModulePathSubject} from './graph.js';
import {escapeRegExp, modulePathUsesProbe} from './probe-module-path-uses.js';
import {en} from './text.en.js';
import {zh} from './text.zh.js';

/** Go's words: `module declares its path as: X` / `but was required as: Y` (on one line or two). */
const mismatchPattern = /module declares its path as:\s*(\S+)\s+but was required as:\s*(\S+)/;

/** `module declares its path as`: both paths, and the files of this module that name the old one. */
export const modulePathFlowchart = defineFlowchart<ModulePathSubject>()({
	id: 'module-path',
	graph: modulePathGraph,
	phase: 'after',
	subjects(context) {
		if (!(context.classified ?? []).some((item) => item.category === 'module-path')) {
			return [];
		}

		const text = context.reproduction === undefined ? '' : `${reproductionErrorText(context.reproduction)}\n${context.reproduction.stderr}`;
		const subjects: ModulePathSubject[] = [];
		for (const match of text.matchAll(new RegExp(mismatchPattern, 'g'))) {
			const declared = match[1]!;
			const required = match[2]!;
			if (subjects.some((subject) => subject.required === required)) {
				continue;
			}

			const version =
				new RegExp(String.raw`${escapeRegExp(required)}@(v[^\s:]+)`).exec(text)?.[1] ??
				context.goMod?.requires.find((require) => require.path === required)?.version ??
				'';
			subjects.push({label: required, required, declared, version});
		}

		return subjects;
	},
	checks: {
		'module-path-uses': async (subject, run) =>
			modulePathUsesProbe.run({system: run.context.system, dir: run.context.dir, required: subject.required, text: run.text.uses}),
	},
	findings(walk, {evidence, text, dataOf}) {
		const {subject} = walk;
		const places = dataOf(modulePathUsesProbe) ?? [];
		return [
			{
				category: 'module-path',
				severity: 'error',
				subject: subject.required,
				summary: walk.summary,
				evidence,
				fixes: walk.offers.includes('module-path-change')
					? [
							{
								id: 'module-path-change',
								title: text.changeTitle(subject.declared),
								detail: text.changeDetail(subject.required, subject.declared, places.length > 0 ? places.join(', ') : text.indirectPlaces),
								kind: 'info',
								scope: 'persistent',
								weakensSecurity: false,
							},
						]
					: [],
			},
		];
	},
	text: {en, zh},
});
