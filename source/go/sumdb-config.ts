import {knownSumdbKeys, parseVerifierKey, type VerifierKey} from './sumdb-note.js';

/** GOSUMDB as go reads it (cmd/go/internal/modfetch/sumdb.go, dbDial). */
export type SumdbConfig =
	| {readonly kind: 'off'}
	| {
			readonly kind: 'on';
			readonly name: string;
			readonly key: VerifierKey;
			/** The URL GOSUMDB names after the key; go then asks it directly and never through a proxy. */
			readonly url?: string;
			/** Where go reads the database when no proxy serves it: the named URL, else `https://<name>`. */
			readonly base: string;
	  }
	| {readonly kind: 'invalid'; readonly reason: string};

/** The mirror go itself knows: `GOSUMDB=sum.golang.google.cn` is sum.golang.org, read from https://sum.golang.google.cn. */
export const knownSumdbMirrors: Readonly<Record<string, readonly string[]>> = {
	'sum.golang.org': ['https://sum.golang.google.cn'],
};

/**
Reads GOSUMDB as go does: `off`; a known name (`sum.golang.org`); `sum.golang.google.cn` (an alias); or
`<verifier key> [<url>]`. An empty value is go's default, sum.golang.org.
*/
export function parseGosumdb(value: string): SumdbConfig {
	let text = value.trim() === '' ? 'sum.golang.org' : value.trim();
	if (text === 'sum.golang.google.cn') {
		text = 'sum.golang.org https://sum.golang.google.cn';
	}

	if (text === 'off') {
		return {kind: 'off'};
	}

	const fields = text.split(/\s+/);
	if (fields.length > 2) {
		return {kind: 'invalid', reason: 'invalid GOSUMDB: too many fields'};
	}

	const keyText = knownSumdbKeys[fields[0] ?? ''] ?? fields[0] ?? '';
	const key = parseVerifierKey(keyText);
	if ('error' in key) {
		return {kind: 'invalid', reason: `invalid GOSUMDB: ${key.error}`};
	}

	if (!/^[\w.-]+(?::\d+)?(?:\/[\w./-]*)?$/.test(key.name) || key.name.endsWith('/')) {
		return {kind: 'invalid', reason: `invalid sumdb name (must be host[/path]): ${key.name}`};
	}

	const url = fields[1];
	if (url !== undefined) {
		try {
			const parsed = new URL(url);
			if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
				return {kind: 'invalid', reason: `invalid GOSUMDB URL: unsupported scheme ${parsed.protocol}`};
			}
		} catch {
			return {kind: 'invalid', reason: `invalid GOSUMDB URL: ${url}`};
		}
	}

	return {kind: 'on', name: key.name, key, ...(url === undefined ? {} : {url}), base: (url ?? `https://${key.name}`).replace(/\/+$/, '')};
}

/** The GOSUMDB value that reads the same database (same key) from another URL. */
export function gosumdbWithUrl(config: {readonly key: VerifierKey}, url: string): string {
	return `${config.key.text} ${url}`;
}
