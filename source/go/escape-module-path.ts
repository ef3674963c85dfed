/**
Module paths and versions as they appear in GOPROXY URLs (golang.org/x/mod/module): every upper-case
letter becomes `!` and its lower-case form, so that case-insensitive file systems and servers cannot
confuse `github.com/Azure/x` with `github.com/azure/x`.
*/

function escapeString(text: string): string {
	return text.replaceAll(/[A-Z]/g, (letter) => `!${letter.toLowerCase()}`);
}

/**
`github.com/BurntSushi/toml` → `github.com/!burnt!sushi/toml`.
Escapes only; check the path with `isValidModulePath` first (go refuses to escape an invalid path).
*/
export function escapeModulePath(modulePath: string): string {
	return escapeString(modulePath);
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

/** `v1.0.0-RC1` → `v1.0.0-!r!c1`. Escapes only, like `escapeModulePath`. */
export function escapeVersion(version: string): string {
	return escapeString(version);
}

/** Go's module path rules (golang.org/x/mod/module.CheckPath), returning the reason a path is not valid. */
export function checkModulePath(path: string): string | undefined {
	if (path === '') {
		return 'empty string';
	}

	if (path.startsWith('-')) {
		return 'leading dash';
	}

	if (path.includes('//')) {
		return 'double slash';
	}

	if (path.endsWith('/')) {
		return 'trailing slash';
	}

	if (path.startsWith('/')) {
		return 'leading slash';
	}

	for (const element of path.split('/')) {
		const problem = checkElement(element);
		if (problem !== undefined) {
			return problem;
		}
	}

	const first = path.split('/')[0]!;
	if (!first.includes('.')) {
		return 'missing dot in first path element';
	}

	for (const char of first) {
		if (!/[-.\da-z]/.test(char)) {
			return `invalid char '${char}' in first path element`;
		}
	}

	if (path.startsWith('gopkg.in/') ? !/\.v(?:0|[1-9]\d*)(?:-unstable)?$/.test(path) : !majorSuffixOk(path)) {
		return 'invalid version';
	}

	return undefined;
}

const badWindowsNames = new Set([
	'CON',
	'PRN',
	'AUX',
	'NUL',
	'COM1',
	'COM2',
	'COM3',
	'COM4',
	'COM5',
	'COM6',
	'COM7',
	'COM8',
	'COM9',
	'LPT1',
	'LPT2',
	'LPT3',
	'LPT4',
	'LPT5',
	'LPT6',
	'LPT7',
	'LPT8',
	'LPT9',
]);

function checkElement(element: string): string | undefined {
	if (element === '') {
		return 'empty path element';
	}

	if (/^\.+$/.test(element)) {
		return `invalid path element "${element}"`;
	}

	if (element.startsWith('.')) {
		return 'leading dot in path element';
	}

	if (element.endsWith('.')) {
		return 'trailing dot in path element';
	}

	for (const char of element) {
		if (!/[-.~\w]/.test(char)) {
			return `invalid char '${printable(char)}'`;
		}
	}

	const short = element.split('.')[0]!;
	if (badWindowsNames.has(short.toUpperCase())) {
		return `"${short}" disallowed as path element component on Windows`;
	}

	if (/~\d+$/.test(short)) {
		return 'trailing tilde and digits in path element';
	}

	return undefined;
}

/** A final `/vN` element must not start with 0, must not be `/v1`, and must not contain dots. */
function majorSuffixOk(path: string): boolean {
	const match = /\/v([\d.]+)$/.exec(path);
	if (match === null) {
		return true;
	}

	const number = match[1]!;
	return !(number.includes('.') || number.startsWith('0') || number === '1');
}

/** Whether go accepts `modulePath` as a module path (see `checkModulePath` for the reason it does not). */
export function isValidModulePath(modulePath: string): boolean {
	return checkModulePath(modulePath) === undefined;
}

/** A value as it may be shown in a message: control characters spelled out, at most 120 characters. */
export function printable(text: string): string {
	return text
		.replaceAll(/[\u0000-\u001F\u007F-\u009F]/g, (char) => String.raw`\x${char.codePointAt(0)!.toString(16).padStart(2, '0')}`)
		.slice(0, 120);
}
