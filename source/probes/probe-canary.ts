import {checkModulePath, escapeModulePath} from '../go/escape-module-path.js';
import {formatDuration, redactUserinfo} from '../model/format.js';
import {say, type Text} from '../i18n/index.js';
import type {Evidence} from '../model/report.js';
import type {HttpResult, System} from '../system/types.js';
import {joinProxyUrl} from '../go/proxy-url.js';
import {asksForCredentials, readListResponse, readVersionList, statusLine} from './probe-http-list.js';
import {type ProbeRun, trimOutput} from './probe-support.js';

/** The outcome labels of `probeProxyFetch`: the answer's kind, as §2.2 reads it. */
export type ProxyFetchOutcome = 'ok' | 'not-found' | 'upstream' | 'server-error' | 'html' | 'malformed' | 'auth' | 'forbidden' | 'error';

/** The module §2.2 asks a proxy for when it must certainly exist there (`--canary`, GOMOD_DOCTOR_CANARY). */
export const defaultCanaryModule = 'golang.org/x/mod';

/** `--canary MOD`, else GOMOD_DOCTOR_CANARY, else golang.org/x/mod; an invalid module path is ignored. */
export function canaryFrom(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): string {
	const value = (flag ?? env['GOMOD_DOCTOR_CANARY'] ?? '').trim();
	return value !== '' && checkModulePath(value) === undefined ? value : defaultCanaryModule;
}

export type ProxyFetchInput = ProbeRun & {
	/** The proxy's base URL (a GOPROXY entry), without the module path. */
	readonly baseUrl: string;
	readonly module: string;
};

/**
What a GOPROXY server answers for `GET <base>/<module>/@v/list`, read the way §2.2 asks: a version list (`ok`),
404/410 (`not-found`), 502/503/504 from a gateway whose upstream fails (`upstream`), another 5xx
(`server-error`), an HTML page where the protocol's plain text belongs (`html`: a captive portal, a login page,
an interception proxy), another body that is not a version list (`malformed`), a 401 or a `WWW-Authenticate`
challenge (`auth`), a 403 that asks for no credentials (`forbidden`: a refusal), or no answer (`error`). Never throws.
*/
export async function probeProxyFetch(system: System, input: ProxyFetchInput): Promise<Evidence> {
	const url = joinProxyUrl(input.baseUrl, `${escapeModulePath(input.module)}/@v/list`);
	const base = {probe: 'http', tool: 'undici', command: `GET ${redactUserinfo(url)}`} as const;
	const problem = checkModulePath(input.module);
	if (problem !== undefined) {
		return {
			...base,
			outcome: 'error' satisfies ProxyFetchOutcome,
			summary: say.probes.canary.notModule(input.module, problem),
			durationMs: 0,
		};
	}

	const result = await system.http({url, env: input.env, timeoutMs: input.timeoutMs, ...(input.signal ? {signal: input.signal} : {})});
	const {outcome, summary} = readProxyFetch(result, input.timeoutMs);
	const type = result.headers['content-type'];
	const {server} = result.headers;
	const about = [type === undefined ? '' : `Content-Type: ${type}`, server === undefined ? '' : `Server: ${server}`]
		.filter(Boolean)
		.join('; ');
	const output = trimOutput(result.body, 1500);
	return {
		...base,
		outcome,
		summary: about === '' ? summary : say.probes.canary.about(summary, about),
		...(result.status === undefined ? {} : {exitCode: result.status}),
		durationMs: result.durationMs,
		...(output === undefined ? {} : {output}),
	};
}

/** Reads one answer as §2.2 does: the outcome and a one-line summary. Pure. */
export function readProxyFetch(result: HttpResult, timeoutMs: number): {outcome: ProxyFetchOutcome; summary: Text} {
	const {status} = result;
	if (result.error !== undefined || status === undefined) {
		return {outcome: 'error', summary: readListResponse(result, timeoutMs).summary};
	}

	const took = formatDuration(result.durationMs);
	const words = say.probes.canary;
	if (status === 502 || status === 503 || status === 504) {
		return {outcome: 'upstream', summary: words.upstream(statusLine(status), took)};
	}

	if (status >= 500) {
		return {outcome: 'server-error', summary: words.serverError(statusLine(status), took)};
	}

	if (status === 404 || status === 410) {
		return {outcome: 'not-found', summary: words.notFound(statusLine(status), took)};
	}

	if (asksForCredentials(result)) {
		return {outcome: 'auth', summary: words.auth(statusLine(status), took)};
	}

	if (status === 403) {
		return {outcome: 'forbidden', summary: words.forbidden(statusLine(status), took)};
	}

	if (status >= 200 && status < 300) {
		const list = readVersionList(result.body, result.headers['content-type']);
		if (list.kind === 'versions') {
			return {outcome: 'ok', summary: words.ok(statusLine(status), took, list.versions.slice(0, 5).join(', '))};
		}

		return {
			outcome: list.form === 'html' ? 'html' : 'malformed',
			summary: words.notList(statusLine(status), took, list.description),
		};
	}

	return {outcome: 'malformed', summary: say.probes.http.notProtocol(statusLine(status), took)};
}
