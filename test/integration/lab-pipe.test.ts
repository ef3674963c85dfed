/*
`gomod-doctor lab SCENARIO | head`: the reader goes away after a few lines; the lab still removes its temporary
directory (the write error after the pipe closed used to kill the process first).
*/
import assert from 'node:assert/strict';
import {mkdtemp, readdir, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import {execa} from 'execa';
import {cliPath} from '../helpers/cli.js';

test('lab | head: the reader closes the pipe early, and no lab directory is left behind', async (t) => {
	const root = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-lab-pipe-'));
	t.after(async () => rm(root, {recursive: true, force: true}));
	const child = execa(process.execPath, [cliPath, 'lab', 'proxy-down'], {
		env: {PATH: process.env['PATH'] ?? '', HOME: root, TMPDIR: root, CI: 'true', LANG: 'C.UTF-8'},
		extendEnv: false,
		reject: false,
		timeout: 60_000,
		stdin: 'ignore',
		stderr: 'ignore',
		buffer: false,
	});
	// Like head -1: read the first chunk, then close the pipe.
	await new Promise<void>((resolve) => {
		child.stdout.once('data', () => {
			child.stdout.destroy();
			resolve();
		});
	});
	const result = await child;
	assert.equal(result.timedOut, false);
	assert.deepEqual(await readdir(root), [], 'the lab removed its temporary directory');
});
