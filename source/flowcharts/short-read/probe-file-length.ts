import {defineProbe, type ProbeResult} from '../../flow/define-probe.js';
import {urlHost} from '../../go/reproduce-download.js';
import {say} from '../../i18n/index.js';
import {formatDuration, redactUserinfo} from '../../model/format.js';
import type {Evidence} from '../../model/report.js';
import {statusLine} from '../../probes/probe-http-list.js';
import {type ProbeRun} from '../../probes/probe-support.js';
import type {System} from '../../system/types.js';
import type {Text} from '../../i18n/message.js';

/** The outcome labels of `probeFileLength`; they name the flowchart's edges. */
export type FileLengthOutcome = 'short' | 'complete' | 'no-length' | 'error';

/** §2.2 a file cut short: asked again, does the server send as many bytes as its Content-Length announces? */
export const fileLengthProbe = defineProbe({
	id: 'file-length',
	outcomes: ['short', 'complete', 'no-length', 'error'],
	async run(input: {readonly system: System; readonly url: string} & ProbeRun): Promise<ProbeResult<FileLengthOutcome, undefined>> {
		return {evidence: (await probeFileLength(input.system, input)) as Evidence & {readonly outcome: FileLengthOutcome}};
	},
});

/**
Asks for a file again (a module zip go could not read to its end) and counts the bytes that come against the
`Content-Length` the answer announces: fewer, and the connection closed, is a short read. The body is counted,
not kept. Never throws.
*/
export async function probeFileLength(system: System, input: {readonly url: string} & ProbeRun): Promise<Evidence> {
	const host = urlHost(input.url) ?? input.url;
	const base = {probe: 'http', tool: 'undici', command: `GET ${redactUserinfo(input.url)}`} as const;
	const result = await system.http({
		url: input.url,
		env: input.env,
		timeoutMs: input.timeoutMs,
		maxBodyBytes: 0,
		...(input.signal === undefined ? {} : {signal: input.signal}),
	});
	const words = say.probes.fileLength;
	const announced = Number(result.headers['content-length']);
	const expected = Number.isSafeInteger(announced) && announced >= 0 ? announced : undefined;
	const took = formatDuration(result.durationMs);
	const evidence = (outcome: FileLengthOutcome, summary: Text): Evidence => ({...base, outcome, summary, durationMs: result.durationMs});
	if (result.error?.code === 'timeout' || result.error?.code === 'canceled') {
		// Still arriving when time ran out: not a cut.
		return evidence('error', words.late(host, result.bodyBytes, expected, took));
	}

	if (result.status !== undefined && (result.status < 200 || result.status >= 300)) {
		return evidence('error', words.status(host, statusLine(result.status), took));
	}

	if (expected !== undefined && result.bodyBytes < expected) {
		return evidence('short', words.short(host, result.bodyBytes, expected, took, result.error?.message));
	}

	if (result.error !== undefined) {
		return result.bodyBytes > 0 && expected === undefined
			? evidence('no-length', words.unannounced(host, result.bodyBytes, result.error.message))
			: evidence('error', words.failed(host, result.error.message));
	}

	return expected === undefined
		? evidence('no-length', words.completeUnannounced(host, result.bodyBytes, took))
		: evidence('complete', words.complete(host, result.bodyBytes, took));
}
