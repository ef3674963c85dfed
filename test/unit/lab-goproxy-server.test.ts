import assert from 'node:assert/strict';
import {request} from 'node:http';
import {test} from 'node:test';
import {hashModuleZip} from '../../source/lab/dirhash.js';
import {checkModulePath, escapeModulePath, unescapeModulePath} from '../../source/go/escape-module-path.js';
import {
	faultStatuses,
	parseProxyPath,
	proxyPathFor,
	startGoproxyServer,
	type GoproxyFault,
	type GoproxyServer,
} from '../../source/lab/goproxy-server.js';
import {labModules} from '../../source/lab/lab-modules.js';
import {buildModuleArtifacts} from '../../source/lab/module-zip.js';

type Fetched = {status: number; statusMessage: string; headers: Record<string, string | string[] | undefined>; body: Buffer};

/** A plain node HTTP GET (or HEAD) with a deadline; rejects with the socket error or `deadline`. */
async function fetchRaw(url: string, {method = 'GET', timeoutMs = 3000} = {}): Promise<Fetched> {
	return new Promise((resolve, reject) => {
		const outgoing = request(url, {method, agent: false}, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => {
				chunks.push(chunk);
			});
			response.on('end', () => {
				clearTimeout(timer);
				resolve({
					status: response.statusCode ?? 0,
					statusMessage: response.statusMessage ?? '',
					headers: response.headers,
					body: Buffer.concat(chunks),
				});
			});
			response.on('error', reject);
		});
		const timer = setTimeout(() => {
			outgoing.destroy(new Error('deadline'));
		}, timeoutMs);
		outgoing.on('error', (error) => {
			clearTimeout(timer);
			reject(error);
		});
		outgoing.end();
	});
}

async function serve(t: {after: (fn: () => Promise<void>) => void}, fault?: GoproxyFault): Promise<GoproxyServer> {
	const server = await startGoproxyServer(fault === undefined ? {} : {fault});
	t.after(async () => server.close());
	return server;
}

test('case-encoding follows go: upper-case letters become !lower, and back', () => {
	assert.equal(escapeModulePath('github.com/BurntSushi/toml'), 'github.com/!burnt!sushi/toml');
	assert.equal(escapeModulePath('v1.0.0-RC1'), 'v1.0.0-!r!c1');
	assert.equal(unescapeModulePath('github.com/!burnt!sushi/toml'), 'github.com/BurntSushi/toml');
	assert.equal(unescapeModulePath('github.com/BurntSushi/toml'), undefined, 'upper case is never sent by go');
	assert.equal(unescapeModulePath('example.com/!1'), undefined);
	assert.equal(unescapeModulePath('example.com/trailing!'), undefined);
	assert.equal(checkModulePath('example.com/bang!'), "invalid char '!'", 'a path with ! is not a module path, so no escaping produces it');
});

test('proxy paths are read as go writes them', () => {
	assert.equal(proxyPathFor('example.com/lab/UpperCase', {version: 'v0.1.0', kind: 'zip'}), '/example.com/lab/!upper!case/@v/v0.1.0.zip');
	assert.deepEqual(parseProxyPath('/example.com/lab/!upper!case/@v/v0.1.0.zip'), {
		kind: 'zip',
		modulePath: 'example.com/lab/UpperCase',
		version: 'v0.1.0',
	});
	assert.deepEqual(parseProxyPath('/example.com/lab/hello/@v/list'), {kind: 'list', modulePath: 'example.com/lab/hello'});
	assert.deepEqual(parseProxyPath('/example.com/lab/hello/@latest'), {kind: 'latest', modulePath: 'example.com/lab/hello'});
	assert.equal(parseProxyPath('/example.com/lab/Hello/@v/list'), 'invalid');
	assert.equal(parseProxyPath('/favicon.ico'), undefined);
	assert.equal(parseProxyPath('/example.com/lab/hello/@v/v1.0.0.tar'), undefined);
});

