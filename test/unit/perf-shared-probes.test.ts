/*
The diagnosis's shared probes: the same check asked by several walks runs once (a host's ping, a port's
connection check, a URL's version list), different checks do not merge, and a probe whose every outcome
leads to the same next probe lets that one start at the same time (ping informs, the port check decides),
and what follows it too once its result is in.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {isConnectivityProbe, probeDeadlines} from '../../source/diagnose/run-probe.js';
import {awaitPing, createSharedProbes, minimumPingWaitMs, probeAfter, probeKey, runAhead} from '../../source/diagnose/shared-probes.js';
import type {WalkSubject} from '../../source/flow/define-flow.js';
import {connectivityFlow} from '../../source/flowcharts/connectivity/index.js';
import {pendingProbe, startWalk, stepWalk} from '../../source/flow/walk.js';
import type {Evidence} from '../../source/model/report.js';
import type {CommandResult, CommandSpec, System} from '../../source/system/types.js';
import {commandResult, createFakeSystem, exited, httpResult} from '../helpers/fake-system.js';
import {english} from '../helpers/text.js';

function subject(port: number, host = '127.0.0.1'): WalkSubject {
	return {label: `http://${host}:${port}`, url: `http://${host}:${port}`, scheme: 'http', host, port, module: 'example.com/lab/greet'};
}

test('walks that share a host ping it once, check each port once, and fetch each list once', async () => {
	const system = createFakeSystem({
		commands: {
			'ping -c 1 -W 1 -n 127.0.0.1': (spec) =>
				exited([spec.file, ...spec.args], 0, {stdout: '2 packets transmitted, 2 received, 0% packet loss\n'}),
			'nc -zv -n -w 2 127.0.0.1 1001': (spec) =>
				exited([spec.file, ...spec.args], 0, {stderr: 'Connection to 127.0.0.1 1001 port [tcp/*] succeeded!\n'}),
			'nc -zv -n -w 2 127.0.0.1 1002': (spec) =>
				exited([spec.file, ...spec.args], 1, {stderr: 'nc: connect to 127.0.0.1 port 1002 (tcp) failed: Connection refused\n'}),
		},
		http: (request) => httpResult(request.url, 200, 'v1.1.0\nv1.2.0\n'),
	});
	const probe = createSharedProbes(system, {
		env: {PATH: '/usr/bin:/bin'},
		deadlines: probeDeadlines(5000),
		budgetEndsAt: Number.POSITIVE_INFINITY,
	});
	const [pingA, pingB] = await Promise.all([probe('ping', subject(1001), 'entry'), probe('ping', subject(1002), 'entry')]);
	const [portA, portB] = await Promise.all([probe('tcp', subject(1001), 'entry'), probe('tcp', subject(1002), 'entry')]);
	await Promise.all([probe('http-list', subject(1001), 'entry'), probe('http-list', subject(1001), 'entry')]);

	const argvs = system.commands.map((spec) => [spec.file, ...spec.args].join(' '));
	assert.deepEqual(
		argvs.filter((argv) => argv.startsWith('ping ')),
		['ping -c 1 -W 1 -n 127.0.0.1'],
		'one ping for the host',
	);
	assert.deepEqual(
		argvs.filter((argv) => argv.startsWith('nc ')).toSorted(),
		['nc -zv -n -w 2 127.0.0.1 1001', 'nc -zv -n -w 2 127.0.0.1 1002'],
		'one check per port',
	);
	assert.equal(system.requests.length, 1, 'one request for the same list');
	assert.equal(pingA, pingB, 'both walks get the one ping result');
	assert.notEqual(portA.outcome, portB.outcome, 'each port its own result');
});

test('probe keys: a host for DNS and ping, host and port for connections, the URL and module for the list', () => {
	assert.equal(probeKey('ping', subject(1001), 'entry'), probeKey('ping', subject(1002), 'entry'));
	assert.notEqual(probeKey('ping', subject(1001), 'entry'), probeKey('ping', subject(1001, '127.0.0.2'), 'entry'));
	assert.notEqual(probeKey('tcp', subject(1001), 'entry'), probeKey('tcp', subject(1002), 'entry'));
	assert.notEqual(
		probeKey('http-list', subject(1001), 'entry'),
		probeKey('http-list', {...subject(1001), module: 'example.com/other'}, 'entry'),
	);
	const behindProxy = {
		...subject(1001, 'proxy.example'),
		proxy: {url: 'http://10.0.0.1:3128', host: '10.0.0.1', port: 3128, variable: 'HTTP_PROXY'},
	};
	assert.equal(probeKey('tcp', behindProxy, 'proxy'), 'tcp 10.0.0.1 3128', 'aimed at the HTTP proxy when the node says so');
});

test('the port check starts with the ping (every ping outcome leads to it); nothing starts ahead of a deciding probe', () => {
	let walk = startWalk(connectivityFlow, 'w', subject(1001));
	const resolve = pendingProbe(connectivityFlow, walk);
	assert.equal(resolve?.probe, 'dns');
	assert.equal(probeAfter(connectivityFlow, walk, resolve), undefined, 'a failed lookup ends the walk: nothing runs ahead of DNS');

	const literal: Evidence = {probe: 'dns', tool: 'gomod-doctor', command: '', outcome: 'ip-literal', summary: '', durationMs: 0};
	walk = stepWalk(connectivityFlow, walk, {type: 'probe-finished', node: resolve.node, evidence: literal});
	const ping = pendingProbe(connectivityFlow, walk);
	assert.equal(ping?.probe, 'ping');
	const ahead = probeAfter(connectivityFlow, walk, ping);
	assert.equal(ahead?.probe, 'tcp', 'the port check does not wait for the ping');
	assert.equal(walk.phase === 'probing' ? walk.current : '', ping.node, 'looking ahead does not move the walk');

	const reply: Evidence = {probe: 'ping', tool: 'ping', command: '', outcome: 'reply', summary: '', durationMs: 0};
	walk = stepWalk(connectivityFlow, walk, {type: 'probe-finished', node: ping.node, evidence: reply});
	const port = pendingProbe(connectivityFlow, walk);
	assert.deepEqual(port, ahead, 'the probe started ahead is the one the walk then waits on');
	assert.equal(probeAfter(connectivityFlow, walk, port), undefined, 'the port check decides what comes next');
});

test('running ahead: while the ping still runs, the port is checked and, the port being open, the version list fetched', async () => {
	let answerPing: (() => void) | undefined;
	const system = createFakeSystem({
		commands: {
			'ping -c 1 -W 1 -n 127.0.0.1': async (spec) =>
				new Promise((resolve) => {
					answerPing = () => {
						resolve(exited([spec.file, ...spec.args], 0, {stdout: '2 packets transmitted, 2 received, 0% packet loss\n'}));
					};
				}),
			'nc -zv -n -w 2 127.0.0.1 1001': (spec) =>
				exited([spec.file, ...spec.args], 0, {stderr: 'Connection to 127.0.0.1 1001 port [tcp/*] succeeded!\n'}),
		},
		http: (request) => httpResult(request.url, 200, 'v1.1.0\nv1.2.0\n'),
	});
	const {shared, pinging} = walkAtPing(system);

	const deadline = Date.now() + 5000;
	while (system.requests.length === 0 && Date.now() < deadline) {
		await new Promise((resolve) => {
			setImmediate(resolve);
		});
	}

	assert.deepEqual(
		system.requests.map((request) => request.url),
		['http://127.0.0.1:1001/example.com/lab/greet/@v/list'],
		'the list is fetched before the ping answers',
	);
	assert.equal(shared.settled('ping', subject(1001), 'entry'), undefined, 'the ping has not answered yet');
	answerPing?.();
	assert.equal((await pinging).outcome, 'reply');
	assert.equal(system.commands.filter((spec) => spec.file === 'nc').length, 1, 'the walk will find the port check done, not run it again');
});

/**
A connectivity walk of 127.0.0.1:1001 at its ping node (its DNS step done: an IP literal), with the shared ping
started and what follows it run ahead, as the diagnosis does.
*/
function walkAtPing(system: System) {
	const shared = createSharedProbes(system, {
		env: {PATH: '/usr/bin:/bin'},
		deadlines: probeDeadlines(5000),
		budgetEndsAt: Number.POSITIVE_INFINITY,
	});
	let walk = startWalk(connectivityFlow, 'w', subject(1001));
	const literal: Evidence = {probe: 'dns', tool: 'gomod-doctor', command: '', outcome: 'ip-literal', summary: '', durationMs: 0};
	walk = stepWalk(connectivityFlow, walk, {type: 'probe-finished', node: pendingProbe(connectivityFlow, walk)!.node, evidence: literal});
	const ping = pendingProbe(connectivityFlow, walk)!;
	const pinging = shared('ping', subject(1001), ping.target);
	runAhead(connectivityFlow, walk, ping, shared, isConnectivityProbe);
	return {shared, walk, ping, pinging};
}

