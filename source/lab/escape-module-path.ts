/**
Go's case-encoding of module paths and versions in GOPROXY URLs and in the module cache
(golang.org/x/mod/module EscapePath/UnescapePath): every upper-case letter becomes `!` plus its lower-case
form, so that case-insensitive file systems and URLs cannot confuse `Foo` with `foo`.
*/
export function escapeModulePath(value: string): string {
	if (value.includes('!')) {
		throw new Error(`invalid module path or version (contains "!"): ${JSON.stringify(value)}`);
	}

	return value.replaceAll(/[A-Z]/g, letter => `!${letter.toLowerCase()}`);
}

/**
The inverse of `escapeModulePath`. Returns undefined for a value that no escaping produces: an upper-case
letter, or a `!` not followed by a lower-case letter.
*/
export function unescapeModulePath(escaped: string): string | undefined {
	let result = '';
	for (let index = 0; index < escaped.length; index++) {
		const character = escaped[index] ?? '';
		if (character >= 'A' && character <= 'Z') {
			return undefined;
		}

		if (character === '!') {
			const next = escaped[index + 1] ?? '';
			if (next < 'a' || next > 'z') {
				return undefined;
			}

			result += next.toUpperCase();
			index++;
			continue;
		}

		result += character;
	}

	return result;
}
