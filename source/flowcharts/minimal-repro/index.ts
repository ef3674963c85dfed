import {infoFix} from '../../fixes/fix-module.js';
import {projectDifferences} from '../../go/minimal-repro.js';
import type {Category} from '../../model/taxonomy.js';
import {defineFlowchart} from '../define-flowchart.js';
import {minimalReproGraph, type MinimalReproSubject} from './graph.js';
import {minimalReproProbe} from './probe-minimal-repro.js';
import {en} from './text.en.js';
import {zh} from './text.zh.js';

/**
Failures the minimal reproduction cannot tell anything about: the network, the proxies and go's settings are
the same in the empty module (the connectivity and settings flowcharts explain those), and the module cache and
the toolchain have flowcharts of their own. A checksum mismatch neither: an empty module has no go.sum to
disagree with, so it would always "work" there and wrongly blame the project (§2.4 compares every source instead).
*/
const environmentCategories = new Set<Category>([
	'dns',
	'timeout',
	'refused',
	'tls',
	'http-proxy',
	'proxy-bad-response',
	'private-auth',
	'goproxy-config',
	'sumdb',
	'toolchain',
	'cache',
	'checksum-mismatch',
	'go-missing',
	'no-module',
]);

/** §4.4, after go failed on a specific module@version for a reason that may lie in the project. */
export const minimalReproFlowchart = defineFlowchart<MinimalReproSubject>()({
	id: 'minimal-repro',
	graph: minimalReproGraph,
	phase: 'after',
	subjects(context) {
		const {reproduction} = context;
		if (reproduction === undefined || reproduction.ok || reproduction.timedOut || reproduction.canceled) {
			return [];
		}

		const failed = reproduction.failures[0];
		const primary = context.classified?.[0]?.category;
		if (failed === undefined || (primary !== undefined && environmentCategories.has(primary))) {
			return [];
		}

		return [{label: `${failed.module}@${failed.version}`, module: failed.module, version: failed.version}];
	},
	checks: {
		'minimal-repro': async (subject, run) =>
			minimalReproProbe.run({
				system: run.context.system,
				module: subject.module,
				version: subject.version,
				env: run.context.env,
				timeoutMs: run.timeoutMs,
				signal: run.signal,
				text: run.text.alone,
			}),
	},
	async findings(walk, {context, evidence, text}) {
		if (walk.current === 'environment') {
			const category = context.classified?.[0]?.category ?? 'other';
			return [{category, severity: 'info', subject: walk.subject.label, summary: walk.summary, evidence, fixes: []}];
		}

		if (walk.verdict === 'healthy') {
			return [];
		}

		const facts = await projectDifferences(context.system.fs, context.dir, context.goMod, walk.subject.module);
		return [
			{
				category: 'other',
				severity: 'error',
				subject: walk.subject.label,
				summary: text.withFacts(walk.summary, facts),
				evidence,
				fixes: [infoFix('minimal-inspect-project', text.projectTitle, text.facts(facts))],
			},
		];
	},
	text: {en, zh},
});
