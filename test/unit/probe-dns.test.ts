import assert from 'node:assert/strict';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, test} from 'node:test';
import {parseResolvConf, probeDns, unusableNameserver} from '../../source/probes/probe-dns.js';
import {createSystem} from '../../source/system/create-system.js';
import {createFakeSystem} from '../helpers/fake-system.js';
import {english} from '../helpers/text.js';

const env = {PATH: process.env['PATH']};

async function resolvConf(t: {after: (fn: () => Promise<void>) => void}, text: string): Promise<string> {
	const directory = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-dns-'));
	t.after(async () => rm(directory, {recursive: true, force: true}));
	const file = path.join(directory, 'resolv.conf');
	await writeFile(file, text);
	return file;
}

describe('probeDns', () => {
	test('resolves with the system resolver and lists the addresses and nameservers', async (t) => {
		const conf = await resolvConf(t, '# test\nsearch corp.example\nnameserver 10.0.0.53\nnameserver 10.0.0.54\n');
		const evidence = await probeDns(createSystem(), {host: 'localhost', env, timeoutMs: 3000, resolvConfPath: conf});
		assert.equal(evidence.outcome, 'resolved');
		assert.equal(evidence.probe, 'dns');
		assert.equal(evidence.tool, 'node:dns');
		assert.equal(evidence.command, 'getent ahosts localhost');
		assert.match(english(evidence.summary), /^localhost resolves to .*127\.0\.0\.1/);
		assert.match(evidence.output ?? '', /nameservers \(.*resolv\.conf\): 10\.0\.0\.53 10\.0\.0\.54/);
	});

	test('a resolver that answers only after a retry is slow, its own outcome, not a failure', async () => {
		const fake = createFakeSystem({net: {resolve: () => ({addresses: ['192.0.2.7'], durationMs: 5012})}});
		const evidence = await probeDns(fake, {host: 'proxy.golang.org', env, timeoutMs: 6500});
		assert.equal(evidence.outcome, 'slow');
		assert.match(english(evidence.summary), /^proxy\.golang\.org resolves to 192\.0\.2\.7, but the resolver took 5 s to answer/);
	});

	test('an IP address needs no lookup', async () => {
		const fake = createFakeSystem();
		for (const host of ['127.0.0.1', '::1', '2001:db8::1']) {
			const evidence = await probeDns(fake, {host, env, timeoutMs: 3000});
			assert.equal(evidence.outcome, 'ip-literal', host);
			assert.equal(english(evidence.summary), `${host} is an IP address: no lookup needed.`);
			assert.equal(evidence.command, '', 'nothing ran, so no command is shown as run');
		}

		assert.deepEqual(fake.netCalls, []);
	});

	test('a name that does not resolve fails, naming the nameservers and flagging unusable ones', async (t) => {
		const conf = await resolvConf(t, 'nameserver 0.0.0.0\nnameserver 192.168.1.255\n');
		const fake = createFakeSystem({
			net: {resolve: () => ({addresses: [], durationMs: 20, error: {code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND goproxy.corp'}})},
		});
		const evidence = await probeDns(fake, {host: 'goproxy.corp', env, timeoutMs: 3000, resolvConfPath: conf});
		assert.equal(evidence.outcome, 'failed');
		assert.match(
			english(evidence.summary),
			/^goproxy\.corp does not resolve: no such host \(ENOTFOUND, 20 ms\); nameservers: 0\.0\.0\.0, 192\.168\.1\.255/,
		);
		assert.match(english(evidence.summary), /0\.0\.0\.0 is the unspecified address/);
		assert.match(evidence.output ?? '', /warning: 192\.168\.1\.255 is probably a subnet broadcast address/);
		assert.deepEqual(fake.netCalls, ['resolve goproxy.corp']);
	});

	test('a resolver that does not answer in time is a timeout; a missing resolv.conf is said', async (t) => {
		const conf = path.join(await resolvConf(t, ''), '..', 'missing.conf');
		const fake = createFakeSystem({
			net: {
				resolve: () => ({addresses: [], durationMs: 3000, error: {code: 'TIMEOUT', message: 'no answer from the resolver within 3000 ms'}}),
			},
		});
		const evidence = await probeDns(fake, {host: 'proxy.golang.org', env, timeoutMs: 3000, resolvConfPath: conf});
		assert.equal(evidence.outcome, 'timeout');
		assert.match(english(evidence.summary), /No answer from the resolver within 3 s for proxy\.golang\.org/);
		assert.match(evidence.output ?? '', /missing\.conf is not readable/);
	});

	test('a temporary resolver failure is a failure that says so', async () => {
		const fake = createFakeSystem({
			net: {resolve: () => ({addresses: [], durationMs: 5, error: {code: 'EAI_AGAIN', message: 'getaddrinfo EAI_AGAIN proxy.golang.org'}})},
		});
		const evidence = await probeDns(fake, {host: 'proxy.golang.org', env, timeoutMs: 3000});
		assert.equal(evidence.outcome, 'failed');
		assert.match(english(evidence.summary), /temporary failure in name resolution/);
	});

	test('a host that could be an option or carries junk is not looked up', async () => {
		const fake = createFakeSystem();
		for (const host of ['-oops', 'a b', 'x\ny', '']) {
			const evidence = await probeDns(fake, {host, env, timeoutMs: 3000});
			assert.equal(evidence.outcome, 'failed', JSON.stringify(host));
			assert.match(english(evidence.summary), /^Not looked up: /);
		}

		assert.deepEqual(fake.netCalls, []);
	});

	test('resolv.conf parsing and nameserver checks', () => {
		assert.deepEqual(parseResolvConf('# c\nnameserver 1.1.1.1\n  nameserver\t::1 # x\noptions ndots:5\n;nameserver 9.9.9.9\n'), [
			'1.1.1.1',
			'::1',
		]);
		assert.equal(english(unusableNameserver('255.255.255.255')), 'the broadcast address');
		assert.equal(unusableNameserver('8.8.8.8'), undefined);
	});
});
