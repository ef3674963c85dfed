/*
The wizard's `.netrc` flow end to end, key by key (ink-testing-library), with the real session actions and the real
go in the `private-401` lab: the conclusion offers the .netrc entry, the login is typed (shown) and the token typed
hidden, go runs again and downloads the private module, the file is written with mode 0600, the wizard's Undo
removes it, and the export is written. The token reaches no frame and neither transcript file.
*/
import assert from 'node:assert/strict';
import {readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {test} from 'node:test';
import {journalPath, readJournal} from '../../source/fixes/journal.js';
import {privateLogin, privateToken} from '../../source/lab/scenarios/private-vcs.js';
import {startLab} from '../../source/lab/start-lab.js';
import {keys, press, waitFor, waitForFrame} from '../helpers/ink.js';
import {renderLabWizard} from '../helpers/lab-wizard.js';
import {nodeFileSystem} from '../../source/system/file-system.js';

test('private-401 in the wizard: pick the .netrc entry, type the login and the hidden token, go downloads; the token is in no frame and no transcript, the file is 0600, Undo removes it', async (t) => {
	const lab = await startLab('private-401');
	t.after(async () => lab.close());
	const netrc = path.join(lab.root, 'home', '.netrc');
	const {ui, exits} = renderLabWizard(t, lab, {timeoutMs: 8000});

	const menu = await waitForFrame(ui, (frame) => frame.includes('What now?'), 30_000);
	assert.match(ui.frames.join('\n'), /Conclusion\n {2}✗ git\.corp\.example answers 401 Unauthorized: go has no credentials for it/);
	const item = /(\d)\. Add credentials for git\.corp\.example to \.netrc/.exec(menu);
	assert.ok(item, `the menu offers the .netrc entry:\n${menu}`);

	await press(ui.stdin, item[1]!);
	await waitForFrame(ui, (frame) => frame.includes('Credentials for git.corp.example') && frame.includes('Login (user name):'));
	await assert.rejects(stat(netrc), /ENOENT/, 'nothing is written before the token is typed');
	await press(ui.stdin, privateLogin);
	await waitForFrame(ui, (frame) => frame.includes(`Login (user name): ${privateLogin}`));
	await press(ui.stdin, keys.enter);
	await waitForFrame(ui, (frame) => frame.includes('Access token or password (hidden):'));
	// Typed as a person types it (a character at a time, for the first few), then the rest as a paste.
	for (const character of privateToken.slice(0, 4)) {
		await press(ui.stdin, character);
	}

	await press(ui.stdin, privateToken.slice(4));
	await waitForFrame(ui, (frame) => frame.includes(`${privateToken.length} characters typed`));
	await press(ui.stdin, keys.enter);

	await waitForFrame(ui, (frame) => frame.includes('What next?'), 30_000);
	const result = ui.frames.join('\n');
	assert.match(result, /✓ Fixed/);
	assert.match(result, /now succeeds with the new credentials\s+and an empty module cache/);
	assert.equal(await readFile(netrc, 'utf8'), `machine git.corp.example login ${privateLogin} password ${privateToken}\n`);
	assert.equal((await stat(netrc)).mode & 0o777, 0o600, 'the .netrc file is private');

	const undo = /(\d)\. Undo this change/.exec(ui.lastFrame());
	assert.ok(undo && undo[1] !== '1', `Undo is offered, never as the first row:\n${ui.lastFrame()}`);
	await press(ui.stdin, undo[1]!);
	await waitForFrame(ui, (frame) => frame.includes('Undo it? [y/N]'));
	await press(ui.stdin, 'y');
	await waitForFrame(ui, (frame) => frame.includes('Undone'), 15_000);
	await assert.rejects(stat(netrc), /ENOENT/, 'Undo removes the file it created');
	const journal = await readJournal(nodeFileSystem, journalPath(lab.env));
	assert.ok(journal.ok);
	assert.deepEqual(
		journal.journal.entries.map((entry) => [entry.changes[0]?.key, entry.status]),
		[['.netrc entry for git.corp.example', 'undone']],
		'the journal knows the wizard undid it (gomod-doctor undo will not restore it again)',
	);

	await press(ui.stdin, 'e');
	await waitForFrame(ui, (frame) => frame.includes('JSON:'), 10_000);
	await press(ui.stdin, 'q');
	await waitFor(() => exits.length === 1, 'the wizard to exit');

	// No frame holds the token, nor a piece of it long enough to matter.
	const piece = privateToken.slice(6, 18);
	for (const frame of ui.frames) {
		assert.ok(!frame.includes(privateToken) && !frame.includes(piece), `a frame shows the token:\n${frame}`);
	}

	const exported = exits[0]?.exported;
	assert.ok(exported, 'the export is handed back');
	for (const file of [exported.markdownPath, exported.jsonPath]) {
		const text = await readFile(file, 'utf8');
		assert.ok(!text.includes(privateToken) && !text.includes(piece), `${file} holds the token`);
		assert.match(text, /token \(hidden\)/, `${file} records that a token was typed, not what it was`);
		assert.match(text, /Add credentials for git\.corp\.example to \.netrc/);
	}

	assert.ok(!JSON.stringify(exits[0]!.state).includes(privateToken), 'the session state handed back does not hold the token');
});
