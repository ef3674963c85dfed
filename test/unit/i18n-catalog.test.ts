/*
The catalogs agree: every key of the English catalog exists in the Chinese one and the reverse, with the same kind
of value, functions of the same number of parameters, and lists of the same length. The type checker already
demands most of this; this test also catches what a cast or an `any` would let through, and says which key.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {t} from '../../source/i18n/index.js';

type Difference = string;

function kindOf(value: unknown): string {
	return Array.isArray(value) ? 'list' : value === null ? 'null' : typeof value;
}

/** Every place where `a` and `b` differ in shape, as `path: what`. */
function compare(a: unknown, b: unknown, path: string, names: readonly [string, string]): Difference[] {
	const [aName, bName] = names;
	if (kindOf(a) !== kindOf(b)) {
		return [`${path}: a ${kindOf(a)} in ${aName}, a ${kindOf(b)} in ${bName}`];
	}

	if (typeof a === 'function' && typeof b === 'function') {
		return a.length === b.length ? [] : [`${path}: takes ${a.length} parameter(s) in ${aName}, ${b.length} in ${bName}`];
	}

	if (Array.isArray(a) && Array.isArray(b)) {
		if (a.length !== b.length) {
			return [`${path}: ${a.length} item(s) in ${aName}, ${b.length} in ${bName}`];
		}

		return a.flatMap((item, index) => compare(item, b[index], `${path}[${index}]`, names));
	}

	if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
		const differences: Difference[] = [];
		const aRecord = a as Record<string, unknown>;
		const bRecord = b as Record<string, unknown>;
		for (const key of Object.keys(aRecord)) {
			if (key in bRecord) {
				differences.push(...compare(aRecord[key], bRecord[key], `${path}.${key}`, names));
			} else {
				differences.push(`${path}.${key}: in ${aName}, missing in ${bName}`);
			}
		}

		return differences;
	}

	return [];
}

/** Every string leaf, and what every function leaf returns for sample arguments, with its path. */
function texts(value: unknown, path: string): Array<[string, string]> {
	if (typeof value === 'string') {
		return [[path, value]];
	}

	if (Array.isArray(value)) {
		return value.flatMap((item, index) => texts(item, `${path}[${index}]`));
	}

	if (typeof value === 'object' && value !== null) {
		return Object.entries(value).flatMap(([key, item]) => texts(item, `${path}.${key}`));
	}

	return [];
}

test('every key of the English catalog is in the Chinese one, with the same shape', () => {
	const differences = compare(t('en'), t('zh'), 'catalog', ['English', 'Chinese']);
	assert.deepEqual(differences, [], `The Chinese catalog (source/i18n/zh/) differs from the English one:\n${differences.join('\n')}`);
});

test('every key of the Chinese catalog is in the English one (no stale translations)', () => {
	const differences = compare(t('zh'), t('en'), 'catalog', ['Chinese', 'English']);
	assert.deepEqual(differences, [], `The Chinese catalog has keys the English one lacks:\n${differences.join('\n')}`);
});

test('no message is empty, in either language', () => {
	for (const language of ['en', 'zh'] as const) {
		const empty = texts(t(language), 'catalog')
			.filter(([, text]) => text.trim() === '' && text !== ' · ')
			.map(([path]) => path);
		assert.deepEqual(empty, [], `empty ${language} messages`);
	}
});

test('the Chinese catalog is written in Chinese: its sentences hold 汉字, not copies of the English', () => {
	const english = new Map(texts(t('en'), 'catalog'));
	const chinese = texts(t('zh'), 'catalog');
	// Sentences (several words of English) must be translated; names and symbols (GOPROXY, `·`) may stay.
	const untranslated = chinese.filter(
		([path, text]) => /[a-z]{3,}(?: [a-z]{2,}){2}/i.test(english.get(path) ?? '') && !/\p{Script=Han}/u.test(text),
	);
	assert.deepEqual(
		untranslated.map(([path]) => path),
		[],
		'these Chinese messages have no Chinese in them',
	);
});
