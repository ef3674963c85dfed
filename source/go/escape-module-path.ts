/**
Module paths and versions as they appear in GOPROXY URLs (golang.org/x/mod/module): every upper-case
letter becomes `!` and its lower-case form, so that case-insensitive file systems and servers cannot
confuse `github.com/Azure/x` with `github.com/azure/x`.
*/

function escapeString(text: string): string {
	return text.replaceAll(/[A-Z]/g, letter => `!${letter.toLowerCase()}`);
}

/**
`github.com/BurntSushi/toml` → `github.com/!burnt!sushi/toml`.
Escapes only; check the path with `isValidModulePath` first (go refuses to escape an invalid path).
*/
export function escapeModulePath(modulePath: string): string {
	return escapeString(modulePath);
}

/** `v1.0.0-RC1` → `v1.0.0-!r!c1`. Escapes only, like `escapeModulePath`. */
export function escapeVersion(version: string): string {
	return escapeString(version);
}

const windowsReservedNames = new Set([
	'CON',
	'PRN',
	'AUX',
	'NUL',
	...Array.from({length: 9}, (_, index) => `COM${index + 1}`),
	...Array.from({length: 9}, (_, index) => `LPT${index + 1}`),
]);

/** Why go would reject `modulePath` (module.CheckPath), or undefined when it is valid. */
export function checkModulePath(modulePath: string): string | undefined {
	if (modulePath === '') {
		return 'empty string';
	}

	if (modulePath.startsWith('-')) {
		return 'leading dash';
	}

	if (modulePath.includes('//')) {
		return 'double slash';
	}

	if (modulePath.endsWith('/')) {
		return 'trailing slash';
	}

	for (const element of modulePath.split('/')) {
		const problem = checkElement(element);
		if (problem !== undefined) {
			return `${problem} in path element ${JSON.stringify(element)}`;
		}
	}

	const first = modulePath.split('/')[0]!;
	if (first === '') {
		return 'leading slash';
	}

	if (!first.includes('.')) {
		return 'missing dot in first path element';
	}

	if (!/^[-.\da-z]+$/.test(first)) {
		return `invalid char in first path element ${JSON.stringify(first)}`;
	}

	if (!hasValidMajorVersionSuffix(modulePath)) {
		return 'invalid version suffix (a /vN suffix must be /v2 or later, without leading zeros)';
	}

	return undefined;
}

/** Whether go accepts `modulePath` as a module path (see `checkModulePath` for the reason it does not). */
export function isValidModulePath(modulePath: string): boolean {
	return checkModulePath(modulePath) === undefined;
}

function checkElement(element: string): string | undefined {
	if (element === '') {
		return 'empty path element';
	}

	if (/^\.+$/.test(element)) {
		return 'dot-only path element';
	}

	if (element.startsWith('.')) {
		return 'leading dot';
	}

	if (element.endsWith('.')) {
		return 'trailing dot';
	}

	// Letters, digits and -._~ only: no control characters, spaces, `!` or anything non-ASCII.
	if (!/^[-.\w~]+$/.test(element)) {
		return 'invalid char';
	}

	const short = element.includes('.') ? element.slice(0, element.indexOf('.')) : element;
	if (windowsReservedNames.has(short.toUpperCase())) {
		return 'reserved Windows name';
	}

	const tilde = short.lastIndexOf('~');
	if (tilde >= 0 && tilde < short.length - 1 && /^\d+$/.test(short.slice(tilde + 1))) {
		return 'trailing tilde and digits (a Windows short name)';
	}

	return undefined;
}

/** module.SplitPathVersion: a trailing `/vN` must be v2 or later with no leading zero and no dot. */
function hasValidMajorVersionSuffix(modulePath: string): boolean {
	if (modulePath.startsWith('gopkg.in/')) {
		return /\.v(0|[1-9]\d*)(-unstable)?$/.test(modulePath);
	}

	let index = modulePath.length;
	let dot = false;
	while (index > 0 && /[\d.]/.test(modulePath[index - 1]!)) {
		if (modulePath[index - 1] === '.') {
			dot = true;
		}

		index--;
	}

	if (index <= 1 || index === modulePath.length || modulePath[index - 1] !== 'v' || modulePath[index - 2] !== '/') {
		return true;
	}

	const major = modulePath.slice(index - 2);
	return !(dot || major.length <= 2 || major[2] === '0' || major === '/v1');
}
