import {handedData} from '../../flow/walk.js';
import path from 'node:path';
import {goCleanModcacheFix, infoFix, moveModcacheFix} from '../../fixes/fix-module.js';
import {moduleCacheFlow, type ModuleCacheSubject} from '../../flow/graphs/module-cache.js';
import {formatBytes, mentionsCache} from '../../go/module-cache.js';
import {reproductionErrorText} from '../../go/reproduce-download.js';
import {t} from '../../i18n/index.js';
import type {Finding, Fix} from '../../model/report.js';
import {probeCacheSize, probeCacheWritable, probeCleanRepeat, type CacheProbeInput} from '../../probes/probe-cache.js';
import type {Investigation, InvestigationContext} from '../investigation.js';
import {walkEvidence} from '../run-investigations.js';


/** The subject's module when go named none, in the session's language (compared within one session only). */
const wholeGraph = (): string => t().findings.wholeGraph;

/**
§4.1, after go failed in a way that points at the module cache (`permission denied` or `read-only file system`
under GOMODCACHE, `zip: not a valid zip file`, `no space left on device`, `could not create module cache`…).
*/
export const moduleCacheInvestigation: Investigation<ModuleCacheSubject> = {
	id: 'module-cache',
	flow: moduleCacheFlow,
	phase: 'after',
	subjects(context) {
		const {reproduction} = context;
		if (reproduction === undefined || reproduction.ok) {
			return [];
		}

		const dir = context.snapshot.values['GOMODCACHE'] ?? '';
		const text = reproductionErrorText(reproduction);
		const byCategory = (context.classified ?? []).some((item) => item.category === 'cache');
		if (dir === '' || (!byCategory && !mentionsCache(text, dir))) {
			return [];
		}

		const failed = reproduction.failures[0];
		return [{label: dir, dir, module: context.requested ?? (failed === undefined ? wholeGraph() : `${failed.module}@${failed.version}`)}];
	},
	async check(pending, subject, run) {
		const input: CacheProbeInput = {
			dir: subject.dir,
			env: run.context.env,
			cwd: run.context.dir,
			...(subject.module === wholeGraph() ? {} : {module: subject.module}),
			timeoutMs: run.timeoutMs,
			...(run.signal === undefined ? {} : {signal: run.signal}),
		};
		switch (pending.probe) {
			case 'cache-writable': {
				return probeCacheWritable(run.context.system, input);
			}

			case 'clean-repeat': {
				return probeCleanRepeat(run.context.system, input);
			}

			case 'cache-size': {
				// The size measured goes to the findings with the evidence.
				const {bytes, ...evidence} = await probeCacheSize(run.context.system, input);
				return bytes === undefined ? evidence : {evidence, data: bytes};
			}

			default: {
				throw new Error(`module-cache has no check ${pending.probe}`);
			}
		}
	},
	findings(walk, context): Finding[] {
		if (walk.verdict === 'healthy') {
			return [];
		}

		const evidence = walkEvidence(walk);
		const bytes = handedData<number>(walk);
		const fixes = walk.offers.flatMap((id) => fixFor(id, walk.subject, bytes, context));
		return [{category: 'cache', severity: 'error', subject: walk.subject.dir, summary: walk.summary, evidence, fixes}];
	},
};

function fixFor(id: string, subject: ModuleCacheSubject, bytes: number | undefined, context: InvestigationContext): Fix[] {
	const text = t().module;
	switch (id) {
		case 'cache-clean': {
			return [goCleanModcacheFix(subject.dir, bytes === undefined ? '?' : formatBytes(bytes))];
		}

		case 'cache-move': {
			const target = writableCacheFor(subject.dir, context);
			return target === undefined ? [] : [moveModcacheFix(subject.dir, target)];
		}

		case 'cache-chown': {
			const user = context.env['USER'] ?? context.env['LOGNAME'] ?? String(process.getuid?.() ?? '$(id -u)');
			return [infoFix('cache-chown', text.chownTitle, text.chownDetail(`sudo chown -R ${user} ${subject.dir}`))];
		}

		case 'cache-free-space': {
			return [infoFix('cache-free-space', text.freeSpaceTitle, text.freeSpaceDetail(subject.dir, '?'))];
		}

		default: {
			return [];
		}
	}
}

/** go's default cache (the first GOPATH entry's pkg/mod) when that is not the broken one; else one under HOME. */
function writableCacheFor(current: string, context: InvestigationContext): string | undefined {
	const gopath = (context.snapshot.values['GOPATH'] ?? '').split(path.delimiter)[0] ?? '';
	const byDefault = gopath === '' ? undefined : path.join(gopath, 'pkg', 'mod');
	if (byDefault !== undefined && path.resolve(byDefault) !== path.resolve(current) && !path.resolve(current).startsWith(`${path.resolve(byDefault)}${path.sep}`)) {
		return byDefault;
	}

	const home = context.env['HOME'];
	return home === undefined || !path.isAbsolute(home) ? undefined : path.join(home, 'go-modcache');
}
