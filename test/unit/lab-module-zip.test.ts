import assert from 'node:assert/strict';
import {test} from 'node:test';
import {strFromU8, unzipSync} from 'fflate';
import {hashGoMod, hashModuleZip} from '../../source/lab/dirhash.js';
import {alterModule, buildModuleArtifacts, labModuleTime, type LabModule} from '../../source/lab/module-zip.js';

const module: LabModule = {
	path: 'example.com/lab/Mixed',
	version: 'v2.3.4',
	files: {'mixed.go': 'package mixed\n', 'sub/inner.go': 'package sub\n'},
};

test('every zip entry sits under module@version/ and go.mod is included', () => {
	const artifacts = buildModuleArtifacts(module);
	const entries = unzipSync(artifacts.zip);
	assert.deepEqual(Object.keys(entries).toSorted(), [
		'example.com/lab/Mixed@v2.3.4/go.mod',
		'example.com/lab/Mixed@v2.3.4/mixed.go',
		'example.com/lab/Mixed@v2.3.4/sub/inner.go',
	]);
	assert.equal(strFromU8(entries['example.com/lab/Mixed@v2.3.4/go.mod']!), 'module example.com/lab/Mixed\n\ngo 1.22\n');
	assert.equal(artifacts.mod, 'module example.com/lab/Mixed\n\ngo 1.22\n');
});

test('a go.mod given in the files is kept as the .mod and in the zip', () => {
	const custom = {...module, files: {...module.files, 'go.mod': 'module example.com/lab/Mixed\n\ngo 1.21\n'}};
	const artifacts = buildModuleArtifacts(custom);
	assert.equal(artifacts.mod, 'module example.com/lab/Mixed\n\ngo 1.21\n');
	assert.equal(strFromU8(unzipSync(artifacts.zip)['example.com/lab/Mixed@v2.3.4/go.mod']!), artifacts.mod);
});

test('the .info file is the JSON go expects, with a fixed time', () => {
	const info = JSON.parse(buildModuleArtifacts(module).info) as unknown;
	assert.deepEqual(info, {Version: 'v2.3.4', Time: labModuleTime});
});

test('the zip bytes are the same on every build, in any time zone', (t) => {
	const savedZone = process.env['TZ'];
	t.after(() => {
		if (savedZone === undefined) {
			delete process.env['TZ'];
		} else {
			process.env['TZ'] = savedZone;
		}
	});
	process.env['TZ'] = 'UTC';
	const first = buildModuleArtifacts(module).zip;
	// Node applies a changed TZ to later Date operations.
	process.env['TZ'] = 'Pacific/Kiritimati';
	const second = buildModuleArtifacts({...module, files: {'sub/inner.go': 'package sub\n', 'mixed.go': 'package mixed\n'}}).zip;
	assert.deepEqual(Buffer.from(second), Buffer.from(first));
});

test('an altered module keeps its version and go.mod but hashes differently', () => {
	const original = buildModuleArtifacts(module);
	const altered = buildModuleArtifacts(alterModule(module));
	assert.equal(altered.version, original.version);
	assert.equal(altered.mod, original.mod);
	assert.equal(hashGoMod(altered.mod), hashGoMod(original.mod));
	assert.notEqual(hashModuleZip(altered.zip), hashModuleZip(original.zip));
	assert.deepEqual(Object.keys(unzipSync(altered.zip)).toSorted(), Object.keys(unzipSync(original.zip)).toSorted());
});
