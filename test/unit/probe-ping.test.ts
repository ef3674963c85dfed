import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {parsePingStatistics, probePing} from '../../source/probes/probe-ping.js';
import {createSystem} from '../../source/system/create-system.js';
import {createFakeSystem, exited, timedOutCommand} from '../helpers/fake-system.js';
import {english} from '../helpers/text.js';

const env = {PATH: process.env['PATH']};
const argv = (host: string) => ['ping', '-c', '1', '-W', '1', '-n', host];
/** The fake resolver: proxy.golang.org has one address, every other name does not exist. */
const resolve = (host: string) =>
	host === 'proxy.golang.org'
		? {addresses: ['2607:f8b0::1', '142.251.1.1'], durationMs: 3}
		: {addresses: [], durationMs: 2, error: {code: 'ENOTFOUND', message: `getaddrinfo ENOTFOUND ${host}`}};

describe('probePing', () => {
	outcomeTests();
	targetAndStatisticsTests();
});

/** The real ping's reply; ping unavailable; no reply (lost, a deadline, an unknown name). */
function outcomeTests(): void {
	test('the real ping gets a reply from loopback, with round-trip times, at once (one echo, no interval to wait)', async () => {
		const evidence = await probePing(createSystem(), {host: '127.0.0.1', env, timeoutMs: 4000});
		assert.equal(evidence.outcome, 'reply');
		assert.equal(evidence.tool, 'ping');
		assert.equal(evidence.command, 'ping -c 1 -W 1 -n 127.0.0.1');
		assert.deepEqual(evidence.argv, argv('127.0.0.1'));
		assert.equal(evidence.exitCode, 0);
		assert.match(english(evidence.summary), /^127\.0\.0\.1 answers ping: 1 of 1 replies, round trip [\d.]+ ms on average/);
		assert.match(evidence.output ?? '', /1 packets transmitted, 1 received/);
		// Two echoes would take at least ping's shortest unprivileged interval (0.2 s); one reply from loopback does not.
		assert.ok(evidence.durationMs < 150, `ping took ${evidence.durationMs} ms`);
	});

	test('ping missing or not permitted: unavailable, and the port check decides', async () => {
		const missing = await probePing(createFakeSystem({missingPrograms: ['ping'], net: {resolve}}), {
			host: 'proxy.golang.org',
			env,
			timeoutMs: 3000,
		});
		assert.equal(missing.outcome, 'unavailable');
		assert.equal(missing.tool, 'ping');
		assert.match(english(missing.summary), /ping is not installed: ICMP cannot be checked here; the port check decides/);

		const denied = await probePing(
			createFakeSystem({
				commands: {
					'ping -c 1 -W 1 -n 142.251.1.1': exited(argv('142.251.1.1'), 2, {
						stderr: 'ping: socktype: SOCK_RAW\nping: socket: Operation not permitted\nping: => missing cap_net_raw+p capability or setuid?',
					}),
				},
				net: {resolve},
			}),
			{host: 'proxy.golang.org', env, timeoutMs: 3000},
		);
		assert.equal(denied.outcome, 'unavailable');
		assert.match(english(denied.summary), /not permitted/);
	});

	test('no reply: all pings lost, a deadline, a name ping cannot resolve', async () => {
		const lost = exited(argv('10.1.2.3'), 1, {
			stdout:
				'PING 10.1.2.3 (10.1.2.3) 56(84) bytes of data.\n\n--- 10.1.2.3 ping statistics ---\n1 packets transmitted, 0 received, 100% packet loss, time 0ms\n',
		});
		const fake = createFakeSystem({
			commands: {
				'ping -c 1 -W 1 -n 10.1.2.3': lost,
				'ping -c 1 -W 1 -n 10.9.9.9': timedOutCommand(argv('10.9.9.9'), 3000),
			},
			net: {resolve},
		});
		const silent = await probePing(fake, {host: '10.1.2.3', env, timeoutMs: 3000});
		assert.equal(silent.outcome, 'no-reply');
		assert.match(english(silent.summary), /0 of 1 pings answered within 1 s each .*the port check decides/);
		assert.equal(silent.exitCode, 1);

		const hung = await probePing(fake, {host: '10.9.9.9', env, timeoutMs: 3000});
		assert.equal(hung.outcome, 'no-reply');
		assert.match(english(hung.summary), /within 3 s/);

		const unknown = await probePing(fake, {host: 'nowhere.example', env, timeoutMs: 3000});
		assert.equal(unknown.outcome, 'no-reply');
		assert.match(english(unknown.summary), /ping cannot resolve nowhere\.example: ENOTFOUND/);
		assert.ok(!fake.commands.some((spec) => spec.args.includes('nowhere.example')), 'ping is not run on a name that does not resolve');
	});
}

