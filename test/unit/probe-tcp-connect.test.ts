import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import {probeTcpConnect} from '../../source/probes/probe-tcp-connect.js';
import {createSystem} from '../../source/system/create-system.js';
import type {System} from '../../source/system/types.js';
import {createFakeSystem, exited} from '../helpers/fake-system.js';
import {closedPort, type LoopbackServer, startHttpServer, startUnansweredPort} from '../helpers/loopback-servers.js';
import {english} from '../helpers/text.js';

const env = {PATH: process.env['PATH']};

describe('probeTcpConnect with the real nc', () => {
	let open: LoopbackServer;
	let unanswered: LoopbackServer;
	before(async () => {
		open = await startHttpServer({body: 'x'});
		unanswered = await startUnansweredPort();
	});
	after(async () => {
		await open.close();
		await unanswered.close();
	});

	test('an open port', async () => {
		const evidence = await probeTcpConnect(createSystem(), {host: '127.0.0.1', port: open.port, env, timeoutMs: 3000});
		assert.equal(evidence.outcome, 'open');
		assert.equal(evidence.tool, 'nc');
		assert.equal(evidence.command, `nc -zv -n -w 2 127.0.0.1 ${open.port}`);
		assert.match(evidence.output ?? '', /succeeded/);
		assert.match(english(evidence.summary), new RegExp(String.raw`^Port ${open.port} on 127\.0\.0\.1 is open`));
	});

	test('a closed port is refused at once', async () => {
		const port = await closedPort();
		const evidence = await probeTcpConnect(createSystem(), {host: '127.0.0.1', port, env, timeoutMs: 3000});
		assert.equal(evidence.outcome, 'refused');
		assert.match(english(evidence.summary), /is closed: the connection was refused at once/);
		assert.match(evidence.output ?? '', /Connection refused/);
		assert.ok(evidence.durationMs < 1000);
	});

	test('a port whose packets are dropped times out within the deadline', async () => {
		const started = performance.now();
		const evidence = await probeTcpConnect(createSystem(), {host: '127.0.0.1', port: unanswered.port, env, timeoutMs: 1600});
		const elapsed = performance.now() - started;
		assert.equal(evidence.outcome, 'timeout');
		assert.equal(evidence.command, `nc -zv -n -w 1 127.0.0.1 ${unanswered.port}`);
		assert.match(english(evidence.summary), /^No answer from 127\.0\.0\.1:\d+ within 1 s: nothing refused the connection either/);
		assert.ok(elapsed < 1600 + 300, `${Math.round(elapsed)} ms`);
	});
});

