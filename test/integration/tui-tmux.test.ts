/*
The built CLI in a real pseudo-terminal (tmux), as a person uses it: the lab's proxy-down scenario, keys
typed with send-keys, the screen read with capture-pane. It checks what the other tests cannot: the bundle
draws the interactive wizard, raw-mode keys reach it, and quitting leaves the transcript on disk.
*/
import assert from 'node:assert/strict';
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {test} from 'node:test';
import {launchInTmux} from '../helpers/tmux.js';

test('the wizard in a real terminal: diagnose the lab, apply the first fix, quit; the transcript is written', async (t) => {
	// The lab makes its own hermetic go environment; the CLI itself gets a minimal one.
	const pty = await launchInTmux(t, {
		name: 'gomod-doctor-tui',
		args: (directory) => ['lab', 'proxy-down', '--transcript-dir', path.join(directory, 'transcripts')],
		env: (directory) => ({PATH: process.env['PATH'] ?? '', HOME: directory, TERM: 'xterm-256color', CI: 'false'}),
		history: 200,
	});
	const transcripts = path.join(pty.directory, 'transcripts');

	let screen = await pty.screenWith(/What now\?/);
	assert.match(screen, /✗ GOPROXY entry 1 · http:\/\/127\.0\.0\.1:\d+/);
	assert.match(screen, /Conclusion\n {2}✗ GOPROXY entry 1 \(http:\/\/127\.0\.0\.1:\d+\) refuses connections; go stops there\./);
	assert.match(screen, /1\. Use http:\/\/127\.0\.0\.1:\d+ first/);

	await pty.keys('1');
	screen = await pty.screenWith(/\[y\/N]/);
	assert.match(screen, /\$ go env -w GOPROXY=http:\/\/127\.0\.0\.1:\d+,direct/);

	await pty.keys('y');
	screen = await pty.screenWith(/What next\?/);
	assert.match(screen, /✓ Fixed/);

	await pty.keys('q');
	screen = await pty.screenWith(/Transcript: /);
	const exitStatus = await pty.exitStatus();
	assert.equal(exitStatus, '0', 'the fix worked and was kept: nothing wrong is left');
	const files = await readdir(transcripts);
	assert.equal(files.filter((file) => file.endsWith('.md')).length, 1);
	assert.equal(files.filter((file) => file.endsWith('.json')).length, 1);
	const markdown = await readFile(
		path.join(
			transcripts,
			files.find((file) => file.endsWith('.md'))!,
		),
		'utf8',
	);
	assert.match(markdown, /go env -w GOPROXY=/);
	assert.match(markdown, /```mermaid/);
});
