import {lookup} from 'node:dns/promises';
import net from 'node:net';
import {performance} from 'node:perf_hooks';
import tls, {type DetailedPeerCertificate, type PeerCertificate} from 'node:tls';
import {directAfterMs, directLookup, lookupWithFallback} from './lookup-with-fallback.js';
import {goTrustContext} from './system-roots.js';
import type {ConnectOutcome, ConnectResult, NetClient, ResolveResult, TlsResult} from './types.js';

type Deadline = {readonly timeoutMs: number; readonly signal?: AbortSignal};

/**
Waits for `work` until the deadline or the caller's signal, whichever comes first.
`work` receives an AbortSignal that fires when the wait is over, so it can close its socket.
*/
async function withDeadline<T>(
	options: Deadline,
	work: (stop: AbortSignal) => Promise<T>,
	onTimeout: () => T,
	onCancel: () => T,
): Promise<T> {
	if (options.signal?.aborted) {
		return onCancel();
	}

	const stop = new AbortController();
	let timer: NodeJS.Timeout | undefined;
	let onAbort: (() => void) | undefined;
	const expired = new Promise<T>((resolve) => {
		timer = setTimeout(
			() => {
				resolve(onTimeout());
			},
			Math.max(1, options.timeoutMs),
		);
		onAbort = () => {
			resolve(onCancel());
		};

		options.signal?.addEventListener('abort', onAbort, {once: true});
	});
	try {
		return await Promise.race([work(stop.signal), expired]);
	} finally {
		clearTimeout(timer);
		if (onAbort !== undefined) {
			options.signal?.removeEventListener('abort', onAbort);
		}

		stop.abort();
	}
}

/** All addresses of `host` from getaddrinfo, in its order. */
async function systemLookup(host: string): Promise<string[]> {
	const addresses = await lookup(host, {all: true, verbatim: true});
	return addresses.map((entry) => entry.address);
}

/**
All addresses of `host` from the system resolver (getaddrinfo: /etc/hosts, then DNS), in its order; from the
nameservers directly when the system resolver is held up (see lookup-with-fallback.ts).
*/
async function resolve(host: string, options: Deadline): Promise<ResolveResult> {
	const start = performance.now();
	const elapsed = () => Math.round(performance.now() - start);
	return withDeadline<ResolveResult>(
		options,
		async (stop) => {
			try {
				const addresses = await lookupWithFallback(host, stop, {system: systemLookup, direct: directLookup, afterMs: directAfterMs});
				return {addresses, durationMs: elapsed()};
			} catch (error) {
				const {code, message} = describeError(error);
				return {addresses: [], durationMs: elapsed(), error: {code, message}};
			}
		},
		() => ({
			addresses: [],
			durationMs: elapsed(),
			error: {code: 'TIMEOUT', message: `no answer from the resolver within ${options.timeoutMs} ms`},
		}),
		() => ({addresses: [], durationMs: elapsed(), error: {code: 'CANCELED', message: 'canceled'}}),
	);
}

const connectOutcomes: Readonly<Record<string, ConnectOutcome>> = {
	ECONNREFUSED: 'refused',
	ETIMEDOUT: 'timeout',
	ENETUNREACH: 'unreachable',
	EHOSTUNREACH: 'unreachable',
	EHOSTDOWN: 'unreachable',
	ENETDOWN: 'unreachable',
};

/** A TCP connect (then an immediate close), like `nc -z`. */
async function connect(host: string, port: number, options: Deadline): Promise<ConnectResult> {
	const start = performance.now();
	const elapsed = () => Math.round(performance.now() - start);
	const where = `${host.includes(':') ? `[${host}]` : host}:${port}`;
	return withDeadline<ConnectResult>(
		options,
		async (stop) =>
			new Promise<ConnectResult>((resolve) => {
				const socket = net.connect({host, port});
				stop.addEventListener(
					'abort',
					() => {
						socket.destroy();
					},
					{once: true},
				);
				socket.once('connect', () => {
					const remote = socket.remoteAddress === undefined ? '' : ` (${socket.remoteAddress})`;
					socket.destroy();
					resolve({outcome: 'open', durationMs: elapsed(), message: `connected to ${where}${remote}`});
				});
				socket.once('error', (error) => {
					socket.destroy();
					const {code, message} = describeError(error);
					resolve({outcome: connectOutcomes[code] ?? 'error', durationMs: elapsed(), message});
				});
			}),
		() => ({outcome: 'timeout', durationMs: elapsed(), message: `no answer from ${where} within ${options.timeoutMs} ms`}),
		() => ({outcome: 'error', durationMs: elapsed(), message: 'canceled'}),
	);
}