test('a healthy server speaks the GOPROXY protocol', async (t) => {
	const server = await serve(t);
	const list = await fetchRaw(`${server.url}/example.com/lab/greet/@v/list`);
	assert.equal(list.status, 200);
	assert.equal(list.body.toString(), 'v1.1.0\nv1.2.0\n');

	const info = await fetchRaw(`${server.url}/example.com/lab/hello/@v/v1.0.0.info`);
	assert.equal(info.status, 200);
	assert.equal(info.headers['content-type'], 'application/json');
	assert.deepEqual(JSON.parse(info.body.toString()), {Version: 'v1.0.0', Time: '2024-01-02T03:04:05Z'});

	const mod = await fetchRaw(`${server.url}/example.com/lab/hello/@v/v1.0.0.mod`);
	assert.equal(mod.body.toString(), 'module example.com/lab/hello\n\ngo 1.22\n');

	const zip = await fetchRaw(`${server.url}/example.com/lab/hello/@v/v1.0.0.zip`);
	assert.equal(zip.status, 200);
	assert.equal(zip.headers['content-type'], 'application/zip');
	assert.equal(hashModuleZip(zip.body), 'h1:ggI0pEChuOcUIzN1iC9wW1KYmR9duEgyjGY5e0i0BEA=');

	const latest = await fetchRaw(`${server.url}/example.com/lab/greet/@latest`);
	assert.equal(JSON.parse(latest.body.toString()).Version, 'v1.2.0');

	const head = await fetchRaw(`${server.url}/example.com/lab/hello/@v/v1.0.0.zip`, {method: 'HEAD'});
	assert.equal(head.status, 200);
	assert.equal(head.body.length, 0);
	assert.equal(head.headers['content-length'], String(zip.body.length));

	assert.deepEqual(
		server.requests.map((entry) => [entry.method, entry.path, entry.status]),
		[
			['GET', '/example.com/lab/greet/@v/list', 200],
			['GET', '/example.com/lab/hello/@v/v1.0.0.info', 200],
			['GET', '/example.com/lab/hello/@v/v1.0.0.mod', 200],
			['GET', '/example.com/lab/hello/@v/v1.0.0.zip', 200],
			['GET', '/example.com/lab/greet/@latest', 200],
			['HEAD', '/example.com/lab/hello/@v/v1.0.0.zip', 200],
		],
	);
});

test('upper-case module paths are served case-encoded only', async (t) => {
	const server = await serve(t);
	const encoded = await fetchRaw(`${server.url}/example.com/lab/!upper!case/@v/v0.1.0.info`);
	assert.equal(encoded.status, 200);
	assert.equal(JSON.parse(encoded.body.toString()).Version, 'v0.1.0');
	// Go sends the `!` percent-encoded.
	const percent = await fetchRaw(`${server.url}/example.com/lab/%21upper%21case/@v/v0.1.0.zip`);
	assert.equal(percent.status, 200);
	assert.equal(hashModuleZip(percent.body), 'h1:cFvudAkQ7TqulIvF2nwNZxafs+gnICITAN/YmUJ5fGY=');
	const raw = await fetchRaw(`${server.url}/example.com/lab/UpperCase/@v/v0.1.0.info`);
	assert.equal(raw.status, 400);
	const lower = await fetchRaw(`${server.url}/example.com/lab/uppercase/@v/v0.1.0.info`);
	assert.equal(lower.status, 404, 'example.com/lab/uppercase is another module');
});

test('unknown modules and versions get a 404 with a plain-text reason, like real proxies', async (t) => {
	const server = await serve(t);
	const version = await fetchRaw(`${server.url}/example.com/lab/hello/@v/v9.9.9.info`);
	assert.equal(version.status, 404);
	assert.match(String(version.headers['content-type']), /^text\/plain/);
	assert.equal(version.body.toString(), 'not found: example.com/lab/hello@v9.9.9: invalid version: unknown revision v9.9.9\n');
	const module = await fetchRaw(`${server.url}/example.com/lab/nothing/@v/list`);
	assert.equal(module.status, 404);
	assert.match(module.body.toString(), /^not found: module example\.com\/lab\/nothing/);
	const latest = await fetchRaw(`${server.url}/example.com/lab/nothing/@latest`);
	assert.equal(latest.status, 404);
});

test('closed: nothing listens on the port, so connections are refused', async (t) => {
	const server = await serve(t, {kind: 'closed'});
	assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
	await assert.rejects(fetchRaw(`${server.url}/example.com/lab/hello/@v/list`), {code: 'ECONNREFUSED'});
	assert.deepEqual(server.requests, []);
});

test('hang: the request is received and never answered; close() cuts the connection at once', async (t) => {
	const server = await serve(t, {kind: 'hang'});
	const pending = fetchRaw(`${server.url}/example.com/lab/hello/@v/list`, {timeoutMs: 10_000});
	const outcome = await Promise.race([
		pending.then(
			() => 'answered',
			() => 'failed',
		),
		delay(400).then(() => 'still waiting'),
	]);
	assert.equal(outcome, 'still waiting');
	assert.deepEqual(server.requests, [{method: 'GET', path: '/example.com/lab/hello/@v/list', status: undefined}]);

	const started = performance.now();
	await server.close();
	await assert.rejects(pending, (error: NodeJS.ErrnoException) => error.code === 'ECONNRESET' || error.message === 'socket hang up');
	assert.ok(performance.now() - started < 1000, 'close() must not wait for the hung request');
});

