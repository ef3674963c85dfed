import {defineProbe} from '../../flow/define-probe.js';
import {knownSumdbMirrors} from '../../go/sumdb-config.js';
import {redactUserinfo} from '../../model/format.js';
import {probeSumdbLatest} from '../../probes/probe-sumdb.js';
import type {Environment} from '../../system/types.js';
import type {Message, Text} from '../../i18n/message.js';
import type {SumdbProbeInput} from './probe-sumdb-proxy.js';

/** Mirrors of a checksum database to try: go's own alias, and GOMOD_DOCTOR_SUMDB_MIRRORS (comma-separated URLs). */
export function sumdbMirrors(name: string, env: Environment, except: string): string[] {
	const configured = (env['GOMOD_DOCTOR_SUMDB_MIRRORS'] ?? '')
		.split(/[,\s]+/)
		.map((item) => item.trim().replace(/\/+$/, ''))
		.filter((item) => /^https?:\/\/\S+$/.test(item));
	const all = [...configured, ...(knownSumdbMirrors[name] ?? [])];
	return [...new Set(all)].filter((url) => url !== except.replace(/\/+$/, ''));
}

/** What the probe says: the module's messages, said in the reader's language where shown. */
export type SumdbMirrorText = {
	readonly mirrorFound: (mirror: Text, name: Text) => Message;
	readonly mirrorNone: (name: Text) => Message;
};

/**
Does a mirror of the checksum database answer with a tree head signed by the same key? The mirrors are asked in
turn; the first that answers is enough. Its data: that mirror's URL.
*/
export const sumdbMirrorProbe = defineProbe({
	id: 'sumdb-mirror',
	outcomes: ['found', 'none', 'error'],
	async run(input: SumdbProbeInput & {readonly text: SumdbMirrorText}) {
		const {config, system} = input;
		const probeRun = {env: input.env, timeoutMs: input.timeoutMs, ...(input.signal === undefined ? {} : {signal: input.signal})};
		const mirrors = sumdbMirrors(config.name, input.env, config.base);
		const tried: string[] = [];
		for (const mirror of mirrors) {
			// eslint-disable-next-line no-await-in-loop -- the first mirror that answers is enough
			const evidence = await probeSumdbLatest(system, {base: mirror, key: config.key, ...probeRun});
			tried.push(`${redactUserinfo(mirror)}: ${evidence.outcome}`);
			if (evidence.outcome === 'ok') {
				return {
					evidence: {
						...evidence,
						outcome: 'found' as const,
						summary: input.text.mirrorFound(redactUserinfo(mirror), config.name),
						output: tried.join('\n'),
					},
					data: mirror,
				};
			}
		}

		return {
			evidence: {
				probe: 'http',
				tool: 'undici',
				command: mirrors.length === 0 ? '(no mirror known)' : mirrors.map((mirror) => `GET ${redactUserinfo(mirror)}/latest`).join('; '),
				outcome: 'none' as const,
				summary: input.text.mirrorNone(config.name),
				durationMs: 0,
				...(tried.length === 0 ? {} : {output: tried.join('\n')}),
			},
		};
	},
});
