/*
A diagnosis probes each distinct host once, however many modules or GOPROXY entries lead to it: the real
diagnosis (the real go, ping, nc and HTTP) through a System that records every check, on the benchmark's
scale fixture (300 requirements; 50 private ones on three loopback hosts that refuse connections) and on a
lab whose three proxies share 127.0.0.1. No timing is asserted: only which checks ran, and how often.
*/
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {largeShape, startScaleFixture} from '../../scripts/bench-scale-fixture.js';
import {startLab} from '../../source/lab/start-lab.js';
import {diagnoseHeadless} from '../../source/session/diagnose-headless.js';
import type {Environment, System} from '../../source/system/types.js';
import {recordingSystem, type Check} from '../helpers/recording-system.js';

/** Checks of hosts that ran more than once (go's own runs are not checks of a host). */
function repeated(checks: readonly Check[]): string[] {
	const counts = new Map<string, number>();
	for (const {key} of checks.filter((check) => check.host !== '')) {
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}

	return [...counts].filter(([, count]) => count > 1).map(([key, count]) => `${key} ×${count}`);
}

async function diagnose(system: System, options: {dir: string; env: Environment; candidates: readonly string[]}) {
	return diagnoseHeadless(system, {...options, timeoutMs: 5000, toolVersion: 'test'});
}

describe('each distinct host is probed once', () => {
	test('300 requirements, 50 of them private on three refusing hosts: no check runs twice, and the diagnosis concludes', async (t) => {
		const fixture = await startScaleFixture(largeShape);
		t.after(async () => fixture.close());
		const system = recordingSystem();
		const state = await diagnose(system, {dir: fixture.dir, env: fixture.env, candidates: [fixture.proxy.url]});

		assert.ok(state.conclusion, 'the diagnosis concludes');
		assert.notEqual(state.conclusion.findings[0]?.category, 'healthy', 'the failing private modules are found');
		assert.deepEqual(repeated(system.checks), [], 'no check of a host runs twice');
		// However many modules lead to a host, it is pinged at most once.
		for (const host of [new URL(fixture.proxy.url).hostname, ...fixture.privateByHost.keys()]) {
			assert.ok(system.checks.filter((check) => check.key === `ping ${host}`).length <= 1, `${host} is pinged at most once`);
		}

		const hostChecks = system.checks.filter((check) => check.host !== '');
		assert.ok(
			hostChecks.length < fixture.requirements.length,
			`${hostChecks.length} checks for ${fixture.requirements.length} requirements: checks follow hosts, not modules`,
		);
	});

	test('three GOPROXY entries and candidates on 127.0.0.1: the host is pinged once, each port checked once', async (t) => {
		const lab = await startLab('proxy-down');
		t.after(async () => lab.close());
		const system = recordingSystem();
		const state = await diagnose(system, {dir: lab.dir, env: lab.env, candidates: lab.candidates});

		assert.equal(state.conclusion?.findings[0]?.category, 'refused');
		const pings = system.checks.filter((check) => check.key.startsWith('ping '));
		assert.deepEqual(
			pings.map((check) => check.key),
			['ping 127.0.0.1'],
			'one ping for the one host behind every entry',
		);
		assert.deepEqual(repeated(system.checks), [], 'no check runs twice');
		for (const server of lab.servers) {
			const {port} = new URL(server.url);
			assert.equal(system.checks.filter((check) => check.key === `nc 127.0.0.1:${port}`).length, 1, `port ${port} is checked once`);
		}
	});
});
