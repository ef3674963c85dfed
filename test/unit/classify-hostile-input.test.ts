import assert from 'node:assert/strict';
import {randomBytes} from 'node:crypto';
import {describe, test} from 'node:test';
import {classifyGoOutput, classifyLimits} from '../../source/classify/classify-go-error.js';
import {isCategory} from '../../source/model/taxonomy.js';

const twentyMegabytes = 20 * 1024 * 1024;

function assertWellFormed(result: ReturnType<typeof classifyGoOutput>): void {
	assert.ok(['empty', 'binary', 'no-error', 'classified'].includes(result.kind));
	assert.equal(result.kind === 'classified', result.items.length > 0);
	for (const item of result.items) {
		assert.ok(isCategory(item.category));
		assert.ok(item.line.length <= 305);
	}
}

describe('classifyGoOutput: any bytes, bounded work', () => {
	test('20 MB of random bytes: binary, and it returns', () => {
		const result = classifyGoOutput(randomBytes(twentyMegabytes));
		assert.equal(result.kind, 'binary');
		assert.equal(result.inputBytes, twentyMegabytes);
		assert.deepEqual(result.items, []);
	});

	test('20 MB of random printable text with newlines: read only in part, and it returns', () => {
		const bytes = randomBytes(twentyMegabytes);
		for (let index = 0; index < bytes.length; index++) {
			const value = bytes[index]! % 96;
			bytes[index] = value === 95 ? 0x0a : 0x20 + value;
		}

		const result = classifyGoOutput(bytes);
		assertWellFormed(result);
		assert.equal(result.truncated, true);
		assert.equal(result.inputBytes, twentyMegabytes);
	});

	test('a file of NULs is binary', () => {
		const result = classifyGoOutput(new Uint8Array(1024 * 1024));
		assert.equal(result.kind, 'binary');
	});

	test('a string of NULs is binary too', () => {
		assert.equal(classifyGoOutput('\u0000'.repeat(4096)).kind, 'binary');
	});

	test('empty and whitespace-only input', () => {
		assert.deepEqual(classifyGoOutput(''), {kind: 'empty', items: [], alternatives: [], truncated: false, inputBytes: 0});
		assert.equal(classifyGoOutput(new Uint8Array()).kind, 'empty');
		assert.equal(classifyGoOutput(' \n\t\r\n  \n').kind, 'empty');
	});

	test('invalid UTF-8 around a real error still finds it', () => {
		const error = Buffer.from(
			'go: example.com/x@v1.0.0: Get "https://proxy.golang.org/example.com/x/@v/v1.0.0.info": dial tcp 1.2.3.4:443: connect: connection refused\n',
		);
		const noise = Buffer.from([0xc3, 0x28, 0x0a, 0xe2, 0x28, 0xa1, 0x0a, 0xf0, 0x90, 0x28, 0xbc, 0x0a]);
		const result = classifyGoOutput(Buffer.concat([noise, error, noise]));
		assert.equal(result.kind, 'classified');
		assert.equal(result.items[0]?.category, 'refused');
	});

	test('UTF-16 with a byte-order mark (PowerShell redirection) is decoded', () => {
		const text = 'go: example.com/x@v1.0.0: reading https://proxy.golang.org/example.com/x/@v/v1.0.0.info: 502 Bad Gateway\r\n';
		const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
		const result = classifyGoOutput(bytes);
		assert.equal(result.items[0]?.category, 'proxy-bad-response');
	});

	test('one 20 MB line without a newline', () => {
		const result = classifyGoOutput('go: x'.repeat(twentyMegabytes / 5));
		assertWellFormed(result);
		assert.equal(result.truncated, true);
	});

	test('20 MB of newlines', () => {
		const result = classifyGoOutput('\n'.repeat(twentyMegabytes));
		assert.equal(result.kind, 'empty');
	});

	test('an error at the very end of an over-long log is still found (the end is kept)', () => {
		const filler = 'ok  \texample.com/app/pkg\t0.012s\n'.repeat(Math.ceil((classifyLimits.maxInputChars + 1000) / 32));
		const result = classifyGoOutput(
			`${filler}go: github.com/a/b@v1.0.0: reading https://proxy.golang.org/github.com/a/b/@v/v1.0.0.info: 503 Service Unavailable\n`,
		);
		assert.equal(result.truncated, true);
		assert.equal(result.items[0]?.category, 'proxy-bad-response');
	});

	test('shapes that make naive regular expressions backtrack', () => {
		const shapes = [
			`go: ${'a.b/'.repeat(2000)}@`,
			`go: ${'x@'.repeat(4000)}`,
			`go: ${'lookup '.repeat(1100)}i/o timeout`,
			`go: ${'https://'.repeat(1000)} connection refused`,
			`go: ${'dial tcp '.repeat(900)}`,
			`go: ${'a'.repeat(8000)}@v1 connection refused`,
			`\t${'server response: '.repeat(400)}`,
			`go: ${'reading http://a: 5'.repeat(400)}`,
			`"Error": "${String.raw`\n\t`.repeat(2000)}"`,
			`go: ${'token='.repeat(1300)} ${'machine login password '.repeat(300)}`,
			`go: ${'Authorization: '.repeat(500)}`,
			`go: ${'eyJ'.repeat(2600)}.`,
			`go: ${'ghp_'.repeat(2000)}`,
			`go: ${'"a":'.repeat(2000)}`,
		];
		for (const shape of shapes) {
			const input = `${shape}\n`.repeat(300);
			const result = classifyGoOutput(input);
			assertWellFormed(result);
		}
	});

	test('thousands of distinct failing modules: the item count is capped and says so', () => {
		const lines = Array.from({length: 5000}, (_, index) => `go: example.com/m${index}@v1.0.0: invalid version: unknown revision v1.0.0`);
		const result = classifyGoOutput(lines.join('\n'));
		assert.equal(result.kind, 'classified');
		assert.ok(result.items.length <= 50);
		assert.equal(result.truncated, true);
	});
});
