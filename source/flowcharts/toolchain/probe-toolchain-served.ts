import {defineProbe} from '../../flow/define-probe.js';
import {parseGoproxyList} from '../../go/parse-goproxy-list.js';
import {joinProxyUrl} from '../../go/proxy-url.js';
import {toolchainModuleVersion} from '../../go/toolchain.js';
import {redactUserinfo} from '../../model/format.js';
import type {Evidence} from '../../model/report.js';
import type {ProbeRun} from '../../probes/probe-support.js';
import type {System} from '../../system/types.js';
import type {Message, Text} from '../../i18n/message.js';

/** What the probe says of each outcome: the module's messages, said in the reader's language where shown. */
export type ToolchainServedText = {
	readonly noProxy: (version: Text) => Message;
	readonly served: (url: Text, toolchain: Text, platform: Text) => Message;
	readonly candidate: (toolchain: Text, url: Text) => Message;
	readonly notServed: (toolchain: Text, platform: Text, version: Text) => Message;
};

type Outcome = 'served' | 'candidate' | 'not-served' | 'error';

/**
Whether a GOPROXY entry (or a candidate proxy) serves a Go toolchain: `<entry>/golang.org/toolchain/@v/
v0.0.1-go1.X.Y.GOOS-GOARCH.info`, the request go makes before it downloads one. `served` (a GOPROXY entry has
it), `candidate` (only a candidate proxy has it), `not-served` (nobody asked has it), `error` (no proxy to ask).
Its data: the first proxy that serves it.
*/
export const toolchainServedProbe = defineProbe({
	id: 'toolchain-served',
	outcomes: ['served', 'candidate', 'not-served', 'error'],
	async run(
		input: ProbeRun & {
			readonly system: System;
			readonly toolchain: string;
			readonly goos: string;
			readonly goarch: string;
			readonly goproxy: string;
			readonly candidates: readonly string[];
			readonly text: ToolchainServedText;
		},
	): Promise<{evidence: Evidence & {readonly outcome: Outcome}; data?: string}> {
		const {system, text} = input;
		const started = system.now();
		const version = toolchainModuleVersion(input.toolchain, input.goos, input.goarch);
		const urlsOf = (list: string) =>
			parseGoproxyList(list).entries.flatMap((entry) =>
				entry.kind === 'url' && (entry.scheme === 'http' || entry.scheme === 'https') ? [entry.url.replace(/\/+$/, '')] : [],
			);
		const entries = urlsOf(input.goproxy);
		const candidates = urlsOf(input.candidates.join(',')).filter((url) => !entries.includes(url));
		const all = [...entries.map((url) => ({url, role: 'entry' as const})), ...candidates.map((url) => ({url, role: 'candidate' as const}))];
		const evidence = (outcome: Outcome, summary: Text, output?: string): Evidence & {readonly outcome: Outcome} => ({
			probe: 'http',
			tool: 'undici',
			command: `GET <proxy>/golang.org/toolchain/@v/${version}.info`,
			outcome,
			summary,
			durationMs: Math.round(system.now() - started),
			...(output === undefined ? {} : {output}),
		});
		if (all.length === 0) {
			return {evidence: evidence('error', text.noProxy(version))};
		}

		const answers = await Promise.all(
			all.map(async ({url, role}) => {
				const result = await system.http({
					url: joinProxyUrl(url, `golang.org/toolchain/@v/${version}.info`),
					env: input.env,
					timeoutMs: input.timeoutMs,
					...(input.signal === undefined ? {} : {signal: input.signal}),
					maxBodyBytes: 4096,
				});
				return {url, role, status: result.status, error: result.error?.message};
			}),
		);
		const output = answers.map((answer) => `${redactUserinfo(answer.url)}: ${answer.status ?? answer.error ?? 'no answer'}`).join('\n');
		const servedEntry = answers.find((answer) => answer.role === 'entry' && answer.status === 200);
		if (servedEntry !== undefined) {
			return {
				data: servedEntry.url,
				evidence: evidence(
					'served',
					text.served(redactUserinfo(servedEntry.url), input.toolchain, `${input.goos}/${input.goarch}`),
					output,
				),
			};
		}

		const servedCandidate = answers.find((answer) => answer.status === 200);
		if (servedCandidate !== undefined) {
			return {
				data: servedCandidate.url,
				evidence: evidence('candidate', text.candidate(input.toolchain, redactUserinfo(servedCandidate.url)), output),
			};
		}

		return {evidence: evidence('not-served', text.notServed(input.toolchain, `${input.goos}/${input.goarch}`, version), output)};
	},
});