describe('probeTcpConnect without nc', () => {
	test('falls back to node:net and says so', async (t) => {
		const server = await startHttpServer({body: 'x'});
		t.after(async () => server.close());
		const fake = createFakeSystem({missingPrograms: ['nc']});
		const system: System = {...createSystem(), run: fake.run};
		const evidence = await probeTcpConnect(system, {host: '127.0.0.1', port: server.port, env, timeoutMs: 3000});
		assert.equal(evidence.outcome, 'open');
		assert.equal(evidence.tool, 'node:net');
		assert.equal(evidence.command, `nc -zv -n -w 2 127.0.0.1 ${server.port}`);
		assert.equal(evidence.argv, undefined);
		assert.match(english(evidence.summary), /\(nc is not installed, so Node's net\.connect checked instead\.\)$/);

		const refused = await probeTcpConnect(system, {host: '127.0.0.1', port: await closedPort(), env, timeoutMs: 3000});
		assert.equal(refused.outcome, 'refused');
	});

	test('an nc without -z also falls back', async () => {
		const argv = ['nc', '-zv', '-n', '-w', '2', '142.251.1.1', '443'];
		const fake = createFakeSystem({
			commands: {[argv.join(' ')]: exited(argv, 1, {stderr: "nc: invalid option -- 'z'\nusage: nc [OPTIONS] HOST PORT"})},
			net: {
				resolve: () => ({addresses: ['142.251.1.1'], durationMs: 2}),
				connect: () => ({outcome: 'timeout', durationMs: 3000, message: 'no answer'}),
			},
		});
		const evidence = await probeTcpConnect(fake, {host: 'proxy.golang.org', port: 443, env, timeoutMs: 3000});
		assert.equal(evidence.outcome, 'timeout');
		assert.equal(evidence.tool, 'node:net');
		assert.match(english(evidence.summary), /this nc does not support `-z`/);
		assert.deepEqual(
			fake.netCalls,
			['resolve proxy.golang.org', 'connect 142.251.1.1 443'],
			'looked up once; Node connects to the address found',
		);
	});

	test('nc connects to the address the lookup found, and its deadline starts after a slow lookup', async () => {
		const argv = ['nc', '-zv', '-n', '-w', '1', '142.251.1.1', '443'];
		const fake = createFakeSystem({
			commands: {[argv.join(' ')]: exited(argv, 0, {stderr: 'Connection to 142.251.1.1 443 port [tcp/*] succeeded!', durationMs: 30})},
			net: {
				async resolve() {
					await new Promise((done) => {
						setTimeout(done, 150);
					});
					return {addresses: ['142.251.1.1'], durationMs: 150};
				},
			},
		});
		const evidence = await probeTcpConnect(fake, {host: 'proxy.golang.org', port: 443, env, timeoutMs: 1600});
		assert.equal(evidence.outcome, 'open');
		assert.equal(evidence.command, 'nc -zv -n -w 1 142.251.1.1 443');
		assert.equal(fake.commands[0]!.timeoutMs, 1600);
		assert.match(english(evidence.summary), /proxy\.golang\.org/);

		const unresolved = createFakeSystem({
			net: {resolve: () => ({addresses: [], durationMs: 4, error: {code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND nowhere.example'}})},
		});
		const notRun = await probeTcpConnect(unresolved, {host: 'nowhere.example', port: 443, env, timeoutMs: 1600});
		assert.equal(notRun.outcome, 'unreachable');
		assert.match(english(notRun.summary), /nc cannot resolve nowhere\.example: ENOTFOUND/);
		assert.deepEqual(unresolved.commands, [], 'nc is not run on a name that does not resolve');
	});
});

describe("probeTcpConnect reads netcat's messages", () => {
	const argv = ['nc', '-zv', '-n', '-w', '2', '10.0.0.1', '443'];
	const key = argv.join(' ');
	const probe = async (result: ReturnType<typeof exited>) =>
		probeTcpConnect(createFakeSystem({commands: {[key]: result}}), {host: '10.0.0.1', port: 443, env, timeoutMs: 3000});

	test('timed out, as netcat-openbsd says it', async () => {
		const evidence = await probe(
			exited(argv, 1, {stderr: 'nc: connect to 10.0.0.1 port 443 (tcp) timed out: Operation now in progress', durationMs: 2003}),
		);
		assert.equal(evidence.outcome, 'timeout');
		assert.match(english(evidence.summary), /within 2 s/);
	});

	test('exit 1 after -w with nothing said is a timeout too', async () => {
		assert.equal((await probe(exited(argv, 1, {durationMs: 2001}))).outcome, 'timeout');
	});

	test('no route, unreachable network, unresolvable name', async () => {
		const noRoute = await probe(exited(argv, 1, {stderr: 'nc: connect to 10.0.0.1 port 443 (tcp) failed: No route to host'}));
		assert.equal(noRoute.outcome, 'unreachable');
		assert.match(english(noRoute.summary), /no route to the host/);
		const network = await probe(exited(argv, 1, {stderr: 'nc: connect to 10.0.0.1 port 443 (tcp) failed: Network is unreachable'}));
		assert.equal(network.outcome, 'unreachable');
		assert.match(english(network.summary), /the network is unreachable/);
		const dns = await probe(exited(argv, 1, {stderr: 'nc: getaddrinfo for host "10.0.0.1" port 443: Name or service not known'}));
		assert.equal(dns.outcome, 'unreachable');
		assert.match(english(dns.summary), /nc cannot resolve/);
	});

	test("traditional netcat's wording", async () => {
		assert.equal((await probe(exited(argv, 0, {stderr: '10.0.0.1 [10.0.0.1] 443 (https) open'}))).outcome, 'open');
		assert.equal((await probe(exited(argv, 1, {stderr: '10.0.0.1 [10.0.0.1] 443 (https) : Connection refused'}))).outcome, 'refused');
	});

	test('hosts and ports that cannot be arguments are refused before nc runs', async () => {
		const fake = createFakeSystem();
		assert.match(english((await probeTcpConnect(fake, {host: '-e/bin/sh', port: 443, env, timeoutMs: 3000})).summary), /^Not run: /);
		assert.match(
			english((await probeTcpConnect(fake, {host: 'example.com', port: 70_000, env, timeoutMs: 3000})).summary),
			/70{4} is not a TCP port/,
		);
		assert.deepEqual(fake.commands, []);
	});
});
