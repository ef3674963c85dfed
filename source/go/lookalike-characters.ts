/**
Characters that look like ASCII punctuation or spaces (or like nothing at all) but that go reads as ordinary
characters: a full-width comma `，` typed by a Chinese input method, a no-break space from a web page, a zero-width
space or a curly quote from a document. In GOPROXY, `https://proxy.golang.org，direct` is ONE entry for go (it splits
on ASCII `,` and `|` only): go looks up the host name `proxy.golang.org，direct`, which no DNS name can be, and never
reaches `direct`. WHATWG URL parsing (and so Node's `new URL`) maps `，` to `,` and `：` to `:`, which hid it.
*/

/** What a look-alike is and what stands for it in a repaired value. */
export type Lookalike = {
	/** The code point, e.g. `U+FF0C`. */
	readonly codePoint: string;
	/** Its name's key in the catalog (`lint.lookalike.names`). */
	readonly name: LookalikeName;
	/** The ASCII character it imitates (`,` `|` `:` ` `), or `''` for one that is meant to be nothing. */
	readonly ascii: string;
	/** It shows as nothing (zero-width) or as a blank (a space): the evidence shows only its escape. */
	readonly invisible: boolean;
};

export type LookalikeName =
	| 'fullWidthComma'
	| 'fullWidthBar'
	| 'fullWidthColon'
	| 'ideographicSpace'
	| 'noBreakSpace'
	| 'zeroWidthSpace'
	| 'zeroWidthNonJoiner'
	| 'zeroWidthJoiner'
	| 'byteOrderMark'
	| 'wordJoiner'
	| 'leftSingleQuote'
	| 'rightSingleQuote'
	| 'leftDoubleQuote'
	| 'rightDoubleQuote';

const table: Readonly<Record<string, Lookalike>> = {
	'\uFF0C': {codePoint: 'U+FF0C', name: 'fullWidthComma', ascii: ',', invisible: false},
	'\uFF5C': {codePoint: 'U+FF5C', name: 'fullWidthBar', ascii: '|', invisible: false},
	'\uFF1A': {codePoint: 'U+FF1A', name: 'fullWidthColon', ascii: ':', invisible: false},
	'\u3000': {codePoint: 'U+3000', name: 'ideographicSpace', ascii: ' ', invisible: true},
	'\u00A0': {codePoint: 'U+00A0', name: 'noBreakSpace', ascii: ' ', invisible: true},
	'\u200B': {codePoint: 'U+200B', name: 'zeroWidthSpace', ascii: '', invisible: true},
	'\u200C': {codePoint: 'U+200C', name: 'zeroWidthNonJoiner', ascii: '', invisible: true},
	'\u200D': {codePoint: 'U+200D', name: 'zeroWidthJoiner', ascii: '', invisible: true},
	'\uFEFF': {codePoint: 'U+FEFF', name: 'byteOrderMark', ascii: '', invisible: true},
	'\u2060': {codePoint: 'U+2060', name: 'wordJoiner', ascii: '', invisible: true},
	'\u2018': {codePoint: 'U+2018', name: 'leftSingleQuote', ascii: '', invisible: false},
	'\u2019': {codePoint: 'U+2019', name: 'rightSingleQuote', ascii: '', invisible: false},
	'\u201C': {codePoint: 'U+201C', name: 'leftDoubleQuote', ascii: '', invisible: false},
	'\u201D': {codePoint: 'U+201D', name: 'rightDoubleQuote', ascii: '', invisible: false},
};

// eslint-disable-next-line no-misleading-character-class -- each character is one look-alike on its own; none joins another
const lookalikePattern = /[\uFF0C\uFF5C\uFF1A\u3000\u00A0\u200B\u200C\u200D\uFEFF\u2060\u2018\u2019\u201C\u201D]/;

/** The look-alike `char` is, or undefined for any other character. */
export function lookalikeOf(char: string): Lookalike | undefined {
	return table[char];
}

/** Whether `text` holds a look-alike character anywhere. */
export function hasLookalike(text: string): boolean {
	return lookalikePattern.test(text);
}

/** The space characters go's `strings.TrimSpace` (unicode.IsSpace) trims, among the look-alikes. */
function isGoSpace(char: string): boolean {
	return char === '\u3000' || char === '\u00A0';
}

/** One look-alike found in a value: where, and what go makes of it there. */
export type LookalikeFinding = {
	readonly char: string;
	readonly lookalike: Lookalike;
	/** Index (UTF-16) in the value. */
	readonly index: number;
	/** The text just before it, within its own entry or pattern (empty at its start). */
	readonly before: string;
	/** The text just after it, within its entry or pattern, for one at the start. */
	readonly after: string;
	/**
	What go makes of it: `host` (part of a proxy's host name, which cannot resolve), `rejected` (go rejects the
	entry or the value: every download or verification fails), `path` (sent in a proxy URL's path), `pattern` (part
	of a module-path pattern, which then matches no path).
	*/
	readonly effect: 'host' | 'rejected' | 'path' | 'pattern';
};