/**
A TLS handshake that completes even when the chain does not verify, so the chain can be shown:
`authorizationError` says why it would have been rejected. Trusts the roots go trusts by default
(system-roots.ts); the server name is checked as go checks it.
*/
async function tlsHandshake(host: string, port: number, options: Deadline & {readonly servername: string}): Promise<TlsResult> {
	const start = performance.now();
	const elapsed = () => Math.round(performance.now() - start);
	const secureContext = goTrustContext({});
	const failed = (error: string, timedOut = false): TlsResult => ({ok: false, durationMs: elapsed(), timedOut, chain: [], error});
	return withDeadline<TlsResult>(
		options,
		async (stop) =>
			new Promise<TlsResult>((resolve) => {
				const socket = tls.connect({
					host,
					port,
					// RFC 6066 forbids an IP address as SNI; Node warns about one.
					...(net.isIP(options.servername) === 0 ? {servername: options.servername} : {}),
					...(secureContext === undefined ? {} : {secureContext}),
					rejectUnauthorized: false,
					checkServerIdentity: (_host, cert) => tls.checkServerIdentity(options.servername, cert),
				});
				stop.addEventListener(
					'abort',
					() => {
						socket.destroy();
					},
					{once: true},
				);
				socket.once('secureConnect', () => {
					const chain = peerChain(socket.getPeerCertificate(true));
					const authorizationError = socket.authorized ? undefined : errorCode(socket.authorizationError);
					socket.destroy();
					resolve({
						ok: socket.authorized,
						durationMs: elapsed(),
						timedOut: false,
						chain,
						...(authorizationError === undefined ? {} : {authorizationError}),
					});
				});
				socket.once('error', (error) => {
					socket.destroy();
					const {code, message} = describeError(error);
					resolve(failed(message.includes(code) ? message : `${code}: ${message}`));
				});
			}),
		() => failed(`no TLS handshake with ${host}:${port} within ${options.timeoutMs} ms`, true),
		() => failed('canceled'),
	);
}

function peerChain(leaf: DetailedPeerCertificate): TlsResult['chain'] {
	const chain: Array<TlsResult['chain'][number]> = [];
	const seen = new Set<string>();
	let cert: DetailedPeerCertificate | undefined = leaf;
	while (cert !== undefined && Object.keys(cert).length > 0 && !seen.has(cert.fingerprint256)) {
		seen.add(cert.fingerprint256);
		chain.push({
			subject: formatName(cert.subject),
			issuer: formatName(cert.issuer),
			validFrom: cert.valid_from,
			validTo: cert.valid_to,
			altNames: (cert.subjectaltname ?? '')
				.split(', ')
				.filter((name) => name !== '')
				.map((name) => name.replace(/^(DNS|IP Address|email|URI):/, '')),
			...pemOf(cert),
		});
		cert = cert.issuerCertificate;
	}

	return chain;
}

/** The certificate as PEM, from the DER bytes Node hands back. */
function pemOf(cert: DetailedPeerCertificate): {pem?: string} {
	if (!Buffer.isBuffer(cert.raw)) {
		return {};
	}

	const lines = cert.raw.toString('base64').match(/.{1,64}/g) ?? [];
	return {pem: `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`};
}

/** `CN=localhost, O=Example`: a distinguished name in the order the certificate gives it. */
export function formatName(name: PeerCertificate['subject'] | undefined): string {
	if (name === undefined) {
		return '';
	}

	return Object.entries(name as unknown as Record<string, string | string[]>)
		.flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((item) => `${key}=${item}`))
		.join(', ');
}

function errorCode(error: unknown): string {
	if (typeof error === 'string') {
		return error;
	}

	return describeError(error).code;
}

/** The code and message of an error, looking inside an AggregateError (Node tries every address of a name). */
function describeError(error: unknown): {code: string; message: string} {
	const record = (error ?? {}) as {code?: unknown; message?: unknown; errors?: unknown};
	const inner = Array.isArray(record.errors) ? (record.errors as unknown[]) : [];
	const first = inner.find((item) => typeof (item as {code?: unknown}).code === 'string') as {code: string; message?: string} | undefined;
	const code = typeof record.code === 'string' ? record.code : (first?.code ?? 'ERROR');
	let message = typeof record.message === 'string' ? record.message : '';
	if (message === '' && inner.length > 0) {
		message = inner.map((item) => String((item as {message?: unknown}).message ?? item)).join('; ');
	}

	return {code, message: message === '' ? code : message};
}

/** Node's own network primitives, for when `ping`, `nc` or `openssl` are missing. */
export const netClient: NetClient = {resolve, connect, tlsHandshake};
