import {infoFix} from '../../fixes/fix-module.js';
import {minimalReproFlow, type MinimalReproSubject} from '../../flow/graphs/minimal-repro.js';
import {projectDifferences} from '../../go/minimal-repro.js';
import {t} from '../../i18n/index.js';
import type {Category} from '../../model/taxonomy.js';
import type {Finding} from '../../model/report.js';
import {probeMinimalRepro} from '../../probes/probe-minimal-repro.js';
import type {Investigation} from '../investigation.js';
import {walkEvidence} from '../run-investigations.js';

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
export const minimalReproInvestigation: Investigation<MinimalReproSubject> = {
	id: 'minimal-repro',
	flow: minimalReproFlow,
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
	async check(pending, subject, run) {
		if (pending.probe !== 'minimal-repro') {
			throw new Error(`minimal-repro has no check ${pending.probe}`);
		}

		return probeMinimalRepro(run.context.system, {module: subject.module, version: subject.version, env: run.context.env, timeoutMs: run.timeoutMs, ...(run.signal === undefined ? {} : {signal: run.signal})});
	},
	async findings(walk, context): Promise<Finding[]> {
		const evidence = walkEvidence(walk);
		if (walk.current === 'environment') {
			const category = context.classified?.[0]?.category ?? 'other';
			return [{category, severity: 'info', subject: walk.subject.label, summary: walk.summary, evidence, fixes: []}];
		}

		if (walk.verdict === 'healthy') {
			return [];
		}

		const facts = await projectDifferences(context.system.fs, context.dir, context.goMod, walk.subject.module);
		const detail = facts.join('; ');
		return [
			{
				category: 'other',
				severity: 'error',
				subject: walk.subject.label,
				summary: `${walk.summary}${detail === '' ? '' : ` ${detail}.`}`,
				evidence,
				fixes: [infoFix('minimal-inspect-project', t().module.minimalProjectTitle, detail)],
			},
		];
	},
};
