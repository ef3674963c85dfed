import assert from 'node:assert/strict';
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, describe, test, type TestContext} from 'node:test';
import {classifyError, httpGet, trustFor} from '../../source/system/http-client.js';
import {goTrustContext} from '../../source/system/system-roots.js';
import {
	type Answer,
	closedPort,
	startHangingServer,
	startHttpServer,
	startTestProxy,
	startTlsServer,
	tlsFixtures,
} from '../helpers/loopback-servers.js';

/** No proxy variables, no custom roots: what a test starts from. */
const bare = {PATH: process.env['PATH']};
const trustTestCa = {...bare, SSL_CERT_FILE: tlsFixtures.caFile};

describe('httpGet: direct requests', async () => {
	const big = 'x'.repeat(100_000);
	const server = await startHttpServer((request): Answer => {
		switch (request.url) {
			case '/list': {
				return {body: 'v1.0.0\nv1.1.0\n', headers: {'X-Test': 'yes'}};
			}

			case '/big': {
				return {body: big};
			}

			case '/bad-gateway': {
				return {status: 502, body: '<html>Bad Gateway</html>', headers: {'content-type': 'text/html'}};
			}

			case '/moved': {
				return {status: 302, headers: {location: '/list'}};
			}

			case '/loop': {
				return {status: 307, headers: {location: '/loop'}};
			}

			default: {
				return {status: 404, body: 'not found'};
			}
		}
	});
	after(async () => server.close());

	test("returns status, lower-case headers and the body, sending go's user agent", async () => {
		const result = await httpGet({url: `${server.url}/list`, env: bare, timeoutMs: 5000});
		assert.equal(result.error, undefined);
		assert.equal(result.status, 200);
		assert.equal(result.body, 'v1.0.0\nv1.1.0\n');
		assert.equal(result.bodyBytes, 14);
		assert.equal(result.headers['x-test'], 'yes');
		assert.equal(result.proxy, undefined);
		assert.equal(server.requests.at(-1)?.headers['user-agent'], 'Go-http-client/1.1');
	});

	test('keeps at most maxBodyBytes but counts the whole body', async () => {
		const result = await httpGet({url: `${server.url}/big`, env: bare, timeoutMs: 5000, maxBodyBytes: 1000});
		assert.equal(result.body, 'x'.repeat(1000));
		assert.equal(result.bodyBytes, 100_000);
	});

	test('an error status is a status, not an error', async () => {
		const result = await httpGet({url: `${server.url}/bad-gateway`, env: bare, timeoutMs: 5000});
		assert.equal(result.status, 502);
		assert.equal(result.error, undefined);
		assert.equal(result.headers['content-type'], 'text/html');
	});

	test('follows redirects as go does, and stops after 10', async () => {
		const moved = await httpGet({url: `${server.url}/moved`, env: bare, timeoutMs: 5000});
		assert.equal(moved.status, 200);
		assert.equal(moved.body, 'v1.0.0\nv1.1.0\n');
		assert.equal(moved.url, `${server.url}/moved`);

		const before = server.requests.length;
		const loop = await httpGet({url: `${server.url}/loop`, env: bare, timeoutMs: 5000});
		assert.equal(loop.status, undefined);
		assert.deepEqual(loop.error, {code: 'other', message: 'stopped after 10 redirects'});
		assert.equal(server.requests.length - before, 11);
	});

	test('HEAD reads no body', async () => {
		const result = await httpGet({url: `${server.url}/list`, env: bare, timeoutMs: 5000, method: 'HEAD'});
		assert.equal(result.status, 200);
		assert.equal(result.body, '');
		assert.equal(server.requests.at(-1)?.method, 'HEAD');
	});
});

