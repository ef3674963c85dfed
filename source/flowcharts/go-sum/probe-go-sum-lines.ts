import {defineProbe} from '../../flow/define-probe.js';
import {loadPackagesArgv} from '../../fixes/fix-module.js';
import type {ParsedGoMod} from '../../go/parse-go-mod.js';
import {formatArgv} from '../../model/format.js';
import {trimOutput, type ProbeRun} from '../../probes/probe-support.js';
import type {System} from '../../system/types.js';
import type {Message, Text} from '../../i18n/message.js';

export {loadPackagesArgv} from '../../fixes/fix-module.js';

/** What the probe says of each outcome: the module's messages, said in the reader's language where shown. */
export type GoSumLinesText = {
	readonly complete: Message;
	readonly missing: (line: Text) => Message;
	readonly late: Message;
	readonly other: (why: Text) => Message;
};

/**
Runs `go list -deps ./...` in the module: `complete` when it loads, `missing` when go says a go.sum line is
missing or -mod=readonly refuses to update go.mod/go.sum, `error` for any other failure. Its data: the required
modules whose lines are missing (from the packages go names), valid module paths only.
*/
export const goSumLinesProbe = defineProbe({
	id: 'go-sum-lines',
	outcomes: ['complete', 'missing', 'error'],
	async run(
		input: ProbeRun & {
			readonly system: System;
			readonly dir: string;
			readonly goMod?: ParsedGoMod | undefined;
			readonly text: GoSumLinesText;
		},
	) {
		const result = await input.system.run({
			file: 'go',
			args: loadPackagesArgv.slice(1),
			env: input.env,
			cwd: input.dir,
			timeoutMs: input.timeoutMs,
			...(input.signal === undefined ? {} : {signal: input.signal}),
			parseable: true,
		});
		const stderr = result.stderr.trim();
		const missing = /missing go\.sum entry|updates to go\.(?:sum|mod) needed/.test(stderr);
		const outcome: 'complete' | 'missing' | 'error' = result.exitCode === 0 ? 'complete' : missing ? 'missing' : 'error';
		const firstLine = stderr.split('\n')[0] ?? '';
		const {text} = input;
		const summary = {
			complete: text.complete,
			missing: text.missing(firstLine),
			error: text.other(result.timedOut ? text.late : firstLine || String(result.exitCode)),
		}[outcome];
		const output = trimOutput(stderr);
		return {
			evidence: {
				probe: 'go',
				tool: 'go',
				command: formatArgv(loadPackagesArgv),
				argv: loadPackagesArgv,
				outcome,
				summary,
				...(result.exitCode === undefined ? {} : {exitCode: result.exitCode}),
				durationMs: Math.round(result.durationMs),
				...(output === undefined ? {} : {output}),
			},
			data: missing ? missingFrom(stderr, input.goMod) : [],
		};
	},
});

/** The required modules go's messages name: `MOD@VER: missing go.sum entry`, and the modules providing named packages. */
export function missingFrom(stderr: string, goMod?: ParsedGoMod): string[] {
	const found: string[] = [];
	const add = (module: string | undefined) => {
		if (module !== undefined && !found.includes(module)) {
			found.push(module);
		}
	};

	for (const match of stderr.matchAll(/([A-Za-z\d][\w.~/-]*)@v[\w.+-]+(?:\/go\.mod)?: missing go\.sum entry/g)) {
		add(match[1]);
	}

	const requires = (goMod?.requires ?? []).toSorted((a, b) => b.path.length - a.path.length);
	for (const match of stderr.matchAll(/missing go\.sum entry for module providing package (\S+)/g)) {
		const pkg = match[1]!;
		add(requires.find((require) => pkg === require.path || pkg.startsWith(`${require.path}/`))?.path);
	}

	return found.filter((module) => /^[A-Za-z\d][\w.~/-]*$/.test(module));
}
