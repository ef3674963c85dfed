/*
No check of a diagnosis waits without a deadline: every process, HTTP request, DNS lookup, connection and
TLS handshake that a real diagnosis starts (through a System that records them) carries a deadline, and
none longer than the diagnosis's own. Run on lab scenarios where go fails at once, where a proxy never
answers, and on the benchmark's scale fixture (private modules on hosts that refuse connections).
*/
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {smallShape, startScaleFixture} from '../../scripts/bench-scale-fixture.js';
import {longestDownloadMs} from '../../source/go/reproduce-download.js';
import {startLab} from '../../source/lab/start-lab.js';
import {diagnoseHeadless} from '../../source/session/diagnose-headless.js';
import type {Environment} from '../../source/system/types.js';
import {recordingSystem} from '../helpers/recording-system.js';

const deadlineMs = 2000;

async function checkDeadlines(where: {dir: string; env: Environment; candidates: readonly string[]}) {
	const system = recordingSystem();
	const state = await diagnoseHeadless(system, {...where, timeoutMs: deadlineMs, toolVersion: 'test'});
	assert.ok(state.conclusion, 'the diagnosis concludes');
	assert.ok(
		system.checks.some((check) => check.kind === 'run' && check.key.startsWith('go mod download')),
		'go was run',
	);
	assert.ok(
		system.checks.some((check) => check.kind !== 'run' || !check.key.startsWith('go ')),
		'hosts were checked',
	);
	// Go's download is the one exception: the deadline counts its time without progress (a watchdog stops it), and
	// its process gets the longest a progressing download may run (go-download-progress.test.ts checks both).
	const progressing = (check: (typeof system.checks)[number]) =>
		check.key.startsWith('go mod download') && check.timeoutMs === longestDownloadMs(deadlineMs);
	const unbounded = system.checks.filter(
		(check) =>
			typeof check.timeoutMs !== 'number' ||
			!Number.isFinite(check.timeoutMs) ||
			check.timeoutMs <= 0 ||
			(check.timeoutMs > deadlineMs && !progressing(check)),
	);
	assert.deepEqual(
		unbounded.map((check) => `${check.key} (timeout ${String(check.timeoutMs)})`),
		[],
		`every check has a deadline of at most ${deadlineMs} ms`,
	);
}

describe(`every check of a diagnosis has a deadline, at most the diagnosis's (${deadlineMs} ms)`, () => {
	for (const id of ['proxy-down', 'proxy-hang', 'proxy-502']) {
		test(`lab ${id}`, async (t) => {
			const lab = await startLab(id);
			t.after(async () => lab.close());
			await checkDeadlines({dir: lab.dir, env: lab.env, candidates: lab.candidates});
		});
	}

	test('private modules on hosts that refuse connections', async (t) => {
		const fixture = await startScaleFixture(smallShape);
		t.after(async () => fixture.close());
		await checkDeadlines({dir: fixture.dir, env: fixture.env, candidates: [fixture.proxy.url]});
	});
});
