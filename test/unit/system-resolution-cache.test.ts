/*
The resolution cache of a diagnosis (system/resolution-cache.ts): each host looked up once, under a deadline past a
resolver retry; HTTP requests wait for that lookup before their own deadline starts and connect to the addresses it
found. The names used here exist only in the fake resolver (`.invalid`): a request that reached them did not ask DNS.
*/
import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import {resolverDeadlineMs, withResolutionCache} from '../../source/system/resolution-cache.js';
import {createSystem} from '../../source/system/create-system.js';
import type {ResolveResult} from '../../source/system/types.js';
import {startHttpServer, type HttpTestServer} from '../helpers/loopback-servers.js';

describe('withResolutionCache', () => {
	let server: HttpTestServer;
	before(async () => {
		server = await startHttpServer({body: 'v1.0.0\n'});
	});
	after(async () => server.close());

	/** The real adapters, with a resolver that knows `names` only and answers after `delayMs`. */
	function resolving(names: Readonly<Record<string, string>>, delayMs = 0) {
		const real = createSystem();
		const asked: Array<{host: string; timeoutMs: number}> = [];
		const base = {
			...real,
			net: {
				...real.net,
				async resolve(host: string, options: {timeoutMs: number}): Promise<ResolveResult> {
					asked.push({host, timeoutMs: options.timeoutMs});
					await new Promise((done) => {
						setTimeout(done, delayMs);
					});
					const address = names[host];
					return address === undefined
						? {addresses: [], durationMs: delayMs, error: {code: 'ENOTFOUND', message: `getaddrinfo ENOTFOUND ${host}`}}
						: {addresses: [address], durationMs: delayMs};
				},
			},
		};
		return {asked, system: withResolutionCache(base, {endsAt: () => real.now() + 60_000, minimumMs: 250})};
	}

	test('each host is looked up once, under a deadline past one resolver retry, whoever asks first and with whatever deadline', async () => {
		const {asked, system} = resolving({'mirror.invalid': '127.0.0.1'}, 20);
		const answers = await Promise.all([
			system.net.resolve('mirror.invalid', {timeoutMs: 300}),
			system.net.resolve('MIRROR.invalid', {timeoutMs: 3000}),
			system.net.resolve('mirror.invalid', {timeoutMs: 100}),
		]);
		assert.deepEqual(
			answers.map((answer) => answer.addresses),
			[['127.0.0.1'], ['127.0.0.1'], ['127.0.0.1']],
		);
		assert.equal(asked.length, 1);
		assert.ok(asked[0]!.timeoutMs > 5000 && asked[0]!.timeoutMs <= resolverDeadlineMs, String(asked[0]!.timeoutMs));
		assert.deepEqual(
			system.net.lookups().map((lookup) => lookup.host),
			['mirror.invalid'],
		);
	});

	test('an HTTP request connects to the addresses found (no lookup of its own), and its deadline starts after the lookup', async () => {
		const {asked, system} = resolving({'mirror.invalid': '127.0.0.1'}, 1500);
		const url = `http://mirror.invalid:${server.port}/example.com/m/@v/list`;
		// 1 s for the request alone: the lookup's 1.5 s are not counted against it.
		const result = await system.http({url, env: {}, timeoutMs: 1000});
		assert.equal(result.status, 200, JSON.stringify(result.error));
		assert.equal(result.body, 'v1.0.0\n');
		assert.ok(result.durationMs < 1000, String(result.durationMs));
		assert.equal(asked.length, 1);
		await system.http({url, env: {}, timeoutMs: 1000});
		assert.equal(asked.length, 1, 'the second request uses the same lookup');
	});

	test("a name that does not resolve is a dns error without a connection; through an HTTP proxy, the proxy's name is the one looked up", async () => {
		const {asked, system} = resolving({'proxy.invalid': '127.0.0.1'});
		const unresolved = await system.http({url: 'https://nowhere.invalid/x', env: {}, timeoutMs: 500});
		assert.equal(unresolved.error?.code, 'dns');
		assert.match(unresolved.error?.message ?? '', /lookup nowhere\.invalid: getaddrinfo ENOTFOUND/);
		const proxied = await system.http({
			url: 'http://nowhere.invalid/x',
			env: {HTTP_PROXY: `http://proxy.invalid:${server.port}`},
			timeoutMs: 2000,
		});
		assert.equal(proxied.status, 200, JSON.stringify(proxied.error));
		assert.deepEqual(
			asked.map((item) => item.host),
			['nowhere.invalid', 'proxy.invalid'],
		);
		assert.equal(server.requests.at(-1)?.target, 'http://nowhere.invalid/x', 'the proxy was asked for the URL');
	});
});
