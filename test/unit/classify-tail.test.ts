/*
Issue 14, item 6: `classify` on a 33 MB CI log whose last line is a 502 said "No go error found" with exit 0: it
read the first 32 MB, while the README promises the last 8 M characters. A CI gate would pass a failing build.
*/
import assert from 'node:assert/strict';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Readable} from 'node:stream';
import {test} from 'node:test';
import {TailBuffer} from '../../source/classify/read-go-output.js';
import {maxClassifyBytes, runClassify} from '../../source/commands/run-classify.js';

const filler = 'go: downloading example.com/m v1.0.0\n';
const last = 'go: example.com/lab/greet@v1.2.0: reading https://proxy.example/example.com/lab/greet/@v/v1.2.0.info: 502 Bad Gateway\n';

function bigLog(): Buffer {
	return Buffer.from(filler.repeat(Math.ceil((maxClassifyBytes + 1024 * 1024) / filler.length)) + last);
}

test('a log longer than the read limit, from a file and from stdin: its last line is classified, and the head is said to be skipped', async (t) => {
	const dir = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-classify-tail-'));
	t.after(async () => rm(dir, {recursive: true, force: true}));
	const file = path.join(dir, 'ci.log');
	const log = bigLog();
	await writeFile(file, log);
	for (const source of [
		{file, stdin: process.stdin},
		{stdin: Readable.from([log.subarray(0, 1_000_000), log.subarray(1_000_000)]) as NodeJS.ReadableStream & {isTTY?: boolean}},
	]) {
		let out = '';

		const exit = await runClassify(source, {json: true, language: 'en'}, {}, (text) => {
			out += text;
		});
		const result = JSON.parse(out) as {kind: string; truncated: boolean; inputBytes: number; items: Array<{category: string}>};
		assert.equal(exit, 1, 'a failure was classified: a CI gate fails');
		assert.equal(result.kind, 'classified');
		assert.equal(result.items[0]?.category, 'proxy-bad-response');
		assert.equal(result.truncated, true, 'the head was skipped, and the result says so');
		assert.equal(result.inputBytes, log.length, 'the whole input is counted');
	}
});

test('TailBuffer keeps the last bytes of a stream and counts the rest', () => {
	const tail = new TailBuffer(10);
	for (const piece of ['0123', '4567', '89ab', 'cdef']) {
		tail.push(Buffer.from(piece));
	}

	const {tail: kept, skippedBytes} = tail.result();
	assert.equal(Buffer.from(kept).toString(), '6789abcdef');
	assert.equal(skippedBytes, 6);
});
