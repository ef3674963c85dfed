/*
The wizard itself, with the real session actions, against the real go in the lab (rendered with
ink-testing-library): for each required scenario the conclusion names the broken entry and its category;
choosing and confirming the first fix makes the real go mod download succeed; undo puts the GOENV file back
byte for byte; the export is written and holds no planted secret.
*/
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {describe, test, type TestContext} from 'node:test';
import {startLab, type Lab} from '../../source/lab/start-lab.js';
import {press, waitFor, waitForFrame} from '../helpers/ink.js';
import {renderLabWizard} from '../helpers/lab-wizard.js';

async function wizardOn(t: TestContext, lab: Lab, env = lab.env) {
	return renderLabWizard(t, lab, {env, timeoutMs: 4000});
}

const scenarios = [
	{id: 'proxy-down', category: 'refused', symptom: 'refuses connections'},
	{id: 'proxy-hang', category: 'timeout', symptom: 'no answer'},
	{id: 'proxy-502', category: 'proxy-bad-response', symptom: '502 Bad Gateway'},
] as const;

describe('the wizard in the lab, with the real go', () => {
	for (const scenario of scenarios) {
		test(`${scenario.id}: concludes ${scenario.category} for the first entry; the chosen fix makes go download; undo restores the file`, async (t) => {
			const lab = await startLab(scenario.id);
			t.after(async () => lab.close());
			const before = await readFile(lab.goenvFile);
			const broken = lab.servers[0]!.url;
			const {ui, exits} = await wizardOn(t, lab);

			const menu = await waitForFrame(ui, (frame) => frame.includes('What now?'), 15_000);
			const screen = ui.frames.join('\n');
			assert.match(screen, new RegExp(`✗ GOPROXY entry 1 · ${broken.replaceAll('.', String.raw`\.`)}`));
			// The table says what is wrong in words; the category id is for --json.
			assert.match(screen, new RegExp(`${broken.replaceAll('.', String.raw`\.`)} +GOPROXY +✗ ${scenario.symptom}`));
			assert.match(screen, /GOPROXY\s+(?:ht{2}p:\/{2}127(?:\.0){2}\.1:\d+,){2}direct\s+GOENV file/);
			assert.match(menu, /1\. Use http:\/\/127\.0\.0\.1:\d+ first/);

			await press(ui.stdin, '1');
			const confirm = await waitForFrame(ui, (frame) => frame.includes('[y/N]'));
			assert.match(confirm, /\$ go env -w GOPROXY=http:\/\/127\.0\.0\.1:\d+,direct/);
			assert.equal(await readFile(lab.goenvFile, 'utf8'), before.toString(), 'nothing is written before the user confirms');

			await press(ui.stdin, 'y');
			await waitForFrame(ui, (frame) => frame.includes('What next?'), 15_000);
			assert.match(ui.frames.join('\n'), /✓ Fixed/);
			assert.match(await readFile(lab.goenvFile, 'utf8'), new RegExp(`GOPROXY=${lab.candidates[0]!.replaceAll('.', String.raw`\.`)}`));

			const undo = /(\d)\. Undo this change/.exec(ui.lastFrame().slice(ui.lastFrame().lastIndexOf('What next?')));
			assert.ok(undo && undo[1] !== '1', `Undo is offered, never as the first row:\n${ui.lastFrame()}`);
			await press(ui.stdin, undo[1]!);
			await waitForFrame(ui, (frame) => frame.includes('Undo it? [y/N]'));
			await press(ui.stdin, 'y');
			await waitForFrame(ui, (frame) => frame.includes('Undone'), 15_000);
			assert.deepEqual(await readFile(lab.goenvFile), before, 'undo restores the GOENV file byte for byte');

			await press(ui.stdin, 'q');
			await waitFor(() => exits.length === 1, 'the wizard to exit');
			assert.ok(exits[0]?.state.transcript.some((entry) => entry.kind === 'verify' && entry.ok));
		});
	}

	test('a planted GOPROXY password appears in no frame and in neither exported file', async (t) => {
		const lab = await startLab('proxy-down');
		t.after(async () => lab.close());
		const secret = 'pl4nted-s3cret-value';
		const good = new URL(lab.candidates[0]!);
		// The same working server, reached with credentials in the URL; the OS environment wins over GOENV.
		const goproxy = `${lab.goproxy.split(',')[0]},http://user:${secret}@${good.host},direct`;
		const env = {...lab.env, GOPROXY: goproxy, GITHUB_TOKEN: 'ghp_abcdefghijklmnopqrstuvwxyz0123456789'};
		const {ui, exits} = await wizardOn(t, lab, env);

		await waitForFrame(ui, (frame) => frame.includes('What now?'), 15_000);
		await press(ui.stdin, 'e');
		await waitForFrame(ui, (frame) => frame.includes('JSON:'), 5000);
		await press(ui.stdin, 'q');
		await waitFor(() => exits.length === 1, 'the wizard to exit');

		for (const frame of ui.frames) {
			assert.doesNotMatch(frame, new RegExp(secret));
			assert.doesNotMatch(frame, /ghp_abcdefghijklmnopqrstuvwxyz/);
		}

		const exported = exits[0]?.exported;
		assert.ok(exported, 'the export is handed back');
		for (const file of [exported.markdownPath, exported.jsonPath]) {
			const text = await readFile(file, 'utf8');
			assert.doesNotMatch(text, new RegExp(secret), file);
			assert.match(text, /user:\*{3}@|\*{3}@/, `${file} shows where the secret was`);
		}

		const json = JSON.parse(await readFile(exported.jsonPath, 'utf8')) as {schemaVersion: number};
		assert.equal(json.schemaVersion, 1);
		const markdown = await readFile(exported.markdownPath, 'utf8');
		assert.match(markdown, /```mermaid\ngraph TD/);
	});
});
