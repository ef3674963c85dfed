import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {WalkSubject} from '../../source/flow/define-flow.js';
import {minimumProbeMs, probeDeadlines, runProbe} from '../../source/diagnose/run-probe.js';
import {createFakeSystem} from '../helpers/fake-system.js';
import {english} from '../helpers/text.js';

const subject: WalkSubject = {
	label: 'http://127.0.0.1:4312',
	url: 'http://127.0.0.1:4312',
	scheme: 'http',
	host: '127.0.0.1',
	port: 4312,
	module: 'example.com/lab/hello',
};

test('no probe runs without a deadline: each is capped, and cut to what is left of the walk', async () => {
	const deadlines = probeDeadlines(10_000);
	const {dns, ...others} = deadlines;
	for (const value of Object.values(others)) {
		assert.ok(value > 0 && value <= 4000);
	}

	// A lookup outlasts one retry of glibc's resolver (5 s), inside the diagnosis's deadline.
	assert.ok(dns > 5000 && dns < 10_000, String(dns));

	assert.deepEqual(Object.values(probeDeadlines(1000)), [1000, 1000, 1000, 1000, 1000]);

	let asked: number | undefined;
	const system = createFakeSystem({
		http(request) {
			asked = request.timeoutMs;
			return {url: request.url, status: 200, headers: {}, body: 'v1.0.0\n', bodyBytes: 7, durationMs: 1};
		},
	});
	// 1234.56 ms left of the budget: the probe gets a whole number of milliseconds, no more than that.
	const evidence = await runProbe(system, 'http-list', subject, {env: {}, deadlines, budgetEndsAt: system.now() + 1234.56});
	assert.equal(evidence.outcome, 'ok');
	assert.ok(asked !== undefined && Number.isInteger(asked) && asked <= 1235 && asked >= 1200, `asked ${asked}`);

	await runProbe(system, 'http-list', subject, {env: {}, deadlines, budgetEndsAt: system.now() - 5000});
	assert.equal(asked, minimumProbeMs, 'a spent budget still leaves the minimum');
});

test('a probe that throws becomes evidence of the failed check, not the end of the diagnosis', async () => {
	const system = createFakeSystem({
		http() {
			throw new Error('boom');
		},
	});
	const evidence = await runProbe(system, 'http-list', subject, {env: {}, deadlines: probeDeadlines(2000)});
	assert.equal(evidence.outcome, 'error');
	assert.match(english(evidence.summary), /The check itself failed: boom/);
});
