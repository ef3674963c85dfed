import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {after, before, describe, test} from 'node:test';
import {parseSClient, probeTls, readTlsHandshake} from '../../source/probes/probe-tls.js';
import {createSystem} from '../../source/system/create-system.js';
import type {System, TlsResult} from '../../source/system/types.js';
import {createFakeSystem} from '../helpers/fake-system.js';
import {
	closedPort,
	type HttpTestServer,
	type LoopbackServer,
	startHangingServer,
	startHttpServer,
	startTlsServer,
	tlsFixtures,
} from '../helpers/loopback-servers.js';
import {english} from '../helpers/text.js';

const env = {PATH: process.env['PATH']};
const trusting = {...env, SSL_CERT_FILE: tlsFixtures.caFile};
const caIssuer = `CN=${tlsFixtures.caName}, O=gomod-doctor tests`;

/** The servers of the describe below, started in its before() hook. */
const servers: Record<string, HttpTestServer> = {};
let hanging: LoopbackServer;
const port = (name: string) => servers[name]!.port;

describe('probeTls with the real openssl', () => {
	before(async () => {
		for (const name of ['localhost', 'expired', 'wrong-name', 'self-signed'] as const) {
			servers[name] = await startTlsServer(name);
		}

		hanging = await startHangingServer();
	});
	after(async () => {
		await Promise.all([...Object.values(servers).map(async (server) => server.close()), hanging.close()]);
	});

	trustTests();
	certificateFaultTests();
});

/** Whom the chain is from: self-signed, an unknown CA, a trusted CA; and the command shown runs as shown. */
function trustTests(): void {
	test('a self-signed certificate is untrusted and says so', async () => {
		const evidence = await probeTls(createSystem(), {host: 'localhost', port: port('self-signed'), env, timeoutMs: 4000});
		assert.equal(evidence.outcome, 'untrusted');
		assert.equal(evidence.tool, 'openssl');
		assert.equal(
			evidence.command,
			`openssl s_client -connect 127.0.0.1:${port('self-signed')} -servername localhost -verify_hostname localhost -showcerts </dev/null`,
			'connects to the address found; stdin from /dev/null, as the probe runs it',
		);
		assert.match(
			english(evidence.summary),
			/is self-signed \(CN=localhost\) and not trusted: self-signed certificate \(verify return code 18\)/,
		);
		assert.doesNotMatch(evidence.output ?? '', /BEGIN CERTIFICATE/);
	});

	test('the command shown runs as shown when pasted: in a shell whose stdin stays open (a terminal), it ends after the handshake although the server keeps the connection', async () => {
		const evidence = await probeTls(createSystem(), {host: 'localhost', port: port('localhost'), env, timeoutMs: 4000});
		// The user's shell, not the probe: stdin is a pipe nobody closes, as a terminal's is.
		const pasted = spawn('sh', ['-c', evidence.command], {stdio: ['pipe', 'ignore', 'ignore']});
		const exited = await Promise.race([
			new Promise<boolean>((resolve) => {
				pasted.once('exit', () => {
					resolve(true);
				});
			}),
			new Promise<boolean>((resolve) => {
				setTimeout(() => {
					resolve(false);
				}, 3000);
			}),
		]);
		pasted.kill('SIGKILL');
		assert.ok(exited, `${evidence.command} waited for input`);
	});

	test('a chain from an unknown CA names that CA: how an interception proxy looks', async () => {
		const evidence = await probeTls(createSystem(), {host: 'localhost', port: port('localhost'), env, timeoutMs: 4000});
		assert.equal(evidence.outcome, 'untrusted');
		assert.match(
			english(evidence.summary),
			new RegExp(String.raw`Issuer: ${caIssuer}\. A CA that go does not trust here, such as a corporate TLS-interception CA`),
		);
	});

	test('with the CA trusted (SSL_CERT_FILE, as go reads it) the handshake is ok', async () => {
		const evidence = await probeTls(createSystem(), {host: 'localhost', port: port('localhost'), env: trusting, timeoutMs: 4000});
		assert.equal(evidence.outcome, 'ok');
		assert.equal(
			english(evidence.summary),
			`TLS with localhost:${port('localhost')} is fine: CN=localhost, issued by ${caIssuer}, valid until Jan  1 00:00:00 2120 GMT.`,
		);
	});
}

