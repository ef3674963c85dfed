/*
The system resolver (getaddrinfo: /etc/hosts, nsswitch, then DNS) runs on libuv's thread pool, four threads in
Node. When the resolver stalls on a burst of queries (go fires hundreds of lookups; glibc then waits 5 s per
dropped query), the stalled lookups hold every thread, and a lookup queued behind them (proxy.golang.org, which
the nameserver answers at once) times out without ever being asked: the field saw a working mirror come out as
"does not resolve". So a lookup that has not answered after a while also asks the nameservers directly (c-ares,
on the event loop, no thread). Only its addresses count: a name it does not find may still be in /etc/hosts or
reached through a search domain, which only the system resolver knows, so its failures are never the answer.
*/
import {Resolver} from 'node:dns/promises';

/** One way to look a name up: its addresses, or a rejection with the resolver's error (`code`). */
export type Lookup = (host: string, signal: AbortSignal) => Promise<string[]>;

/** After this long without an answer from the system resolver, the nameservers are asked directly too. */
export const directAfterMs = 2000;

/**
The system resolver's answer; or, when it has not answered after `afterMs`, the first addresses the direct
lookup finds. The system resolver's error is the answer unless the direct lookup found addresses first.
*/
export async function lookupWithFallback(
	host: string,
	signal: AbortSignal,
	ways: {readonly system: Lookup; readonly direct: Lookup; readonly afterMs: number},
): Promise<string[]> {
	return new Promise<string[]>((resolve, reject) => {
		let settled = false;
		const finish = (action: () => void) => {
			if (!settled) {
				settled = true;
				clearTimeout(timer);
				action();
			}
		};

		const timer = setTimeout(() => {
			ways.direct(host, signal).then(
				(addresses) => {
					if (addresses.length > 0) {
						finish(() => {
							resolve(addresses);
						});
					}
				},
				() => undefined,
			);
		}, ways.afterMs);
		ways.system(host, signal).then(
			(addresses) => {
				finish(() => {
					resolve(addresses);
				});
			},
			(error: unknown) => {
				finish(() => {
					// eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the system resolver's own rejection, passed on as it is
					reject(error);
				});
			},
		);
	});
}

/** The nameservers of /etc/resolv.conf asked directly for A and AAAA records (c-ares), cancelled with `signal`. */
export async function directLookup(host: string, signal: AbortSignal): Promise<string[]> {
	const resolver = new Resolver({timeout: 1500, tries: 2});
	const cancel = () => {
		resolver.cancel();
	};

	signal.addEventListener('abort', cancel, {once: true});
	try {
		const answers = await Promise.allSettled([resolver.resolve4(host), resolver.resolve6(host)]);
		return answers.flatMap((answer) => (answer.status === 'fulfilled' ? answer.value : []));
	} finally {
		signal.removeEventListener('abort', cancel);
	}
}
