import {hasLookalike} from './lookalike-characters.js';

/**
GOPROXY parsed exactly as cmd/go parses it (modfetch/proxy.go):
entries separated by `,` (fall back to the next entry only on 404/410) or `|` (fall back on any error);
`off` stops the list; `direct` ends it (go ignores anything after `direct`);
a bare host such as `goproxy.cn` gets an implicit `https://`.
*/
export type ProxyEntry =
	| {
			readonly kind: 'url';
			/** As written in GOPROXY (trimmed). Redact before display. */
			readonly raw: string;
			/** The base URL go uses, without a trailing slash. */
			readonly url: string;
			readonly scheme: 'http' | 'https' | 'file';
			/** Host name without brackets, lower-case; empty for file URLs. */
			readonly host: string;
			/** The port go connects to (the explicit one, or 443/80 from the scheme). */
			readonly port: number;
			/** Whether go tries the next entry after any error (`|`) or only after 404/410 (`,`). */
			readonly fallBackOnError: boolean;
	  }
	| {readonly kind: 'direct'; readonly raw: string; readonly fallBackOnError: boolean}
	| {readonly kind: 'off'; readonly raw: string; readonly fallBackOnError: boolean};

export type ParsedProxyList = {
	readonly entries: readonly ProxyEntry[];
	/** Entries go ignores because they come after `direct` or `off`. */
	readonly ignored: readonly string[];
	/**
	Entries go rejects (a single word that is not `direct` or `off`, a scheme other than http, https and
	file, an unparsable URL). go then fails every download with `invalid proxy URL ...`. Also an entry whose host
	holds a look-alike character (`proxy.golang.org，direct`): go takes it as the host name, which cannot resolve
	(go's resolver answers "no such host" without asking), so no request of go's ever leaves for it.
	*/
	readonly invalid: readonly string[];
};

export function parseGoproxyList(goproxy: string): ParsedProxyList {
	const entries: ProxyEntry[] = [];
	const ignored: string[] = [];
	const invalid: string[] = [];
	let rest = goproxy;
	let ended = false;
	while (rest !== '') {
		let token: string;
		let fallBackOnError = false;
		const index = rest.search(/[,|]/);
		if (index === -1) {
			token = rest;
			rest = '';
		} else {
			token = rest.slice(0, index);
			fallBackOnError = rest[index] === '|';
			rest = rest.slice(index + 1);
		}

		token = token.trim();
		if (token === '') {
			continue;
		}

		if (ended) {
			ignored.push(token);
			continue;
		}

		if (token === 'off' || token === 'direct') {
			entries.push({kind: token, raw: token, fallBackOnError});
			ended = true;
			continue;
		}

		const url = toUrl(token);
		if (url === undefined) {
			invalid.push(token);
			continue;
		}

		entries.push({kind: 'url', raw: token, fallBackOnError, ...url});
	}

	return {entries, ignored, invalid};
}

function toUrl(token: string): {url: string; scheme: 'http' | 'https' | 'file'; host: string; port: number} | undefined {
	// Go (modfetch/proxy.go): single words are reserved for built-in behaviours; anything containing ":/" or an
	// absolute path must be a complete URL; other tokens with a dot, colon or slash get an implicit https://.
	const text = /[.:/]/.test(token) && !token.includes(':/') && !token.startsWith('/') ? `https://${token}` : token;
	let parsed: URL;
	try {
		parsed = new URL(text);
	} catch {
		return undefined;
	}

	// WHATWG URL parsing maps `，` to `,` and `：` to `:` (IDNA) and drops zero-width characters: it would turn a host
	// that go cannot resolve into another one. Read the host as written.
	const rawHost = /^[a-z][a-z\d+.-]*:\/\/([^/?#]*)/i.exec(text)?.[1] ?? '';
	if (hasLookalike(rawHost)) {
		return undefined;
	}

	const protocol = parsed.protocol.slice(0, -1);
	if (protocol !== 'http' && protocol !== 'https' && protocol !== 'file') {
		return undefined;
	}

	if (protocol !== 'file' && parsed.hostname === '') {
		return undefined;
	}

	const host = parsed.hostname.replaceAll(/^\[|]$/g, '').toLowerCase();
	const defaultPort = protocol === 'http' ? 80 : 443;
	const port = parsed.port === '' ? defaultPort : Number(parsed.port);
	const url = text.replace(/\/+$/, '');
	return {url, scheme: protocol, host, port};
}

/**
Whether go fetches every module directly from its VCS host: GOPROXY starts with `direct`, or names nothing at all
(set empty on purpose). Not when an entry is invalid: go then fails before it fetches anything, directly or not.
*/
export function fetchesEverythingDirectly(parsed: ParsedProxyList): boolean {
	return parsed.invalid.length === 0 && (parsed.entries.length === 0 || parsed.entries[0]!.kind === 'direct');
}

/**
Whether GOPROXY lets go fetch nothing at all: no entry it can use, and no `direct` (`off`, or only entries go
rejects or cannot reach by name, such as `https://proxy.golang.org，direct`). go then fails before it downloads
anything, so it never asks the checksum database either.
*/
export function fetchesNothing(parsed: ParsedProxyList): boolean {
	return !fetchesEverythingDirectly(parsed) && !parsed.entries.some((entry) => entry.kind === 'url' || entry.kind === 'direct');
}

/** Joins entries back into a GOPROXY value, keeping each entry's separator. */
export function formatGoproxyList(entries: ReadonlyArray<{raw: string; fallBackOnError: boolean}>): string {
	let out = '';
	for (const [index, entry] of entries.entries()) {
		out += entry.raw;
		if (index < entries.length - 1) {
			out += entry.fallBackOnError ? '|' : ',';
		}
	}

	return out;
}
