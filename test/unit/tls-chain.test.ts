/*
The certificate chain as go judges it (probe-tls.ts: judgeGoTrust, probeTlsChain): openssl's -showcerts output
read certificate by certificate; the leaf's dates, its names, a path to go's roots; the CA named. Certificates come
from the committed test fixtures, the lab (lab-tls.ts) and, for an interception CA and a certificate without SANs,
openssl in a temporary directory. Servers listen on 127.0.0.1 only.
*/
import assert from 'node:assert/strict';
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import https from 'node:https';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {labCaCertificate, labServerCertificate} from '../../source/lab/lab-tls.js';
import {describeChain, judgeGoTrust, pemBlocks, probeTlsChain} from '../../source/probes/probe-tls.js';
import {createSystem} from '../../source/system/create-system.js';
import {goRootCertificates} from '../../source/system/system-roots.js';
import type {System} from '../../source/system/types.js';
import {createFakeSystem} from '../helpers/fake-system.js';
import {startTlsServer, tlsFixtures, type HttpTestServer} from '../helpers/loopback-servers.js';
import {english} from '../helpers/text.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const fixture = async (name: string) => readFile(path.join(fixtures, 'tls', `${name}.pem`), 'utf8');
const systemRoots = goRootCertificates({});
const now = new Date('2026-06-01T00:00:00Z');
const env = {PATH: process.env['PATH']};

