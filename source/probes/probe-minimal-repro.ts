/** The §4.4 check as evidence: does the failing module@version fail in an empty module too? */
import {minimalModulePath, runMinimalRepro} from '../go/minimal-repro.js';
import {reproductionErrorText} from '../go/reproduce-download.js';
import {formatArgv} from '../model/format.js';
import {t} from '../i18n/index.js';
import type {Evidence} from '../model/report.js';
import type {Environment, System} from '../system/types.js';
import {trimOutput} from './probe-support.js';

/** `fails` (the environment or the module is at fault), `succeeds` (the project is), `error` (could not run). */
export async function probeMinimalRepro(system: System, input: {module: string; version: string; env: Environment; timeoutMs: number; signal?: AbortSignal}): Promise<Evidence> {
	const started = system.now();
	try {
		const {reproduction} = await runMinimalRepro(system, input);
		const outcome = reproduction.ok ? 'succeeds' : reproduction.missing || reproduction.canceled ? 'error' : 'fails';
		const text = reproductionErrorText(reproduction);
		return {
			probe: 'go',
			tool: 'go',
			command: `(in ${minimalModulePath}, empty GOMODCACHE) ${formatArgv(reproduction.argv)}`,
			argv: reproduction.argv,
			outcome,
			summary: reproduction.ok
				? t().probes.minimalRepro.succeeds(input.module, input.version)
				: t().probes.minimalRepro.fails(input.module, input.version, reproduction.headline),
			...(reproduction.exitCode === undefined ? {} : {exitCode: reproduction.exitCode}),
			durationMs: Math.round(reproduction.durationMs),
			...(trimOutput(text) === undefined ? {} : {output: trimOutput(text)!}),
		};
	} catch (error) {
		return {probe: 'go', tool: 'go', command: 'go mod download (minimal module)', outcome: 'error', summary: t().probes.minimalRepro.notRun((error as Error).message), durationMs: Math.round(system.now() - started)};
	}
}
