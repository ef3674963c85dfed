/*
The wizard's reproduction line shows how far go has come while it runs: "N of about M modules done", from the
session's `reproduction-progress` events (issue 12, item 4).
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {initialSession, reduceSession} from '../../source/session/reduce-session.js';
import {UiContext} from '../../source/ui/ui-context.js';
import {ReproductionLine} from '../../source/ui/reproduction-line.js';
import {render} from '../helpers/ink.js';

const at = '2026-12-06T11:00:00.000Z';
const argv = ['go', 'mod', 'download', '-json'];

test('a progress event updates the running reproduction; before it starts, or after it ends, it changes nothing', () => {
	const idle = initialSession({startedAt: at, dir: '/p', toolVersion: 'test'});
	const progress = {modulesDone: 12, modulesExpected: 250, bytes: 1000};
	assert.deepEqual(reduceSession(idle, {type: 'reproduction-progress', at, progress}), idle);
	const running = reduceSession(idle, {type: 'reproduction-started', at, argv});
	const moved = reduceSession(running, {type: 'reproduction-progress', at, progress});
	assert.deepEqual(moved.reproduction, {phase: 'running', argv, progress});
	assert.equal(moved.transcript.length, running.transcript.length, 'progress is not written into the transcript');
});

test('the running reproduction line reads "N of about M modules done"', (t) => {
	const {lastFrame} = render(
		t,
		<UiContext.Provider value={{redact: (text) => text, staticSpinners: true}}>
			<ReproductionLine reproduction={{phase: 'running', argv, progress: {modulesDone: 12, modulesExpected: 250, bytes: 1000}}} />
		</UiContext.Provider>,
	);
	assert.match(lastFrame() ?? '', /Reproducing: go mod download -json · 12 of about 250 modules done/);
});
