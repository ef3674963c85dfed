import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {createSystem} from '../../source/system/create-system.js';
import {netClient} from '../../source/system/net-client.js';
import {
	closedPort,
	startHangingServer,
	startHttpServer,
	startTlsServer,
	startUnansweredPort,
	tlsFixtures,
} from '../helpers/loopback-servers.js';

describe('netClient.resolve', () => {
	test('returns every address the system resolver knows (here from /etc/hosts)', async () => {
		const result = await netClient.resolve('localhost', {timeoutMs: 5000});
		assert.equal(result.error, undefined);
		assert.ok(result.addresses.includes('127.0.0.1'), result.addresses.join(' '));
	});

	test('an IP literal resolves to itself', async () => {
		const result = await netClient.resolve('127.0.0.1', {timeoutMs: 5000});
		assert.deepEqual(result.addresses, ['127.0.0.1']);
	});

	test('an aborted signal cancels', async () => {
		const result = await netClient.resolve('localhost', {timeoutMs: 5000, signal: AbortSignal.abort()});
		assert.equal(result.error?.code, 'CANCELED');
		assert.deepEqual(result.addresses, []);
	});
});

describe('netClient.connect', () => {
	test('open, refused and timeout, each as an outcome', async (t) => {
		const server = await startHttpServer({body: 'x'});
		const unanswered = await startUnansweredPort();
		t.after(async () => {
			await server.close();
			await unanswered.close();
		});
		const open = await netClient.connect('127.0.0.1', server.port, {timeoutMs: 5000});
		assert.equal(open.outcome, 'open');
		assert.match(open.message, new RegExp(String.raw`connected to 127\.0\.0\.1:${server.port}`));

		const refused = await netClient.connect('127.0.0.1', await closedPort(), {timeoutMs: 5000});
		assert.equal(refused.outcome, 'refused');
		assert.match(refused.message, /ECONNREFUSED/);

		const started = performance.now();
		const timeout = await netClient.connect('127.0.0.1', unanswered.port, {timeoutMs: 300});
		const elapsed = performance.now() - started;
		assert.equal(timeout.outcome, 'timeout');
		assert.match(timeout.message, /within 300 ms/);
		assert.ok(elapsed >= 280 && elapsed < 1500, `${Math.round(elapsed)} ms`);
	});

	test('a name with several addresses is tried address by address', async () => {
		const result = await netClient.connect('localhost', await closedPort(), {timeoutMs: 5000});
		assert.equal(result.outcome, 'refused');
	});

	test('the caller can cancel', async (t) => {
		const unanswered = await startUnansweredPort();
		t.after(async () => unanswered.close());
		const controller = new AbortController();
		setTimeout(() => {
			controller.abort();
		}, 100);
		const result = await netClient.connect('127.0.0.1', unanswered.port, {timeoutMs: 5000, signal: controller.signal});
		assert.equal(result.outcome, 'error');
		assert.equal(result.message, 'canceled');
		assert.ok(result.durationMs < 1000);
	});
});

describe('netClient.tlsHandshake', () => {
	test('a self-signed certificate: the handshake completes, the chain is shown, the reason is given', async (t) => {
		const server = await startTlsServer('self-signed');
		t.after(async () => server.close());
		const result = await netClient.tlsHandshake('127.0.0.1', server.port, {servername: 'localhost', timeoutMs: 5000});
		assert.equal(result.ok, false);
		assert.equal(result.authorizationError, 'DEPTH_ZERO_SELF_SIGNED_CERT');
		assert.equal(result.chain.length, 1);
		assert.equal(result.chain[0]?.subject, 'CN=localhost');
		assert.equal(result.chain[0]?.issuer, 'CN=localhost');
		assert.deepEqual(result.chain[0]?.altNames, ['localhost', 'lab.invalid', '127.0.0.1', '0:0:0:0:0:0:0:1']);
		assert.equal(result.chain[0]?.validTo, 'Jan  1 00:00:00 2120 GMT');
	});

	test('a leaf signed by an unknown CA names that CA as its issuer', async (t) => {
		const server = await startTlsServer('localhost');
		t.after(async () => server.close());
		const result = await netClient.tlsHandshake('localhost', server.port, {servername: 'localhost', timeoutMs: 5000});
		assert.equal(result.ok, false);
		assert.equal(result.authorizationError, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
		assert.equal(result.chain[0]?.issuer, `CN=${tlsFixtures.caName}, O=gomod-doctor tests`);
	});

	test('a server that never answers the handshake times out; a closed port fails', async (t) => {
		const server = await startHangingServer();
		t.after(async () => server.close());
		const hung = await netClient.tlsHandshake('127.0.0.1', server.port, {servername: 'localhost', timeoutMs: 300});
		assert.equal(hung.ok, false);
		assert.equal(hung.timedOut, true);
		assert.ok(hung.durationMs < 1500);

		const refused = await netClient.tlsHandshake('127.0.0.1', await closedPort(), {servername: 'localhost', timeoutMs: 5000});
		assert.equal(refused.ok, false);
		assert.equal(refused.timedOut, false);
		assert.match(refused.error ?? '', /ECONNREFUSED/);
	});
});

describe('createSystem', () => {
	test('wires the real adapters and a monotonic clock', async () => {
		const system = createSystem();
		const before = system.now();
		const result = await system.run({file: 'true', args: [], env: {PATH: process.env['PATH']}, timeoutMs: 5000});
		assert.equal(result.exitCode, 0);
		assert.ok(system.now() >= before);
		assert.equal(system.net, netClient);
	});
});
