/**
The checks of the module-cache flowchart (§4.1) as evidence: writability and free space of GOMODCACHE, the
download repeated with an empty temporary cache, the cache's size (`du -sk`) and `go mod verify`.
*/
import {defineProbe} from '../../flow/define-probe.js';
import {downloadWithEmptyCache, formatBytes, measureCacheSize, testCacheWritable} from '../../go/module-cache.js';
import {reproductionErrorText} from '../../go/reproduce-download.js';
import {formatArgv} from '../../model/format.js';
import {say} from '../../i18n/index.js';
import type {Evidence} from '../../model/report.js';
import {fromModule} from '../../probes/network-probes.js';
import {trimOutput} from '../../probes/probe-support.js';
import type {Environment, System} from '../../system/types.js';

/** What every cache check needs. */
export type CacheProbeInput = {
	/** GOMODCACHE, as go reports it. */
	readonly dir: string;
	readonly env: Environment;
	/** The Go module directory. */
	readonly cwd: string;
	/** `MOD@VER` that failed; the whole graph when undefined. */
	readonly module?: string;
	readonly timeoutMs: number;
	readonly signal?: AbortSignal;
};

/** `writable`, `not-writable`, `no-space` or `error`, by creating and removing a file where the cache is. */
async function probeCacheWritable(system: System, input: CacheProbeInput): Promise<Evidence> {
	const started = system.now();
	const result = await testCacheWritable(system.fs, input.dir);
	return {
		probe: 'file',
		tool: 'node:fs',
		command: `test-write ${result.existing ?? input.dir}`,
		outcome: result.outcome,
		summary: result.message,
		durationMs: Math.round(system.now() - started),
	};
}

/** `succeeds` when the download works with an empty temporary GOMODCACHE, `fails` when it fails there too. */
async function probeCleanRepeat(system: System, input: CacheProbeInput): Promise<Evidence> {
	const result = await downloadWithEmptyCache(system, {
		env: input.env,
		cwd: input.cwd,
		...(input.module === undefined ? {} : {module: input.module}),
		timeoutMs: input.timeoutMs,
		...(input.signal === undefined ? {} : {signal: input.signal}),
	});
	const argv = [...result.argv];
	const outcome = result.ok ? 'succeeds' : result.missing || result.canceled ? 'error' : 'fails';
	return {
		probe: 'go',
		tool: 'go',
		command: `GOMODCACHE=$(mktemp -d) ${formatArgv(argv)}`,
		argv,
		outcome,
		summary: result.ok ? say.probes.cache.cleanSucceeds(input.module) : say.probes.cache.cleanFails(result.headline),
		...(result.exitCode === undefined ? {} : {exitCode: result.exitCode}),
		durationMs: Math.round(result.durationMs),
		...(trimOutput(reproductionErrorText(result)) === undefined ? {} : {output: trimOutput(reproductionErrorText(result))!}),
	};
}

/** The cache's size (`du -sk`) and what `go mod verify` says, both under the deadline. */
async function probeCacheSize(system: System, input: CacheProbeInput): Promise<Evidence & {readonly bytes?: number}> {
	const [size, verify] = await Promise.all([
		measureCacheSize(system, input.dir, input.env, input.timeoutMs, input.signal),
		system.run({
			file: 'go',
			args: ['mod', 'verify'],
			env: input.env,
			cwd: input.cwd,
			timeoutMs: input.timeoutMs,
			...(input.signal === undefined ? {} : {signal: input.signal}),
			parseable: true,
		}),
	]);
	const verifyText = `${verify.stdout}${verify.stderr}`.trim();
	const words = say.probes.cache;
	const verified =
		verify.exitCode === 0
			? words.verified
			: verify.timedOut
				? words.verifyLate
				: words.verifySays(verifyText.split('\n').slice(0, 3).join(' '));
	return {
		probe: 'go',
		tool: 'du',
		command: `${formatArgv(size.argv)}; go mod verify`,
		argv: size.argv,
		outcome: size.bytes === undefined ? 'error' : 'measured',
		summary:
			size.bytes === undefined
				? words.notMeasured(input.dir, size.output || words.duFailed, verified)
				: words.holds(input.dir, formatBytes(size.bytes), verified),
		...(size.exitCode === undefined ? {} : {exitCode: size.exitCode}),
		durationMs: Math.round(Math.max(size.durationMs, verify.durationMs)),
		...(trimOutput(`${size.output}\n${verifyText}`) === undefined ? {} : {output: trimOutput(`${size.output}\n${verifyText}`)!}),
		...(size.bytes === undefined ? {} : {bytes: size.bytes}),
	};
}

export const cacheWritableProbe = fromModule('cache-writable', ['writable', 'not-writable', 'no-space', 'error'], probeCacheWritable);
export const cleanRepeatProbe = fromModule('clean-repeat', ['succeeds', 'fails', 'error'], probeCleanRepeat);

/** The cache's size and `go mod verify`; its data: the size in bytes, when measured. */
export const cacheSizeProbe = defineProbe({
	id: 'cache-size',
	outcomes: ['measured', 'error'],
	async run(input: CacheProbeInput & {readonly system: System}) {
		const {bytes, ...evidence} = await probeCacheSize(input.system, input);
		return {evidence: evidence as Evidence & {readonly outcome: 'measured' | 'error'}, ...(bytes === undefined ? {} : {data: bytes})};
	},
});
