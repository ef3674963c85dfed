/*
Ping informs and the port check decides. Where ICMP is filtered (many corporate networks and clouds), an echo
never comes back and ping waits out its whole deadline; the walks must not wait with it once the port has
answered. The lab cannot drop ICMP on loopback, so the `ping` on PATH here is one that never hears back (a
script that sleeps, as ping does, and then reports 100% loss): the real diagnosis runs it through execa and
must cancel it.
*/
import assert from 'node:assert/strict';
import {chmod, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import type {DiagnoseReport} from '../../source/report/build-report.js';
import {startLab} from '../../source/lab/start-lab.js';
import {runCli} from '../helpers/cli.js';
import {labSession} from '../helpers/lab-session.js';
import {english} from '../helpers/text.js';

test('ICMP filtered: the ping is canceled once the port has answered, the evidence says so, and the verdict does not wait for it', async (t) => {
	const lab = await startLab('proxy-down');
	const bin = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-silent-ping-'));
	t.after(async () => {
		await lab.close();
		await rm(bin, {recursive: true, force: true});
	});
	// Far longer than ping's own second: a walk that waited for it would take 5 s.
	await writeFile(
		path.join(bin, 'ping'),
		[
			'#!/bin/sh',
			// Canceled, it ends its sleep too, as ping would.
			"trap 'kill $! 2>/dev/null; exit 1' TERM INT",
			'sleep 5 & wait $!',
			'echo "--- $5 ping statistics ---"',
			'echo "1 packets transmitted, 0 received, 100% packet loss, time 0ms"',
			'exit 1',
			'',
		].join('\n'),
	);
	await chmod(path.join(bin, 'ping'), 0o755);

	const run = await runCli(['diagnose', '--json', '--dir', lab.dir, '--timeout', '8'], {
		env: {...lab.env, PATH: `${bin}:${lab.env['PATH'] ?? ''}`},
	});
	const report = JSON.parse(run.stdout) as DiagnoseReport;
	assert.equal(report.findings[0]?.category, 'refused', 'the verdict is the same');
	assert.ok(report.durationMs < 4000, `the diagnosis did not wait for the silent ping: ${report.durationMs} ms`);
	const pings = report.findings[0]?.evidence.filter((item) => item.probe === 'ping') ?? [];
	assert.ok(pings.length > 0, JSON.stringify(report.findings[0]?.evidence.map((item) => item.probe)));
	for (const ping of pings) {
		assert.equal(ping.outcome, 'no-reply');
		assert.match(
			english(ping.summary),
			/^No reply from 127\.0\.0\.1 within \d+ ms, while its port answered in \d+ ms: ICMP is likely filtered/,
		);
	}

	// Every walk shares the one ping of 127.0.0.1, and each is told why it was canceled, whichever gave up first.
	const {actions, emit, state} = labSession(lab, {env: {...lab.env, PATH: `${bin}:${lab.env['PATH'] ?? ''}`}});
	await actions.diagnose(emit, new AbortController().signal);
	const walked = state().walks.filter((view) => view.role !== 'check' && view.walk.visits.some((visit) => visit.node === 'ping'));
	assert.ok(walked.length >= 2, 'several walks ping the same host');
	for (const view of walked) {
		const ping = view.walk.visits.find((visit) => visit.node === 'ping');
		assert.match(
			english(ping?.evidence?.summary ?? ''),
			/while its port answered in \d+ ms/,
			`${view.walk.subject.label}: ${english(ping?.evidence?.summary ?? '')}`,
		);
	}
});
