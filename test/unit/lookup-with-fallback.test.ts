/*
A system lookup held up behind stalled ones (Node's four resolver threads) is answered by the nameservers
directly; the system resolver's own answers and errors still decide everything else (field: a working
proxy.golang.org came out as "does not resolve" while go flooded the resolver).
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {lookupWithFallback, type Lookup} from '../../source/system/lookup-with-fallback.js';

const never: Lookup = async () =>
	new Promise<string[]>(() => {
		// Never settles.
	});
const after =
	(ms: number, answer: string[] | Error): Lookup =>
	async () =>
		new Promise<string[]>((resolve, reject) => {
			setTimeout(() => {
				if (answer instanceof Error) {
					reject(answer);
				} else {
					resolve(answer);
				}
			}, ms);
		});
const notFound = Object.assign(new Error('getaddrinfo ENOTFOUND x'), {code: 'ENOTFOUND'});
const {signal} = new AbortController();

test('the system resolver answers in time: its addresses, and the nameservers are not asked', async () => {
	let asked = false;
	const direct: Lookup = async () => {
		asked = true;
		return ['192.0.2.9'];
	};

	assert.deepEqual(await lookupWithFallback('proxy.golang.org', signal, {system: after(5, ['203.0.113.80']), direct, afterMs: 50}), [
		'203.0.113.80',
	]);
	await new Promise((resolve) => {
		setTimeout(resolve, 80);
	});
	assert.equal(asked, false);
});

test('the system resolver is held up: the addresses the nameservers give directly', async () => {
	assert.deepEqual(await lookupWithFallback('proxy.golang.org', signal, {system: never, direct: after(5, ['203.0.113.80']), afterMs: 20}), [
		'203.0.113.80',
	]);
});

test('the nameservers do not know the name: the system resolver still decides (/etc/hosts, search domains)', async () => {
	const answer = lookupWithFallback('git.corp', signal, {system: after(60, ['10.0.0.7']), direct: after(1, notFound), afterMs: 10});
	assert.deepEqual(await answer, ['10.0.0.7']);
	const empty = lookupWithFallback('git.corp', signal, {system: after(60, notFound), direct: after(1, []), afterMs: 10});
	await assert.rejects(empty, /ENOTFOUND/);
});

test('the system resolver says the name does not exist before the wait is over: that is the answer', async () => {
	await assert.rejects(
		lookupWithFallback('goproxy.cn', signal, {system: after(5, notFound), direct: after(1, ['192.0.2.1']), afterMs: 50}),
		/ENOTFOUND/,
	);
});
