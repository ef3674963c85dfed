import {defineProbe} from '../../flow/define-probe.js';
import {minimalModulePath, runMinimalRepro} from '../../go/minimal-repro.js';
import {reproductionErrorText} from '../../go/reproduce-download.js';
import {formatArgv} from '../../model/format.js';
import {trimOutput, type ProbeRun} from '../../probes/probe-support.js';
import type {System} from '../../system/types.js';
import type {Message, Text} from '../../i18n/message.js';

/** What the probe says of each outcome: the module's messages, said in the reader's language where shown. */
export type MinimalReproText = {
	readonly succeeds: (module: Text, version: Text) => Message;
	readonly fails: (module: Text, version: Text, headline: Text) => Message;
	readonly notRun: (message: Text) => Message;
};

/**
The §4.4 check: does the failing module@version fail in an empty module too? `fails` (the environment or the
module is at fault), `succeeds` (the project is), `error` (could not run).
*/
export const minimalReproProbe = defineProbe({
	id: 'minimal-repro',
	outcomes: ['fails', 'succeeds', 'error'],
	async run(
		input: ProbeRun & {readonly system: System; readonly module: string; readonly version: string; readonly text: MinimalReproText},
	) {
		const {system, text} = input;
		const started = system.now();
		try {
			const {reproduction} = await runMinimalRepro(system, {
				module: input.module,
				version: input.version,
				env: input.env,
				timeoutMs: input.timeoutMs,
				...(input.signal === undefined ? {} : {signal: input.signal}),
			});
			const outcome: 'fails' | 'succeeds' | 'error' = reproduction.ok
				? 'succeeds'
				: reproduction.missing || reproduction.canceled
					? 'error'
					: 'fails';
			const output = trimOutput(reproductionErrorText(reproduction));
			return {
				evidence: {
					probe: 'go',
					tool: 'go',
					command: `(in ${minimalModulePath}, empty GOMODCACHE) ${formatArgv(reproduction.argv)}`,
					argv: reproduction.argv,
					outcome,
					summary: reproduction.ok
						? text.succeeds(input.module, input.version)
						: text.fails(input.module, input.version, reproduction.headline),
					...(reproduction.exitCode === undefined ? {} : {exitCode: reproduction.exitCode}),
					durationMs: Math.round(reproduction.durationMs),
					...(output === undefined ? {} : {output}),
				},
			};
		} catch (error) {
			return {
				evidence: {
					probe: 'go',
					tool: 'go',
					command: 'go mod download (minimal module)',
					outcome: 'error' as const,
					summary: text.notRun((error as Error).message),
					durationMs: Math.round(system.now() - started),
				},
			};
		}
	},
});