describe('openssl -showcerts output, read and judged', () => {
	test('the lab chain: leaf and CA, from a CA go does not hold', async () => {
		const text = await readFile(path.join(fixtures, 'tls-chain', 'lab-unknown-ca.txt'), 'utf8');
		const pems = pemBlocks(text);
		assert.equal(pems.length, 2, 'both certificates the server sent');
		const judged = judgeGoTrust({host: '127.0.0.1', pems, roots: systemRoots, now});
		assert.equal(judged?.outcome, 'unknown-ca');
		assert.equal(judged.goError, 'x509: certificate signed by unknown authority');
		assert.equal(judged.authority, 'CN=gomod-doctor lab CA');
		assert.deepEqual(
			judged.chain.map((certificate) => [certificate.subject, certificate.issuer, certificate.ca, certificate.selfSigned]),
			[
				['CN=git.corp.example', 'CN=gomod-doctor lab CA', false, false],
				['CN=gomod-doctor lab CA', 'CN=gomod-doctor lab CA', true, true],
			],
		);
		assert.deepEqual(judged.chain[0]!.names, ['git.corp.example', '*.corp.example', '127.0.0.1']);
		assert.equal(judged.chain[0]!.notBefore, '2024-01-01T00:00:00Z');
		assert.equal(judged.chain[0]!.notAfter, '2124-01-01T00:00:00Z');
		assert.equal(judged.anchor?.subject, 'CN=gomod-doctor lab CA', 'the CA to trust is the one the server sent');
		assert.equal(judged.anchor.pem.trim(), labCaCertificate.trim());
		assert.match(
			describeChain(judged.chain),
			/^0 s:CN=git\.corp\.example\n {2}i:CN=gomod-doctor lab CA\n {2}v:NotBefore: 2024-01-01T00:00:00Z; NotAfter: 2124-01-01T00:00:00Z\n {2}names: git\.corp\.example, \*\.corp\.example, 127\.0\.0\.1\n/,
		);
	});

	test("the same chain with the CA among go's roots is trusted; for another name or outside its dates it is not", () => {
		const pems = [labServerCertificate, labCaCertificate];
		const roots = [...(systemRoots ?? []), labCaCertificate];
		assert.equal(judgeGoTrust({host: '127.0.0.1', pems, roots, now})?.outcome, 'trusted');
		assert.equal(judgeGoTrust({host: 'git.corp.example', pems, roots, now})?.outcome, 'trusted');
		assert.equal(judgeGoTrust({host: 'mirror.corp.example', pems, roots, now})?.outcome, 'trusted', 'the wildcard covers one label');
		assert.equal(
			judgeGoTrust({host: 'a.b.corp.example', pems, roots, now})?.goError,
			'x509: certificate is valid for git.corp.example, *.corp.example, not a.b.corp.example',
		);
		assert.equal(judgeGoTrust({host: '127.0.0.2', pems, roots, now})?.goError, 'x509: certificate is valid for 127.0.0.1, not 127.0.0.2');
		const later = judgeGoTrust({host: '127.0.0.1', pems, roots, now: new Date('2125-03-04T05:06:07Z')});
		assert.equal(later?.outcome, 'expired');
		assert.equal(
			later.goError,
			'x509: certificate has expired or is not yet valid: current time 2125-03-04T05:06:07Z is after 2124-01-01T00:00:00Z',
		);
		const earlier = judgeGoTrust({host: '127.0.0.1', pems, roots, now: new Date('2023-01-01T00:00:00Z')});
		assert.equal(
			earlier?.goError,
			'x509: certificate has expired or is not yet valid: current time 2023-01-01T00:00:00Z is before 2024-01-01T00:00:00Z',
			'a clock behind',
		);
	});

	test('the committed fixtures: expired, another name, self-signed, a leaf without its CA', async () => {
		const ca = await fixture('ca');
		const expired = judgeGoTrust({host: 'localhost', pems: [await fixture('expired')], roots: [ca], now});
		assert.equal(expired?.outcome, 'expired');
		assert.match(expired.goError ?? '', /is after 2001-01-01T00:00:00Z$/);

		const wrongName = judgeGoTrust({host: 'localhost', pems: [await fixture('wrong-name')], roots: [ca], now});
		assert.equal(wrongName?.outcome, 'name-mismatch');
		assert.equal(wrongName.goError, 'x509: certificate is valid for other.invalid, not localhost');

		const selfSigned = judgeGoTrust({host: 'localhost', pems: [await fixture('self-signed')], roots: systemRoots, now});
		assert.equal(selfSigned?.outcome, 'self-signed');
		assert.equal(selfSigned.anchor?.subject, 'CN=localhost', 'a self-signed certificate is its own anchor');

		const leafOnly = judgeGoTrust({host: 'localhost', pems: [await fixture('localhost')], roots: systemRoots, now});
		assert.equal(leafOnly?.outcome, 'unknown-ca');
		assert.equal(leafOnly.authority, `CN=${tlsFixtures.caName}, O=gomod-doctor tests`);
		assert.equal(leafOnly.anchor, undefined, 'the server did not send its CA');
		assert.equal(judgeGoTrust({host: 'localhost', pems: [await fixture('localhost')], roots: [ca], now})?.outcome, 'trusted');
	});

	test('an unknown CA for a public name is interception; nothing parseable is no judgement', async () => {
		// The test CA's leaf names localhost only: go checks the name first, then the authority.
		const pems = [await fixture('localhost'), await fixture('ca')];
		assert.equal(judgeGoTrust({host: 'proxy.golang.org', pems, roots: systemRoots, now})?.outcome, 'name-mismatch');
		assert.equal(judgeGoTrust({host: 'localhost', pems: [], roots: systemRoots, now}), undefined);
		assert.equal(
			judgeGoTrust({host: 'localhost', pems: ['-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----'], roots: systemRoots, now}),
			undefined,
		);
	});
});

/*
The servers of the describe below, made once in its before() hook: an interception CA's chain, a certificate without
subjectAltName (both from openssl in `work`), and the committed expired and wrong-name fixtures.
*/
const system = createSystem();
let work: string;
let intercepting: {server: https.Server; port: number};
let legacy: {server: https.Server; port: number};
let expired: HttpTestServer;
let wrongName: HttpTestServer;
const openssl = async (...args: string[]) => {
	const result = await system.run({file: 'openssl', args, env, cwd: work, timeoutMs: 15_000});
	assert.equal(result.exitCode, 0, `openssl ${args.join(' ')}: ${result.stderr}`);
};

const serve = async (cert: string, key: string) => {
	const server = https.createServer({cert, key}, (_request, response) => {
		response.end('ok');
	});
	server.on('tlsClientError', () => undefined);
	await new Promise<void>((resolve) => {
		server.listen(0, '127.0.0.1', resolve);
	});
	return {server, port: (server.address() as AddressInfo).port};
};

const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];

