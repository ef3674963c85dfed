/**
Go's GOPRIVATE/GONOPROXY/GONOSUMDB/GOINSECURE matching (golang.org/x/mod/module.MatchPrefixPatterns): a
comma-separated list of path.Match globs, each matched against the leading path elements of the target, as
many as the glob has. `*.corp.example` matches `git.corp.example/team/repo`; `github.com/acme` matches
`github.com/acme/tool`; `*` matches any first element.
*/
export function matchPrefixPatterns(globs: string, target: string): boolean {
	for (let glob of globs.split(',')) {
		// Like go, no trimming of spaces: `a.example, b.example` has a second pattern that starts with a space.
		glob = glob.replace(/\/$/, '');
		if (glob === '') {
			continue;
		}

		let slashes = glob.split('/').length - 1;
		let prefix = target;
		for (let index = 0; index < target.length; index++) {
			if (target[index] === '/') {
				if (slashes === 0) {
					prefix = target.slice(0, index);
					break;
				}

				slashes--;
			}
		}

		if (slashes > 0) {
			// Not enough path elements.
			continue;
		}

		if (pathMatch(glob, prefix)) {
			return true;
		}
	}

	return false;
}

/**
The patterns of the module paths go fetches directly, never through GOPROXY: GONOPROXY as `go env` reports it,
which is GOPRIVATE when GONOPROXY is not set (go's own default). Empty when go fetches everything through GOPROXY.
*/
export function directPatterns(values: Readonly<Record<string, string | undefined>>): string {
	return values['GONOPROXY'] || values['GOPRIVATE'] || '';
}

/**
Go's path.Match, step by step as go's `path/match.go` does it (scanChunk, matchChunk, getEsc), because its
answers are not those of a backtracking regular expression: a chunk after a `*` is matched at the first
position where it fits, and that choice is kept (`a/*[/.]*` does not match `a/./a` in go, though a regular
expression would find a way). `*` is any run of non-`/` characters, `?` one non-`/` character, `[...]` a class
(`^` negates, `a-z` ranges, which may hold `/`), `\` escapes. A malformed pattern matches nothing, as go
reports ErrBadPattern.
*/
export function pathMatch(pattern: string, name: string): boolean {
	return goPathMatch([...pattern], [...name]) === true;
}

/** A character sequence as go walks it (code points, as go decodes runes). */
type Runes = readonly string[];

/** True, false, or `bad` for a malformed pattern (go's ErrBadPattern). */
type MatchResult = boolean | 'bad';

function goPathMatch(patternRunes: Runes, nameRunes: Runes): MatchResult {
	let pattern = patternRunes;
	let name = nameRunes;
	patterns: while (pattern.length > 0) {
		const scanned = scanChunk(pattern);
		const {star, chunk} = scanned;
		pattern = scanned.rest;
		if (star && chunk.length === 0) {
			// A trailing * matches the rest of the name unless it has a /.
			return !name.includes('/');
		}

		// Look for a match at the current position; the last chunk must use up the name.
		const here = matchChunk(chunk, name);
		if (here.ok && (here.rest.length === 0 || pattern.length > 0)) {
			name = here.rest;
			continue;
		}

		if (here.bad) {
			return 'bad';
		}

		if (star) {
			// Look for a match skipping i+1 characters; a star cannot skip a /.
			for (let index = 0; index < name.length && name[index] !== '/'; index++) {
				const later = matchChunk(chunk, name.slice(index + 1));
				if (later.ok) {
					if (pattern.length === 0 && later.rest.length > 0) {
						continue;
					}

					name = later.rest;
					continue patterns;
				}

				if (later.bad) {
					return 'bad';
				}
			}
		}

		// Before answering no, check that the rest of the pattern is well formed, as go does.
		while (pattern.length > 0) {
			const next = scanChunk(pattern);
			pattern = next.rest;
			if (matchChunk(next.chunk, []).bad) {
				return 'bad';
			}
		}

		return false;
	}

	return name.length === 0;
}

function scanChunk(pattern: Runes): {star: boolean; chunk: Runes; rest: Runes} {
	let star = false;
	let start = 0;
	while (start < pattern.length && pattern[start] === '*') {
		start++;
		star = true;
	}

	let inRange = false;
	let index = start;
	scan: for (; index < pattern.length; index++) {
		switch (pattern[index]) {
			case '\\': {
				// A trailing backslash is reported by matchChunk.
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

			default: {
				break;
			}
		}
	}

	return {star, chunk: pattern.slice(start, index), rest: pattern.slice(index)};
}

function matchChunk(chunkRunes: Runes, nameRunes: Runes): {ok: boolean; rest: Runes; bad: boolean} {
	let chunk = chunkRunes;
	let name = nameRunes;
	// After the match has failed, the chunk is still read to the end to check it is well formed.
	let failed = false;
	const bad = {ok: false, rest: [], bad: true} as const;
	while (chunk.length > 0) {
		if (!failed && name.length === 0) {
			failed = true;
		}

		const head = chunk[0]!;
		if (head === '[') {
			let rune = '';
			if (!failed) {
				rune = name[0]!;
				name = name.slice(1);
			}

			chunk = chunk.slice(1);
			let negated = false;
			if (chunk.length > 0 && chunk[0] === '^') {
				negated = true;
				chunk = chunk.slice(1);
			}

			let match = false;
			let ranges = 0;
			for (;;) {
				if (chunk.length > 0 && chunk[0] === ']' && ranges > 0) {
					chunk = chunk.slice(1);
					break;
				}

				const low = getEscape(chunk);
				if (low === undefined) {
					return bad;
				}

				chunk = low.rest;
				let high = low.rune;
				if (chunk[0] === '-') {
					const upper = getEscape(chunk.slice(1));
					if (upper === undefined) {
						return bad;
					}

					high = upper.rune;
					chunk = upper.rest;
				}

				if (!failed && codePoint(low.rune) <= codePoint(rune) && codePoint(rune) <= codePoint(high)) {
					match = true;
				}

				ranges++;
			}

			if (match === negated) {
				failed = true;
			}

			continue;
		}

		if (head === '?') {
			if (!failed) {
				if (name[0] === '/') {
					failed = true;
				}

				name = name.slice(1);
			}

			chunk = chunk.slice(1);
			continue;
		}

		if (head === '\\') {
			chunk = chunk.slice(1);
			if (chunk.length === 0) {
				return bad;
			}
		}

		if (!failed) {
			if (chunk[0] !== name[0]) {
				failed = true;
			}

			name = name.slice(1);
		}

		chunk = chunk.slice(1);
	}

	return failed ? {ok: false, rest: [], bad: false} : {ok: true, rest: name, bad: false};
}

/** One character of a class, escaped or not; undefined where go reports ErrBadPattern. */
function getEscape(chunkRunes: Runes): {rune: string; rest: Runes} | undefined {
	let chunk = chunkRunes;
	if (chunk.length === 0 || chunk[0] === '-' || chunk[0] === ']') {
		return undefined;
	}

	if (chunk[0] === '\\') {
		chunk = chunk.slice(1);
		if (chunk.length === 0) {
			return undefined;
		}
	}

	const rune = chunk[0]!;
	const rest = chunk.slice(1);
	// A lone surrogate is go's utf8.RuneError; a class must go on after the character.
	return rest.length === 0 || /^[\uD800-\uDFFF]$/.test(rune) ? undefined : {rune, rest};
}

function codePoint(character: string): number {
	return character.codePointAt(0) ?? -1;
}
