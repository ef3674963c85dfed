import {defineProbe} from '../../flow/define-probe.js';
import {redactUserinfo} from '../../model/format.js';
import type {Evidence} from '../../model/report.js';
import type {System} from '../../system/types.js';
import {probeProxyList} from '../../probes/probe-http-list.js';
import type {ProbeRun} from '../../probes/probe-support.js';
import type {Message, Text} from '../../i18n/message.js';

/** The outcome labels of `probeWorkingProxy`. */
export type WorkingProxyOutcome = 'found' | 'none' | 'error';

export type WorkingProxyInput = ProbeRun & {
	/** The proxies to try (base URLs). */
	readonly candidates: readonly string[];
	readonly module: string;
	readonly text: WorkingProxyText;
};

/** What the probe says: the module's messages, said in the reader's language where shown. */
export type WorkingProxyText = {
	readonly noCandidate: Message;
	readonly none: (count: number, module: Text) => Message;
	readonly found: (url: Text, module: Text, ms: number, working: number) => Message;
};

/** `probeWorkingProxy` as a probe: its data is the URL of the fastest proxy that serves the module, if any. */
export const workingProxyProbe = defineProbe({
	id: 'working-proxy',
	outcomes: ['found', 'none', 'error'] satisfies readonly WorkingProxyOutcome[],
	async run(input: WorkingProxyInput & {readonly system: System}) {
		const {evidence, url} = await probeWorkingProxy(input.system, input);
		return {evidence: evidence as Evidence & {readonly outcome: WorkingProxyOutcome}, data: url};
	},
});

/**
Which proxy serves the module's version list, fastest first: `GET <proxy>/<module>/@v/list` to every candidate at
the same time, each under the deadline. `url` is the fastest that answered with a version list. Never throws.
*/
export async function probeWorkingProxy(system: System, input: WorkingProxyInput): Promise<{evidence: Evidence; url?: string}> {
	const started = system.now();
	const candidates = [...new Set(input.candidates.map((url) => url.replace(/\/+$/, '')))].filter((url) => /^https?:\/\//i.test(url));
	const command = `GET <proxy>/${input.module}/@v/list (${candidates.length} proxies)`;
	if (candidates.length === 0) {
		return {
			evidence: {
				probe: 'http',
				tool: 'undici',
				command,
				outcome: 'none' satisfies WorkingProxyOutcome,
				summary: input.text.noCandidate,
				durationMs: 0,
			},
		};
	}

	const results = await Promise.all(
		candidates.map(async (url) => ({
			url,
			evidence: await probeProxyList(system, {
				entryUrl: url,
				module: input.module,
				env: input.env,
				timeoutMs: input.timeoutMs,
				...(input.signal === undefined ? {} : {signal: input.signal}),
			}),
		})),
	);
	const working = results
		.filter((result) => result.evidence.outcome === 'ok')
		.toSorted((a, b) => a.evidence.durationMs - b.evidence.durationMs);
	const lines = results.map(
		// The output is raw data, said the same in every language: the outcome, not the summary.
		(result) => `${redactUserinfo(result.url)}: ${result.evidence.outcome} (${result.evidence.durationMs} ms)`,
	);
	const best = working[0];
	const durationMs = system.now() - started;
	if (best === undefined) {
		return {
			evidence: {
				probe: 'http',
				tool: 'undici',
				command,
				outcome: 'none' satisfies WorkingProxyOutcome,
				summary: input.text.none(candidates.length, input.module),
				durationMs,
				output: lines.join('\n'),
			},
		};
	}

	return {
		url: best.url,
		evidence: {
			probe: 'http',
			tool: 'undici',
			command,
			outcome: 'found' satisfies WorkingProxyOutcome,
			summary: input.text.found(redactUserinfo(best.url), input.module, best.evidence.durationMs, working.length),
			durationMs,
			output: lines.join('\n'),
		},
	};
}
