import {goModDownloadFix, goSumTidyFix} from '../../fixes/fix-module.js';
import {say} from '../../i18n/index.js';
import type {Fix} from '../../model/report.js';
import {defineFlowchart} from '../define-flowchart.js';
import {goSumGraph, type GoSumSubject} from './graph.js';
import {goSumLinesProbe, loadPackagesArgv} from './probe-go-sum-lines.js';
import {en} from './text.en.js';
import {zh} from './text.zh.js';

/**
Go.sum entries (§4.2), after the reproduction: when go.mod exists and either go's download succeeded (a build may
still fail) or go said `missing go.sum entry` / `updates to go.sum needed`.
*/
export const goSumFlowchart = defineFlowchart<GoSumSubject>()({
	id: 'go-sum',
	graph: goSumGraph,
	phase: 'after',
	subjects(context) {
		const {reproduction} = context;
		if (context.goMod === undefined || reproduction === undefined || context.requested !== undefined) {
			return [];
		}

		const named = (context.classified ?? []).some((item) => item.category === 'go-sum-missing');
		return reproduction.ok || named ? [{label: 'go.sum', dir: context.dir}] : [];
	},
	checks: {
		'go-sum-lines': async (subject, run) =>
			goSumLinesProbe.run({
				system: run.context.system,
				dir: subject.dir,
				env: run.context.env,
				goMod: run.context.goMod,
				timeoutMs: run.timeoutMs,
				signal: run.signal,
				text: run.text.lines,
			}),
	},
	findings(walk, {evidence, text, dataOf}) {
		if (walk.verdict === 'healthy') {
			return [];
		}

		const modules = dataOf(goSumLinesProbe) ?? [];
		const fixes = walk.offers.flatMap((id): Fix[] => {
			if (id === 'go-sum-download') {
				const fix = goModDownloadFix(modules, loadPackagesArgv);
				return fix === undefined ? [] : [fix];
			}

			return [goSumTidyFix(loadPackagesArgv)];
		});
		const which = modules.length === 0 ? '' : text.which(modules.join(', '));
		return [
			{
				category: 'go-sum-missing',
				severity: 'error',
				subject: modules.length === 1 ? modules[0]! : 'go.sum',
				summary: say.common.sentences([walk.summary, which]),
				evidence,
				fixes,
			},
		];
	},
	text: {en, zh},
});
