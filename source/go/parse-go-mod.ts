/**
A tolerant go.mod reader for diagnosis (the grammar of golang.org/x/mod/modfile, less strictly checked):
`//` comments anywhere, directives on one line or in a `verb ( ... )` block, quoted paths ("..." or `...`).
It never throws: anything it cannot read becomes an entry in `errors` (with go's wording where go has one)
and parsing goes on with the next line.
*/

/** One `require` line. */
export type GoModRequire = {
	readonly path: string;
	readonly version: string;
	/** Marked `// indirect`. */
	readonly indirect: boolean;
	/** 1-based line number. */
	readonly line: number;
};

/** One `replace` line: `old [version] => new [version]`; a new path without version is a local directory. */
export type GoModReplace = {
	readonly oldPath: string;
	/** Only this version is replaced; all versions when undefined. */
	readonly oldVersion?: string;
	readonly newPath: string;
	/** Undefined when the replacement is a directory on disk. */
	readonly newVersion?: string;
	readonly line: number;
};

/** One `exclude` line. */
export type GoModExclude = {
	readonly path: string;
	readonly version: string;
	readonly line: number;
};

export type GoModError = {
	readonly line: number;
	readonly message: string;
};

/** What go.mod says, as far as it could be read. */
export type ParsedGoMod = {
	/** The `module` line's path; undefined when there is none. */
	readonly module?: string;
	readonly moduleLine?: number;
	/** The `go` line's version, e.g. `1.22` or `1.22.3`. */
	readonly go?: string;
	/** The `toolchain` line's name, e.g. `go1.22.3` or `default`. */
	readonly toolchain?: string;
	readonly requires: readonly GoModRequire[];
	readonly replaces: readonly GoModReplace[];
	readonly excludes: readonly GoModExclude[];
	/** Problems found, in line order. Empty for a well-formed file. */
	readonly errors: readonly GoModError[];
};

type Token = {readonly text: string; readonly quoted: boolean};

type Line = {
	readonly number: number;
	readonly tokens: readonly Token[];
	/** The text of the line's trailing `//` comment, without the slashes, trimmed. */
	readonly comment?: string;
	readonly error?: string;
};

const knownVerbs = new Set(['module', 'go', 'toolchain', 'godebug', 'require', 'exclude', 'replace', 'retract', 'tool', 'ignore']);
const blockVerbs = new Set(['require', 'exclude', 'replace', 'retract', 'godebug', 'tool', 'ignore']);

export function parseGoMod(text: string): ParsedGoMod {
	const read: GoModRead = {requires: [], replaces: [], excludes: [], errors: []};
	const error = reportTo(read);

	let block: {verb: string; line: number} | undefined;
	const lines = text.replaceAll('\r\n', '\n').split('\n');
	for (const [index, raw] of lines.entries()) {
		const line = tokenize(raw, index + 1);
		if (line.error !== undefined) {
			error(line.number, line.error);
			continue;
		}

		if (line.tokens.length === 0) {
			continue;
		}

		const first = line.tokens[0]!;
		if (block !== undefined) {
			if (!first.quoted && first.text === ')') {
				if (line.tokens.length > 1) {
					error(line.number, 'syntax error: unexpected text after )');
				}

				block = undefined;
				continue;
			}

			handle(read, block.verb, line.tokens, line);
			continue;
		}

		const verb = first.text;
		const args = line.tokens.slice(1);
		if (first.quoted || !knownVerbs.has(verb)) {
			error(line.number, `unknown directive: ${verb}`);
			continue;
		}

		if (args.length > 0 && !args[0]!.quoted && args[0]!.text === '(') {
			if (!blockVerbs.has(verb)) {
				error(line.number, `syntax error: ${verb} cannot be a block`);
				continue;
			}

			if (args.length === 2 && !args[1]!.quoted && args[1]!.text === ')') {
				continue;
			}

			if (args.length > 1) {
				error(line.number, 'syntax error: unexpected text after (');
				continue;
			}

			block = {verb, line: line.number};
			continue;
		}

		handle(read, verb, args, line);
	}

	if (block !== undefined) {
		error(block.line, `syntax error: unterminated ${block.verb} block`);
	}

	const {module, moduleLine, go, toolchain, requires, replaces, excludes, errors} = read;
	return {
		...(module === undefined ? {} : {module, moduleLine}),
		...(go === undefined ? {} : {go}),
		...(toolchain === undefined ? {} : {toolchain}),
		requires,
		replaces,
		excludes,
		errors,
	};
}

/** What parseGoMod has read so far. */
type GoModRead = {
	module?: string;
	moduleLine?: number;
	go?: string;
	toolchain?: string;
	readonly requires: GoModRequire[];
	readonly replaces: GoModReplace[];
	readonly excludes: GoModExclude[];
	readonly errors: GoModError[];
};