/** A CA certificate `NAME.pem`, its key `NAME.key`, for `subject`: openssl in `work`. */
async function makeCa(name: string, subject: string): Promise<void> {
	await openssl(
		'req',
		'-x509',
		...ec,
		'-keyout',
		`${name}.key`,
		'-out',
		`${name}.pem`,
		'-subj',
		subject,
		'-days',
		'30',
		'-addext',
		'basicConstraints=critical,CA:TRUE',
		'-addext',
		'keyUsage=critical,keyCertSign,cRLSign',
	);
}

/** A certificate `NAME.pem`, its key `NAME.key`, for `subject` and the subjectAltName `altNames`, signed by the CA `ca`. */
async function makeLeaf(name: string, ca: string, subject: string, altNames: string): Promise<void> {
	await openssl(
		'req',
		'-new',
		...ec,
		'-keyout',
		`${name}.key`,
		'-out',
		`${name}.csr`,
		'-subj',
		subject,
		'-addext',
		`subjectAltName=${altNames}`,
	);
	await openssl(
		'x509',
		'-req',
		'-in',
		`${name}.csr`,
		'-CA',
		`${ca}.pem`,
		'-CAkey',
		`${ca}.key`,
		'-CAcreateserial',
		'-out',
		`${name}.pem`,
		'-days',
		'30',
		'-copy_extensions',
		'copy',
	);
}

describe('probeTlsChain against servers on 127.0.0.1', () => {
	before(async () => {
		work = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-tls-chain-'));
		// A CA named as Zscaler names its own, and a certificate it signed for localhost (leaf and CA sent).
		await makeCa('ca', '/O=Zscaler Inc./OU=Zscaler Inc./CN=Zscaler Root CA');
		await makeLeaf('leaf', 'ca', '/CN=localhost', 'DNS:localhost,IP:127.0.0.1');
		// A company CA with no product's name, and a certificate it signed for a public name and a private one.
		await makeCa('corp', '/O=Example Corp/CN=Example Corp Root');
		await makeLeaf('public', 'corp', '/CN=proxy.golang.org', 'DNS:proxy.golang.org,DNS:goproxy.corp');
		// A certificate with a Common Name and no subjectAltName: go (since 1.15) no longer accepts it.
		await openssl('req', '-x509', ...ec, '-keyout', 'legacy.key', '-out', 'legacy.pem', '-subj', '/CN=localhost', '-days', '30');
		const read = async (name: string) => readFile(path.join(work, name), 'utf8');
		intercepting = await serve(`${await read('leaf.pem')}${await read('ca.pem')}`, await read('leaf.key'));
		legacy = await serve(await read('legacy.pem'), await read('legacy.key'));
		expired = await startTlsServer('expired');
		wrongName = await startTlsServer('wrong-name');
	});
	after(async () => {
		for (const item of [intercepting, legacy]) {
			item?.server.closeAllConnections();
			item?.server.close();
		}

		await Promise.all([expired?.close(), wrongName?.close()]);
		await rm(work, {recursive: true, force: true});
	});

	interceptionTests();
	certificateFaultTests();
});

