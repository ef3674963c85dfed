/*
The built CLI in tmux at 80×24, as a user sees it, over every lab scenario: what was on the screen before the
wizard started is still in the terminal's history when it ends (Ink never cleared the terminal: its live area
stayed shorter than the window), and the verdict, its finding and the first fix are on the last screen
together. Then the keys typed the way people type them: y and Enter at any gap never undo the fix, a pasted
login with its Enter fills the login field, and Esc in a text field goes back one level.
*/
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, test, type TestContext} from 'node:test';
import {setTimeout as sleep} from 'node:timers/promises';
import {scenarios} from '../../source/lab/scenarios.js';
import {downloadCategories} from '../../source/model/taxonomy.js';
import {launchInTmux, type Pty} from '../helpers/tmux.js';

const markers = Array.from({length: 30}, (_, index) => `before-gomod-doctor-${index + 1}`);

async function launch(t: TestContext, name: string, args: readonly string[]): Promise<Pty> {
	return launchInTmux(t, {
		name,
		args: (directory) => [...args, '--transcript-dir', path.join(directory, 'transcripts')],
		env: (directory) => ({PATH: process.env['PATH'] ?? '', HOME: directory, TERM: 'xterm-256color', CI: 'false', LANG: 'C.UTF-8'}),
		columns: 80,
		rows: 24,
		history: 3000,
		before: markers,
	});
}

/** A taxonomy id at the start of the verdict (`proxy-bad-response: …`): ids belong in --json. */
const taxonomyId = new RegExp(String.raw`^ {2}[✓✗!] (?:${downloadCategories.join('|')})\b`);

/** The menu's question, once the wizard waits for a choice. */
const menu = /What now\?|What next\?/;

describe('every lab scenario at 80×24', {concurrency: 3}, () => {
	for (const {id} of scenarios) {
		test(`${id}: the scrollback survives; the verdict, its finding and the first fix share the last screen`, async (t) => {
			const pty = await launch(t, `gomod-doctor-screen-${id}`, ['lab', id]);
			await pty.screenWith(menu, 90_000);
			// The frame settles (the footer is the live area's last line).
			await sleep(300);
			const screen = await pty.visible();
			const lines = screen.split('\n');
			const conclusion = lines.indexOf('Conclusion');
			const first = lines.findIndex((line) => line.startsWith('❯ 1. '));
			assert.ok(conclusion !== -1, `the conclusion's title is on the last screen:\n${screen}`);
			assert.match(lines[conclusion + 1] ?? '', /^ {2}[✓✗!] \S/, `the first finding follows it:\n${screen}`);
			assert.doesNotMatch(lines[conclusion + 1] ?? '', taxonomyId, `the verdict is in words, not led by a category id:\n${screen}`);
			assert.ok(first > conclusion, `the first fix is on the same screen, below the verdict:\n${screen}`);
			assert.doesNotMatch(screen, / → [a-z][A-Za-z]+\b/, 'no flowchart node ids');
			const history = await pty.screenWith(/./);
			for (const marker of [markers[0]!, markers.at(-1)!]) {
				assert.ok(history.includes(marker), `"${marker}", printed before the start, is still in the terminal's history`);
			}

			await pty.keys('q');
			await pty.exitStatus();
		});
	}
});

/** The GOENV file the lab's header names. */
function goenvFileOf(screen: string): string {
	const file = /GOENV file: (\/\S+\/goenv\/env)/.exec(screen)?.[1];
	assert.ok(file, screen);
	return file;
}

describe('keys typed as people type them', {concurrency: 4}, () => {
	for (const gapMs of [0, 60, 250, 1000]) {
		test(`y and Enter ${gapMs} ms apart apply the fix and never undo it`, async (t) => {
			const pty = await launch(t, `gomod-doctor-yenter-${gapMs}`, ['lab', 'proxy-down']);
			const screen = await pty.screenWith(/What now\?/, 60_000);
			const goenvFile = goenvFileOf(screen);
			await pty.keys('1');
			await pty.screenWith(/Run it\? \[y\/N]/);
			if (gapMs === 0) {
				// One send-keys: the two keys reach the CLI in one read.
				await pty.keys('y', 'Enter');
			} else {
				await pty.keys('y');
				await sleep(gapMs);
				await pty.keys('Enter');
			}

			await pty.screenWith(/What next\?/, 30_000);
			await sleep(500);
			const after = await pty.screenWith(/What next\?/);
			assert.match(after, /✓ Fixed/);
			assert.doesNotMatch(after, /Undone|Undo it\?/, 'nothing was undone, nothing asks to undo');
			assert.match(await readFile(goenvFile, 'utf8'), /^GOPROXY=http:\/\/127\.0\.0\.1:\d+,direct$/m, 'the fix stays in the GOENV file');
			await pty.keys('q');
			assert.equal(await pty.exitStatus(), '0');
		});
	}

	test('a pasted login with its Enter fills the login field; Esc in the token field goes back to the login, Esc there to the menu', async (t) => {
		const pty = await launch(t, 'gomod-doctor-paste', ['lab', 'private-401']);
		const screen = await pty.screenWith(/What now\?/, 60_000);
		const row = /(\d)\. Add credentials for \S+ to/.exec(screen)?.[1] ?? /(\d)\. [^\n]*\.netrc/.exec(screen)?.[1];
		assert.ok(row, `a .netrc fix is offered:\n${screen}`);
		await pty.keys(row);
		await pty.screenWith(/Login \(user name\):/);
		// A paste: the text and its line break arrive together.
		await pty.keys('-l', 'gopher\r');
		await pty.screenWith(/Access token or password \(hidden\):/);
		await pty.keys('-l', 'q?e');
		// The screen is read once the keys have been drawn (a loaded machine draws later); it times out if they never are.
		let now = await pty.screenWith(/\(3 characters typed\)/);
		assert.match(now, /Login \(user name\): gopher$/m);
		assert.match(now, /\(3 characters typed\)/, 'q, ? and e are typed into the field');
		await pty.keys('Escape');
		now = await pty.screenWith(/Enter to continue, Esc to go back to the menu/);
		await pty.keys('Escape');
		now = await pty.screenWith(/Not applied: /);
		assert.match(now.slice(now.lastIndexOf('Not applied')), /What now\?/, 'back at the menu, the wizard still runs');
		await pty.keys('q');
		assert.equal(await pty.exitStatus(), '1');
	});
});
