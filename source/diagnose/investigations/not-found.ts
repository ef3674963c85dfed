import {requireVersionFix, infoFix} from '../../fixes/fix-module.js';
import {notFoundFlow, type NotFoundSubject} from '../../flow/graphs/not-found.js';
import {findPathTypo, nearestVersions} from '../../go/versions.js';
import {t} from '../../i18n/index.js';
import type {Evidence, Finding, Fix} from '../../model/report.js';
import {probeReplaceTarget, probeVersionList} from '../../probes/probe-versions.js';
import type {Investigation, InvestigationContext} from '../investigation.js';
import {walkEvidence} from '../run-investigations.js';

/** The versions each `version-list` check found, by its evidence (the walk keeps the evidence object). */
const listed = new WeakMap<Evidence, readonly string[]>();

/** At most this many failing modules are examined. */
const maxSubjects = 3;

/**
Missing modules and versions, after go failed with `not found`, `unknown revision`, `no matching versions` or
`invalid version`: the proxy's versions against the requested one, the nearest existing version (offered as
`go get MOD@VERSION`), typos of the path, and replace directives that point nowhere.
*/
export const notFoundInvestigation: Investigation<NotFoundSubject> = {
	id: 'not-found',
	flow: notFoundFlow,
	phase: 'after',
	subjects(context) {
		const items = (context.classified ?? []).filter((item) => item.category === 'not-found' && item.module !== undefined);
		const others = context.goMod?.requires.map((require) => require.path) ?? [];
		const seen = new Set<string>();
		const subjects: NotFoundSubject[] = [];
		for (const item of items) {
			const module = item.module!;
			const version = item.version ?? requiredVersion(context, module) ?? 'latest';
			const label = `${module}@${version}`;
			if (seen.has(label) || subjects.length >= maxSubjects) {
				continue;
			}

			seen.add(label);
			const replace = replaceOf(context, module, version);
			const typo = findPathTypo(module, others);
			subjects.push({
				label,
				module,
				version,
				replaced: replace !== undefined,
				...(replace === undefined ? {} : {replaceLine: replace.line}),
				...(typo === undefined ? {} : {typo: typo.suggestion}),
			});
		}

		return subjects;
	},
	async check(pending, subject, run) {
		const {context} = run;
		const goproxy = context.snapshot.values['GOPROXY'] ?? '';
		const common = {goproxy, env: context.env, timeoutMs: run.timeoutMs, ...(run.signal === undefined ? {} : {signal: run.signal})};
		switch (pending.probe) {
			case 'version-list': {
				const result = await probeVersionList(context.system, {module: subject.module, version: subject.version, ...common});
				if (result.versions !== undefined) {
					listed.set(result.evidence, result.versions);
				}

				return result.evidence;
			}

			case 'replace-target': {
				const replace = replaceOf(context, subject.module, subject.version);
				if (replace === undefined) {
					throw new Error(`go.mod no longer replaces ${subject.module}`);
				}

				return probeReplaceTarget(context.system, {dir: context.dir, newPath: replace.newPath, ...(replace.newVersion === undefined ? {} : {newVersion: replace.newVersion}), ...common});
			}

			default: {
				throw new Error(`not-found has no check ${pending.probe}`);
			}
		}
	},
	findings(walk, context): Finding[] {
		if (walk.verdict === 'healthy') {
			return [];
		}

		const {subject} = walk;
		const evidence = walkEvidence(walk);
		const versions = evidence.map((item) => listed.get(item)).find((list) => list !== undefined) ?? [];
		const fixes = walk.offers.flatMap((id): Fix[] => fixFor(id, subject, versions, context));
		const near = nearestVersions(subject.version, versions);
		const extra = near.nearest === undefined ? '' : ` Nearest: ${near.nearest}${near.lower !== undefined && near.higher !== undefined ? ` (also ${near.higher})` : ''}.`;
		return [{category: 'not-found', severity: 'error', subject: subject.label, summary: `${walk.summary}${extra}`, evidence, fixes}];
	},
};

function fixFor(id: string, subject: NotFoundSubject, versions: readonly string[], context: InvestigationContext): Fix[] {
	const text = t().module;
	switch (id) {
		case 'module-go-get': {
			const near = nearestVersions(subject.version, versions);
			const fix = near.nearest === undefined ? undefined : requireVersionFix(subject.module, subject.version, near.nearest);
			return fix === undefined ? [] : [fix];
		}

		case 'module-untagged': {
			return [infoFix('module-untagged', text.untaggedTitle(subject.module), text.untaggedDetail(subject.module))];
		}

		case 'module-fix-path': {
			const right = subject.typo ?? subject.module;
			return [infoFix('module-fix-path', text.fixPathTitle(subject.module, right), text.fixPathDetail(subject.module, right))];
		}

		case 'module-absent': {
			return [infoFix('module-absent', text.noModuleTitle(subject.module), text.noModuleDetail)];
		}

		case 'module-fix-replace': {
			const replace = replaceOf(context, subject.module, subject.version);
			const line = replace?.line ?? 0;
			const shown = replace === undefined ? '' : `replace ${replace.oldPath}${replace.oldVersion === undefined ? '' : ` ${replace.oldVersion}`} => ${replace.newPath}${replace.newVersion === undefined ? '' : ` ${replace.newVersion}`}`;
			return [infoFix('module-fix-replace', text.fixReplaceTitle(line), text.fixReplaceDetail(shown))];
		}

		default: {
			return [];
		}
	}
}

function replaceOf(context: InvestigationContext, module: string, version: string) {
	return context.goMod?.replaces.find((replace) => replace.oldPath === module && (replace.oldVersion === undefined || replace.oldVersion === version));
}

function requiredVersion(context: InvestigationContext, module: string): string | undefined {
	return context.goMod?.requires.find((require) => require.path === module)?.version;
}
