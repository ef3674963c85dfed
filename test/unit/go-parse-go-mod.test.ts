import assert from 'node:assert/strict';
import {test} from 'node:test';
import {parseGoMod} from '../../source/go/parse-go-mod.js';

const wellFormed = `// A comment before everything.
module example.com/app // trailing comment

go 1.22.3

toolchain go1.23.1

require example.com/single v1.0.0

require (
	example.com/direct v1.2.3
	example.com/indirect v0.4.0 // indirect
	"example.com/quoted" v2.0.0+incompatible
	example.com/pseudo v0.0.0-20230102030405-abcdefabcdef // indirect; used by tests
	// a comment line inside the block
	example.com/not-indirect v1.0.0 // indirectly useful
)

replace example.com/direct => ../direct

replace (
	example.com/indirect v0.4.0 => example.com/fork v0.4.1
	example.com/single => /abs/single
)

exclude example.com/direct v1.2.2

exclude (
	example.com/indirect v0.3.0
)

retract v1.0.1
godebug default=go1.21
`;

test('reads module, go, toolchain, require (single and block, // indirect), replace and exclude', () => {
	const parsed = parseGoMod(wellFormed);
	assert.deepEqual(parsed.errors, []);
	assert.equal(parsed.module, 'example.com/app');
	assert.equal(parsed.moduleLine, 2);
	assert.equal(parsed.go, '1.22.3');
	assert.equal(parsed.toolchain, 'go1.23.1');
	assert.deepEqual(
		parsed.requires.map(({path, version, indirect}) => [path, version, indirect]),
		[
			['example.com/single', 'v1.0.0', false],
			['example.com/direct', 'v1.2.3', false],
			['example.com/indirect', 'v0.4.0', true],
			['example.com/quoted', 'v2.0.0+incompatible', false],
			['example.com/pseudo', 'v0.0.0-20230102030405-abcdefabcdef', true],
			['example.com/not-indirect', 'v1.0.0', false],
		],
	);
	assert.equal(parsed.requires[2]?.line, 12);
	assert.deepEqual(parsed.replaces, [
		{oldPath: 'example.com/direct', newPath: '../direct', line: 19},
		{oldPath: 'example.com/indirect', oldVersion: 'v0.4.0', newPath: 'example.com/fork', newVersion: 'v0.4.1', line: 22},
		{oldPath: 'example.com/single', newPath: '/abs/single', line: 23},
	]);
	assert.deepEqual(
		parsed.excludes.map(({path, version}) => `${path}@${version}`),
		['example.com/direct@v1.2.2', 'example.com/indirect@v0.3.0'],
	);
});

test('a minimal go.mod with CRLF line endings', () => {
	const parsed = parseGoMod('module example.com/m\r\n\r\ngo 1.21\r\n');
	assert.deepEqual(parsed, {module: 'example.com/m', moduleLine: 1, go: '1.21', requires: [], replaces: [], excludes: [], errors: []});
});

test("malformed lines become errors with go's wording, and the rest is still read", () => {
	const parsed = parseGoMod(
		[
			'module example.com/bad',
			'',
			'require example.com/x',
			'foo bar',
			'go 1.x',
			'require example.com/y v1.0.0',
			'replace example.com/z => example.com/w',
			'toolchain 1.22',
			'require example.com/v notaversion',
		].join('\n'),
	);
	assert.deepEqual(parsed.errors, [
		{line: 3, message: 'usage: require module/path v1.2.3'},
		{line: 4, message: 'unknown directive: foo'},
		{line: 5, message: "invalid go version '1.x': must match format 1.23.0"},
		{line: 7, message: 'replacement module without version must be directory path (rooted or starting with . or ..)'},
		{line: 8, message: "invalid toolchain version '1.22': must match format go1.23.0 or default"},
		{line: 9, message: 'example.com/v@notaversion: invalid version: must be of the form v1.2.3'},
	]);
	assert.equal(parsed.module, 'example.com/bad');
	assert.deepEqual(
		parsed.requires.map((require) => require.path),
		['example.com/y'],
	);
});

test('an unterminated block and an unterminated string are reported, not thrown', () => {
	const parsed = parseGoMod('module "example.com/m\nrequire (\n\texample.com/a v1.0.0\n');
	assert.deepEqual(parsed.errors, [
		{line: 1, message: 'syntax error: unterminated quoted string'},
		{line: 2, message: 'syntax error: unterminated require block'},
	]);
	assert.equal(parsed.module, undefined);
	assert.deepEqual(
		parsed.requires.map((require) => require.path),
		['example.com/a'],
	);
});

test('repeated module and go lines are errors; the first one is kept', () => {
	const parsed = parseGoMod('module a.com/one\nmodule a.com/two\ngo 1.20\ngo 1.21\n');
	assert.equal(parsed.module, 'a.com/one');
	assert.equal(parsed.go, '1.20');
	assert.deepEqual(
		parsed.errors.map((error) => error.message),
		['repeated module statement', 'repeated go statement'],
	);
});

test('replace with a version on a directory path, or path@version, is rejected', () => {
	const parsed = parseGoMod('replace a.com/x => ./x v1.0.0\nreplace a.com/y => b.com/y@v1.0.0\n');
	assert.deepEqual(
		parsed.errors.map((error) => error.message),
		[
			'replacement module directory path "./x" cannot have version',
			"replacement module must match format 'path version', not 'path@version'",
		],
	);
});

test('binary garbage does not throw', () => {
	const parsed = parseGoMod('\u0000\u0001module\u00FF (((\n)))\n"');
	assert.ok(parsed.errors.length > 0);
});
