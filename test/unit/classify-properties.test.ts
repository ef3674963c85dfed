/*
Properties of the classifier and of the GOENV file parser: no input crashes them, their answers are well
formed, work is bounded, and the parser reads back exactly what a file says (the last line for a key wins).
*/
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import fc from 'fast-check';
import {classifyGoOutput} from '../../source/classify/classify-go-error.js';
import {parseGoEnvFile} from '../../source/go/parse-goenv-file.js';
import {isCategory} from '../../source/model/taxonomy.js';
import {english} from '../helpers/text.js';

/** Pieces of go's error output, recombined at random. */
const fragments = [
	'go: ',
	'example.com/x@v1.0.0: ',
	'github.com/a/b@v1.2.3',
	'Get "https://proxy.golang.org/example.com/x/@v/v1.0.0.info": ',
	'reading https://goproxy.io/github.com/a/b/@v/list: ',
	'dial tcp 1.2.3.4:443: ',
	'connect: connection refused',
	'i/o timeout',
	'lookup proxy.golang.org on 10.0.0.1:53: no such host',
	'502 Bad Gateway',
	'404 Not Found',
	'410 Gone',
	'x509: certificate signed by unknown authority',
	'verifying example.com/x@v1.0.0: checksum mismatch',
	'\tdownloaded: h1:abc=\n\tgo.sum:     h1:def=\n',
	'SECURITY ERROR',
	'missing go.sum entry for module providing package',
	'module declares its path as: a.b/c\n\tbut was required as: a.b/d',
	'terminal prompts disabled',
	'proxyconnect tcp: ',
	'toolchain not available',
	'exec: "git": executable file not found in $PATH',
	'https://user:pass@host.example/',
	'\u001B[31m',
	'\u001B[0m',
	'\r\n',
	'\n',
	' ',
	'\u0000',
	'\uFFFD',
	'汉字',
];

function assertWellFormed(result: ReturnType<typeof classifyGoOutput>, input: string | Uint8Array): void {
	assert.ok(['empty', 'binary', 'no-error', 'classified'].includes(result.kind), result.kind);
	assert.equal(result.kind === 'classified', result.items.length > 0);
	assert.equal(result.inputBytes, typeof input === 'string' ? Buffer.byteLength(input) : input.length);
	assert.ok(result.items.length <= 50);
	for (const item of result.items) {
		assert.ok(isCategory(item.category), item.category);
		assert.ok(item.line.length <= 305);
		assert.ok(english(item.explanation).length > 0);
	}

	if (result.primary !== undefined) {
		assert.ok(result.items.includes(result.primary));
	}
}

describe('classifier: properties', () => {
	test('arbitrary strings (lone surrogates, control characters) never crash it', () => {
		fc.assert(
			fc.property(fc.string({unit: 'binary', maxLength: 400}), (text) => {
				assertWellFormed(classifyGoOutput(text), text);
			}),
			{numRuns: 1500},
		);
	});

	test('arbitrary bytes never crash it, and text that is only whitespace is empty', () => {
		fc.assert(
			fc.property(fc.uint8Array({maxLength: 2000}), (bytes) => {
				const result = classifyGoOutput(bytes);
				assertWellFormed(result, bytes);
				if (Buffer.from(bytes).toString('latin1').trim() === '') {
					assert.ok(result.kind === 'empty' || result.kind === 'binary', `${result.kind} for whitespace`);
				}
			}),
			{numRuns: 1500},
		);
	});

	test('recombined fragments of go errors: well formed, and a classified line is one go printed', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...fragments), {maxLength: 30}), (parts) => {
				const text = parts.join('');
				const result = classifyGoOutput(text);
				assertWellFormed(result, text);
				for (const item of result.items) {
					assert.doesNotMatch(item.line, /user:pass@/, 'the line is redacted');
				}
			}),
			{numRuns: 3000},
		);
	});

	test('bounded work: 200 KB of recombined fragments in well under a second each', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...fragments), {minLength: 1, maxLength: 8}), (parts) => {
				const text = parts.join('').repeat(Math.ceil(200_000 / Math.max(1, parts.join('').length)));
				const started = performance.now();
				assertWellFormed(classifyGoOutput(text), text);
				assert.ok(performance.now() - started < 2000, `took ${Math.round(performance.now() - started)} ms`);
			}),
			{numRuns: 25},
		);
	});
});

const keyArbitrary = fc.stringMatching(/^[A-Z][A-Z\d_]{0,12}$/);
/** A value as go env -w would write it: anything but a line break. */
const valueArbitrary = fc.string({unit: 'binary', maxLength: 30}).map((value) => value.replaceAll('\n', ''));
const noiseArbitrary = fc.oneof(
	fc.constant(''),
	fc.constant('# a comment'),
	fc.constant(' GOPROXY=indented is ignored'),
	fc.constant('lower=ignored'),
	fc.constant('NOEQUALS'),
	fc.stringMatching(/^[^A-Z\n][^\n]{0,20}$/),
);

describe('GOENV file parser: properties', () => {
	test('no text crashes it; every entry is a KEY=VALUE line go would use', () => {
		fc.assert(
			fc.property(fc.string({unit: 'binary', maxLength: 300}), (text) => {
				const parsed = parseGoEnvFile(text);
				for (const entry of parsed.entries) {
					assert.match(entry.key, /^[A-Z][^=\n]*$/);
					assert.ok(!entry.value.includes('\n'));
					assert.equal(text.split('\n')[entry.line - 1], `${entry.key}=${entry.value}`);
				}

				for (const [key, value] of Object.entries(parsed.values)) {
					assert.equal(parsed.entries.findLast((entry) => entry.key === key)?.value, value);
				}
			}),
			{numRuns: 3000},
		);
	});

	test(String.raw`reads back what was written: the last line for a key wins, comments and noise are ignored, \r stays`, () => {
		fc.assert(
			fc.property(
				fc.array(fc.oneof(fc.tuple(keyArbitrary, valueArbitrary), noiseArbitrary), {maxLength: 20}),
				fc.boolean(),
				(lines, finalNewline) => {
					const text =
						lines.map((line) => (typeof line === 'string' ? line : `${line[0]}=${line[1]}`)).join('\n') +
						(finalNewline && lines.length > 0 ? '\n' : '');
					const expected: Record<string, string> = {};
					for (const line of lines) {
						if (typeof line !== 'string') {
							expected[line[0]] = line[1];
						}
					}

					assert.deepEqual({...parseGoEnvFile(text).values}, expected);
				},
			),
			{numRuns: 3000},
		);
	});

	test('a megabyte of one line and of many lines returns quickly', () => {
		for (const text of ['A='.padEnd(1024 * 1024, 'x'), 'GOPROXY=off\n'.repeat(90_000), '\n'.repeat(1024 * 1024)]) {
			const started = performance.now();
			parseGoEnvFile(text);
			assert.ok(performance.now() - started < 2000);
		}
	});
});
