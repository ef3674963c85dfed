import {performance} from 'node:perf_hooks';
import type {SecureContext} from 'node:tls';
import {redactUserinfo} from '../model/format.js';
import {proxyForUrl} from '../go/proxy-for-url.js';
import {Agent, ProxyAgent, request, type Dispatcher} from './undici-core.js';
import {goTrustContext} from './system-roots.js';
import type {Environment, HttpClient, HttpErrorCode, HttpResult, PinnedLookup} from './types.js';

/** Redirects followed before giving up, as go's http.Client does. */
export const maxRedirects = 10;

const defaultMaxBodyBytes = 65_536;

/** `url` parsed, or why go would not fetch it: not a URL, or not http(s). */
function parseHttpUrl(url: string): URL | string {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return `not a valid URL: ${url}`;
	}

	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
		return `unsupported protocol scheme "${parsed.protocol.slice(0, -1)}"`;
	}

	return parsed;
}

/** Where a redirect leads, or why it is not followed (too many, an invalid location, https to http), as go says. */
function redirectTarget(redirect: {
	status: number;
	location: string;
	url: string;
	parsed: URL;
	redirects: number;
}): {url: string} | {error: string} {
	const {status, location, url, parsed, redirects} = redirect;
	if (redirects >= maxRedirects) {
		return {error: `stopped after ${maxRedirects} redirects`};
	}

	const next = resolveLocation(location, url);
	if (next === undefined) {
		return {error: `${status} redirect to an invalid location: ${location}`};
	}

	if (parsed.protocol === 'https:' && !next.startsWith('https:')) {
		return {error: `redirected from secure URL ${url} to insecure URL ${next}`};
	}

	return {url: next};
}

/** A response body: every byte counted, the first `max` kept. */
class KeptBody {
	total = 0;
	private readonly kept: Uint8Array[] = [];
	private keptBytes = 0;
	private readonly max: number;

	constructor(max: number) {
		this.max = max;
	}

	add(chunk: Uint8Array): void {
		this.total += chunk.length;
		if (this.keptBytes < this.max) {
			const part = chunk.subarray(0, this.max - this.keptBytes);
			this.kept.push(part);
			this.keptBytes += part.length;
		}
	}

	bytes(): Buffer {
		return Buffer.concat(this.kept);
	}

	text(): string {
		return this.bytes().toString('utf8');
	}
}