/** Which address ping is pointed at and when; a partial answer; a hostile host; the statistics parser. */
function targetAndStatisticsTests(): void {
	test('ping is pointed at the address the lookup found (IPv4 first), and its deadline starts after the lookup', async () => {
		let calls = 0;
		const fake = createFakeSystem({
			commands: {
				'ping -c 1 -W 1 -n 142.251.1.1': exited(argv('142.251.1.1'), 0, {
					stdout: '1 packets transmitted, 1 received, 0% packet loss\nrtt min/avg/max/mdev = 9.0/9.0/9.0/0.0 ms',
					durationMs: 12,
				}),
			},
			net: {
				async resolve(host) {
					calls++;
					// A resolver that stalls longer than ping's whole deadline: ping still gets its own.
					await new Promise((done) => {
						setTimeout(done, 120);
					});
					return {...resolve(host), durationMs: 120};
				},
			},
		});
		const evidence = await probePing(fake, {host: 'proxy.golang.org', env, timeoutMs: 100});
		assert.equal(calls, 1);
		assert.equal(evidence.outcome, 'reply');
		assert.equal(evidence.command, 'ping -c 1 -W 1 -n 142.251.1.1');
		assert.equal(fake.commands[0]!.timeoutMs, 100, 'ping gets its whole deadline after the lookup');
		assert.match(english(evidence.summary), /^proxy\.golang\.org \(142\.251\.1\.1\) answers ping/);
	});

	test('a partial answer is a reply', async () => {
		const fake = createFakeSystem({
			commands: {
				'ping -c 1 -W 1 -n 10.1.2.3': exited(argv('10.1.2.3'), 0, {
					stdout: '2 packets transmitted, 1 received, 50% packet loss, time 1001ms\nrtt min/avg/max/mdev = 20.1/20.1/20.1/0.0 ms',
				}),
			},
		});
		const evidence = await probePing(fake, {host: '10.1.2.3', env, timeoutMs: 3000});
		assert.equal(evidence.outcome, 'reply');
		assert.match(english(evidence.summary), /1 of 2 replies, round trip 20\.1 ms on average/);
	});

	test('a host that could be read as an option never reaches ping', async () => {
		const fake = createFakeSystem();
		const evidence = await probePing(fake, {host: '-f', env, timeoutMs: 3000});
		assert.equal(evidence.outcome, 'no-reply');
		assert.match(english(evidence.summary), /^Not run: "-f" starts with "-"/);
		assert.deepEqual(fake.commands, []);
	});

	test('statistics from iputils and BusyBox', () => {
		assert.deepEqual(
			parsePingStatistics(
				'2 packets transmitted, 2 received, 0% packet loss, time 1001ms\nrtt min/avg/max/mdev = 0.037/0.505/0.974/0.468 ms',
			),
			{
				transmitted: 2,
				received: 2,
				rtt: {min: 0.037, avg: 0.505, max: 0.974},
			},
		);
		assert.deepEqual(
			parsePingStatistics('2 packets transmitted, 2 packets received, 0% packet loss\nround-trip min/avg/max = 0.1/0.2/0.3 ms'),
			{
				transmitted: 2,
				received: 2,
				rtt: {min: 0.1, avg: 0.2, max: 0.3},
			},
		);
		assert.equal(parsePingStatistics('ping: unknown host'), undefined);
	});
}

describe('an ICMP error instead of a reply (issue 12: "Destination Port Unreachable" read as "no reply")', () => {
	const icmp = (host: string, line: string) =>
		createFakeSystem({
			commands: {
				[argv(host).join(' ')]: exited(argv(host), 1, {
					stdout: `PING ${host} (${host}) 56(84) bytes of data.\n${line}\n\n--- ${host} ping statistics ---\n1 packets transmitted, 0 received, +1 errors, 100% packet loss, time 0ms\n`,
				}),
			},
		});

	test('iputils: who answered, the ICMP error and its meaning; outcome unreachable', async () => {
		const port = await probePing(icmp('10.0.0.5', 'From 10.0.0.5 icmp_seq=1 Destination Port Unreachable'), {
			host: '10.0.0.5',
			env,
			timeoutMs: 3000,
		});
		assert.equal(port.outcome, 'unreachable');
		assert.match(
			english(port.summary),
			/^10\.0\.0\.5 is unreachable: 10\.0\.0\.5 answered with "Destination Port Unreachable" \(an ICMP error, not a reply\): .*rejects ICMP echo actively/,
		);
		assert.doesNotMatch(english(port.summary), /No reply/);

		const host = await probePing(icmp('10.0.0.7', 'From 10.0.0.254 icmp_seq=1 Destination Host Unreachable'), {
			host: '10.0.0.7',
			env,
			timeoutMs: 3000,
		});
		assert.equal(host.outcome, 'unreachable');
		assert.match(english(host.summary), /10\.0\.0\.254 answered with "Destination Host Unreachable".*could not deliver/);
	});

	test('BSD wording, and a filter', async () => {
		const bsd = await probePing(icmp('10.0.0.9', '92 bytes from 10.0.0.1: Destination Net Unreachable'), {
			host: '10.0.0.9',
			env,
			timeoutMs: 3000,
		});
		assert.equal(bsd.outcome, 'unreachable');
		assert.match(english(bsd.summary), /10\.0\.0\.1 answered with "Destination Net Unreachable".*no route/);
		const filtered = await probePing(icmp('10.0.0.9', 'From 10.0.0.1 icmp_seq=1 Packet filtered'), {
			host: '10.0.0.9',
			env,
			timeoutMs: 3000,
		});
		assert.equal(filtered.outcome, 'unreachable');
		assert.match(english(filtered.summary), /firewall/);
	});
});
