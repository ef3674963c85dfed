import {defineProbe} from '../../flow/define-probe.js';
import {checkModulePath, escapeModulePath, escapeVersion} from '../../go/escape-module-path.js';
import {hashGoMod} from '../../go/h1-hash.js';
import {formatDuration, redactUserinfo} from '../../model/format.js';
import {say} from '../../i18n/index.js';
import type {Evidence} from '../../model/report.js';
import type {System} from '../../system/types.js';
import {statusLine} from '../../probes/probe-http-list.js';
import {type ProbeRun, trimOutput} from '../../probes/probe-support.js';
import {joinProxyUrl} from '../../go/proxy-url.js';
import type {Text} from '../../i18n/message.js';

/** The outcome labels of `probeModHash`. */
export type ModHashOutcome = 'match' | 'mismatch' | 'not-found' | 'error';

/** Does the proxy serve the module's go.mod as go.sum recorded it (`probeModHash`, with the system)? */
export const modHashProbe = defineProbe({
	id: 'mod-hash',
	outcomes: ['match', 'mismatch', 'not-found', 'error'] satisfies readonly ModHashOutcome[],
	async run(input: ModHashProbeInput & {readonly system: System}) {
		return {evidence: (await probeModHash(input.system, input)) as Evidence & {readonly outcome: ModHashOutcome}};
	},
});

export type ModHashProbeInput = {
	/** The proxy's base URL. */
	readonly entryUrl: string;
	readonly module: string;
	readonly version: string;
	/** The `h1:` hash go.sum (or the checksum database) records for the module's go.mod. */
	readonly expected: string;
} & ProbeRun;

/** A go.mod is small; anything much larger is not one. */
const maxModBytes = 1 << 20;

/**
Does the proxy serve the module's go.mod as go.sum recorded it? `GET <entry>/<module>/@v/<version>.mod`, hashed
the way go hashes it for go.sum (`h1:`, go's dirhash of one file named go.mod), compared with `expected`.
Never throws.
*/
export async function probeModHash(system: System, input: ModHashProbeInput): Promise<Evidence> {
	const url = joinProxyUrl(input.entryUrl, `${escapeModulePath(input.module)}/@v/${escapeVersion(input.version)}.mod`);
	const base = {probe: 'http', tool: 'undici', command: `GET ${redactUserinfo(url)}`} as const;
	const problem = checkModulePath(input.module);
	if (problem !== undefined || !/^v[\w.+-]+$/.test(input.version)) {
		return {
			...base,
			outcome: 'error' satisfies ModHashOutcome,
			summary: say.probes.modHash.notVersion(`${input.module}@${input.version}`),
			durationMs: 0,
		};
	}

	const result = await system.http({
		url,
		env: input.env,
		timeoutMs: input.timeoutMs,
		maxBodyBytes: maxModBytes,
		...(input.signal ? {signal: input.signal} : {}),
	});
	const took = formatDuration(result.durationMs);
	const words = say.probes.modHash;
	const done = (outcome: ModHashOutcome, summary: Text): Evidence => {
		const output = trimOutput(result.body);
		return {...base, outcome, summary, durationMs: result.durationMs, ...(output === undefined ? {} : {output})};
	};

	if (result.error !== undefined || result.status === undefined) {
		return done('error', say.probes.noAnswer(took, result.error?.message ?? say.probes.noResponse));
	}

	if (result.status === 404 || result.status === 410) {
		return done('not-found', words.notFound(statusLine(result.status), took, input.module, input.version));
	}

	if (result.status < 200 || result.status >= 300) {
		return done('error', words.noGoMod(statusLine(result.status), took));
	}

	const actual = hashGoMod(result.body);
	return actual === input.expected
		? done('match', words.match(statusLine(result.status), result.bodyBytes, took, actual))
		: done('mismatch', words.mismatch(statusLine(result.status), result.bodyBytes, took, actual, input.expected));
}
