import {defineProbe} from '../../flow/define-probe.js';
import type {SumdbConfig} from '../../go/sumdb-config.js';
import {redactUserinfo} from '../../model/format.js';
import {sumdbRoute} from '../../probes/probe-sumdb.js';
import type {ProbeRun} from '../../probes/probe-support.js';
import type {System} from '../../system/types.js';
import type {Message, Text} from '../../i18n/message.js';

/** What the checksum database probes get: the system, the run, and GOSUMDB parsed (a usable one). */
export type SumdbProbeInput = ProbeRun & {readonly system: System; readonly config: Extract<SumdbConfig, {kind: 'on'}>};

/** What the probe says: the module's messages, said in the reader's language where shown. */
export type SumdbProxyText = {readonly explicitUrl: (url: Text) => Message; readonly noProxy: Message};

/**
Does a GOPROXY entry proxy the checksum database (`<entry>/sumdb/<name>/supported`, asked as go asks it)?
`explicit-url` when GOSUMDB names the URL itself: go then never asks a proxy.
*/
export const sumdbProxyProbe = defineProbe({
	id: 'sumdb-proxy',
	outcomes: ['supported', 'unsupported', 'explicit-url', 'error'],
	async run(input: SumdbProbeInput & {readonly goproxy: string; readonly text: SumdbProxyText}) {
		const {config, system} = input;
		if (config.url !== undefined) {
			return {
				evidence: {
					probe: 'config',
					tool: 'go env',
					command: 'go env GOSUMDB',
					outcome: 'explicit-url' as const,
					summary: input.text.explicitUrl(redactUserinfo(config.url)),
					durationMs: 0,
				},
			};
		}

		const started = system.now();
		const route = await sumdbRoute(system, config, input.goproxy, {
			env: input.env,
			timeoutMs: input.timeoutMs,
			...(input.signal === undefined ? {} : {signal: input.signal}),
		});
		const last = route.evidence.at(-1);
		const outcome = route.proxy === undefined ? 'unsupported' : last?.outcome === 'supported' ? 'supported' : 'error';
		return {
			evidence: {
				probe: 'http',
				tool: 'undici',
				command: route.evidence.map((item) => item.command).join('; ') || '(no GOPROXY entry to ask)',
				outcome,
				summary: route.proxy === undefined ? input.text.noProxy : (last?.summary ?? ''),
				durationMs: system.now() - started,
				output: route.evidence.map((item) => `${item.command}: ${item.outcome}`).join('\n'),
			},
		};
	},
});