/** A function that records an error at a line of go.mod. */
function reportTo(read: GoModRead): (line: number, message: string) => void {
	return (line, message) => {
		read.errors.push({line, message});
	};
}

/** Applies one directive (or one line of a block) to what is read so far. */
function handle(read: GoModRead, verb: string, args: readonly Token[], line: Line): void {
	const error = reportTo(read);
	const n = line.number;
	const words = args.map((token) => token.text);
	switch (verb) {
		case 'module': {
			if (read.module !== undefined) {
				error(n, 'repeated module statement');
			} else if (words.length !== 1 || words[0] === '') {
				error(n, 'usage: module module/path');
			} else {
				read.module = words[0]!;
				read.moduleLine = n;
			}

			break;
		}

		case 'go': {
			if (read.go !== undefined) {
				error(n, 'repeated go statement');
			} else if (words.length !== 1) {
				error(n, 'go directive expects exactly one argument');
			} else if (/^[1-9]\d*(?:\.(?:0|[1-9]\d*)){1,2}(?:[a-z]+\d+)?$/.test(words[0]!)) {
				read.go = words[0]!;
			} else {
				error(n, `invalid go version '${words[0]!}': must match format 1.23.0`);
			}

			break;
		}

		case 'toolchain': {
			if (read.toolchain !== undefined) {
				error(n, 'repeated toolchain statement');
			} else if (words.length !== 1) {
				error(n, 'toolchain directive expects exactly one argument');
			} else if (/^default$|^go1(?:$|\.)/.test(words[0]!)) {
				read.toolchain = words[0]!;
			} else {
				error(n, `invalid toolchain version '${words[0]!}': must match format go1.23.0 or default`);
			}

			break;
		}

		case 'require':
		case 'exclude': {
			const usage = `usage: ${verb} module/path v1.2.3`;
			if (words.length !== 2 || words[0] === '') {
				error(n, usage);
				break;
			}

			const [path, version] = words as [string, string];
			if (!isVersion(version)) {
				error(n, `${path}@${version}: invalid version: must be of the form v1.2.3`);
				break;
			}

			const major = majorVersionError(verb, path, version);
			if (major !== undefined) {
				error(n, major);
				break;
			}

			if (verb === 'require') {
				read.requires.push({path, version, indirect: isIndirect(line.comment), line: n});
			} else {
				read.excludes.push({path, version, line: n});
			}

			break;
		}

		case 'replace': {
			const replace = readReplace(words, n);
			if (typeof replace === 'string') {
				error(n, replace);
			} else {
				read.replaces.push(replace);
			}

			break;
		}

		default: {
			// `godebug`, `retract`, `tool`, `ignore`: known, and not needed for diagnosis.
			break;
		}
	}
}

function readReplace(words: readonly string[], line: number): GoModReplace | string {
	const usage = 'usage: replace module/path [v1.2.3] => other/module v1.4\n\t or replace module/path [v1.2.3] => ../local/directory';
	const arrow = words.indexOf('=>');
	if (arrow < 1 || arrow > 2 || words.length - arrow - 1 < 1 || words.length - arrow - 1 > 2) {
		return usage;
	}

	const oldPath = words[0]!;
	const oldVersion = arrow === 2 ? words[1] : undefined;
	const newPath = words[arrow + 1]!;
	const newVersion = words[arrow + 2];
	if (oldVersion !== undefined && !isVersion(oldVersion)) {
		return `${oldPath}@${oldVersion}: invalid version: must be of the form v1.2.3`;
	}

	const local = isLocalPath(newPath);
	if (newVersion === undefined && !local) {
		return newPath.includes('@')
			? "replacement module must match format 'path version', not 'path@version'"
			: 'replacement module without version must be directory path (rooted or starting with . or ..)';
	}

	if (newVersion !== undefined && local) {
		return `replacement module directory path ${JSON.stringify(newPath)} cannot have version`;
	}

	if (newVersion !== undefined && !isVersion(newVersion)) {
		return `${newPath}@${newVersion}: invalid version: must be of the form v1.2.3`;
	}

	const major =
		(oldVersion === undefined ? undefined : majorVersionError('replace', oldPath, oldVersion)) ??
		(newVersion === undefined ? undefined : majorVersionError('replace', newPath, newVersion));
	if (major !== undefined) {
		return major;
	}

	return {
		oldPath,
		...(oldVersion === undefined ? {} : {oldVersion}),
		newPath,
		...(newVersion === undefined ? {} : {newVersion}),
		line,
	};
}

