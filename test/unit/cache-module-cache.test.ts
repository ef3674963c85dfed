import assert from 'node:assert/strict';
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import {classifyGoOutput} from '../../source/classify/classify-go-error.js';
import {formatBytes, mentionsCache, testCacheWritable} from '../../source/go/module-cache.js';
import {nodeFileSystem} from '../../source/system/file-system.js';
import {english} from '../helpers/text.js';

test('the cache is tested by writing: a missing cache under a writable directory is fine; under a regular file it is not', async (t) => {
	const root = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-cache-test-'));
	t.after(async () => rm(root, {recursive: true, force: true}));
	const fine = await testCacheWritable(nodeFileSystem, path.join(root, 'gopath', 'pkg', 'mod'));
	assert.equal(fine.outcome, 'writable', english(fine.message));
	assert.equal(fine.existing, root);
	await writeFile(path.join(root, 'file'), 'x');
	const blocked = await testCacheWritable(nodeFileSystem, path.join(root, 'file', 'mod'));
	assert.equal(blocked.outcome, 'not-writable');
	assert.equal(blocked.code, 'ENOTDIR');
	assert.match(english(blocked.message), /is a file, not a directory/);
	await mkdir(path.join(root, 'cache'));
	assert.equal((await testCacheWritable(nodeFileSystem, path.join(root, 'cache'))).outcome, 'writable');
});

test('sizes read as people read them', () => {
	assert.equal(formatBytes(512), '512 bytes');
	assert.equal(formatBytes(1536), '1.5 KB');
	assert.equal(formatBytes(3 * 1024 * 1024 * 1024), '3.0 GB');
	assert.equal(formatBytes(200 * 1024 * 1024), '200 MB');
});

test('classify: module cache failures as go and CI logs word them', () => {
	const shapes = [
		'go: writing go.mod cache: mkdir /home/gopath/pkg/mod: permission denied\n',
		'go: could not create module cache: mkdir /root/go/pkg/mod/cache: permission denied\n',
		'go: example.com/a@v1.0.0: open /home/u/go/pkg/mod/cache/download/example.com/a/@v/v1.0.0.lock: permission denied\n',
		'go: example.com/a@v1.0.0: write /home/u/go/pkg/mod/cache/download/example.com/a/@v/v1.0.0.zip: no space left on device\n',
		'go: could not create module cache: stat /tmp/play/afile/mod: not a directory\n',
		'go: example.com/a@v1.0.0: mkdir /nix/store/go/pkg/mod/cache: read-only file system\n',
	];
	for (const shape of shapes) {
		assert.equal(classifyGoOutput(shape).primary?.category, 'cache', shape);
	}

	// A zip that will not open: most likely the mirror served it broken; the cache is the alternative a clean
	// download into an empty GOMODCACHE decides.
	const zip = classifyGoOutput(
		'go: unzip /home/u/go/pkg/mod/cache/download/example.com/lab/greet/@v/v1.2.0.zip: zip: not a valid zip file\n',
	).primary;
	assert.equal(zip?.category, 'proxy-bad-response');
	assert.deepEqual(
		zip?.alternatives.map((alternative) => alternative.category),
		['cache'],
	);
	assert.match(zip?.alternatives[0]?.command ?? '', /GOMODCACHE="\$\(mktemp -d\)" go mod download/);

	assert.equal(mentionsCache('go: unzip /x/pkg/mod/cache/download/a/@v/v1.zip: zip: not a valid zip file', '/x/pkg/mod'), true);
	assert.equal(mentionsCache('connect: connection refused', '/x/pkg/mod'), false);
});