/** An IP address's names, an expired certificate, another name, a hung handshake, a closed or non-TLS port. */
function certificateFaultTests(): void {
	test("an IP address is checked against the certificate's IP names", async () => {
		const evidence = await probeTls(createSystem(), {host: '127.0.0.1', port: port('localhost'), env: trusting, timeoutMs: 4000});
		assert.equal(evidence.outcome, 'ok');
		assert.deepEqual(evidence.argv, [
			'openssl',
			's_client',
			'-connect',
			`127.0.0.1:${port('localhost')}`,
			'-verify_ip',
			'127.0.0.1',
			'-showcerts',
		]);
	});

	test('an expired certificate', async () => {
		const evidence = await probeTls(createSystem(), {host: 'localhost', port: port('expired'), env: trusting, timeoutMs: 4000});
		assert.equal(evidence.outcome, 'expired');
		assert.match(
			english(evidence.summary),
			/certificate has expired \(verify return code 10\): valid from Jan {2}1 00:00:00 2000 GMT to Jan {2}1 00:00:00 2001 GMT/,
		);
	});

	test('a certificate for another name', async () => {
		const evidence = await probeTls(createSystem(), {host: 'localhost', port: port('wrong-name'), env: trusting, timeoutMs: 4000});
		assert.equal(evidence.outcome, 'name-mismatch');
		assert.match(
			english(evidence.summary),
			/not valid for that name: hostname mismatch \(verify return code 62\); it is for CN=other\.invalid/,
		);
	});

	test('a server that never answers the handshake times out within the deadline', async () => {
		const started = performance.now();
		const evidence = await probeTls(createSystem(), {host: '127.0.0.1', port: hanging.port, env, timeoutMs: 700});
		const elapsed = performance.now() - started;
		assert.equal(evidence.outcome, 'timeout');
		assert.match(english(evidence.summary), /No TLS handshake with 127\.0\.0\.1:\d+ within 700 ms/);
		assert.ok(elapsed < 700 + 1000, `${Math.round(elapsed)} ms`);
	});

	test('a closed port, and a port that does not speak TLS, fail', async (t) => {
		const refused = await probeTls(createSystem(), {host: '127.0.0.1', port: await closedPort(), env, timeoutMs: 4000});
		assert.equal(refused.outcome, 'failed');
		assert.match(english(refused.summary), /fails: the connection was refused/);

		const plain = await startHttpServer({body: 'plain'});
		t.after(async () => plain.close());
		const notTls = await probeTls(createSystem(), {host: '127.0.0.1', port: plain.port, env, timeoutMs: 4000});
		assert.equal(notTls.outcome, 'failed');
		assert.match(english(notTls.summary), /does not speak TLS on this port/);
	});
}

describe('probeTls without openssl', () => {
	test('falls back to node:tls and says so', async (t) => {
		const server = await startTlsServer('self-signed');
		t.after(async () => server.close());
		const fake = createFakeSystem({missingPrograms: ['openssl']});
		const system: System = {...createSystem(), run: fake.run};
		const evidence = await probeTls(system, {host: 'localhost', port: server.port, env, timeoutMs: 4000});
		assert.equal(evidence.outcome, 'untrusted');
		assert.equal(evidence.tool, 'node:tls');
		assert.equal(evidence.argv, undefined);
		assert.match(english(evidence.summary), /self-signed \(CN=localhost\) and not trusted: DEPTH_ZERO_SELF_SIGNED_CERT/);
		assert.match(english(evidence.summary), /\(openssl is not installed, so Node's tls checked instead\.\)$/);
	});

	test("Node's verdicts map to the same outcomes", () => {
		const chain = [{subject: 'CN=goproxy.corp', issuer: 'CN=Corp Root', validFrom: 'a', validTo: 'b', altNames: ['goproxy.corp']}];
		const handshake = (fields: Partial<TlsResult>): TlsResult => ({ok: false, durationMs: 3, timedOut: false, chain, ...fields});
		const outcome = (fields: Partial<TlsResult>) => readTlsHandshake('goproxy.corp', 443, handshake(fields), 4000).outcome;
		assert.equal(outcome({ok: true}), 'ok');
		assert.equal(outcome({authorizationError: 'CERT_HAS_EXPIRED'}), 'expired');
		assert.equal(outcome({authorizationError: 'CERT_NOT_YET_VALID'}), 'expired');
		assert.equal(outcome({authorizationError: 'ERR_TLS_CERT_ALTNAME_INVALID'}), 'name-mismatch');
		assert.equal(outcome({authorizationError: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY'}), 'untrusted');
		assert.equal(outcome({timedOut: true, chain: []}), 'timeout');
		assert.equal(outcome({error: 'ECONNRESET: socket hang up', chain: []}), 'failed');
		assert.match(
			english(readTlsHandshake('goproxy.corp', 443, handshake({authorizationError: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY'}), 4000).summary),
			/Issuer: CN=Corp Root/,
		);
	});
});

describe('parseSClient', () => {
	test('reads the chain, the dates and the verify code', () => {
		const report = parseSClient(
			[
				'CONNECTED(00000003)',
				'---',
				'Certificate chain',
				' 0 s:CN = proxy.golang.org',
				'   i:C = US, O = Google Trust Services, CN = WR2',
				'   a:PKEY: id-ecPublicKey, 256 (bit); sigalg: RSA-SHA256',
				'   v:NotBefore: Jan  1 00:00:00 2025 GMT; NotAfter: Mar 26 00:00:00 2025 GMT',
				' 1 s:C = US, O = Google Trust Services, CN = WR2',
				'   i:C = US, O = Google Trust Services LLC, CN = GTS Root R1',
				'---',
				'Verify return code: 0 (ok)',
			].join('\n'),
		);
		assert.deepEqual(report, {
			chain: [
				{
					subject: 'CN=proxy.golang.org',
					issuer: 'C=US, O=Google Trust Services, CN=WR2',
					notBefore: 'Jan  1 00:00:00 2025 GMT',
					notAfter: 'Mar 26 00:00:00 2025 GMT',
				},
				{subject: 'C=US, O=Google Trust Services, CN=WR2', issuer: 'C=US, O=Google Trust Services LLC, CN=GTS Root R1'},
			],
			verifyCode: 0,
			verifyText: 'ok',
			peerCertificate: true,
		});
	});

	test('"Verify return code: 0" without a peer certificate is not a success', () => {
		const report = parseSClient('CONNECTED(00000003)\n---\nno peer certificate available\n---\nVerify return code: 0 (ok)\n');
		assert.equal(report.peerCertificate, false);
	});
});
