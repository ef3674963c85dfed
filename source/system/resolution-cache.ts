import net from 'node:net';
import {proxyForUrl} from '../go/proxy-for-url.js';
import type {HttpRequest, HttpResult, NetClient, PinnedLookup, ResolveResult, RunLookup, System} from './types.js';

/**
How long one lookup may take: past one retry of glibc's resolver (it waits 5 s for a nameserver that dropped the
query, then asks again), so that a stalled first query comes back as a slow answer and not as "does not resolve".
*/
export const resolverDeadlineMs = 6500;

/** A `System` whose resolver looks each host up once per run; `lookups()` lists what it answered so far. */
export type ResolvingSystem = System & {readonly net: NetClient & {readonly lookups: () => readonly RunLookup[]}};

/**
The system of one diagnosis: each host is looked up once (the first caller's lookup is shared by every later one,
walks, candidates and checks alike), under a deadline that outlasts a resolver retry ({@link resolverDeadlineMs}, cut
to `endsAt` on the system clock but never below `minimumMs`). HTTP requests wait for that lookup before their own
deadline starts, then connect to the addresses found (the lookup is pinned), so that a stalled resolver is never
counted as a slow server. A caller's signal ends its own wait, not the shared lookup.
*/
export function withResolutionCache(
	system: System,
	options: {readonly endsAt: () => number; readonly minimumMs: number; readonly signal?: AbortSignal},
): ResolvingSystem {
	const cache = new Map<string, Promise<ResolveResult>>();
	const answered = new Map<string, ResolveResult>();
	const lookupOnce = (host: string): Promise<ResolveResult> => {
		const key = host.toLowerCase();
		let running = cache.get(key);
		if (running === undefined) {
			const timeoutMs = Math.floor(Math.max(options.minimumMs, Math.min(resolverDeadlineMs, options.endsAt() - system.now())));
			running = system.net.resolve(host, {timeoutMs, ...(options.signal === undefined ? {} : {signal: options.signal})}).then((result) => {
				answered.set(key, result);
				return result;
			});
			cache.set(key, running);
		}

		return running;
	};

	const resolve: NetClient['resolve'] = async (host, {signal}) =>
		waitFor(lookupOnce(host), signal, {addresses: [], durationMs: 0, error: {code: 'CANCELED', message: 'canceled'}});
	const http = async (request: HttpRequest): Promise<HttpResult> => {
		const host = hostToLookUp(request);
		if (host === undefined) {
			return system.http(request);
		}

		const looked = await resolve(host, {timeoutMs: request.timeoutMs, ...(request.signal === undefined ? {} : {signal: request.signal})});
		if (looked.error !== undefined || looked.addresses.length === 0) {
			const code = looked.error?.code ?? 'NODATA';
			const proxied = proxyForUrl(request.url, request.env).proxy !== undefined;
			const message = `dial tcp: lookup ${host}: ${looked.error?.message ?? 'no addresses'}`;
			return {
				url: request.url,
				headers: {},
				body: '',
				bodyBytes: 0,
				durationMs: 0,
				...(proxied ? {proxy: proxyForUrl(request.url, request.env).proxy} : {}),
				error:
					code === 'CANCELED'
						? {code: 'canceled', message: 'canceled'}
						: {code: proxied ? 'proxy' : 'dns', message: proxied ? `proxyconnect tcp: ${message}` : message},
			};
		}

		return system.http({...request, lookup: pinnedLookup(lookupOnce)});
	};

	return {
		...system,
		http,
		net: {
			...system.net,
			resolve,
			lookups: () => [...answered].map(([host, result]) => ({host, result})),
		},
	};
}

/** The host a request looks up first: its HTTP(S) proxy's when it goes through one, else its URL's; none for an IP. */
function hostToLookUp(request: HttpRequest): string | undefined {
	try {
		const decision = proxyForUrl(request.url, request.env);
		const host = new URL(decision.proxy ?? request.url).hostname.replaceAll(/^\[|]$/g, '');
		return host === '' || net.isIP(host) !== 0 ? undefined : host;
	} catch {
		return undefined;
	}
}

/** `work`'s answer, or `canceled` as soon as `signal` fires. */
async function waitFor<T>(work: Promise<T>, signal: AbortSignal | undefined, canceled: T): Promise<T> {
	if (signal === undefined) {
		return work;
	}

	if (signal.aborted) {
		return canceled;
	}

	let onAbort: (() => void) | undefined;
	const aborted = new Promise<T>((resolve) => {
		onAbort = () => {
			resolve(canceled);
		};

		signal.addEventListener('abort', onAbort, {once: true});
	});
	try {
		return await Promise.race([work, aborted]);
	} finally {
		signal.removeEventListener('abort', onAbort!);
	}
}

/**
Node's `lookup` signature over `lookupOnce`: the addresses the run found, IPv4 first (as `ping`, `nc` and `openssl` are
given), in the form the caller asks for (`all` or one address).
*/
export function pinnedLookup(lookupOnce: (host: string) => Promise<ResolveResult>): PinnedLookup {
	return (hostname, options, callback) => {
		void lookupOnce(hostname).then((result) => {
			const family = Number(options.family ?? 0);
			const wanted = family === 4 || family === 6 ? family : 0;
			const addresses = preferIpv4(result.addresses)
				.map((address) => ({address, family: net.isIP(address)}))
				.filter((item) => item.family !== 0 && (wanted === 0 || item.family === wanted));
			if (result.error !== undefined || addresses.length === 0) {
				const error: NodeJS.ErrnoException = new Error(`getaddrinfo ${result.error?.code ?? 'ENOTFOUND'} ${hostname}`);
				error.code = result.error?.code === 'TIMEOUT' ? 'EAI_AGAIN' : (result.error?.code ?? 'ENOTFOUND');
				callback(error, '');
				return;
			}

			if (options.all === true) {
				callback(null, addresses);
				return;
			}

			callback(null, addresses[0]!.address, addresses[0]!.family);
		});
	};
}

/** The addresses with the IPv4 ones first, each family in the resolver's order. */
export function preferIpv4(addresses: readonly string[]): string[] {
	return [...addresses.filter((address) => net.isIPv4(address)), ...addresses.filter((address) => !net.isIPv4(address))];
}
