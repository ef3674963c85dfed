import path from 'node:path';
import type {CheckRun, InvestigationContext} from '../../diagnose/investigation.js';
import {goCleanModcacheFix, infoFix, moveModcacheFix} from '../../fixes/fix-module.js';
import {formatBytes, mentionsCache} from '../../go/module-cache.js';
import {reproductionErrorText} from '../../go/reproduce-download.js';
import {say} from '../../i18n/index.js';
import type {Fix} from '../../model/report.js';
import type {System} from '../../system/types.js';
import {assertNever} from '../../model/assert-never.js';
import {defineFlowchart, type FixIdOf} from '../define-flowchart.js';
import {moduleCacheGraph, type ModuleCacheSubject} from './graph.js';
import {cacheSizeProbe, cacheWritableProbe, cleanRepeatProbe, type CacheProbeInput} from './probe-cache.js';
import {en, type ModuleCacheMessages} from './text.en.js';
import {zh} from './text.zh.js';

/**
§4.1, after go failed in a way that points at the module cache (`permission denied` or `read-only file system`
under GOMODCACHE, `zip: not a valid zip file`, `no space left on device`, `could not create module cache`…).
*/
export const moduleCacheFlowchart = defineFlowchart<ModuleCacheSubject>()({
	id: 'module-cache',
	graph: moduleCacheGraph,
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
		const module = context.requested ?? (failed === undefined ? undefined : `${failed.module}@${failed.version}`);
		return [{label: dir, dir, module: module ?? say.findings.wholeGraph, ...(module === undefined ? {} : {failed: module})}];
	},
	checks: {
		'cache-writable': async (subject, run) => cacheWritableProbe.run(cacheInput(subject, run)),
		'clean-repeat': async (subject, run) => cleanRepeatProbe.run(cacheInput(subject, run)),
		'cache-size': async (subject, run) => cacheSizeProbe.run(cacheInput(subject, run)),
	},
	findings(walk, {context, evidence, text, dataOf}) {
		if (walk.verdict === 'healthy') {
			return [];
		}

		// The size measured.
		const bytes = dataOf(cacheSizeProbe);
		const fixes = walk.offers.flatMap((id) => fixFor(id, walk.subject, bytes, context, text));
		return [{category: 'cache', severity: 'error', subject: walk.subject.dir, summary: walk.summary, evidence, fixes}];
	},
	text: {en, zh},
});

/** What every cache check runs with. */
function cacheInput(subject: ModuleCacheSubject, run: CheckRun): CacheProbeInput & {readonly system: System} {
	return {
		system: run.context.system,
		dir: subject.dir,
		env: run.context.env,
		cwd: run.context.dir,
		...(subject.failed === undefined ? {} : {module: subject.failed}),
		timeoutMs: run.timeoutMs,
		...(run.signal === undefined ? {} : {signal: run.signal}),
	};
}

function fixFor(
	id: FixIdOf<typeof moduleCacheGraph>,
	subject: ModuleCacheSubject,
	bytes: number | undefined,
	context: InvestigationContext,
	text: ModuleCacheMessages,
): Fix[] {
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
			return assertNever(id);
		}
	}
}

/** Go's default cache (the first GOPATH entry's pkg/mod) when that is not the broken one; else one under HOME. */
function writableCacheFor(current: string, context: InvestigationContext): string | undefined {
	const gopath = (context.snapshot.values['GOPATH'] ?? '').split(path.delimiter)[0] ?? '';
	const byDefault = gopath === '' ? undefined : path.join(gopath, 'pkg', 'mod');
	if (
		byDefault !== undefined &&
		path.resolve(byDefault) !== path.resolve(current) &&
		!path.resolve(current).startsWith(`${path.resolve(byDefault)}${path.sep}`)
	) {
		return byDefault;
	}

	const home = context.env['HOME'];
	return home === undefined || !path.isAbsolute(home) ? undefined : path.join(home, 'go-modcache');
}