/** A ping that never hears back: it ends only when canceled (or at a cap the test never reaches). */
function silentPing(onStart?: () => void) {
	return async (spec: CommandSpec) =>
		new Promise<CommandResult>((resolve) => {
			onStart?.();
			const argv = [spec.file, ...spec.args];
			const started = performance.now();
			const cap = setTimeout(() => {
				resolve(commandResult(argv, {exitCode: 1, stdout: '1 packets transmitted, 0 received, 100% packet loss\n', durationMs: 5000}));
			}, 5000);
			spec.signal?.addEventListener('abort', () => {
				clearTimeout(cap);
				resolve(commandResult(argv, {exitCode: undefined, canceled: true, durationMs: performance.now() - started}));
			});
		});
}

test('a ping that gets no reply does not hold the walk once the port has answered: it is canceled after a few of the port’s times, and says why', async () => {
	const system = createFakeSystem({
		commands: {
			'ping -c 1 -W 1 -n 127.0.0.1': silentPing(),
			'nc -zv -n -w 2 127.0.0.1 1001': (spec) =>
				exited([spec.file, ...spec.args], 0, {stderr: 'Connection to 127.0.0.1 1001 port [tcp/*] succeeded!\n', durationMs: 20}),
		},
		http: (request) => httpResult(request.url, 200, 'v1.1.0\nv1.2.0\n'),
	});
	const started = performance.now();
	const {shared, ping, pinging, walk: atPing} = walkAtPing(system);
	let walk = atPing;
	const evidence = await awaitPing(shared, subject(1001), ping, probeAfter(connectivityFlow, walk, ping), pinging);
	const waited = performance.now() - started;

	assert.equal(evidence.outcome, 'no-reply');
	assert.match(
		english(evidence.summary),
		/^No reply from 127\.0\.0\.1 within \d+ ms, while its port answered in 20 ms: ICMP is likely filtered/,
	);
	assert.ok(waited >= minimumPingWaitMs, `waited ${Math.round(waited)} ms: at least ${minimumPingWaitMs} ms after the port answered`);
	assert.ok(waited < 2000, `waited ${Math.round(waited)} ms, not ping's whole second and the rest`);
	walk = stepWalk(connectivityFlow, walk, {type: 'probe-finished', node: ping.node, evidence});
	assert.equal(pendingProbe(connectivityFlow, walk)?.probe, 'tcp', 'the walk goes on to the port check, already answered');
});

