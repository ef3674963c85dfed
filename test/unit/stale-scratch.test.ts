/*
Issue 14, item 7: a gomod-doctor killed with SIGKILL leaves its scratch directories in the temporary directory.
The next run removes the ones older than any run can be, and keeps a fresh one (another run's).
*/
import assert from 'node:assert/strict';
import {access, mkdir, mkdtemp, rm, utimes, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import {removeStaleScratchDirs} from '../../source/go/scratch-cache.js';
import {nodeFileSystem} from '../../source/system/file-system.js';

test('stale gomod-doctor-minimal-*, -cache-* and -isolate-* directories are removed; fresh ones and others are kept', async (t) => {
	const root = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-stale-test-'));
	t.after(async () => rm(root, {recursive: true, force: true}));
	const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
	const names = {
		stale: ['gomod-doctor-minimal-abc', 'gomod-doctor-cache-def', 'gomod-doctor-isolate-ghi'],
		kept: ['gomod-doctor-minimal-fresh', 'other-old-dir'],
	};
	for (const name of [...names.stale, ...names.kept]) {
		await mkdir(path.join(root, name, 'deep'), {recursive: true});

		await writeFile(path.join(root, name, 'deep', 'go.mod'), 'module x\n');
		if (name !== 'gomod-doctor-minimal-fresh') {
			await utimes(path.join(root, name), old, old);
		}
	}

	await removeStaleScratchDirs(nodeFileSystem, root);
	for (const name of names.stale) {
		await assert.rejects(access(path.join(root, name)), name);
	}

	for (const name of names.kept) {
		await access(path.join(root, name));
	}
});
