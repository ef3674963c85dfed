import assert from 'node:assert/strict';
import {test} from 'node:test';
import {parseDownloadJson} from '../../source/go/parse-download-json.js';

// Shapes as go 1.26 prints them: pretty-printed with tabs, one object after another, no separator.
const success = `{
	"Path": "example.com/ok",
	"Version": "v1.0.0",
	"Info": "/cache/example.com/ok/@v/v1.0.0.info",
	"GoMod": "/cache/example.com/ok/@v/v1.0.0.mod",
	"Zip": "/cache/example.com/ok/@v/v1.0.0.zip",
	"Dir": "/mod/example.com/ok@v1.0.0",
	"Sum": "h1:abc=",
	"GoModSum": "h1:def="
}
`;
const refused = String.raw`{
	"Path": "example.com/z",
	"Version": "v1.0.0",
	"Error": "example.com/z@v1.0.0: Get \"http://127.0.0.1:4312/example.com/z/@v/v1.0.0.info\": dial tcp 127.0.0.1:4312: connect: connection refused"
}
`;

test('reads objects printed back to back, and lists the failures', () => {
	const parsed = parseDownloadJson(success + refused);
	assert.equal(parsed.records.length, 2);
	assert.deepEqual(parsed.records[0], {
		path: 'example.com/ok',
		version: 'v1.0.0',
		info: '/cache/example.com/ok/@v/v1.0.0.info',
		goMod: '/cache/example.com/ok/@v/v1.0.0.mod',
		zip: '/cache/example.com/ok/@v/v1.0.0.zip',
		dir: '/mod/example.com/ok@v1.0.0',
		sum: 'h1:abc=',
		goModSum: 'h1:def=',
	});
	assert.deepEqual(parsed.failures, [
		{
			module: 'example.com/z',
			version: 'v1.0.0',
			error:
				'example.com/z@v1.0.0: Get "http://127.0.0.1:4312/example.com/z/@v/v1.0.0.info": dial tcp 127.0.0.1:4312: connect: connection refused',
		},
	]);
	assert.equal(parsed.truncated, undefined);
	assert.deepEqual(parsed.garbage, []);
});

test('reads compact objects with no newline between them, and braces inside strings', () => {
	const text = '{"Path":"a.com/x","Version":"v1.0.0","Error":"odd } text { here"}{"Path":"a.com/y","Version":"v2.0.0"}';
	const parsed = parseDownloadJson(text);
	assert.deepEqual(
		parsed.records.map((record) => `${record.path}@${record.version}`),
		['a.com/x@v1.0.0', 'a.com/y@v2.0.0'],
	);
	assert.equal(parsed.failures[0]?.error, 'odd } text { here');
});

test('a last object cut off when go was killed is reported as truncated, the complete ones kept', () => {
	const cut = refused.slice(0, 60);
	const parsed = parseDownloadJson(success + cut);
	assert.equal(parsed.records.length, 1);
	assert.equal(parsed.records[0]?.path, 'example.com/ok');
	assert.equal(parsed.truncated, cut.trim());
	assert.deepEqual(parsed.failures, []);
});

test('a cut inside a string with an escaped quote is still truncated, not misread', () => {
	const parsed = parseDownloadJson(String.raw`{"Path":"a.com/x","Error":"Get \"http://h/`);
	assert.deepEqual(parsed.records, []);
	assert.ok(parsed.truncated?.startsWith('{"Path"'));
});

test("garbage lines between objects, and objects that are not go's, are set aside", () => {
	const text = `go: downloading example.com/ok v1.0.0\n${success}warning: something { odd\n{"NotAModule": true}\n${refused}trailing junk`;
	const parsed = parseDownloadJson(text);
	assert.deepEqual(
		parsed.records.map((record) => record.path),
		['example.com/ok', 'example.com/z'],
	);
	assert.deepEqual(parsed.garbage, [
		'go: downloading example.com/ok v1.0.0',
		'warning: something { odd',
		'{"NotAModule": true}',
		'trailing junk',
	]);
	assert.equal(parsed.truncated, undefined);
});

test('empty output has nothing in it', () => {
	assert.deepEqual(parseDownloadJson(''), {records: [], failures: [], garbage: []});
});

test('a record without a version (a query that failed early) keeps an empty version', () => {
	const parsed = parseDownloadJson(String.raw`{"Path":"a.com/x","Error":"a.com/x: no matching versions for query \"latest\""}`);
	assert.deepEqual(parsed.failures, [{module: 'a.com/x', version: '', error: 'a.com/x: no matching versions for query "latest"'}]);
});
