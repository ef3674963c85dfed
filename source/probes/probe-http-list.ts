import {STATUS_CODES} from 'node:http';
import {checkModulePath, escapeModulePath} from '../go/escape-module-path.js';
import {formatDuration, redactUserinfo} from '../model/format.js';
import {say, type Text} from '../i18n/index.js';
import type {Evidence} from '../model/report.js';
import type {HttpErrorCode, HttpResult, System} from '../system/types.js';
import {joinProxyUrl} from '../go/proxy-url.js';
import {type ProbeRun, trimOutput} from './probe-support.js';

/** The outcome labels of `probeProxyList`; they name the flowchart's edges. */
export type ProxyListOutcome =
	'ok' | 'not-found' | 'server-error' | 'auth' | 'forbidden' | 'bad-body' | 'timeout' | 'refused' | 'dns' | 'tls' | 'proxy' | 'error';

export type ProxyListProbeInput = {
	/** The GOPROXY entry's base URL, e.g. `https://goproxy.cn` (a trailing slash is ignored). */
	readonly entryUrl: string;
	/** The module whose version list is asked for. */
	readonly module: string;
} & ProbeRun;

/** Versions shown in a summary before `…`. */
const versionsShown = 5;

/**
Does the GOPROXY entry answer go's own request? `GET <entry>/<escaped module>/@v/list` through the HTTP client,
which picks a proxy exactly as go does. A 2xx must look like a version list (or be empty); HTML or other text is
a captive portal or an interception page (`bad-body`). Never throws.
*/
export async function probeProxyList(system: System, input: ProxyListProbeInput): Promise<Evidence> {
	const url = joinProxyUrl(input.entryUrl, `${escapeModulePath(input.module)}/@v/list`);
	const base = {probe: 'http', tool: 'undici', command: `GET ${redactUserinfo(url)}`} as const;
	const problem = checkModulePath(input.module);
	if (problem !== undefined) {
		return {
			...base,
			outcome: 'error' satisfies ProxyListOutcome,
			summary: say.probes.notRequestedModule(input.module, problem),
			durationMs: 0,
		};
	}

	const result = await system.http({
		url,
		env: input.env,
		timeoutMs: input.timeoutMs,
		...(input.signal ? {signal: input.signal} : {}),
	});
	const {outcome, summary} = readListResponse(result, input.timeoutMs);
	const output = trimOutput(result.body);
	return {
		...base,
		outcome,
		summary: result.proxy === undefined ? summary : say.probes.http.viaProxy(summary, redactUserinfo(result.proxy)),
		durationMs: result.durationMs,
		...(output === undefined ? {} : {output}),
	};
}

/** `502 Bad Gateway`. */
export function statusLine(status: number): string {
	const text = STATUS_CODES[status];
	return text === undefined ? String(status) : `${status} ${text}`;
}

/** Reads a `@v/list` response: the outcome and a one-line summary. */
export function readListResponse(result: HttpResult, timeoutMs: number): {outcome: ProxyListOutcome; summary: Text} {
	const took = formatDuration(result.durationMs);
	const words = say.probes.http;
	if (result.error !== undefined || result.status === undefined) {
		const error = result.error ?? {code: 'other' as const, message: say.probes.noResponse};
		return {outcome: errorOutcome(error.code), summary: describeError(error.code, error.message, timeoutMs)};
	}

	const {status} = result;
	const size = words.size(result.bodyBytes, took);
	if (status >= 200 && status < 300) {
		// A list longer than the body kept is cut, most likely inside a line: that piece is not a version.
		const cut = result.bodyBytes > Buffer.byteLength(result.body);
		const list = readVersionList(
			cut ? result.body.slice(0, result.body.lastIndexOf('\n') + 1) : result.body,
			result.headers['content-type'],
		);
		if (list.kind === 'versions') {
			if (list.versions.length === 0) {
				return {outcome: 'ok', summary: words.emptyList(statusLine(status), size)};
			}

			const shown = say.common.list(list.versions.slice(0, versionsShown));
			const more = list.versions.length > versionsShown ? words.moreVersions(list.versions.length) : '';
			return {outcome: 'ok', summary: words.versions(statusLine(status), size, shown, more)};
		}

		return {
			outcome: 'bad-body',
			summary: words.badBody(statusLine(status), size, list.description),
		};
	}

	if (status === 404 || status === 410) {
		return {outcome: 'not-found', summary: words.notFound(statusLine(status), took)};
	}

	if (asksForCredentials(result)) {
		return {outcome: 'auth', summary: words.auth(statusLine(status), took)};
	}

	// A 403 that asks for nothing is a refusal (a module the proxy lacks or will not serve), not a login.
	if (status === 403) {
		return {outcome: 'forbidden', summary: words.forbidden(statusLine(status), took)};
	}

	if (status >= 500) {
		return {outcome: 'server-error', summary: words.serverError(statusLine(status), took)};
	}

	return {outcome: 'error', summary: words.notProtocol(statusLine(status), took)};
}