/**
The one HTTP client: one request made the way `go` makes it.

- The proxy is chosen per request (and per redirect) by go's rules (`proxyForUrl`): a `ProxyAgent` when one
  applies (CONNECT for https, an absolute-URI request for http, as go does; credentials in the proxy URL's
  userinfo become `Proxy-Authorization: Basic`), a plain `Agent` otherwise. Both are closed after the request.
- TLS trusts the roots go trusts (SSL_CERT_FILE, SSL_CERT_DIR, the system bundle), not Node's bundled ones. That
  trust store is built only where TLS is spoken (an https URL or an https proxy), once per setting, and outside
  the request's measured time: the first proxy measured must not look slower than the others for it.
- Redirects are followed like go's client (at most 10; https never to http, as cmd/go refuses that).
- One deadline (`timeoutMs`) covers connect, headers, body and redirects; the caller's signal cancels.
- At most `maxBodyBytes` of the body is kept; the rest is read and counted.

Never throws: every failure is an `error` with an `HttpErrorCode`.
*/
export const httpGet: HttpClient = async (input) => {
	// Building the trust store (tens of milliseconds, once) is no part of how long the server takes to answer.
	trustFor(input.url, proxyForUrl(input.url, input.env).proxy, input.env);
	const start = performance.now();
	/** Time spent building a trust store after the clock started (a redirect to https), left out of the duration. */
	let buildMs = 0;
	const maxBodyBytes = input.maxBodyBytes ?? defaultMaxBodyBytes;
	const elapsed = () => Math.round(performance.now() - start - buildMs);
	let proxy: string | undefined;
	const fail = (code: HttpErrorCode, message: string, partial: Partial<HttpResult> = {}): HttpResult => ({
		url: input.url,
		headers: {},
		body: '',
		bodyBytes: 0,
		...partial,
		durationMs: elapsed(),
		...(proxy === undefined ? {} : {proxy}),
		error: {code, message},
	});

	if (input.signal?.aborted) {
		return fail('canceled', 'canceled before it started');
	}

	const timeoutMs = Math.max(1, input.timeoutMs);
	const deadline = AbortSignal.timeout(Math.max(1, Math.ceil(timeoutMs)));
	const signal = input.signal === undefined ? deadline : AbortSignal.any([input.signal, deadline]);
	const method = input.method ?? 'GET';
	let {url} = input;

	for (let redirects = 0; ; redirects++) {
		const parsed = parseHttpUrl(url);
		if (typeof parsed === 'string') {
			return fail('other', parsed);
		}

		const decision = proxyForUrl(url, input.env);
		proxy = decision.proxy;
		if (decision.error !== undefined) {
			return fail('proxy', decision.error);
		}

		const trust = trustFor(url, decision.proxy, input.env);
		buildMs += trust.buildMs;
		const dispatcher = createDispatcher(decision.proxy, trust.secureContext, timeoutMs, input.lookup);
		if ('error' in dispatcher) {
			return fail('proxy', dispatcher.error);
		}

		let status: number | undefined;
		let headers: Record<string, string> = {};
		const body = new KeptBody(maxBodyBytes);
		try {
			// eslint-disable-next-line no-await-in-loop -- each redirect is followed after the answer before it
			const response = await request(url, {
				dispatcher: dispatcher.dispatcher,
				method,
				signal,
				// The request go would send: some servers answer browsers and tools differently.
				headers: {'user-agent': 'Go-http-client/1.1'},
				headersTimeout: timeoutMs,
				bodyTimeout: timeoutMs,
			});
			status = response.statusCode;
			headers = flattenHeaders(response.headers);
			const {location} = headers;
			if (isRedirect(status) && location !== undefined) {
				// eslint-disable-next-line no-await-in-loop -- the redirect's body is drained before the next request
				await response.body.dump();
				const next = redirectTarget({status, location, url, parsed, redirects});
				if ('error' in next) {
					return fail('other', next.error);
				}

				url = next.url;
				continue;
			}

			// eslint-disable-next-line no-await-in-loop -- the final answer's body, read once the redirects are done
			for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
				body.add(chunk);
			}

			if (decision.proxy !== undefined && status === 407) {
				return fail('proxy', `the proxy answered 407 Proxy Authentication Required`, {
					headers,
					body: body.text(),
					bodyBytes: body.total,
				});
			}

			return {
				url: input.url,
				status,
				headers,
				body: body.text(),
				bodyBytes: body.total,
				...(input.binary === true ? {bytes: new Uint8Array(body.bytes())} : {}),
				durationMs: elapsed(),
				...(proxy === undefined ? {} : {proxy}),
			};
		} catch (error) {
			const {code, message} = classifyError(error, {
				proxied: decision.proxy !== undefined,
				canceled: input.signal?.aborted ?? false,
				timedOut: deadline.aborted,
				timeoutMs,
				gotResponse: status !== undefined,
			});
			return fail(code, message, {headers, body: body.text(), bodyBytes: body.total});
		} finally {
			// eslint-disable-next-line no-await-in-loop -- each attempt's dispatcher is closed before the next one opens
			await dispatcher.dispatcher.destroy().catch(() => undefined);
		}
	}
};

/**
The TLS context a request to `url` through `proxy` needs: go's roots where TLS is spoken (an https URL, or an
https proxy), none for plain http (Node's defaults then apply to nothing). `buildMs` is how long getting it took:
about zero once built.
*/
export function trustFor(url: string, proxy: string | undefined, env: Environment): {secureContext?: SecureContext; buildMs: number} {
	if (!/^https:/i.test(url) && !/^https:/i.test(proxy ?? '')) {
		return {buildMs: 0};
	}

	const started = performance.now();
	const secureContext = goTrustContext(env);
	return {...(secureContext === undefined ? {} : {secureContext}), buildMs: performance.now() - started};
}

function createDispatcher(
	proxy: string | undefined,
	secureContext: SecureContext | undefined,
	timeoutMs: number,
	lookup: PinnedLookup | undefined,
): {dispatcher: Dispatcher} | {error: string} {
	// The addresses already found, when given: the connection (to the server, or to the proxy) does not look up again.
	const tls = {timeout: timeoutMs, ...(secureContext === undefined ? {} : {secureContext}), ...(lookup === undefined ? {} : {lookup})};
	const timeouts = {headersTimeout: timeoutMs, bodyTimeout: timeoutMs};
	if (proxy === undefined) {
		return {dispatcher: new Agent({connect: tls, ...timeouts})};
	}

	let proxyUrl: URL;
	try {
		proxyUrl = new URL(proxy);
	} catch {
		return {error: `invalid proxy address ${redactUserinfo(proxy)}`};
	}

	const scheme = proxyUrl.protocol.slice(0, -1);
	if (scheme === 'socks5' || scheme === 'socks5h') {
		proxyUrl.protocol = 'socks5:';
		return {dispatcher: new ProxyAgent({uri: proxyUrl.href, proxyTls: tls, requestTls: tls, ...timeouts})};
	}

	if (scheme !== 'http' && scheme !== 'https') {
		return {error: `proxyconnect: unknown proxy scheme "${scheme}" in ${redactUserinfo(proxy)}`};
	}

	let token: string | undefined;
	if (proxyUrl.username !== '' || proxyUrl.password !== '') {
		token = `Basic ${Buffer.from(`${decodeUserinfo(proxyUrl.username)}:${decodeUserinfo(proxyUrl.password)}`).toString('base64')}`;
		proxyUrl.username = '';
		proxyUrl.password = '';
	}

	return {
		dispatcher: new ProxyAgent({
			uri: proxyUrl.href,
			...(token === undefined ? {} : {token}),
			// Go sends plain-http requests to the proxy in absolute form, and tunnels only https.
			proxyTunnel: false,
			proxyTls: tls,
			requestTls: tls,
			...timeouts,
		}),
	};
}

