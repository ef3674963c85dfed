/*
The built CLI in a real pseudo-terminal (tmux), as a person uses it: the lab's proxy-down scenario, keys
typed with send-keys, the screen read with capture-pane. It checks what the other tests cannot: the bundle
draws the interactive wizard, raw-mode keys reach it, and quitting leaves the transcript on disk.
*/
import assert from 'node:assert/strict';
import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import {setTimeout as sleep} from 'node:timers/promises';
import {execa} from 'execa';
import {cliPath} from '../helpers/cli.js';

const session = `gomod-doctor-test-${process.pid}`;

async function tmux(...args: string[]): Promise<string> {
	const result = await execa('tmux', ['-L', session, ...args], {reject: false, timeout: 10_000});
	return result.stdout;
}

async function screenWith(pattern: RegExp, timeoutMs = 30_000): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	let screen = '';
	while (Date.now() < deadline) {
		// eslint-disable-next-line no-await-in-loop -- polling the terminal
		screen = await tmux('capture-pane', '-p', '-J', '-S', '-200', '-t', session);
		if (pattern.test(screen)) {
			return screen;
		}

		// eslint-disable-next-line no-await-in-loop -- polling the terminal
		await sleep(100);
	}

	throw new Error(`the screen never showed ${pattern}; it showed:\n${screen}`);
}

test('the wizard in a real terminal: diagnose the lab, apply the first fix, quit; the transcript is written', async (t) => {
	const directory = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-tui-'));
	const transcripts = path.join(directory, 'transcripts');
	const status = path.join(directory, 'status');
	t.after(async () => {
		await tmux('kill-server');
		await rm(directory, {recursive: true, force: true});
	});

	// The lab makes its own hermetic go environment; the CLI itself gets a minimal one.
	const command = [
		'env',
		'-i',
		`PATH=${process.env['PATH'] ?? ''}`,
		`HOME=${directory}`,
		'TERM=xterm-256color',
		'CI=false',
		process.execPath,
		cliPath,
		'lab',
		'proxy-down',
		'--transcript-dir',
		transcripts,
	]
		.map((part) => `'${part.replaceAll("'", String.raw`'\''`)}'`)
		.join(' ');
	await execa('tmux', ['-L', session, 'new-session', '-d', '-s', session, '-x', '110', '-y', '50', `${command}; echo $? > '${status}'; sleep 30`], {timeout: 10_000});

	let screen = await screenWith(/What now\?/);
	assert.match(screen, /✗ refused · http:\/\/127\.0\.0\.1:\d+/);
	assert.match(screen, /1\. Use http:\/\/127\.0\.0\.1:\d+ first/);

	await tmux('send-keys', '-t', session, '1');
	screen = await screenWith(/\[y\/N\]/);
	assert.match(screen, /\$ go env -w GOPROXY=http:\/\/127\.0\.0\.1:\d+,direct/);

	await tmux('send-keys', '-t', session, 'y');
	screen = await screenWith(/What next\?/);
	assert.match(screen, /✓ Fixed/);

	await tmux('send-keys', '-t', session, 'q');
	screen = await screenWith(/Transcript: /);
	const deadline = Date.now() + 10_000;
	let exitStatus = '';
	while (exitStatus === '' && Date.now() < deadline) {
		// eslint-disable-next-line no-await-in-loop -- waiting for the shell to write the status
		exitStatus = (await readFile(status, 'utf8').catch(() => '')).trim();
		// eslint-disable-next-line no-await-in-loop
		await sleep(100);
	}

	assert.equal(exitStatus, '0', 'the fix worked and was kept: nothing wrong is left');
	const files = await readdir(transcripts);
	assert.equal(files.filter((file) => file.endsWith('.md')).length, 1);
	assert.equal(files.filter((file) => file.endsWith('.json')).length, 1);
	const markdown = await readFile(path.join(transcripts, files.find((file) => file.endsWith('.md'))!), 'utf8');
	assert.match(markdown, /go env -w GOPROXY=/);
	assert.match(markdown, /```mermaid/);
});
