import {defineProbe} from '../../flow/define-probe.js';
import type {Evidence} from '../../model/report.js';
import {probeSumdbLatest, sumdbRoute, type SumdbReachOutcome} from '../../probes/probe-sumdb.js';
import type {SumdbProbeInput} from './probe-sumdb-proxy.js';

/**
Does the checksum database answer `/latest` with a tree head signed by its key? Asked where go reads it
(`throughProxy`: the GOPROXY entry that proxies it, found again as go finds it), else at its own URL.
*/
export const sumdbLatestProbe = defineProbe({
	id: 'sumdb-latest',
	outcomes: [
		'ok',
		'bad-signature',
		'bad-response',
		'http-error',
		'refused',
		'timeout',
		'dns',
		'tls',
		'error',
	] satisfies readonly SumdbReachOutcome[],
	async run(input: SumdbProbeInput & {readonly goproxy: string; readonly throughProxy: boolean}) {
		const {config, system} = input;
		const probeRun = {env: input.env, timeoutMs: input.timeoutMs, ...(input.signal === undefined ? {} : {signal: input.signal})};
		const route = input.throughProxy ? await sumdbRoute(system, config, input.goproxy, probeRun) : {base: config.base};
		return {
			evidence: (await probeSumdbLatest(system, {base: route.base, key: config.key, ...probeRun})) as Evidence & {
				readonly outcome: SumdbReachOutcome;
			},
		};
	},
});