describe('httpGet: failures are outcomes', () => {
	test('a closed port is refused', async () => {
		const port = await closedPort();
		const result = await httpGet({url: `http://127.0.0.1:${port}/`, env: bare, timeoutMs: 5000});
		assert.equal(result.status, undefined);
		assert.equal(result.error?.code, 'refused');
		assert.match(result.error?.message ?? '', /ECONNREFUSED/);
	});

	test('a server that never answers times out within the deadline', async (t) => {
		const server = await startHangingServer();
		t.after(async () => server.close());
		const started = performance.now();
		const result = await httpGet({url: `http://127.0.0.1:${server.port}/`, env: bare, timeoutMs: 300});
		const elapsed = performance.now() - started;
		assert.equal(result.error?.code, 'timeout');
		assert.match(result.error?.message ?? '', /within 300 ms/);
		assert.ok(elapsed >= 280 && elapsed < 1500, `${Math.round(elapsed)} ms`);
		assert.equal(server.connections(), 1);
	});

	test('the caller can cancel', async (t) => {
		const server = await startHangingServer();
		t.after(async () => server.close());
		const controller = new AbortController();
		setTimeout(() => {
			controller.abort();
		}, 100);
		const result = await httpGet({url: `http://127.0.0.1:${server.port}/`, env: bare, timeoutMs: 5000, signal: controller.signal});
		assert.equal(result.error?.code, 'canceled');
		assert.ok(result.durationMs < 1000);
		assert.equal(
			(await httpGet({url: 'http://127.0.0.1:1/', env: bare, timeoutMs: 5000, signal: AbortSignal.abort()})).error?.code,
			'canceled',
		);
	});

	test('a certificate the roots do not vouch for is a tls error', async (t) => {
		const server = await startTlsServer('self-signed');
		t.after(async () => server.close());
		const result = await httpGet({url: server.url, env: bare, timeoutMs: 5000});
		assert.equal(result.error?.code, 'tls');
		assert.match(result.error?.message ?? '', /self_signed|self-signed/i);
	});

	test('SSL_CERT_FILE decides which roots are trusted, as for go', async (t) => {
		const server = await startTlsServer('localhost', {body: 'trusted'});
		t.after(async () => server.close());
		const untrusted = await httpGet({url: server.url, env: bare, timeoutMs: 5000});
		assert.equal(untrusted.error?.code, 'tls');
		assert.match(untrusted.error?.message ?? '', /UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT_LOCALLY/);
		const trusted = await httpGet({url: server.url, env: trustTestCa, timeoutMs: 5000});
		assert.equal(trusted.status, 200);
		assert.equal(trusted.body, 'trusted');
	});

	test('an expired certificate is a tls error that says so', async (t) => {
		const server = await startTlsServer('expired');
		t.after(async () => server.close());
		const result = await httpGet({url: server.url, env: trustTestCa, timeoutMs: 5000});
		assert.equal(result.error?.code, 'tls');
		assert.match(result.error?.message ?? '', /CERT_HAS_EXPIRED/);
	});

	test('https is never redirected to http', async (t) => {
		const server = await startTlsServer('localhost', {status: 302, headers: {location: 'http://127.0.0.1:1/'}});
		t.after(async () => server.close());
		const result = await httpGet({url: server.url, env: trustTestCa, timeoutMs: 5000});
		assert.equal(result.error?.code, 'other');
		assert.match(result.error?.message ?? '', /redirected from secure URL .* to insecure URL http:\/\/127\.0\.0\.1:1\//);
	});

	test('network error codes map to the categories a user would check', () => {
		const context = {proxied: false, canceled: false, timedOut: false, timeoutMs: 1000, gotResponse: false};
		const code = (error: unknown, proxied = false) => classifyError(error, {...context, proxied}).code;
		assert.equal(code(Object.assign(new Error('getaddrinfo ENOTFOUND proxy.golang.org'), {code: 'ENOTFOUND'})), 'dns');
		assert.equal(code(Object.assign(new Error('getaddrinfo EAI_AGAIN proxy.golang.org'), {code: 'EAI_AGAIN'})), 'dns');
		assert.equal(code(Object.assign(new Error('connect ENETUNREACH'), {code: 'ENETUNREACH'})), 'unreachable');
		assert.equal(code(Object.assign(new Error('connect EHOSTUNREACH'), {code: 'EHOSTUNREACH'})), 'unreachable');
		assert.equal(code(Object.assign(new Error('read ECONNRESET'), {code: 'ECONNRESET'})), 'reset');
		assert.equal(code(Object.assign(new Error('Connect Timeout Error'), {code: 'UND_ERR_CONNECT_TIMEOUT'})), 'timeout');
		assert.equal(
			// eslint-disable-next-line unicorn/error-message -- happy eyeballs' AggregateError has an empty message: the case under test
			code(new AggregateError([Object.assign(new Error('connect ECONNREFUSED ::1:80'), {code: 'ECONNREFUSED'})], '')),
			'refused',
		);
		assert.equal(code(Object.assign(new Error('getaddrinfo ENOTFOUND proxy.corp'), {code: 'ENOTFOUND'}), true), 'proxy');
		assert.equal(classifyError(new Error('x'), {...context, canceled: true}).code, 'canceled');
		assert.equal(classifyError(new Error('x'), {...context, timedOut: true}).code, 'timeout');
	});
});

describe('httpGet: through an HTTP proxy, as go would go', () => {
	test("HTTP_PROXY: an absolute-URI request with the proxy URL's credentials", async (t) => {
		const proxy = await startTestProxy({
			credentials: {user: 'alice', password: 'pa ss@1'},
			answer: {body: 'v1.2.3\n'},
		});
		t.after(async () => proxy.close());
		const proxyUrl = `http://alice:pa%20ss%401@127.0.0.1:${proxy.port}`;
		const result = await httpGet({url: 'http://lab.invalid/example.com/m/@v/list', env: {...bare, HTTP_PROXY: proxyUrl}, timeoutMs: 5000});
		assert.equal(result.error, undefined);
		assert.equal(result.status, 200);
		assert.equal(result.body, 'v1.2.3\n');
		assert.equal(result.proxy, proxyUrl);
		assert.equal(proxy.requests.length, 1);
		assert.equal(proxy.requests[0]?.method, 'GET');
		assert.equal(proxy.requests[0]?.target, 'http://lab.invalid/example.com/m/@v/list');
		assert.equal(proxy.requests[0]?.headers['proxy-authorization'], `Basic ${Buffer.from('alice:pa ss@1').toString('base64')}`);
	});

	test('a 407 from the proxy is a proxy error', async (t) => {
		const proxy = await startTestProxy({credentials: {user: 'alice', password: 'right'}, answer: {body: 'v1.0.0\n'}});
		t.after(async () => proxy.close());
		const wrong = await httpGet({
			url: 'http://lab.invalid/x/@v/list',
			env: {...bare, HTTP_PROXY: `http://alice:wrong@127.0.0.1:${proxy.port}`},
			timeoutMs: 5000,
		});
		assert.equal(wrong.status, undefined);
		assert.equal(wrong.error?.code, 'proxy');
		assert.match(wrong.error?.message ?? '', /407 Proxy Authentication Required/);

		const tunnel = await httpGet({
			url: 'https://lab.invalid/x/@v/list',
			env: {...bare, HTTPS_PROXY: `http://127.0.0.1:${proxy.port}`},
			timeoutMs: 5000,
		});
		assert.equal(tunnel.error?.code, 'proxy');
		assert.match(tunnel.error?.message ?? '', /407 Proxy Authentication Required/);
		assert.equal(proxy.requests.at(-1)?.method, 'CONNECT');
	});

	test('HTTPS_PROXY: a CONNECT tunnel, TLS verified end to end', async (t) => {
		const origin = await startTlsServer('localhost', {body: 'v0.1.0\n'});
		const proxy = await startTestProxy({credentials: {user: 'bob', password: 'secret'}, tunnels: {'lab.invalid:443': origin.port}});
		t.after(async () => {
			await proxy.close();
			await origin.close();
		});
		const env = {...trustTestCa, HTTPS_PROXY: `bob:secret@127.0.0.1:${proxy.port}`, HTTP_PROXY: 'http://127.0.0.1:1'};
		const result = await httpGet({url: 'https://lab.invalid/x/@v/list', env, timeoutMs: 5000});
		assert.equal(result.error, undefined);
		assert.equal(result.status, 200);
		assert.equal(result.body, 'v0.1.0\n');
		assert.equal(result.proxy, `http://bob:secret@127.0.0.1:${proxy.port}`);
		assert.equal(proxy.requests[0]?.method, 'CONNECT');
		assert.equal(proxy.requests[0]?.target, 'lab.invalid:443');
		assert.equal(proxy.requests[0]?.headers['proxy-authorization'], `Basic ${Buffer.from('bob:secret').toString('base64')}`);
		assert.equal(origin.requests[0]?.headers['host'], 'lab.invalid');
	});

	test('an intercepting proxy shows as a tls error', async (t) => {
		const interceptor = await startTlsServer('self-signed');
		const proxy = await startTestProxy({tunnels: {'lab.invalid:443': interceptor.port}});
		t.after(async () => {
			await proxy.close();
			await interceptor.close();
		});
		const result = await httpGet({url: 'https://lab.invalid/', env: {...bare, HTTPS_PROXY: proxy.url}, timeoutMs: 5000});
		assert.equal(result.error?.code, 'tls');
	});

	test('a proxy that will not tunnel, or cannot be reached, is a proxy error', async (t) => {
		const proxy = await startTestProxy({tunnels: {}});
		t.after(async () => proxy.close());
		const refusedTunnel = await httpGet({url: 'https://lab.invalid/', env: {...bare, HTTPS_PROXY: proxy.url}, timeoutMs: 5000});
		assert.equal(refusedTunnel.error?.code, 'proxy');
		assert.match(refusedTunnel.error?.message ?? '', /502/);

		const port = await closedPort();
		const unreachable = await httpGet({
			url: 'https://lab.invalid/',
			env: {...bare, HTTPS_PROXY: `http://u:p@127.0.0.1:${port}`},
			timeoutMs: 5000,
		});
		assert.equal(unreachable.error?.code, 'proxy');
		assert.match(unreachable.error?.message ?? '', /^proxyconnect tcp: .*ECONNREFUSED/);
		assert.equal(unreachable.proxy, `http://u:p@127.0.0.1:${port}`);
	});

	test('loopback targets go direct even with a proxy set', async (t) => {
		const proxy = await startTestProxy({answer: {body: 'from the proxy'}});
		const server = await startHttpServer({body: 'direct'});
		t.after(async () => {
			await proxy.close();
			await server.close();
		});
		const result = await httpGet({url: `${server.url}/`, env: {...bare, HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url}, timeoutMs: 5000});
		assert.equal(result.body, 'direct');
		assert.equal(result.proxy, undefined);
		assert.equal(proxy.requests.length, 0);
	});

	test('an unsupported proxy scheme is a proxy error, as in go', async () => {
		const result = await httpGet({url: 'https://lab.invalid/', env: {...bare, HTTPS_PROXY: 'ftp://u:p@127.0.0.1:1'}, timeoutMs: 5000});
		assert.equal(result.error?.code, 'proxy');
		assert.match(result.error?.message ?? '', /unknown proxy scheme "ftp" in ftp:\/\/\*\*\*@127\.0\.0\.1:1/);
	});
});

describe("httpGet: the trust store is no part of a request's time", () => {
	/**
	A trust store that takes a while to build: the test CA, then the same certificate thousands of times with
	whitespace inside its base64 (distinct texts, each parsed), in a bundle of its own. `build` is how long a twin
	bundle (same content, another path, so not cached) takes to load.
	*/
	async function slowStore(
		t: TestContext,
	): Promise<{env: Record<string, string | undefined>; twin: Record<string, string | undefined>; buildMs: number}> {
		const dir = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-trust-'));
		t.after(async () => rm(dir, {recursive: true, force: true}));
		const ca = await readFile(tlsFixtures.caFile, 'utf8');
		const block = /-{5}BEGIN CERTIFICATE-{5}\n[\s\S]+?-{5}END CERTIFICATE-{5}/.exec(ca)?.[0] ?? '';
		const copies = Array.from({length: 3000}, (_, index) =>
			block.replace(
				'-----BEGIN CERTIFICATE-----\n',
				`-----BEGIN CERTIFICATE-----\n${' '.repeat(index % 50)}${'\t'.repeat(Math.floor(index / 50))}`,
			),
		);
		const text = [ca, ...copies].join('\n');
		await mkdir(path.join(dir, 'empty'));
		await writeFile(path.join(dir, 'bundle.pem'), text);
		await writeFile(path.join(dir, 'twin.pem'), text);
		const env = {...bare, SSL_CERT_FILE: path.join(dir, 'bundle.pem'), SSL_CERT_DIR: path.join(dir, 'empty')};
		const twin = {...env, SSL_CERT_FILE: path.join(dir, 'twin.pem')};
		const started = performance.now();
		goTrustContext(twin);
		const buildMs = performance.now() - started;
		// The premise: without it the assertions below could not tell a build from none.
		assert.ok(buildMs > 60, `building the slow store took only ${Math.round(buildMs)} ms`);
		return {env, twin, buildMs};
	}

	test('an http:// request does not build it at all, so the first proxy measured does not look slower', async (t) => {
		const {env, buildMs} = await slowStore(t);
		const server = await startHttpServer({body: 'v1.0.0\n'});
		t.after(async () => server.close());
		const first = await httpGet({url: `${server.url}/list`, env, timeoutMs: 5000});
		assert.equal(first.status, 200);
		assert.ok(first.durationMs < buildMs / 2, `first request ${first.durationMs} ms, building the store ${Math.round(buildMs)} ms`);
		// Still not built: the first https request would pay for it (outside its own time, see below).
		const started = performance.now();
		goTrustContext(env);
		assert.ok(performance.now() - started > buildMs / 3, 'the store was built for a plain-http request');
	});

	test('an https:// request builds it before its clock starts: the first answer is timed like the next', async (t) => {
		const {env, buildMs} = await slowStore(t);
		const server = await startTlsServer('localhost', {body: 'v1.0.0\n'});
		t.after(async () => server.close());
		const first = await httpGet({url: `${server.url}/list`, env, timeoutMs: 10_000});
		assert.equal(first.error, undefined, first.error?.message);
		assert.equal(first.status, 200);
		assert.ok(first.durationMs < buildMs / 2, `first request ${first.durationMs} ms, building the store ${Math.round(buildMs)} ms`);
		// Built now, once: looking it up again costs nothing.
		const started = performance.now();
		goTrustContext(env);
		assert.ok(performance.now() - started < 5);
	});

	test('trustFor: TLS context only where TLS is spoken (an https URL or an https proxy)', () => {
		const env = {...trustTestCa};
		assert.equal(trustFor('http://127.0.0.1:8080/x', undefined, env).secureContext, undefined);
		assert.equal(trustFor('http://127.0.0.1:8080/x', 'http://127.0.0.1:3128', env).secureContext, undefined);
		assert.notEqual(trustFor('https://127.0.0.1:8443/x', undefined, env).secureContext, undefined);
		assert.notEqual(trustFor('HTTPS://127.0.0.1:8443/x', undefined, env).secureContext, undefined);
		assert.notEqual(trustFor('http://127.0.0.1:8080/x', 'https://proxy.invalid:3129', env).secureContext, undefined);
	});
});
