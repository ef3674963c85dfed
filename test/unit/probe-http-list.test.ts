import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import {probeProxyList, readVersionList} from '../../source/probes/probe-http-list.js';
import {createSystem} from '../../source/system/create-system.js';
import {createFakeSystem} from '../helpers/fake-system.js';
import {
	type Answer,
	closedPort,
	type HttpTestServer,
	startHangingServer,
	startHttpServer,
	startTestProxy,
	startTlsServer,
} from '../helpers/loopback-servers.js';
import {english} from '../helpers/text.js';

const env = {PATH: process.env['PATH']};
const versions = ['v1.0.0', 'v1.1.0', 'v1.2.0', 'v1.3.0', 'v1.4.0', 'v1.5.0', 'v2.0.0-rc.1'];

/** A GOPROXY that answers by the first path element, e.g. `/ok/...`, `/bad-gateway/...`. */
function answer(target: string): Answer {
	const kind = target.split('/')[1];
	switch (kind) {
		case 'ok': {
			return {body: `${versions.join('\n')}\n`};
		}

		case 'empty': {
			return {body: ''};
		}

		case 'gone': {
			return {status: 410, body: 'not found: module unknown'};
		}

		case 'bad-gateway': {
			return {status: 502, body: '<html><body>upstream down</body></html>', headers: {'content-type': 'text/html'}};
		}

		case 'unavailable': {
			return {status: 503, body: ''};
		}

		case 'private': {
			return {status: 401, headers: {'www-authenticate': 'Basic realm="corp"'}};
		}

		case 'forbidden': {
			return {status: 403, body: 'This module version is not available.'};
		}

		case 'forbidden-login': {
			return {status: 403, headers: {'www-authenticate': 'Bearer realm="corp"'}};
		}

		case 'portal': {
			return {
				body: '<!DOCTYPE html><html><head><title>Hotel WiFi Login</title></head><body>Sign in</body></html>',
				headers: {'content-type': 'text/html'},
			};
		}

		case 'teapot': {
			return {status: 418, body: 'short and stout'};
		}

		default: {
			return {status: 404, body: 'not found'};
		}
	}
}