test('a ping that answers is waited for as long as it takes while the port check has not answered', async () => {
	let answerPort: (() => void) | undefined;
	const system = createFakeSystem({
		commands: {
			'ping -c 1 -W 1 -n 127.0.0.1': async (spec) =>
				new Promise((resolve) => {
					setTimeout(() => {
						resolve(exited([spec.file, ...spec.args], 0, {stdout: '1 packets transmitted, 1 received, 0% packet loss\n', durationMs: 400}));
					}, 400);
				}),
			'nc -zv -n -w 2 127.0.0.1 1001': async (spec) =>
				new Promise((resolve) => {
					answerPort = () => {
						resolve(
							exited([spec.file, ...spec.args], 0, {stderr: 'Connection to 127.0.0.1 1001 port [tcp/*] succeeded!\n', durationMs: 600}),
						);
					};
				}),
		},
		http: (request) => httpResult(request.url, 200, 'v1.1.0\nv1.2.0\n'),
	});
	const {shared, ping, pinging, walk} = walkAtPing(system);
	const evidence = await awaitPing(shared, subject(1001), ping, probeAfter(connectivityFlow, walk, ping), pinging);
	answerPort?.();
	assert.equal(evidence.outcome, 'reply', 'a slow reply (400 ms) is a reply: the port check had not answered yet');
});
