import assert from 'node:assert/strict';
import {test} from 'node:test';
import {fileDiff, formatDiff, lineDiff} from '../../source/model/line-diff.js';

test('a require line changed and a go.sum line added: only those lines are marked', () => {
	const before = 'module m\n\ngo 1.22\n\nrequire (\n\tex.com/a v1.3.0\n\tex.com/b v1.0.0\n)\n';
	const after = 'module m\n\ngo 1.22\n\nrequire (\n\tex.com/a v1.2.0\n\tex.com/b v1.0.0\n)\n';
	const diff = fileDiff('go.mod', before, after);
	assert.equal(diff.added, 1);
	assert.equal(diff.removed, 1);
	assert.deepEqual(formatDiff(diff.lines), ['  require (', '- \tex.com/a v1.3.0', '+ \tex.com/a v1.2.0', '  \tex.com/b v1.0.0']);
});

test('unchanged files diff to nothing; a new file is all added; a removed one all removed', () => {
	assert.deepEqual(formatDiff(lineDiff('a\nb\n', 'a\nb\n')), []);
	assert.deepEqual(lineDiff('', 'x h1:1\ny h1:2\n'), [
		{kind: 'added', text: 'x h1:1'},
		{kind: 'added', text: 'y h1:2'},
	]);
	assert.deepEqual(lineDiff('x\n', ''), [{kind: 'removed', text: 'x'}]);
	assert.deepEqual(
		lineDiff('a\r\nb\r\n', 'a\nb\n'),
		[
			{kind: 'same', text: 'a'},
			{kind: 'same', text: 'b'},
		],
		'CRLF and LF are the same lines',
	);
});

test('far-apart changes are shown with an ellipsis between them', () => {
	const before = Array.from({length: 20}, (_, index) => `line ${index}`).join('\n');
	const after = before.replace('line 2', 'line two').replace('line 17', 'line seventeen');
	assert.deepEqual(formatDiff(lineDiff(before, after)), [
		'  line 1',
		'- line 2',
		'+ line two',
		'  line 3',
		'…',
		'  line 16',
		'- line 17',
		'+ line seventeen',
		'  line 18',
	]);
});

test('a large go.sum with many changes stays exact and fast (multiset comparison of the middle)', () => {
	const lines = Array.from({length: 3000}, (_, index) => `example.com/m${String(index).padStart(4, '0')} v1.0.0 h1:${index}=`);
	const before = lines.join('\n');
	const after = lines.map((line, index) => (index % 2 === 0 ? line : line.replace('h1:', 'h1:x'))).join('\n');
	const started = Date.now();
	const diff = fileDiff('go.sum', before, after);
	assert.ok(Date.now() - started < 2000);
	assert.equal(diff.added, 1500, 'every odd line changed');
	assert.equal(diff.removed, 1500);
	assert.equal(diff.lines.filter((line) => line.kind === 'same').length, 1500);
});
