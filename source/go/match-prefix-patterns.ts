/**
go's GOPRIVATE/GONOPROXY/GONOSUMDB/GOINSECURE matching (golang.org/x/mod/module.MatchPrefixPatterns): a
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
Go's path.Match: `*` any run of non-`/` characters, `?` one non-`/` character, `[...]` a class (`^` negates,
`a-z` ranges), `\` escapes. A malformed pattern matches nothing, as go reports ErrBadPattern.
*/
export function pathMatch(pattern: string, name: string): boolean {
	const regex = toRegExp(pattern);
	return regex !== undefined && regex.test(name);
}

function toRegExp(pattern: string): RegExp | undefined {
	let source = '';
	for (let index = 0; index < pattern.length; index++) {
		const character = pattern[index]!;
		switch (character) {
			case '*': {
				source += '[^/]*';
				break;
			}

			case '?': {
				source += '[^/]';
				break;
			}

			case '\\': {
				index++;
				if (index >= pattern.length) {
					return undefined;
				}

				source += escapeLiteral(pattern[index]!);
				break;
			}

			case '[': {
				const parsed = parseClass(pattern, index + 1);
				if (parsed === undefined) {
					return undefined;
				}

				source += parsed.source;
				index = parsed.end;
				break;
			}

			default: {
				source += escapeLiteral(character);
			}
		}
	}

	return new RegExp(`^${source}$`, 'u');
}

/**
A class as go's path.Match reads it (matchChunk and getEsc): after `[` an optional `^`, then one or more
characters or `lo-hi` ranges (a `-` or `]` must be escaped to stand for itself; `\` escapes any character), up
to the `]` that follows at least one of them. A range whose ends are out of order is valid and matches nothing;
a class matches any character, `/` included. Returns the RegExp source and the index of the closing `]`, or
undefined for a malformed class (go: ErrBadPattern).
*/
function parseClass(pattern: string, start: number): {source: string; end: number} | undefined {
	let index = start;
	const negated = pattern[index] === '^';
	if (negated) {
		index++;
	}

	/** getEsc: one character of the class at `index`, or undefined when malformed. */
	const character = (): string | undefined => {
		let next = pattern[index];
		if (next === undefined || next === '-' || next === ']') {
			return undefined;
		}

		if (next === '\\') {
			index++;
			next = pattern[index];
			if (next === undefined) {
				return undefined;
			}
		}

		const codePoint = String.fromCodePoint(pattern.codePointAt(index)!);
		index += codePoint.length;
		// go also wants something after it: the class must still be closed.
		return index < pattern.length ? codePoint : undefined;
	};

	const ranges: string[] = [];
	let count = 0;
	for (;;) {
		if (pattern[index] === ']' && count > 0) {
			return {source: `[${negated ? '^' : ''}${ranges.join('')}]`, end: index};
		}

		const lo = character();
		if (lo === undefined) {
			return undefined;
		}

		let hi = lo;
		if (pattern[index] === '-') {
			index++;
			const upper = character();
			if (upper === undefined) {
				return undefined;
			}

			hi = upper;
		}

		count++;
		if (lo.codePointAt(0)! <= hi.codePointAt(0)!) {
			ranges.push(lo === hi ? escapeRegExp(lo) : `${escapeRegExp(lo)}-${escapeRegExp(hi)}`);
		}
	}
}

/** A literal character outside a class: with the `u` flag, `\-` is a syntax error there (GOPRIVATE=my-corp.example). */
function escapeLiteral(character: string): string {
	return character === '-' ? character : escapeRegExp(character);
}

function escapeRegExp(character: string): string {
	return /[\\^$.*+?()[\]{}|/-]/.test(character) ? `\\${character}` : character;
}
