import path from 'node:path';
import {defineProbe} from '../../flow/define-probe.js';
import {formatArgv} from '../../model/format.js';
import {trimOutput, type ProbeRun} from '../../probes/probe-support.js';
import type {FileSystem, System} from '../../system/types.js';
import type {Message, Text} from '../../i18n/message.js';

/**
The command that checks the vendor tree: with -mod=vendor (from GOFLAGS, in the user's environment) go compares
vendor/modules.txt with go.mod before it lists anything, and never touches the network.
*/
export const vendorCheckArgv = ['go', 'list', '-m'] as const;

/** What the probe says of each outcome: the module's messages, said in the reader's language where shown. */
export type VendorTreeText = {
	readonly consistent: Message;
	readonly missing: (line: Text) => Message;
	readonly inconsistent: (line: Text) => Message;
	readonly late: Message;
	readonly other: (why: Text) => Message;
};

/**
Whether go accepts the vendor tree of the module in `dir` under the user's GOFLAGS: `consistent` when `go list -m`
succeeds; when go says "inconsistent vendoring", `missing` if there is no vendor/modules.txt (the module does not
vendor at all) and `inconsistent` if there is one; `error` for any other failure.
*/
export const vendorTreeProbe = defineProbe({
	id: 'vendor-tree',
	outcomes: ['consistent', 'missing', 'inconsistent', 'error'],
	async run(input: ProbeRun & {readonly system: System; readonly dir: string; readonly text: VendorTreeText}) {
		const result = await input.system.run({
			file: 'go',
			args: vendorCheckArgv.slice(1),
			env: input.env,
			cwd: input.dir,
			timeoutMs: input.timeoutMs,
			...(input.signal === undefined ? {} : {signal: input.signal}),
			parseable: true,
		});
		const stderr = result.stderr.trim();
		const inconsistent = stderr.includes('inconsistent vendoring');
		const hasModulesTxt = inconsistent && (await exists(input.system.fs, path.join(input.dir, 'vendor', 'modules.txt')));
		const outcome: 'consistent' | 'missing' | 'inconsistent' | 'error' =
			result.exitCode === 0 ? 'consistent' : inconsistent ? (hasModulesTxt ? 'inconsistent' : 'missing') : 'error';
		const firstLine = stderr.split('\n')[0] ?? '';
		const {text} = input;
		const summary = {
			consistent: text.consistent,
			missing: text.missing(firstLine),
			inconsistent: text.inconsistent(firstLine),
			error: text.other(result.timedOut ? text.late : firstLine || String(result.exitCode)),
		}[outcome];
		const output = trimOutput(stderr);
		return {
			evidence: {
				probe: 'go',
				tool: 'go',
				command: formatArgv(vendorCheckArgv),
				argv: vendorCheckArgv,
				outcome,
				summary,
				...(result.exitCode === undefined ? {} : {exitCode: result.exitCode}),
				durationMs: Math.round(result.durationMs),
				...(output === undefined ? {} : {output}),
			},
		};
	},
});

async function exists(fs: FileSystem, file: string): Promise<boolean> {
	try {
		await fs.access(file);
		return true;
	} catch {
		return false;
	}
}