function decodeUserinfo(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

function isRedirect(status: number): boolean {
	return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

function resolveLocation(location: string, base: string): string | undefined {
	try {
		return new URL(location, base).href;
	} catch {
		return undefined;
	}
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
	const flat: Record<string, string> = {};
	for (const [name, value] of Object.entries(headers)) {
		if (value !== undefined) {
			flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
		}
	}

	return flat;
}

const codes: Readonly<Record<string, HttpErrorCode>> = {
	ECONNREFUSED: 'refused',
	ENOTFOUND: 'dns',
	EAI_AGAIN: 'dns',
	EAI_NONAME: 'dns',
	EAI_FAIL: 'dns',
	EAI_NODATA: 'dns',
	ETIMEDOUT: 'timeout',
	UND_ERR_CONNECT_TIMEOUT: 'timeout',
	UND_ERR_HEADERS_TIMEOUT: 'timeout',
	UND_ERR_BODY_TIMEOUT: 'timeout',
	ECONNRESET: 'reset',
	EPIPE: 'reset',
	UND_ERR_SOCKET: 'reset',
	ENETUNREACH: 'unreachable',
	EHOSTUNREACH: 'unreachable',
	EHOSTDOWN: 'unreachable',
	ENETDOWN: 'unreachable',
	EPROTO: 'tls',
	UND_ERR_PRX_TLS: 'proxy',
};

type ErrorContext = {
	readonly proxied: boolean;
	readonly canceled: boolean;
	readonly timedOut: boolean;
	readonly timeoutMs: number;
	readonly gotResponse: boolean;
};

/** Maps what undici and node:net/tls throw to an `HttpErrorCode` and a message a user can read. */
export function classifyError(error: unknown, context: ErrorContext): {code: HttpErrorCode; message: string} {
	if (context.canceled) {
		return {code: 'canceled', message: 'canceled'};
	}

	if (context.timedOut) {
		const stage = context.gotResponse ? 'reading the body' : 'waiting for the response';
		return {code: 'timeout', message: `no complete answer within ${context.timeoutMs} ms (while ${stage})`};
	}

	const chain = errorChain(error);
	const message = chain.map((item) => item.message).find((text) => text !== '') ?? String(error);
	const errorCodes = chain.map((item) => item.code).filter((code): code is string => code !== undefined);
	if (chain.some((item) => /proxy response \(\d+\)|proxy authentication required/i.test(item.message))) {
		return {code: 'proxy', message: proxyMessage(message)};
	}

	if (errorCodes.some((code) => /^(CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|ERR_TLS_|ERR_SSL_|HOSTNAME_MISMATCH)/.test(code))) {
		return {code: 'tls', message: `${errorCodes.find((code) => code !== 'UND_ERR_SOCKET') ?? ''}: ${message}`};
	}

	for (const code of errorCodes) {
		const mapped = codes[code];
		if (mapped === undefined) {
			continue;
		}

		// Without a tunnel yet, every connection failure is a failure to reach the proxy (go: "proxyconnect tcp").
		if (context.proxied && !context.gotResponse && (mapped === 'refused' || mapped === 'dns' || mapped === 'unreachable')) {
			return {code: 'proxy', message: `proxyconnect tcp: ${message}`};
		}

		return {code: mapped, message};
	}

	if (/certificate|ssl|tls/i.test(message)) {
		return {code: 'tls', message};
	}

	return {code: 'other', message};
}

function proxyMessage(message: string): string {
	const status = /\((\d{3})\)/.exec(message)?.[1];
	if (status === '407') {
		return 'the proxy answered 407 Proxy Authentication Required';
	}

	return status === undefined ? message : `the proxy refused to open a tunnel: it answered ${status} to CONNECT`;
}

type ErrorLink = {readonly code?: string; readonly message: string};

function errorChain(error: unknown): ErrorLink[] {
	const links: ErrorLink[] = [];
	const seen = new Set<unknown>();
	const visit = (value: unknown) => {
		if (value === null || typeof value !== 'object' || seen.has(value) || links.length > 20) {
			return;
		}

		seen.add(value);
		const record = value as {code?: unknown; message?: unknown; cause?: unknown; errors?: unknown};
		links.push({
			...(typeof record.code === 'string' ? {code: record.code} : {}),
			message: typeof record.message === 'string' ? record.message : '',
		});
		visit(record.cause);
		if (Array.isArray(record.errors)) {
			for (const item of record.errors) {
				visit(item);
			}
		}
	};

	visit(error);
	return links;
}
