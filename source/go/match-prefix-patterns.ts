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

				source += escapeRegExp(pattern[index]!);
				break;
			}

			case '[': {
				const end = classEnd(pattern, index + 1);
				if (end === undefined) {
					return undefined;
				}

				let body = pattern.slice(index + 1, end);
				const negated = body.startsWith('^');
				if (negated) {
					body = body.slice(1);
				}

				if (body === '') {
					return undefined;
				}

				const parts = classParts(body);
				if (parts === undefined) {
					return undefined;
				}

				source += `[${negated ? '^' : ''}${parts}]`;
				index = end;
				break;
			}

			default: {
				source += escapeRegExp(character);
			}
		}
	}

	return new RegExp(`^${source}$`, 'u');
}

/** The index of the `]` that closes a class starting at `start`, skipping escaped characters. */
function classEnd(pattern: string, start: number): number | undefined {
	for (let index = start; index < pattern.length; index++) {
		if (pattern[index] === '\\') {
			index++;
		} else if (pattern[index] === ']' && index > start) {
			return index;
		}
	}

	return undefined;
}

/** A class body as a RegExp class body: single characters and `lo-hi` ranges (an escaped `-` is literal). */
function classParts(body: string): string | undefined {
	let out = '';
	for (let index = 0; index < body.length; index++) {
		let character = body[index]!;
		if (character === '\\') {
			index++;
			if (index >= body.length) {
				return undefined;
			}

			character = body[index]!;
			out += escapeRegExp(character);
		} else {
			out += character === '-' ? '-' : escapeRegExp(character);
		}
	}

	return out;
}

function escapeRegExp(character: string): string {
	return /[\\^$.*+?()[\]{}|/-]/.test(character) ? `\\${character}` : character;
}
