import {access} from 'node:fs/promises';
import path from 'node:path';
import {t} from '../i18n/index.js';
import {formatArgv} from '../model/format.js';
import type {Evidence} from '../model/report.js';
import type {System} from '../system/types.js';
import type {ProbeRun} from './probe-support.js';
import {trimOutput} from './probe-support.js';

/** The outcome labels of `probeVendorTree`. */
export type VendorTreeOutcome = 'consistent' | 'missing' | 'inconsistent' | 'error';

/**
The command that checks the vendor tree: with -mod=vendor (from GOFLAGS, in the user's environment) go compares
vendor/modules.txt with go.mod before it lists anything, and never touches the network.
*/
export const vendorCheckArgv = ['go', 'list', '-m'] as const;

/**
Whether go accepts the vendor tree of the module in `dir` under the user's GOFLAGS: `consistent` when `go list -m`
succeeds; when go says "inconsistent vendoring", `missing` if there is no vendor/modules.txt (the module does not
vendor at all) and `inconsistent` if there is one; `error` for any other failure. Never throws.
*/
export async function probeVendorTree(system: System, input: ProbeRun & {readonly dir: string}): Promise<Evidence> {
	const result = await system.run({
		file: 'go',
		args: vendorCheckArgv.slice(1),
		env: input.env,
		cwd: input.dir,
		timeoutMs: input.timeoutMs,
		...(input.signal === undefined ? {} : {signal: input.signal}),
		parseable: true,
	});
	const stderr = result.stderr.trim();
	const inconsistent = /inconsistent vendoring/.test(stderr);
	const hasModulesTxt = inconsistent && (await exists(path.join(input.dir, 'vendor', 'modules.txt')));
	const outcome: VendorTreeOutcome = result.exitCode === 0 ? 'consistent' : inconsistent ? (hasModulesTxt ? 'inconsistent' : 'missing') : 'error';
	const text = t().probes.vendorTree;
	const firstLine = stderr.split('\n')[0] ?? '';
	return {
		probe: 'go',
		tool: 'go',
		command: formatArgv(vendorCheckArgv),
		argv: vendorCheckArgv,
		outcome,
		summary: outcome === 'consistent' ? text.consistent : outcome === 'missing' ? text.missing(firstLine) : outcome === 'inconsistent' ? text.inconsistent(firstLine) : text.other(result.timedOut ? text.late : firstLine || String(result.exitCode)),
		...(result.exitCode === undefined ? {} : {exitCode: result.exitCode}),
		durationMs: Math.round(result.durationMs),
		...(trimOutput(stderr) === undefined ? {} : {output: trimOutput(stderr)!}),
	};
}

async function exists(file: string): Promise<boolean> {
	try {
		await access(file);
		return true;
	} catch {
		return false;
	}
}
