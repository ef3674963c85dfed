import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {goEnvCommands, shellLine, shellQuote, validateChanges} from '../../source/fixes/apply-go-env.js';

test('goEnvCommands: one go env -w for the values, one go env -u for the unsets', () => {
	assert.deepEqual(
		goEnvCommands([
			{key: 'GOPROXY', value: 'https://a.example,direct'},
			{key: 'GOFLAGS', value: undefined},
			{key: 'GONOSUMDB', value: ''},
		]),
		[
			['go', 'env', '-w', 'GOPROXY=https://a.example,direct', 'GONOSUMDB='],
			['go', 'env', '-u', 'GOFLAGS'],
		],
	);
	assert.deepEqual(goEnvCommands([{key: 'GOPRIVATE', value: undefined}]), [['go', 'env', '-u', 'GOPRIVATE']]);
});

test('validateChanges refuses names that are not go env names, control characters and duplicates', () => {
	assert.equal(
		validateChanges([
			{key: 'GOPROXY', value: 'off'},
			{key: 'GO111MODULE', value: undefined},
		]),
		undefined,
	);
	assert.match(validateChanges([{key: '-json', value: 'x'}]) ?? '', /not a go env variable name/);
	assert.match(validateChanges([{key: 'goproxy', value: 'x'}]) ?? '', /not a go env variable name/);
	assert.match(validateChanges([{key: 'GOPROXY=x', value: 'y'}]) ?? '', /not a go env variable name/);
	assert.match(validateChanges([{key: 'GOPROXY', value: 'a\r'}]) ?? '', /control character/);
	assert.match(validateChanges([{key: 'GOPROXY', value: 'a\u001B[2J'}]) ?? '', /control character/);
	assert.match(
		validateChanges([
			{key: 'GOPROXY', value: 'a'},
			{key: 'GOPROXY', value: undefined},
		]) ?? '',
		/changed twice/,
	);
	assert.match(validateChanges([]) ?? '', /no changes/);
});

test('shellLine: export with single quotes, or unset', () => {
	assert.equal(shellLine('GOPROXY', 'https://a.example|direct'), "export GOPROXY='https://a.example|direct'");
	assert.equal(shellLine('GOPRIVATE', "it's $HOME `x`"), "export GOPRIVATE='it'\\''s $HOME `x`'");
	assert.equal(shellLine('GOFLAGS', undefined), 'unset GOFLAGS');
	assert.equal(shellLine('GONOSUMDB', ''), "export GONOSUMDB=''");
});

test('shellQuote: the only special character inside single quotes is the quote itself, always closed', () => {
	fc.assert(
		fc.property(fc.string(), (value) => {
			const quoted = shellQuote(value);
			assert.ok(quoted.startsWith("'") && quoted.endsWith("'"));
			// Undo the quoting the way sh reads it: '...' segments joined by \' escapes.
			const unquoted = quoted
				.slice(1, -1)
				.split(String.raw`'\''`)
				.join("'");
			assert.equal(unquoted, value);
			// Outside the escapes, no quote character remains that would close the string early.
			assert.ok(
				!quoted
					.slice(1, -1)
					.replaceAll(String.raw`'\''`, '')
					.includes("'"),
			);
		}),
	);
});