/**
The look-alikes in one of go's settings that change what go does, in order. Harmless ones are left out: a space
(U+3000, U+00A0) at either end of a GOPROXY entry, which go trims, and one in GOSUMDB, which go splits on as on
an ASCII space.
*/
export function findLookalikes(setting: string, value: string): LookalikeFinding[] {
	const found: LookalikeFinding[] = [];
	if (!hasLookalike(value)) {
		return found;
	}

	const separators = setting === 'GOPROXY' ? /[,|]/ : setting === 'GOSUMDB' ? /\s/ : /,/;
	// One pass over the entries (or patterns), each read once: a hostile value of a million look-alikes costs no more
	// than reading it, and the finding names the first few.
	let start = 0;
	for (let end = 0; end <= value.length && found.length < maxFindings; end++) {
		if (end < value.length && !separators.test(value[end]!)) {
			continue;
		}

		const token = value.slice(start, end);
		for (let at = 0; at < token.length && found.length < maxFindings; at++) {
			const char = token[at]!;
			const lookalike = lookalikeOf(char);
			const effect = lookalike === undefined ? undefined : effectIn(setting, token, at);
			if (lookalike !== undefined && effect !== undefined) {
				found.push({
					char,
					lookalike,
					index: start + at,
					before: token.slice(Math.max(0, at - 60), at),
					after: token.slice(at + 1, at + 61),
					effect,
				});
			}
		}

		start = end + 1;
	}

	return found;
}

/** At most this many look-alikes are named in one value. */
const maxFindings = 8;

function effectIn(setting: string, token: string, at: number): LookalikeFinding['effect'] | undefined {
	const char = token[at]!;
	if (setting === 'GOSUMDB') {
		return isGoSpace(char) ? undefined : 'rejected';
	}

	if (setting !== 'GOPROXY') {
		return 'pattern';
	}

	// Go trims an entry with strings.TrimSpace: spaces at its ends do nothing.
	if (isGoSpace(char) && (/^[\s\u3000\u00A0]*$/.test(token.slice(0, at)) || /^[\s\u3000\u00A0]*$/.test(token.slice(at + 1)))) {
		return undefined;
	}

	const trimmed = token.replace(/^[\s\u3000\u00A0]+/, '');
	const offset = at - (token.length - trimmed.length);
	// As modfetch/proxy.go: a token with "." ":" or "/" and no ":/" gets an implicit https://; a single word is
	// `direct`, `off` or rejected (invalid proxy URL missing scheme).
	const schemeEnd = trimmed.indexOf('://');
	let hostStart: number;
	if (schemeEnd !== -1) {
		if (offset < schemeEnd + 3) {
			return 'rejected';
		}

		hostStart = schemeEnd + 3;
	} else if (/[.:/]/.test(trimmed) && !trimmed.includes(':/')) {
		hostStart = 0;
	} else {
		return 'rejected';
	}

	const rest = trimmed.slice(hostStart);
	const hostLength = rest.search(/[/?#]/) === -1 ? rest.length : rest.search(/[/?#]/);
	if (offset >= hostStart + hostLength) {
		return 'path';
	}

	// In the port (after the host's last ASCII colon): go's url.Parse rejects it ("invalid port").
	const host = rest.slice(0, hostLength);
	const colon = host.lastIndexOf(':');
	return colon !== -1 && offset > hostStart + colon ? 'rejected' : 'host';
}

/**
`value` with every look-alike replaced by what it imitates: `，` `｜` `：` by `,` `|` `:`; zero-width characters and
curly quotes removed; a space (U+3000, U+00A0) removed at the ends of an entry or pattern, and between two words
of GOPROXY or a pattern list read as the separator it stands for (`,`), an ASCII space in GOSUMDB.
*/
export function repairLookalikes(setting: string, value: string): string {
	// For each position, the next character that is not a space or zero-width (computed once, from the end).
	const next: Array<string | undefined> = Array.from({length: value.length + 1});
	for (let index = value.length - 1; index >= 0; index--) {
		next[index] = /[\s\u3000\u00A0\u200B-\u200D\uFEFF\u2060]/.test(value[index]!) ? next[index + 1] : value[index];
	}

	// Built as parts, with the last character kept aside: reading the end of a growing string flattens it each time.
	const parts: string[] = [];
	let previous: string | undefined;
	const put = (text: string) => {
		if (text !== '') {
			parts.push(text);
			previous = text.at(-1);
		}
	};

	// eslint-disable-next-line unicorn/no-for-loop -- UTF-16 units by index, as next[index + 1] reads them
	for (let index = 0; index < value.length; index++) {
		const char = value[index]!;
		const lookalike = lookalikeOf(char);
		if (lookalike === undefined) {
			put(char);
		} else if (lookalike.ascii !== ' ') {
			put(lookalike.ascii);
		} else if (setting === 'GOSUMDB') {
			put(' ');
		} else {
			const following = next[index + 1];
			const between = previous !== undefined && following !== undefined && !/[,|\s]/.test(previous) && !/[,|\uFF0C\uFF5C]/.test(following);
			put(between ? ',' : '');
		}
	}

	return parts.join('');
}

/** `value` as evidence shows it: each look-alike as its escape (`\uFF0C`) followed by its glyph when it has one (`(，)`). */
export function showLookalikes(value: string): string {
	let out = '';
	for (const char of value) {
		const lookalike = lookalikeOf(char);
		out += lookalike === undefined ? char : String.raw`\u${lookalike.codePoint.slice(2)}${lookalike.invisible ? '' : `(${char})`}`;
	}

	return out;
}
