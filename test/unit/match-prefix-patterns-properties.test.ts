/*
The GOPRIVATE matcher against a reference model written from go's own code, independently of the one under test:
golang.org/x/mod/module.MatchPrefixPatterns (split at commas, drop one trailing slash, skip empty globs, cut the
target to as many path elements as the glob has) over path.Match, transcribed step by step (matchChunk,
getEsc, the scan for `*`, and go 1.16's rule that a malformed pattern never matches). The integration test
go-match-prefix-patterns.test.ts compares with the real go on a fixed sample; this one runs thousands of
generated cases in milliseconds, including malformed classes and escapes.
*/
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import fc from 'fast-check';
import {matchPrefixPatterns, pathMatch} from '../../source/go/match-prefix-patterns.js';

class BadPattern extends Error {}

/** Go's path.getEsc: one (possibly escaped) character of a class. */
function getEsc(chunk: string): [string, string] {
	if (chunk === '' || chunk[0] === '-' || chunk[0] === ']') {
		throw new BadPattern();
	}

	if (chunk[0] === '\\') {
		chunk = chunk.slice(1);
		if (chunk === '') {
			throw new BadPattern();
		}
	}

	const character = String.fromCodePoint(chunk.codePointAt(0)!);
	const rest = chunk.slice(character.length);
	if (rest === '') {
		throw new BadPattern();
	}

	return [character, rest];
}

/** Go's path.matchChunk: [rest of s, ok]; throws BadPattern. */
function matchChunk(chunk: string, s: string): [string, boolean] {
	let failed = false;
	while (chunk !== '') {
		if (!failed && s === '') {
			failed = true;
		}

		switch (chunk[0]) {
			case '[': {
				let r = '';
				if (!failed) {
					r = String.fromCodePoint(s.codePointAt(0)!);
					s = s.slice(r.length);
				}

				chunk = chunk.slice(1);
				let negated = false;
				if (chunk !== '' && chunk[0] === '^') {
					negated = true;
					chunk = chunk.slice(1);
				}

				let match = false;
				let nrange = 0;
				for (;;) {
					if (chunk !== '' && chunk[0] === ']' && nrange > 0) {
						chunk = chunk.slice(1);
						break;
					}

					let lo: string;
					[lo, chunk] = getEsc(chunk);
					let hi = lo;
					if (chunk[0] === '-') {
						[hi, chunk] = getEsc(chunk.slice(1));
					}

					if (lo.codePointAt(0)! <= r.codePointAt(0)! && r.codePointAt(0)! <= hi.codePointAt(0)!) {
						match = true;
					}

					nrange++;
				}

				if (match === negated) {
					failed = true;
				}

				break;
			}

			case '?': {
				if (!failed) {
					if (s[0] === '/') {
						failed = true;
					}

					s = s.slice(String.fromCodePoint(s.codePointAt(0)!).length);
				}

				chunk = chunk.slice(1);
				break;
			}

			case '\\': {
				chunk = chunk.slice(1);
				if (chunk === '') {
					throw new BadPattern();
				}

				if (!failed) {
					if (chunk[0] !== s[0]) {
						failed = true;
					}

					s = s.slice(1);
				}

				chunk = chunk.slice(1);
				break;
			}

			default: {
				if (!failed) {
					if (chunk[0] !== s[0]) {
						failed = true;
					}

					s = s.slice(1);
				}

				chunk = chunk.slice(1);
			}
		}
	}

	return failed ? ['', false] : [s, true];
}

/** Go's path.scanChunk. */
function scanChunk(pattern: string): [boolean, string, string] {
	let star = false;
	while (pattern !== '' && pattern[0] === '*') {
		pattern = pattern.slice(1);
		star = true;
	}

	let inRange = false;
	let index = 0;
	scan: for (; index < pattern.length; index++) {
		switch (pattern[index]) {
			case '\\': {
				if (index + 1 < pattern.length) {
					index++;
				}

				break;
			}

			case '[': {
				inRange = true;
				break;
			}

			case ']': {
				inRange = false;
				break;
			}

			case '*': {
				if (!inRange) {
					break scan;
				}

				break;
			}

			default:
		}
	}

	return [star, pattern.slice(0, index), pattern.slice(index)];
}