for (const status of faultStatuses) {
	test(`status ${status}: every request gets ${status} with a realistic body`, async (t) => {
		const server = await serve(t, {kind: 'status', status});
		const response = await fetchRaw(`${server.url}/example.com/lab/hello/@v/v1.0.0.info`);
		assert.equal(response.status, status);
		const body = response.body.toString();
		if (String(response.headers['content-type']).startsWith('text/html')) {
			assert.equal(response.headers['server'], 'nginx/1.24.0');
			assert.match(body, new RegExp(`<center><h1>${status} `));
		} else {
			assert.match(String(response.headers['content-type']), /^text\/plain/);
			assert.ok(body.trim().length > 0);
		}

		if (status === 401) {
			assert.equal(response.headers['www-authenticate'], 'Basic realm="Go modules"');
		}

		const list = await fetchRaw(`${server.url}/example.com/lab/greet/@v/list`);
		assert.equal(list.status, status, 'every path, known modules included');
		assert.deepEqual(
			server.requests.map((entry) => entry.status),
			[status, status],
		);
	});
}

test('status lines use nginx reason phrases where nginx sends them', async (t) => {
	const expected = new Map([
		[502, 'Bad Gateway'],
		[503, 'Service Temporarily Unavailable'],
		[504, 'Gateway Time-out'],
	] as const);
	for (const [status, phrase] of expected) {
		const server = await serve(t, {kind: 'status', status});
		const response = await fetchRaw(`${server.url}/example.com/lab/hello/@v/list`);
		assert.equal(response.statusMessage, phrase);
		assert.match(response.body.toString(), /<hr><center>nginx\/1\.24\.0<\/center>/);
	}
});

test('slow: correct answers, after the delay', async (t) => {
	const server = await serve(t, {kind: 'slow', delayMs: 300});
	const started = performance.now();
	const response = await fetchRaw(`${server.url}/example.com/lab/hello/@v/list`);
	const elapsed = performance.now() - started;
	assert.equal(response.status, 200);
	assert.equal(response.body.toString(), 'v1.0.0\n');
	assert.ok(elapsed >= 290, `answered after ${Math.round(elapsed)} ms`);
});

test('slow: close() does not wait for pending delays', async (t) => {
	const server = await serve(t, {kind: 'slow', delayMs: 30_000});
	const pending = fetchRaw(`${server.url}/example.com/lab/hello/@v/list`, {timeoutMs: 10_000});
	await delay(100);
	const started = performance.now();
	await server.close();
	await assert.rejects(pending);
	assert.ok(performance.now() - started < 1000);
});

test('html: every path gets 200 with a captive-portal page', async (t) => {
	const server = await serve(t, {kind: 'html'});
	for (const path of ['/example.com/lab/hello/@v/v1.0.0.info', '/example.com/lab/hello/@v/v1.0.0.zip']) {
		const response = await fetchRaw(server.url + path);
		assert.equal(response.status, 200);
		assert.match(String(response.headers['content-type']), /^text\/html/);
		assert.match(response.body.toString(), /^<!DOCTYPE html>[\s\S]*Sign in/);
	}
});

test('altered-zip: same versions and go.mod, a zip whose hash differs from the original', async (t) => {
	const server = await serve(t, {kind: 'altered-zip'});
	const original = buildModuleArtifacts(labModules[0]!);
	const info = await fetchRaw(`${server.url}/example.com/lab/hello/@v/v1.0.0.info`);
	assert.equal(info.body.toString(), original.info);
	const mod = await fetchRaw(`${server.url}/example.com/lab/hello/@v/v1.0.0.mod`);
	assert.equal(mod.body.toString(), original.mod);
	const zip = await fetchRaw(`${server.url}/example.com/lab/hello/@v/v1.0.0.zip`);
	assert.equal(zip.status, 200);
	assert.notEqual(hashModuleZip(zip.body), hashModuleZip(original.zip));
});

test('servers listen on loopback only, each on its own port', async (t) => {
	const first = await serve(t);
	const second = await serve(t);
	assert.match(first.url, /^http:\/\/127\.0\.0\.1:\d+$/);
	assert.notEqual(first.port, second.port);
});

async function delay(ms: number): Promise<void> {
	return new Promise((resolve) => {
		setTimeout(resolve, ms);
	});
}
