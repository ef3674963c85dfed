import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {applyGoEnvFix} from '../../source/fixes/appliers/go-env.js';
import type {ApplyContext, FixEvent} from '../../source/fixes/appliers/types.js';
import {goEnvCommands, shellLine, shellQuote, validateChanges} from '../../source/fixes/apply-go-env.js';
import {createChangeLedger} from '../../source/fixes/change-ledger.js';
import type {Fix} from '../../source/model/report.js';
import {createFakeSystem} from '../helpers/fake-system.js';
import {english} from '../helpers/text.js';

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

test('a go env change never attempted shows no command that did not run; the failure says why', async () => {
	const system = createFakeSystem();
	const events: FixEvent[] = [];
	const context: ApplyContext = {
		system,
		dir: '/m',
		env: {},
		timeoutMs: 1000,
		goTimeoutMs: 10_000,
		emit(event) {
			events.push(event);
		},
		signal: AbortSignal.timeout(10_000),
		ledger: createChangeLedger(system, {env: {}, cwd: '/m', timeoutMs: 1000}),
		verify: async () => assert.fail('nothing was changed, so nothing is verified'),
		redact: (text) => text,
	};
	const fix: Fix = {
		id: 'bad',
		title: 'bad',
		kind: 'go-env',
		argv: ['go', 'env', '-w', '-w=x'],
		changes: [{key: '-w', value: 'x'}],
		scope: 'persistent',
		weakensSecurity: false,
	};
	const outcome = await applyGoEnvFix(fix, context);
	assert.equal(outcome.status, 'failed');
	assert.match(english(outcome.summary), /not applied: "-w" is not a go env variable name/);
	assert.deepEqual(system.commands, [], 'go never ran');
	assert.deepEqual(
		events.map((event) => event.type),
		['fix-finished'],
		'no command entry for a go env -w that never ran',
	);
});
