import {checkModulePath} from '../../go/escape-module-path.js';
import {checkGoImport, matchGoImport, parseGoImportMeta} from '../../go/go-import-meta.js';
import {formatDuration} from '../../model/format.js';
import {say} from '../../i18n/index.js';
import type {Evidence} from '../../model/report.js';
import {fromModule} from '../../probes/network-probes.js';
import {statusLine} from '../../probes/probe-http-list.js';
import {type ProbeRun, trimOutput} from '../../probes/probe-support.js';
import type {System} from '../../system/types.js';
import type {Text} from '../../i18n/message.js';

/** The outcome labels of `probeGoGetMeta`. */
const goGetMetaOutcomes = ['found', 'no-meta', 'auth', 'not-found', 'unreachable', 'error'] as const;
type GoGetMetaOutcome = (typeof goGetMetaOutcomes)[number];

type GoGetMetaProbeInput = {
	/** The import path (a module path) whose go-import tag is asked for. */
	readonly importPath: string;
} & ProbeRun;

/**
What go asks a host it does not know: `GET https://IMPORT-PATH?go-get=1`, and the `<meta name="go-import">` tag
that tells it which VCS and repository serve the path (the page is untrusted: parsed, never run). The request
goes through the HTTP(S) proxy go would use, without credentials (go adds `.netrc` ones; a 401 here is what go
gets without them). Never throws.
*/
async function probeGoGetMeta(system: System, input: GoGetMetaProbeInput): Promise<Evidence> {
	const url = `https://${input.importPath}?go-get=1`;
	const base = {probe: 'http', tool: 'undici', command: `GET ${url}`} as const;
	const problem = checkModulePath(input.importPath);
	if (problem !== undefined) {
		return {
			...base,
			outcome: 'error' satisfies GoGetMetaOutcome,
			summary: say.probes.notRequestedModule(input.importPath, problem),
			durationMs: 0,
		};
	}

	const result = await system.http({
		url,
		env: input.env,
		timeoutMs: input.timeoutMs,
		maxBodyBytes: 256 * 1024,
		...(input.signal ? {signal: input.signal} : {}),
	});
	const took = formatDuration(result.durationMs);
	const words = say.probes.goGetMeta;
	const done = (outcome: GoGetMetaOutcome, summary: Text): Evidence => {
		const output = trimOutput(result.body, 1500);
		return {...base, outcome, summary, durationMs: result.durationMs, ...(output === undefined ? {} : {output})};
	};

	if (result.error !== undefined || result.status === undefined) {
		return done('unreachable', say.probes.noAnswer(took, result.error?.message ?? say.probes.noResponse));
	}

	const status = statusLine(result.status);
	if (result.status === 401 || result.status === 403) {
		return done('auth', words.auth(status, took));
	}

	const imports = parseGoImportMeta(result.body);
	const matched = matchGoImport(imports, input.importPath);
	if ('match' in matched) {
		const unusable = checkGoImport(matched.match);
		if (unusable !== undefined) {
			return done(
				'error',
				words.unusable(status, took, `${matched.match.prefix} ${matched.match.vcs} ${matched.match.repoRoot}`, unusable),
			);
		}

		const {prefix, vcs, repoRoot} = matched.match;
		return done('found', words.found(status, took, prefix, vcs, repoRoot));
	}

	if (matched.error === 'multiple') {
		return done('error', words.multiple(status, took, input.importPath));
	}

	if (result.status === 404 || result.status === 410) {
		return done('not-found', words.notFound(status, took, input.importPath));
	}

	return done('no-meta', words.noMeta(status, took, input.importPath, imports.length));
}

/** The host's go-import tag for a module go fetches directly, as a probe object. */
export const goGetMetaProbe = fromModule('go-get-meta', goGetMetaOutcomes, probeGoGetMeta);