describe('probeProxyList against a loopback GOPROXY', () => {
	let goproxy: HttpTestServer;
	before(async () => {
		goproxy = await startHttpServer((request) => answer(request.url ?? ''));
	});
	after(async () => goproxy.close());
	const probe = async (entry: string, module = 'example.com/m') =>
		probeProxyList(createSystem(), {entryUrl: `${goproxy.url}/${entry}`, module, env, timeoutMs: 4000});

	test('a version list is ok; the summary shows the first versions', async () => {
		const evidence = await probe('ok/', 'github.com/BurntSushi/toml');
		assert.equal(evidence.outcome, 'ok');
		assert.equal(evidence.probe, 'http');
		assert.equal(evidence.tool, 'undici');
		assert.equal(evidence.command, `GET ${goproxy.url}/ok/github.com/!burnt!sushi/toml/@v/list`);
		assert.equal(goproxy.requests.at(-1)?.target, '/ok/github.com/!burnt!sushi/toml/@v/list');
		assert.match(
			english(evidence.summary),
			/^200 OK, 54 bytes in \d+ ms: v1\.0\.0, v1\.1\.0, v1\.2\.0, v1\.3\.0, v1\.4\.0, … \(7 versions\)\.$/,
		);
		assert.equal(evidence.output, versions.join('\n'));
	});

	test('an empty list is ok too', async () => {
		const evidence = await probe('empty');
		assert.equal(evidence.outcome, 'ok');
		assert.match(english(evidence.summary), /an empty list/);
	});

	test('404 and 410 are not-found', async () => {
		const missing = await probe('nothing-here');
		assert.equal(missing.outcome, 'not-found');
		assert.match(english(missing.summary), /^404 Not Found .*with `,` go tries the next entry/);
		assert.equal((await probe('gone')).outcome, 'not-found');
	});

	test('5xx is server-error, with the status', async () => {
		const badGateway = await probe('bad-gateway');
		assert.equal(badGateway.outcome, 'server-error');
		assert.match(english(badGateway.summary), /^502 Bad Gateway \(\d+ ms\): the server is reached but fails\./);
		assert.equal(badGateway.output, '<html><body>upstream down</body></html>');
		assert.match(english((await probe('unavailable')).summary), /^503 Service Unavailable/);
	});

	test('401, and 403 with a WWW-Authenticate challenge, are auth; a bare 403 is a refusal', async () => {
		assert.equal((await probe('private')).outcome, 'auth');
		assert.equal((await probe('forbidden-login')).outcome, 'auth');
		const refused = await probe('forbidden');
		assert.equal(refused.outcome, 'forbidden');
		assert.match(english(refused.summary), /without asking for credentials/);
	});

	test('HTML with 200 is bad-body: a captive portal answers', async () => {
		const evidence = await probe('portal');
		assert.equal(evidence.outcome, 'bad-body');
		assert.match(
			english(evidence.summary),
			/^200 OK, \d+ bytes in \d+ ms, but the body is HTML \(title: "Hotel WiFi Login"\), not a version list/,
		);
	});

	test('any other status is an error', async () => {
		const evidence = await probe('teapot');
		assert.equal(evidence.outcome, 'error');
		assert.match(english(evidence.summary), /^418 I'm a Teapot/);
	});

	test('an invalid module path is never requested', async () => {
		const before = goproxy.requests.length;
		const evidence = await probe('ok', '../../etc/passwd');
		assert.equal(evidence.outcome, 'error');
		assert.match(english(evidence.summary), /is not a valid module path/);
		assert.equal(goproxy.requests.length, before);
	});
});

describe('probeProxyList: connection failures', () => {
	test('a server that never answers is a timeout within the deadline', async (t) => {
		const server = await startHangingServer();
		t.after(async () => server.close());
		const started = performance.now();
		const evidence = await probeProxyList(createSystem(), {
			entryUrl: `http://127.0.0.1:${server.port}`,
			module: 'example.com/m',
			env,
			timeoutMs: 400,
		});
		assert.equal(evidence.outcome, 'timeout');
		assert.match(
			english(evidence.summary),
			/^No complete answer within 400 ms \(while [a-z ]+\)\.$/,
			'says it once, with the stage it stopped at',
		);
		assert.ok(performance.now() - started < 1500);
	});

	test('a closed port is refused', async () => {
		const evidence = await probeProxyList(createSystem(), {
			entryUrl: `http://127.0.0.1:${await closedPort()}`,
			module: 'example.com/m',
			env,
			timeoutMs: 4000,
		});
		assert.equal(evidence.outcome, 'refused');
		assert.match(english(evidence.summary), /^The connection was refused: .*ECONNREFUSED/);
	});

	test('an untrusted certificate is tls', async (t) => {
		const server = await startTlsServer('self-signed');
		t.after(async () => server.close());
		const evidence = await probeProxyList(createSystem(), {entryUrl: server.url, module: 'example.com/m', env, timeoutMs: 4000});
		assert.equal(evidence.outcome, 'tls');
		assert.match(english(evidence.summary), /^TLS fails: /);
	});

	test('errors of the HTTP client map to outcomes', async () => {
		const outcomes: Record<string, string> = {};
		for (const code of ['dns', 'reset', 'unreachable', 'canceled', 'other'] as const) {
			const fake = createFakeSystem({
				http: (request) => ({
					url: request.url,
					headers: {},
					body: '',
					bodyBytes: 0,
					durationMs: 3,
					error: {code, message: `${code} happened`},
				}),
			});
			outcomes[code] = (
				await probeProxyList(fake, {entryUrl: 'https://goproxy.corp', module: 'example.com/m', env, timeoutMs: 4000})
			).outcome;
		}

		assert.deepEqual(outcomes, {dns: 'dns', reset: 'refused', unreachable: 'refused', canceled: 'timeout', other: 'error'});
	});
});

describe('probeProxyList through an HTTP proxy', () => {
	test('the proxy is named in the summary, its password never', async (t) => {
		const proxy = await startTestProxy({credentials: {user: 'carol', password: 's3cret'}, answer: {body: 'v0.9.0\n'}});
		t.after(async () => proxy.close());
		const evidence = await probeProxyList(createSystem(), {
			entryUrl: 'http://lab.invalid/goproxy',
			module: 'example.com/m',
			env: {...env, HTTP_PROXY: `http://carol:s3cret@127.0.0.1:${proxy.port}`},
			timeoutMs: 4000,
		});
		assert.equal(evidence.outcome, 'ok');
		assert.match(english(evidence.summary), new RegExp(String.raw`v0\.9\.0\. Via proxy http://\*\*\*@127\.0\.0\.1:${proxy.port}\.$`));
		assert.doesNotMatch(JSON.stringify(evidence), /s3cret/);
		assert.equal(proxy.requests[0]?.target, 'http://lab.invalid/goproxy/example.com/m/@v/list');
	});

	test('a proxy demanding credentials is proxy', async (t) => {
		const proxy = await startTestProxy({credentials: {user: 'carol', password: 's3cret'}, answer: {body: 'v0.9.0\n'}});
		t.after(async () => proxy.close());
		const evidence = await probeProxyList(createSystem(), {
			entryUrl: 'https://lab.invalid',
			module: 'example.com/m',
			env: {...env, HTTPS_PROXY: proxy.url},
			timeoutMs: 4000,
		});
		assert.equal(evidence.outcome, 'proxy');
		assert.match(
			english(evidence.summary),
			/^The HTTP proxy fails the request: the proxy answered 407 Proxy Authentication Required\. Via proxy http:\/\/127\.0\.0\.1:\d+\.$/,
		);
	});
});

describe('readVersionList', () => {
	/** What readVersionList says, a description as an English reader reads it. */
	const read = (body: string, contentType: string | undefined) => {
		const list = readVersionList(body, contentType);
		return list.kind === 'other' ? {...list, description: english(list.description)} : list;
	};

	test('versions, with or without extra fields; JSON and prose are not a list', () => {
		assert.deepEqual(read('v1.0.0\nv1.1.0 2019-01-01T00:00:00Z\n', 'text/plain'), {
			kind: 'versions',
			versions: ['v1.0.0', 'v1.1.0'],
		});
		assert.deepEqual(read('\n', undefined), {kind: 'versions', versions: []});
		assert.deepEqual(read('{"Version":"v1.0.0"}', 'application/json'), {kind: 'other', form: 'json', description: 'JSON'});
		assert.deepEqual(read('Access denied by policy', 'text/plain'), {
			kind: 'other',
			form: 'text',
			description: 'text starting "Access denied by policy"',
		});
		assert.deepEqual(read('v1.0.0\n', 'text/html'), {kind: 'other', form: 'html', description: 'HTML'});
	});
});

test('a version list longer than the body kept is cut inside a line: still a version list, not "bad-body"', async () => {
	const {readListResponse} = await import('../../source/probes/probe-http-list.js');
	const body = Array.from({length: 10_000}, (_, index) => `v0.0.${index}`).join('\n');
	const kept = body.slice(0, 65_536);
	const result = readListResponse(
		{status: 200, headers: {'content-type': 'text/plain'}, body: kept, bodyBytes: body.length, durationMs: 5} as never,
		1000,
	);
	assert.equal(result.outcome, 'ok', english(result.summary));
});
