import {checkModulePath} from '../go/escape-module-path.js';
import {checkGoImport, matchGoImport, parseGoImportMeta} from '../go/go-import-meta.js';
import {formatDuration} from '../model/format.js';
import type {Evidence} from '../model/report.js';
import type {System} from '../system/types.js';
import {statusLine} from './probe-http-list.js';
import {type ProbeRun, trimOutput} from './probe-support.js';

/** The outcome labels of `probeGoGetMeta`. */
export type GoGetMetaOutcome = 'found' | 'no-meta' | 'auth' | 'not-found' | 'unreachable' | 'error';

export type GoGetMetaProbeInput = {
	/** The import path (a module path) whose go-import tag is asked for. */
	readonly importPath: string;
} & ProbeRun;

/**
What go asks a host it does not know: `GET https://IMPORT-PATH?go-get=1`, and the `<meta name="go-import">` tag
that tells it which VCS and repository serve the path (the page is untrusted: parsed, never run). The request
goes through the HTTP(S) proxy go would use, without credentials (go adds `.netrc` ones; a 401 here is what go
gets without them). Never throws.
*/
export async function probeGoGetMeta(system: System, input: GoGetMetaProbeInput): Promise<Evidence> {
	const url = `https://${input.importPath}?go-get=1`;
	const base = {probe: 'http', tool: 'undici', command: `GET ${url}`} as const;
	const problem = checkModulePath(input.importPath);
	if (problem !== undefined) {
		return {...base, outcome: 'error' satisfies GoGetMetaOutcome, summary: `Not requested: ${JSON.stringify(input.importPath)} is not a valid module path (${problem}).`, durationMs: 0};
	}

	const result = await system.http({url, env: input.env, timeoutMs: input.timeoutMs, maxBodyBytes: 256 * 1024, ...(input.signal ? {signal: input.signal} : {})});
	const took = formatDuration(result.durationMs);
	const done = (outcome: GoGetMetaOutcome, summary: string): Evidence => {
		const output = trimOutput(result.body, 1500);
		return {...base, outcome, summary, durationMs: result.durationMs, ...(output === undefined ? {} : {output})};
	};

	if (result.error !== undefined || result.status === undefined) {
		return done('unreachable', `No answer (${took}): ${result.error?.message ?? 'no response'}.`);
	}

	const status = statusLine(result.status);
	if (result.status === 401 || result.status === 403) {
		return done('auth', `${status} (${took}): the host wants credentials even for the go-import tag.`);
	}

	const imports = parseGoImportMeta(result.body);
	const matched = matchGoImport(imports, input.importPath);
	if ('match' in matched) {
		const unusable = checkGoImport(matched.match);
		if (unusable !== undefined) {
			return done('error', `${status} (${took}): go-import "${matched.match.prefix} ${matched.match.vcs} ${matched.match.repoRoot}", which go cannot use: ${unusable}.`);
		}

		const {prefix, vcs, repoRoot} = matched.match;
		return done('found', `${status} (${took}): go-import says ${prefix} is served by ${vcs === 'mod' ? 'a module proxy' : vcs} at ${repoRoot}.`);
	}

	if (matched.error === 'multiple') {
		return done('error', `${status} (${took}): several go-import tags match ${input.importPath}; go refuses them.`);
	}

	if (result.status === 404 || result.status === 410) {
		return done('not-found', `${status} (${took}) and no go-import tag: the host does not know ${input.importPath}.`);
	}

	return done('no-meta', `${status} (${took}), but no go-import tag for ${input.importPath} (${imports.length} other tag${imports.length === 1 ? '' : 's'}).`);
}