/** Reads one line into tokens, separating a trailing `//` comment. */
function tokenize(raw: string, number: number): Line {
	const tokens: Token[] = [];
	let index = 0;
	while (index < raw.length) {
		const char = raw[index]!;
		if (char === ' ' || char === '\t' || char === '\r' || char === '\v' || char === '\f') {
			index++;
			continue;
		}

		if (raw.startsWith('//', index)) {
			return {number, tokens, comment: raw.slice(index + 2).trim()};
		}

		if (char === '(' || char === ')') {
			tokens.push({text: char, quoted: false});
			index++;
			continue;
		}

		if (char === '"' || char === '`') {
			const end = findClosingQuote(raw, index);
			if (end < 0) {
				return {number, tokens, error: 'syntax error: unterminated quoted string'};
			}

			const literal = raw.slice(index, end + 1);
			const text = char === '`' ? literal.slice(1, -1) : unquote(literal);
			if (text === undefined) {
				return {number, tokens, error: `syntax error: invalid quoted string ${literal}`};
			}

			tokens.push({text, quoted: true});
			index = end + 1;
			continue;
		}

		let end = index;
		while (end < raw.length && !/[\s()"`]/.test(raw[end]!) && !raw.startsWith('//', end)) {
			end++;
		}

		tokens.push({text: raw.slice(index, end), quoted: false});
		index = end;
	}

	return {number, tokens};
}

function findClosingQuote(raw: string, start: number): number {
	const quote = raw[start];
	for (let index = start + 1; index < raw.length; index++) {
		if (quote === '"' && raw[index] === '\\') {
			index++;
			continue;
		}

		if (raw[index] === quote) {
			return index;
		}
	}

	return -1;
}

function unquote(literal: string): string | undefined {
	try {
		const value: unknown = JSON.parse(literal);
		return typeof value === 'string' ? value : undefined;
	} catch {
		return undefined;
	}
}

/** Go's `// indirect` rule: the comment is the single word `indirect`, or its first word is `indirect;`. */
function isIndirect(comment: string | undefined): boolean {
	const fields = comment?.split(/\s+/).filter((field) => field !== '') ?? [];
	return (fields.length === 1 && fields[0] === 'indirect') || (fields.length > 1 && fields[0] === 'indirect;');
}

/**
Go's rule for a canonical version in go.mod (modload's fixVersion, module.CheckPathMajor): its major version must
match the path's suffix, `/vN` (`.vN` for gopkg.in), or be v0/v1 (or `+incompatible`) without one. go stops at
`require github.com/spf13/pflag v9.9.9` with `require github.com/spf13/pflag: version "v9.9.9" invalid: should be
v0 or v1, not v9`; this is that message, or undefined when the version fits. Non-canonical versions (`v1.2`) go
resolves through the network first, so they are left to go.
*/
export function majorVersionError(verb: string, path: string, version: string): string | undefined {
	if (!/^v\d+\.\d+\.\d+(?:-[\w.-]+)?(?:\+incompatible)?$/.test(version)) {
		return undefined;
	}

	const suffix = pathMajor(path);
	if (suffix === undefined) {
		return undefined;
	}

	const major = /^v\d+/.exec(version)![0];
	const incompatible = version.endsWith('+incompatible');
	let wanted: string;
	if (suffix === '') {
		if (major === 'v0' || major === 'v1' || incompatible) {
			return undefined;
		}

		wanted = 'v0 or v1';
	} else {
		const expected = suffix.slice(1).replace(/-unstable$/, '');
		// An old pseudo-version of gopkg.in/...v1 modules is allowed (module.CheckPathMajor).
		if (major === expected || (expected === 'v1' && suffix.startsWith('.') && version.startsWith('v0.0.0-'))) {
			return undefined;
		}

		wanted = expected;
	}

	return `${verb} ${path}: version "${version}" invalid: should be ${wanted}, not ${major}`;
}

/** Go's module.SplitPathVersion: the path's major-version suffix (`/v2`, `.v3` for gopkg.in), `''` when it has none, undefined when malformed. */
function pathMajor(path: string): string | undefined {
	if (path.startsWith('gopkg.in/')) {
		const match = /\.v(\d*)(-unstable)?$/.exec(path);
		if (match === null || match[1] === '' || (match[1]!.startsWith('0') && match[1] !== '0')) {
			return undefined;
		}

		return `.v${match[1]!}${match[2] ?? ''}`;
	}

	const match = /\/v([\d.]+)$/.exec(path);
	if (match === null) {
		return '';
	}

	const digits = match[1]!;
	return digits.includes('.') || digits.startsWith('0') || digits === '1' ? undefined : `/v${digits}`;
}

/** A semantic version as go.mod uses it (canonical or not: go.mod may hold `v1.2` until go rewrites it). */
function isVersion(version: string): boolean {
	return /^v\d+(?:\.\d+){0,2}(?:-[\w.-]+)?(?:\+[\w.-]+)?$/.test(version);
}

function isLocalPath(path: string): boolean {
	return (
		path.startsWith('./') ||
		path.startsWith('../') ||
		path.startsWith('/') ||
		path === '.' ||
		path === '..' ||
		/^[A-Za-z]:[\\/]/.test(path) ||
		path.startsWith('.\\') ||
		path.startsWith('..\\')
	);
}
