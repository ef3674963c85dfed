import {handedData} from '../../flow/walk.js';
import {goModDownloadFix, goSumTidyFix} from '../../fixes/fix-module.js';
import {goSumFlow, type GoSumSubject} from '../../flow/graphs/go-sum.js';
import type {ParsedGoMod} from '../../go/parse-go-mod.js';
import {formatArgv} from '../../model/format.js';
import type {Evidence, Finding, Fix} from '../../model/report.js';
import {t} from '../../i18n/index.js';
import {trimOutput} from '../../probes/probe-support.js';
import type {Environment, System} from '../../system/types.js';
import type {Investigation} from '../investigation.js';
import {walkEvidence} from '../run-investigations.js';

/** The command that loads the packages as a build does; a fix counts as working only when it succeeds. */
export const loadPackagesArgv = ['go', 'list', '-deps', './...'] as const;


/**
go.sum entries, after the reproduction: when go.mod exists and either go's download succeeded (a build may still
fail) or go said `missing go.sum entry` / `updates to go.sum needed`.
*/
export const goSumInvestigation: Investigation<GoSumSubject> = {
	id: 'go-sum',
	flow: goSumFlow,
	phase: 'after',
	subjects(context) {
		const {reproduction} = context;
		if (context.goMod === undefined || reproduction === undefined || context.requested !== undefined) {
			return [];
		}

		const named = (context.classified ?? []).some((item) => item.category === 'go-sum-missing');
		return reproduction.ok || named ? [{label: 'go.sum', dir: context.dir}] : [];
	},
	async check(pending, subject, run) {
		if (pending.probe !== 'go-sum-lines') {
			throw new Error(`go-sum has no check ${pending.probe}`);
		}

		const {context} = run;
		const result = await probeGoSumLines(context.system, {dir: subject.dir, env: context.env, goMod: context.goMod, timeoutMs: run.timeoutMs, ...(run.signal === undefined ? {} : {signal: run.signal})});
		// The modules found without their lines go to the findings with the evidence.
		return {evidence: result.evidence, data: result.modules};
	},
	findings(walk): Finding[] {
		if (walk.verdict === 'healthy') {
			return [];
		}

		const evidence = walkEvidence(walk);
		const modules = handedData<readonly string[]>(walk) ?? [];
		const fixes = walk.offers.flatMap((id): Fix[] => {
			if (id === 'go-sum-download') {
				const fix = goModDownloadFix(modules, loadPackagesArgv);
				return fix === undefined ? [] : [fix];
			}

			return id === 'go-sum-tidy' ? [goSumTidyFix(loadPackagesArgv)] : [];
		});
		const which = modules.length === 0 ? '' : ` Missing: ${modules.join(', ')}.`;
		return [{category: 'go-sum-missing', severity: 'error', subject: modules.length === 1 ? modules[0]! : 'go.sum', summary: `${walk.summary}${which}`, evidence, fixes}];
	},
};

/**
Runs `go list -deps ./...` in the module: `complete` when it loads, `missing` when go says a go.sum line is
missing or -mod=readonly refuses to update go.mod/go.sum, `error` for any other failure. `modules`: the required
modules whose lines are missing (from the packages go names), valid module paths only.
*/
export async function probeGoSumLines(
	system: System,
	input: {dir: string; env: Environment; goMod?: ParsedGoMod | undefined; timeoutMs: number; signal?: AbortSignal},
): Promise<{evidence: Evidence; modules: string[]}> {
	const result = await system.run({file: 'go', args: loadPackagesArgv.slice(1), env: input.env, cwd: input.dir, timeoutMs: input.timeoutMs, ...(input.signal === undefined ? {} : {signal: input.signal}), parseable: true});
	const stderr = result.stderr.trim();
	const missing = /missing go\.sum entry|updates to go\.(?:sum|mod) needed/.test(stderr);
	const modules = missing ? missingFrom(stderr, input.goMod) : [];
	const outcome = result.exitCode === 0 ? 'complete' : missing ? 'missing' : 'error';
	const summary =
		outcome === 'complete'
			? t().findings.goSum.complete
			: outcome === 'missing'
				? t().findings.goSum.missing(stderr.split('\n')[0] ?? '')
				: t().findings.goSum.other(result.timedOut ? t().findings.goSum.late : (stderr.split('\n')[0] ?? String(result.exitCode)));
	return {
		modules,
		evidence: {
			probe: 'go',
			tool: 'go',
			command: formatArgv(loadPackagesArgv),
			argv: loadPackagesArgv,
			outcome,
			summary,
			...(result.exitCode === undefined ? {} : {exitCode: result.exitCode}),
			durationMs: Math.round(result.durationMs),
			...(trimOutput(stderr) === undefined ? {} : {output: trimOutput(stderr)!}),
		},
	};
}

/** The required modules go's messages name: `MOD@VER: missing go.sum entry`, and the modules providing named packages. */
export function missingFrom(stderr: string, goMod?: ParsedGoMod): string[] {
	const found: string[] = [];
	const add = (module: string | undefined) => {
		if (module !== undefined && !found.includes(module)) {
			found.push(module);
		}
	};

	for (const match of stderr.matchAll(/([A-Za-z0-9][\w.~/-]*)@v[\w.+-]+(?:\/go\.mod)?: missing go\.sum entry/g)) {
		add(match[1]);
	}

	const requires = [...(goMod?.requires ?? [])].sort((a, b) => b.path.length - a.path.length);
	for (const match of stderr.matchAll(/missing go\.sum entry for module providing package (\S+)/g)) {
		const pkg = match[1]!;
		add(requires.find((require) => pkg === require.path || pkg.startsWith(`${require.path}/`))?.path);
	}

	return found.filter((module) => /^[A-Za-z0-9][\w.~/-]*$/.test(module));
}
