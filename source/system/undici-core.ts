/*
Undici's agents and its request API, read from the modules that define them. undici's index also reads fetch,
WebSocket, EventSource, the cache stores, the mocks and every interceptor, none of which gomod-doctor uses: on
this machine that is about 50 ms of loading where these modules take about 20, and the network checks wait for
it. The code is undici's own, at the version in the lockfile; the index's wiring that the agents need (the
request and connect APIs on every dispatcher: a ProxyAgent opens its CONNECT tunnel with `connect`) is repeated
here, once, exactly as the index does it.
*/
import {setFlagsFromString} from 'node:v8';
import type * as Undici from 'undici';
import apiModule from 'undici/lib/api/index.js';
import agentModule from 'undici/lib/dispatcher/agent.js';
import dispatcherModule from 'undici/lib/dispatcher/dispatcher.js';
import proxyAgentModule from 'undici/lib/dispatcher/proxy-agent.js';

// Undici parses HTTP/1 with llhttp compiled to WebAssembly, when its first connection opens. V8 compiles it with
// its baseline compiler and then, on its own threads, with its optimizing one, and a process that ends soon after
// (a diagnosis takes a fraction of a second) waits for that: 30 to 50 ms of every headless run on this machine.
// The few kilobytes of a GOPROXY answer gain nothing from optimized code: the baseline compiler only. Set before
// the first connection compiles llhttp; nothing else in a diagnosis uses WebAssembly (the wizard's yoga layout is
// compiled at start-up, before this module loads). V8 prints an error for a flag it does not know, so only the
// engines known to have it (Node 20 to 24) are given it; of the flags tried, no other shortened the exit.
if (Number(process.versions.v8.split('.')[0]) <= 13) {
	setFlagsFromString('--liftoff-only');
}

const api = apiModule as {
	readonly request: (this: Undici.Dispatcher, options: Undici.Dispatcher.RequestOptions) => Promise<Undici.Dispatcher.ResponseData>;
};
Object.assign((dispatcherModule as typeof Undici.Dispatcher).prototype, apiModule);

export const Agent = agentModule as typeof Undici.Agent;
export const ProxyAgent = proxyAgentModule as typeof Undici.ProxyAgent;
export type Dispatcher = Undici.Dispatcher;

/** Undici's `request(url, options)`: the request API called on `options.dispatcher`, as undici's index calls it. */
export async function request(
	url: string,
	options: Omit<Undici.Dispatcher.RequestOptions, 'origin' | 'path' | 'method'> & {
		readonly dispatcher: Undici.Dispatcher;
		readonly method: Undici.Dispatcher.HttpMethod;
	},
): Promise<Undici.Dispatcher.ResponseData> {
	const {dispatcher, ...rest} = options;
	const parsed = new URL(url);
	return api.request.call(dispatcher, {
		...rest,
		origin: parsed.origin,
		path: parsed.search ? `${parsed.pathname}${parsed.search}` : parsed.pathname,
	});
}