/** Go's path.Match, reduced to its boolean (a malformed pattern: false). */
function referenceMatch(pattern: string, name: string): boolean {
	try {
		outer: while (pattern !== '') {
			let star: boolean;
			let chunk: string;
			[star, chunk, pattern] = scanChunk(pattern);
			if (star && chunk === '') {
				return !name.includes('/');
			}

			let [t, ok] = matchChunk(chunk, name);
			if (ok && (t === '' || pattern !== '')) {
				name = t;
				continue;
			}

			if (star) {
				for (let index = 0; index < name.length && name[index] !== '/'; index++) {
					[t, ok] = matchChunk(chunk, name.slice(index + 1));
					if (ok) {
						if (pattern === '' && t !== '') {
							continue;
						}

						name = t;
						continue outer;
					}
				}
			}

			// Before returning false, go checks that the rest of the pattern is well formed.
			while (pattern !== '') {
				[, chunk, pattern] = scanChunk(pattern);
				matchChunk(chunk, '');
			}

			return false;
		}

		return name === '';
	} catch (error) {
		if (error instanceof BadPattern) {
			return false;
		}

		throw error;
	}
}

/** Module.MatchPrefixPatterns, as written in golang.org/x/mod. */
function referencePrefixPatterns(globs: string, target: string): boolean {
	while (globs !== '') {
		let glob: string;
		const comma = globs.indexOf(',');
		if (comma === -1) {
			glob = globs;
			globs = '';
		} else {
			glob = globs.slice(0, comma);
			globs = globs.slice(comma + 1);
		}

		if (glob.endsWith('/')) {
			glob = glob.slice(0, -1);
		}

		if (glob === '') {
			continue;
		}

		let n = [...glob].filter((character) => character === '/').length;
		let prefix = target;
		for (let index = 0; index < target.length; index++) {
			if (target[index] === '/') {
				if (n === 0) {
					prefix = target.slice(0, index);
					break;
				}

				n--;
			}
		}

		if (n > 0) {
			continue;
		}

		if (referenceMatch(glob, prefix)) {
			return true;
		}
	}

	return false;
}

const globUnit = fc.constantFrom(...String.raw`ab.-*?[]^\/,`, 'a', 'b', 'c', '.');
const pathUnit = fc.constantFrom(...'abc.-/');

describe("the GOPRIVATE matcher agrees with go's rules (a reference model of MatchPrefixPatterns and path.Match)", () => {
	test('the model itself agrees with fixed cases checked against the real go', () => {
		assert.equal(referencePrefixPatterns('*.corp.example', 'git.corp.example/team/repo'), true);
		assert.equal(referencePrefixPatterns('github.com/acme', 'github.com/acmeco/tool'), false);
		assert.equal(referencePrefixPatterns('gitlab.[^c]orp.example', 'gitlab.corp.example/x'), false);
		assert.equal(referencePrefixPatterns('[', 'x.example'), false);
		assert.equal(referenceMatch(String.raw`a\*b`, 'a*b'), true);
		assert.equal(referenceMatch(String.raw`[a\-c]`, '-'), true);
	});

	test('path.Match on generated patterns and names, malformed ones included', () => {
		fc.assert(
			fc.property(fc.string({unit: globUnit, maxLength: 10}), fc.string({unit: pathUnit, maxLength: 8}), (pattern, name) => {
				assert.equal(pathMatch(pattern, name), referenceMatch(pattern, name), `${JSON.stringify(pattern)} ~ ${JSON.stringify(name)}`);
			}),
			{numRuns: 20_000},
		);
	});

	test('pattern lists against module paths', () => {
		const element = fc.string({unit: fc.constantFrom(...'abc.*?[]^-\\'), minLength: 1, maxLength: 5});
		const glob = fc.array(element, {minLength: 1, maxLength: 3}).map((parts) => parts.join('/'));
		const globs = fc
			.array(
				fc.oneof(
					glob,
					glob.map((value) => `${value}/`),
					fc.constant(''),
					fc.constant(' a'),
				),
				{minLength: 1, maxLength: 4},
			)
			.map((list) => list.join(','));
		const target = fc
			.array(fc.string({unit: fc.constantFrom(...'abc.-'), minLength: 1, maxLength: 4}), {minLength: 1, maxLength: 4})
			.map((parts) => parts.join('/'));
		fc.assert(
			fc.property(globs, target, (list, path) => {
				assert.equal(matchPrefixPatterns(list, path), referencePrefixPatterns(list, path), `${JSON.stringify(list)} ~ ${path}`);
			}),
			{numRuns: 20_000},
		);
	});

	test('no input crashes it: arbitrary strings, control characters and astral characters', () => {
		fc.assert(
			fc.property(fc.string({unit: 'binary', maxLength: 40}), fc.string({unit: 'binary', maxLength: 40}), (globs, target) => {
				assert.equal(typeof matchPrefixPatterns(globs, target), 'boolean');
			}),
			{numRuns: 5000},
		);
	});
});
