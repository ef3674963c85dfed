/*
Issue 5: the wizard stays responsive while the checks run. While the scripted diagnosis holds (a probe still
running), the spinner moves on its own (new frames with other spinner characters, no event from the work)
and keys still act (help opens and closes).
*/
import assert from 'node:assert/strict';
import {setTimeout as delay} from 'node:timers/promises';
import {test} from 'node:test';
import {textTree} from '../../source/flowcharts/texts.js';
import {initialSession} from '../../source/session/reduce-session.js';
import {createRedactor} from '../../source/redact/redact.js';
import {App} from '../../source/ui/app.js';
import {press, render, waitForFrame} from '../helpers/ink.js';
import {proxyDownScenario, scriptedActions} from '../helpers/session-script.js';

const spinnerCharacters = /[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]/gu;

test('while a check runs, the spinner moves and the keys work', async (t) => {
	const scenario = await proxyDownScenario();
	const script = scriptedActions({batches: scenario.batches, redact: createRedactor({}).redact, stepwise: true});
	const ui = render(
		t,
		<App
			actions={script.actions}
			initialState={initialSession({startedAt: '2026-11-25T15:00:00.000Z', dir: '/home/dev/hello', toolVersion: '0.1.0'})}
			toolVersion="0.1.0"
			tree={textTree('en')}
		/>,
	);
	await waitForFrame(ui, (frame) => frame.includes('Reproducing'));
	const before = ui.frames.length;
	// Nothing is released: only the spinner's own timer can draw new frames.
	await delay(600);
	const drawn = ui.frames.slice(before);
	const seen = new Set(drawn.flatMap((frame) => frame.match(spinnerCharacters) ?? []));
	assert.ok(drawn.length >= 3, `the spinner drew ${drawn.length} frames in 600 ms`);
	assert.ok(seen.size >= 3, `the spinner showed ${[...seen].join('')}`);
	assert.equal(script.calls.signals[0]?.aborted, false, 'the work is still going');

	await press(ui.stdin, '?');
	await waitForFrame(ui, (frame) => frame.includes('Keys'));
	await press(ui.stdin, '?');
	await waitForFrame(ui, (frame) => !frame.includes('Keys') && frame.includes('Reproducing'));
});
