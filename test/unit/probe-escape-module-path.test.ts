import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {checkModulePath, escapeModulePath, escapeVersion, isValidModulePath} from '../../source/go/escape-module-path.js';

describe('escapeModulePath and escapeVersion', () => {
	test('each upper-case letter becomes ! and its lower-case form', () => {
		assert.equal(escapeModulePath('github.com/BurntSushi/toml'), 'github.com/!burnt!sushi/toml');
		assert.equal(escapeModulePath('github.com/Azure/azure-sdk-for-go'), 'github.com/!azure/azure-sdk-for-go');
		assert.equal(escapeModulePath('golang.org/x/text'), 'golang.org/x/text');
		assert.equal(escapeModulePath('example.com/ABC'), 'example.com/!a!b!c');
		assert.equal(escapeVersion('v1.0.0-RC1'), 'v1.0.0-!r!c1');
		assert.equal(escapeVersion('v1.2.3'), 'v1.2.3');
	});
});

describe('isValidModulePath', () => {
	test('accepts ordinary module paths', () => {
		for (const path of [
			'golang.org/x/text',
			'github.com/BurntSushi/toml',
			'example.com/m/v2',
			'example.com/m/v10',
			'gopkg.in/yaml.v3',
			'gopkg.in/check.v1',
			'my.corp/team_x/repo~name',
			'example.com',
		]) {
			assert.equal(checkModulePath(path), undefined, path);
		}
	});

	test('rejects what go rejects, saying why', () => {
		const cases: Array<[string, RegExp]> = [
			['', /empty string/],
			['-oops.com/x', /leading dash/],
			['example.com//x', /double slash/],
			['example.com/x/', /trailing slash/],
			['example.com/../x', /invalid path element "\.\."/],
			['example.com/./x', /invalid path element "\."/],
			['example.com/.hidden', /leading dot in path element/],
			['example.com/x.', /trailing dot in path element/],
			['example.com/a b', /invalid char/],
			['example.com/a\u0000b', /invalid char/],
			['example.com/a\nb', /invalid char/],
			['example.com/a!b', /invalid char/],
			['example.com/ünï', /invalid char/],
			['example.com/a;rm', /invalid char/],
			['localhost/x', /missing dot in first path element/],
			['Example.com/x', /invalid char 'E' in first path element/],
			['example_x.com/x', /invalid char '_' in first path element/],
			['example.com/m/v1', /invalid version/],
			['example.com/m/v0', /invalid version/],
			['example.com/m/v02', /invalid version/],
			['example.com/aux', /disallowed as path element component on Windows/],
			['example.com/COM1.txt', /disallowed as path element component on Windows/],
			['example.com/GIT~1', /trailing tilde and digits/],
			['gopkg.in/yaml', /invalid version/],
		];
		for (const [path, reason] of cases) {
			assert.match(checkModulePath(path) ?? 'accepted', reason, JSON.stringify(path));
			assert.equal(isValidModulePath(path), false, JSON.stringify(path));
		}
	});
});