/** The chains an interception product and a company CA send, and SSL_CERT_FILE trusting one. */
function interceptionTests(): void {
	test("an interception product's CA is named as such, with the chain as evidence and no PEM in it", async () => {
		const checked = await probeTlsChain(system, {host: 'localhost', port: intercepting.port, env, timeoutMs: 4000});
		assert.equal(checked.evidence.outcome, 'interception');
		assert.equal(checked.evidence.tool, 'openssl');
		assert.deepEqual(checked.evidence.argv, [
			'openssl',
			's_client',
			'-connect',
			`127.0.0.1:${intercepting.port}`,
			'-servername',
			'localhost',
			'-verify_hostname',
			'localhost',
			'-showcerts',
		]);
		assert.equal(checked.judgement?.interception, 'Zscaler');
		assert.equal(checked.judgement.authority, 'O=Zscaler Inc., OU=Zscaler Inc., CN=Zscaler Root CA');
		assert.match(
			english(checked.evidence.summary),
			/issued by O=Zscaler Inc\., OU=Zscaler Inc\., CN=Zscaler Root CA, Zscaler's TLS-interception CA\. go says x509: certificate signed by unknown authority/,
		);
		assert.match(checked.evidence.output ?? '', /^0 s:CN=localhost\n {2}i:O=Zscaler Inc\./);
		assert.match(checked.evidence.output ?? '', /go says: x509: certificate signed by unknown authority/);
		assert.doesNotMatch(checked.evidence.output ?? '', /BEGIN CERTIFICATE/);
	});

	test('a CA not in the store signing a public name is interception; for a private name it is an unknown CA', async () => {
		const pems = [await readFile(path.join(work, 'public.pem'), 'utf8'), await readFile(path.join(work, 'corp.pem'), 'utf8')];
		const publicName = judgeGoTrust({host: 'proxy.golang.org', pems, roots: systemRoots, now: new Date()});
		assert.equal(publicName?.outcome, 'interception');
		assert.equal(publicName.interception, 'public-name');
		assert.equal(publicName.authority, 'O=Example Corp, CN=Example Corp Root');
		const privateName = judgeGoTrust({host: 'goproxy.corp', pems, roots: systemRoots, now: new Date()});
		assert.equal(privateName?.outcome, 'unknown-ca');
		assert.equal(privateName.interception, undefined);
	});

	test('SSL_CERT_FILE holding the CA is trusted, as go reads it', async () => {
		const checked = await probeTlsChain(system, {
			host: '127.0.0.1',
			port: intercepting.port,
			env: {...env, SSL_CERT_FILE: path.join(work, 'ca.pem')},
			timeoutMs: 4000,
		});
		assert.equal(checked.evidence.outcome, 'trusted', english(checked.evidence.summary));
		assert.match(checked.evidence.output ?? '', /go's trust: SSL_CERT_FILE=.*ca\.pem/);
	});
}

/** An expired certificate, another name, a legacy Common Name; without openssl; a closed port and a bad host. */
function certificateFaultTests(): void {
	test('expired, another name, and a certificate without subjectAltName', async () => {
		const old = await probeTlsChain(system, {host: 'localhost', port: expired.port, env, timeoutMs: 4000});
		assert.equal(old.evidence.outcome, 'expired');
		assert.match(
			english(old.evidence.summary),
			/outside its validity period \(CN=localhost: 2000-01-01T00:00:00Z to 2001-01-01T00:00:00Z\): go says x509: certificate has expired or is not yet valid: current time \S+ is after 2001-01-01T00:00:00Z/,
		);

		const other = await probeTlsChain(system, {host: 'localhost', port: wrongName.port, env, timeoutMs: 4000});
		assert.equal(other.evidence.outcome, 'name-mismatch');
		assert.match(english(other.evidence.summary), /go says x509: certificate is valid for other\.invalid, not localhost/);

		const cn = await probeTlsChain(system, {host: 'localhost', port: legacy.port, env, timeoutMs: 4000});
		assert.equal(cn.evidence.outcome, 'name-mismatch');
		assert.equal(cn.judgement?.goError, 'x509: certificate relies on legacy Common Name field, use SANs instead');
	});

	test("without openssl, Node's tls reads the same chain (PEM included) and judges it the same", async () => {
		const fake = createFakeSystem({missingPrograms: ['openssl']});
		const nodeOnly: System = {...system, run: fake.run};
		const checked = await probeTlsChain(nodeOnly, {host: 'localhost', port: intercepting.port, env, timeoutMs: 4000});
		assert.equal(checked.evidence.tool, 'node:tls');
		assert.equal(checked.evidence.outcome, 'interception');
		assert.equal(checked.judgement?.anchor?.subject, 'O=Zscaler Inc., OU=Zscaler Inc., CN=Zscaler Root CA');
		assert.match(english(checked.evidence.summary), /\(openssl is not installed, so Node's tls checked instead\.\)$/);
	});

	test('a closed port fails; a bad host is never run', async () => {
		const closed = await probeTlsChain(system, {host: '127.0.0.1', port: 1, env, timeoutMs: 4000});
		assert.equal(closed.evidence.outcome, 'failed');
		assert.match(english(closed.evidence.summary), /refused/);
		assert.equal(closed.judgement, undefined);
		const hostile = await probeTlsChain(system, {host: '-connect', port: 443, env, timeoutMs: 4000});
		assert.equal(hostile.evidence.outcome, 'error');
		assert.match(english(hostile.evidence.summary), /^Not run: /);
	});
}