/**
Whether an answer asks for credentials: a 401, or any answer with a `WWW-Authenticate` challenge. A 403 without one
is a refusal (Artifactory, Nexus and proxy.golang.org answer "This module version is not available." so for a
module they lack or refuse): credentials would not change it, and a public proxy has no login.
*/
export function asksForCredentials(result: Pick<HttpResult, 'status' | 'headers'>): boolean {
	return result.status === 401 || (result.status !== undefined && result.status >= 400 && result.headers['www-authenticate'] !== undefined);
}

function errorOutcome(code: HttpErrorCode): ProxyListOutcome {
	switch (code) {
		case 'timeout':
		case 'canceled': {
			return 'timeout';
		}

		// The taxonomy's `refused` covers refused, reset and unroutable connections alike.
		case 'refused':
		case 'reset':
		case 'unreachable': {
			return 'refused';
		}

		case 'dns': {
			return 'dns';
		}

		case 'tls': {
			return 'tls';
		}

		case 'proxy': {
			return 'proxy';
		}

		case 'other': {
			return 'error';
		}
	}
}

function describeError(code: HttpErrorCode, adapterMessage: Text, timeoutMs: number): Text {
	const words = say.probes.http;
	const message = words.adapterMessage(adapterMessage);
	switch (code) {
		case 'timeout': {
			// The adapter's message says the same with the stage it stopped at; keep only the stage.
			const stage = typeof adapterMessage === 'string' ? /\((while [^)]+)\)/.exec(adapterMessage)?.[1] : undefined;
			return words.timeout(formatDuration(timeoutMs), stage === undefined ? undefined : words.stage(stage), adapterMessage);
		}

		case 'canceled': {
			return words.canceled;
		}

		case 'refused': {
			return words.refused(message);
		}

		case 'reset': {
			return words.reset(message);
		}

		case 'unreachable': {
			return words.unreachable(message);
		}

		case 'dns': {
			return words.dns(message);
		}

		case 'tls': {
			return words.tls(message);
		}

		case 'proxy': {
			return words.proxy(message);
		}

		case 'other': {
			return words.other(message);
		}
	}
}

/** Go's semver.IsValid, for the first field of a list line. */
const semverPattern = /^v(0|[1-9]\d*)(\.(0|[1-9]\d*)(\.(0|[1-9]\d*)(-[\da-z-]+(\.[\da-z-]+)*)?(\+[\da-z-]+(\.[\da-z-]+)*)?)?)?$/i;

/**
Whether a body is a `@v/list` answer: each line's first field a semantic version, as go reads it
(go ignores lines it cannot read, but a body with none is not a list). Another body is described by its `form`
(what code decides on) and a `description` (what a reader is told).
*/
export function readVersionList(
	body: string,
	contentType: string | undefined,
): {kind: 'versions'; versions: string[]} | {kind: 'other'; form: 'html' | 'json' | 'text'; description: Text} {
	const lines = body
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '');
	if (/html/i.test(contentType ?? '') || /^\s*<(!doctype|html|head|body|\?xml)/i.test(body)) {
		const title = /<title[^>]*>([^<]{1,80})/i.exec(body)?.[1]?.trim();
		return {kind: 'other', form: 'html', description: title === undefined ? say.probes.http.html : say.probes.http.htmlTitled(title)};
	}

	if (lines.length === 0) {
		return {kind: 'versions', versions: []};
	}

	const versions = lines.map((line) => line.split(/\s+/)[0]!).filter((field) => semverPattern.test(field));
	if (versions.length === lines.length) {
		return {kind: 'versions', versions};
	}

	if (/^\s*[{[]/.test(body)) {
		return {kind: 'other', form: 'json', description: say.probes.http.json};
	}

	const sample = lines[0]!.slice(0, 60);
	return {kind: 'other', form: 'text', description: say.probes.http.textStarting(sample)};
}
