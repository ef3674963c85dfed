/*
The checksum flowchart's module-cache check against a real module cache on disk, read through System.fs: a cache
whose .ziphash, .zip and extracted files agree is consistent; an extracted file changed after extraction, or a
.ziphash that does not match the .zip, is corruption; nothing cached is absent.
*/
import assert from 'node:assert/strict';
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import {moduleCacheProbe} from '../../source/flowcharts/checksum/probe-module-hash.js';
import {en} from '../../source/flowcharts/checksum/text.en.js';
import {hashModuleZip} from '../../source/go/h1-hash.js';
import {buildModuleArtifacts} from '../../source/lab/module-zip.js';
import {createSystem} from '../../source/system/create-system.js';
import {messagesOf} from '../../source/i18n/message.js';
import {english} from '../helpers/text.js';

const module = {path: 'example.com/lab/greet', version: 'v1.2.0', files: {'greet.go': 'package greet\n'}};

async function cacheWith(
	gomodcache: string,
	options: {readonly ziphash?: string; readonly extracted?: Readonly<Record<string, string>>},
): Promise<void> {
	const artifacts = buildModuleArtifacts(module);
	const download = path.join(gomodcache, 'cache', 'download', 'example.com', 'lab', 'greet', '@v');
	await mkdir(download, {recursive: true});
	await writeFile(path.join(download, 'v1.2.0.zip'), artifacts.zip);
	await writeFile(path.join(download, 'v1.2.0.mod'), artifacts.mod);
	await writeFile(path.join(download, 'v1.2.0.ziphash'), `${options.ziphash ?? hashModuleZip(artifacts.zip)}\n`);
	const extracted = path.join(gomodcache, 'example.com', 'lab', 'greet@v1.2.0');
	await mkdir(extracted, {recursive: true});
	for (const [name, content] of Object.entries(options.extracted ?? {...module.files, 'go.mod': artifacts.mod})) {
		await writeFile(path.join(extracted, name), content);
	}
}

test('the module-cache check reads the cache through System.fs: consistent, corrupt, absent', async (t) => {
	const root = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-cache-'));
	t.after(async () => rm(root, {recursive: true, force: true}));
	const system = createSystem();
	const check = async (gomodcache: string) =>
		moduleCacheProbe.run({
			system,
			gomodcache,
			module: module.path,
			version: module.version,
			text: messagesOf(en.messages, ['flowcharts', 'checksum', 'messages']).moduleHash,
		});
	const zipHash = hashModuleZip(buildModuleArtifacts(module).zip);

	const good = path.join(root, 'good');
	await cacheWith(good, {});
	const consistent = await check(good);
	assert.equal(consistent.evidence.outcome, 'consistent', english(consistent.evidence.summary));
	assert.equal(consistent.data?.ziphash, zipHash);
	assert.equal(consistent.data?.dir, zipHash, 'the extracted files hash as the zip does');

	const edited = path.join(root, 'edited');
	await cacheWith(edited, {
		extracted: {...module.files, 'greet.go': 'package greet\n\nvar changed = 1\n', 'go.mod': buildModuleArtifacts(module).mod},
	});
	const changed = await check(edited);
	assert.equal(changed.evidence.outcome, 'corrupt');
	assert.match(english(changed.evidence.summary), /changed after extraction/);

	const wrong = path.join(root, 'wrong');
	await cacheWith(wrong, {ziphash: 'h1:AMnecM1pu7JrjSqREy4XZWbdhIqfTssANqW/4LhpfMI='});
	assert.equal((await check(wrong)).evidence.outcome, 'corrupt');

	const empty = path.join(root, 'empty');
	await mkdir(empty);
	assert.equal((await check(empty)).evidence.outcome, 'absent');
});
