import {performance} from 'node:perf_hooks';
import {nodeFileSystem} from './file-system.js';
import type {CommandRunner, HttpClient, NetClient, System} from './types.js';

/**
The real adapters of `createSystem()`, loaded when first needed. The CLI starts with this one: the wizard
draws its first frame before execa and undici (the biggest module of the tool) are read; the first command
(a diagnosis starts with `go version`) loads them all, the network adapters while go runs. In the bundle each
adapter is a chunk of its own. Files go through Node's own fs (built in, nothing to load).
*/
export function createLazySystem(): System {
	const run = once(async () => (await import('./run-command.js')).runCommand);
	const http = once(async () => (await import('./http-client.js')).httpGet);
	const net = once(async () => (await import('./net-client.js')).netClient);
	const runner: CommandRunner = async (spec) => {
		// The first command (go version) starts a diagnosis, whose network checks follow within milliseconds:
		// read their adapters while go runs rather than when the first check waits for them (a failed load is
		// reported to the check that needs it). go starts first: compiling undici before it would delay it.
		const running = (await run())(spec);
		http().catch(() => undefined);
		net().catch(() => undefined);
		return running;
	};

	const client: HttpClient = async (request) => (await http())(request);
	const netClient: NetClient = {
		resolve: async (host, options) => (await net()).resolve(host, options),
		connect: async (host, port, options) => (await net()).connect(host, port, options),
		tlsHandshake: async (host, port, options) => (await net()).tlsHandshake(host, port, options),
	};
	return {run: runner, http: client, net: netClient, fs: nodeFileSystem, now: () => performance.now()};
}

/** `load`, called at most once; every caller gets the same promise. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
	let loaded: Promise<T> | undefined;
	return async () => {
		loaded ??= load();
		return loaded;
	};
}
