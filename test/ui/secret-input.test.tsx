import assert from 'node:assert/strict';
import {test} from 'node:test';
import {SecretInput, NetrcCredentialsPrompt} from '../../source/ui/secret-input.js';
import type {Fix} from '../../source/model/report.js';
import {keys, press, render, waitForFrame} from '../helpers/ink.js';

const token = 'glpat-PlantedSecret0123456789';

test('SecretInput (hidden) never draws what is typed, only a count; Enter submits it', async (t) => {
	let submitted: string | undefined;
	const rendered = render(t, <SecretInput label="Token: " onSubmit={(value) => (submitted = value)} onCancel={() => undefined} />);
	for (const character of token.slice(0, 5)) {
		// eslint-disable-next-line no-await-in-loop
		await press(rendered.stdin, character);
	}

	await press(rendered.stdin, token.slice(5));
	await waitForFrame(rendered, (frame) => frame.includes(`${token.length} characters typed`));
	await press(rendered.stdin, keys.enter);
	assert.equal(submitted, token);
	for (const frame of rendered.frames) {
		assert.ok(!frame.includes('glpat') && !frame.includes('Planted'), `a frame shows part of the token: ${frame}`);
	}
});

test('the .netrc prompt: login shown, token hidden in every frame, Esc cancels', async (t) => {
	const fix: Fix = {id: 'netrc-entry', title: 'Add credentials', kind: 'netrc', netrc: {machine: 'git.corp.example', file: '/home/u/.netrc', replaces: false}, scope: 'persistent', weakensSecurity: false};
	let done: [string, string] | undefined;
	const rendered = render(t, <NetrcCredentialsPrompt fix={fix} onDone={(login, secret) => (done = [login, secret])} onCancel={() => undefined} />);
	await press(rendered.stdin, 'gopher');
	await waitForFrame(rendered, (frame) => frame.includes('gopher'));
	await press(rendered.stdin, keys.enter);
	await waitForFrame(rendered, (frame) => frame.includes('hidden'));
	await press(rendered.stdin, token);
	await press(rendered.stdin, keys.enter);
	assert.deepEqual(done, ['gopher', token]);
	assert.ok(rendered.frames.every((frame) => !frame.includes(token.slice(0, 8))));

	let canceled = false;
	const second = render(t, <NetrcCredentialsPrompt fix={fix} onDone={() => undefined} onCancel={() => (canceled = true)} />);
	await press(second.stdin, keys.escape);
	assert.equal(canceled, true);
});
