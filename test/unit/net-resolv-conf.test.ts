import assert from 'node:assert/strict';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, test} from 'node:test';
import {nodeFileSystem} from '../../source/system/file-system.js';
import {nameserverProblem, parseResolvConf, probeResolvConf} from '../../source/flowcharts/dns/probe-resolv-conf.js';
import {english} from '../helpers/text.js';

describe('parseResolvConf', () => {
	test('nameservers in order, the last search/domain line, options; comments ignored', () => {
		const conf = parseResolvConf(
			'# generated\nnameserver 10.0.0.2\nnameserver 1.1.1.1 # second\n; nameserver 9.9.9.9\ndomain corp\nsearch corp.example lan\noptions ndots:5 timeout:1\n',
		);
		assert.deepEqual(conf.nameservers, ['10.0.0.2', '1.1.1.1']);
		assert.deepEqual(conf.search, ['corp.example', 'lan']);
		assert.deepEqual(conf.options, ['ndots:5', 'timeout:1']);
	});
});

describe('nameserverProblem', () => {
	for (const [address, pattern] of [
		['0.0.0.0', /unspecified/],
		['255.255.255.255', /broadcast/],
		['192.168.1.255', /broadcast/],
		['224.0.0.251', /multicast/],
		['169.254.169.254', /link-local/],
		['fe80::1', /link-local/],
		['192.0.2.53', /documentation/],
		['240.0.0.1', /reserved/],
		['::', /unspecified/],
		['resolver.corp', /not an IP address/],
	] as const) {
		test(`${address}: ${pattern.source}`, () => {
			assert.match(english(nameserverProblem(address) ?? ''), pattern);
		});
	}

	for (const address of ['127.0.0.53', '10.255.255.53', '8.8.8.8', '2001:4860:4860::8888', 'fe80::1%eth0']) {
		test(`${address} may answer`, () => {
			assert.equal(nameserverProblem(address), undefined);
		});
	}
});

describe('probeResolvConf: a file read, no query', () => {
	async function confFile(t: {after: (fn: () => Promise<void>) => void}, text: string | undefined): Promise<string> {
		const dir = await mkdtemp(path.join(tmpdir(), 'net-resolv-'));
		t.after(async () => rm(dir, {recursive: true, force: true}));
		const file = path.join(dir, 'resolv.conf');
		if (text !== undefined) {
			await writeFile(file, text);
		}

		return file;
	}

	test('usable nameservers: ok, and they are named', async (t) => {
		const evidence = await probeResolvConf(nodeFileSystem, {path: await confFile(t, 'nameserver 10.0.0.2\n')});
		assert.equal(evidence.outcome, 'ok');
		assert.match(english(evidence.summary), /10\.0\.0\.2/);
		assert.equal(evidence.probe, 'file');
	});

	test('a broadcast nameserver is flagged, and whether another may still answer', async (t) => {
		const only = await probeResolvConf(nodeFileSystem, {path: await confFile(t, 'nameserver 255.255.255.255\n')});
		assert.equal(only.outcome, 'unusable');
		assert.match(english(only.summary), /255\.255\.255\.255 is the broadcast address; no nameserver listed can answer/);
		const mixed = await probeResolvConf(nodeFileSystem, {path: await confFile(t, 'nameserver 0.0.0.0\nnameserver 10.0.0.2\n')});
		assert.match(english(mixed.summary), /1 other nameserver\(s\) may still answer/);
	});

	test('no nameserver line, and a missing file, are said', async (t) => {
		assert.equal((await probeResolvConf(nodeFileSystem, {path: await confFile(t, 'search corp\n')})).outcome, 'none');
		assert.equal((await probeResolvConf(nodeFileSystem, {path: await confFile(t, undefined)})).outcome, 'unreadable');
	});
});
