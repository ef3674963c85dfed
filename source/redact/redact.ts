import type {Environment} from '../system/types.js';
import {knownSecrets} from './known-secrets.js';

/**
What every removed secret becomes. Three asterisks were chosen over `[REDACTED]` because the marker lands
inside URLs (`https://***@host`), mermaid labels and shell lines, where brackets have a meaning of their own.
Markdown renderers keep it in code spans and escape it in prose.
*/
export const redactionMarker = '***';

/** Removes secrets from text and from JSON-like values. */
export type Redactor = {
	/** The text with every secret replaced by `***`. Idempotent: `redact(redact(x)) === redact(x)`. */
	readonly redact: (text: string) => string;
	/**
	A copy of a JSON-like value (objects, arrays, strings) with every string redacted, and the values of secret-named
	keys (`password`, `token`, `authorization`...) and of `{name|key, value}` records with a secret-looking name
	replaced outright. Other values (numbers, booleans, `Date`s...) are returned as they are.
	*/
	readonly redactDeep: <T>(value: T) => T;
};

export type RedactorOptions = {
	/**
	The environment of the session. The values of variables whose names look secret (`*TOKEN*`, `*SECRET*`,
	`*PASSWORD*`, `*PASSWD*`, `*API_KEY*`, `*CREDENTIAL*`, `*_AUTH*`...) are removed wherever they appear, and so are
	the secrets embedded in any other value (the password of a proxy URL's userinfo, a token in `GOAUTH`...).
	*/
	readonly env?: Environment;
	/** More literal values to remove wherever they appear. */
	readonly secrets?: readonly string[];
	/**
	Read the .netrc and the GOENV file that `env` names for the credentials they hold (see known-secrets.ts).
	@default true
	*/
	readonly files?: boolean;
};

/**
Literal values shorter than this are not replaced everywhere (a four-letter password would still be removed where it
stands as a password, a token or a userinfo; replacing every `ab` in a transcript would make it unreadable).
*/
const minLiteralLength = 4;

/** Values that a secret-looking variable may hold without being a secret. */
const notSecretValues = new Set(['true', 'false', 'yes', 'no', 'on', 'off', 'none', 'null', 'unset', 'auto', 'netrc']);

const secretNamePattern =
	/token|secret|passw(?:or)?d|passphrase|api[_-]?key|apikey|private[_-]?key|access[_-]?key|credential|signature|_auth(?!or)|^auth$|^pass$|authorization|cookie/i;

/**
Whether a variable, key or field name looks like it holds a secret (`GITHUB_TOKEN`, `password`, `api_key`,
`NPM_CONFIG__AUTH`...). `GOAUTH` does not: its value is a list of methods, searched for embedded secrets instead.
*/
/**
A redacted line for the user to copy and run themselves: where the redaction hid a URL's credentials (`http://***@proxy`)
the explicit placeholder stands instead (`http://USER:TOKEN@proxy`), so that the line says what to put there; the
marker is not a value anyone could type.
*/
export function withCredentialPlaceholders(redacted: string): string {
	return redacted
		.replaceAll(`://${redactionMarker}@`, '://USER:TOKEN@')
		.replaceAll(new RegExp(String.raw`(^|[\s=,'"])${redactionMarker.replaceAll('*', String.raw`\*`)}@`, 'g'), '$1USER:TOKEN@');
}

export function looksSecretName(name: string): boolean {
	if (name.length > 128) {
		return false;
	}

	// A credential *helper* names a program, not a credential.
	if (/helper$/i.test(name)) {
		return false;
	}

	return secretNamePattern.test(name);
}

const secretFieldNames = new Set([
	'password',
	'passwd',
	'pass',
	'passphrase',
	'secret',
	'token',
	'auth',
	'authorization',
	'proxyauthorization',
	'cookie',
	'setcookie',
	'apikey',
	'privatekey',
	'accesskey',
	'secretkey',
	'credential',
	'credentials',
]);

/**
Whether an object key (in `redactDeep`) names a secret: stricter than `looksSecretName`, so that diagnostic fields
such as `authorizationError` or `tokenCount` keep their values.
*/
function isSecretField(key: string): boolean {
	const folded = key.toLowerCase().replaceAll(/[^a-z]/g, '');
	return secretFieldNames.has(folded) || /(?:token|password|passwd|secret)$/.test(folded);
}

/** Creates a redactor for one session. */
export function createRedactor(options: RedactorOptions = {}): Redactor {
	if (options.env !== undefined && options.files !== false) {
		// The .netrc passwords and the GOENV file's proxy userinfo and GOAUTH arguments: credentials the run knows.
		options = {...options, secrets: [...(options.secrets ?? []), ...knownSecrets(options.env)]};
	}

	const literals = collectLiterals(options);
	const redact = (text: string): string => redactText(text, literals);
	const redactDeep = <T>(value: T): T => deep(value, redact, new WeakMap()) as T;
	return {redact, redactDeep};
}

function collectLiterals(options: RedactorOptions): string[] {
	const found = new Set<string>();
	const add = (value: string) => {
		const trimmed = value.trim();
		if (trimmed.length < minLiteralLength || trimmed.includes(redactionMarker) || notSecretValues.has(trimmed.toLowerCase())) {
			return;
		}

		found.add(trimmed);
		// The same secret as it would appear in a URL, and as it appears once decoded from one.
		const encoded = encodeURIComponent(trimmed);
		if (encoded !== trimmed) {
			found.add(encoded);
		}

		try {
			const decoded = decodeURIComponent(trimmed);
			if (decoded !== trimmed && decoded.length >= minLiteralLength) {
				found.add(decoded);
			}
		} catch {
			// Not percent-encoded.
		}
	};

	for (const secret of options.secrets ?? []) {
		add(secret);
	}

	for (const [name, value] of Object.entries(options.env ?? {})) {
		if (value === undefined || value === '') {
			continue;
		}

		if (looksSecretName(name)) {
			add(value);
		}

		// Secrets embedded in any value: a proxy URL's password, a bearer token in GOAUTH, a token in a git config line.
		applyRules(value.slice(0, 65_536), (secret) => {
			add(secret);
		});
	}

	// Longest first, so that a secret containing another one is removed whole.
	return [...found].toSorted((a, b) => b.length - a.length);
}

function redactText(text: string, literals: readonly string[]): string {
	let current = text;
	// Every rule maps its own output to itself; the loop is a guard that makes idempotence hold even where two rules
	// interact (a URL inside a `token=` value).
	for (let pass = 0; pass < 4; pass++) {
		const next = applyRules(replaceLiterals(current, literals));
		if (next === current) {
			break;
		}

		current = next;
	}

	return current;
}

function replaceLiterals(text: string, literals: readonly string[]): string {
	let out = text;
	for (const literal of literals) {
		if (out.includes(literal)) {
			out = out.split(literal).join(redactionMarker);
		}
	}

	return out;
}

/** Called with each secret a rule removes (the collector of embedded secrets in environment values). */
type Found = (secret: string) => void;

function applyRules(text: string, found: Found = () => undefined): string {
	let out = text;
	out = redactUrlUserinfo(out, found);
	out = redactBareUserinfo(out, found);
	out = redactAuthorizationHeaders(out, found);
	out = redactBearerTokens(out, found);
	out = redactTokenShapes(out, found);
	out = redactKeyValues(out, found);
	out = redactJsonKeyValues(out, found);
	out = redactNetrc(out, found);
	return out;
}

const webSchemes = new Set(['http', 'https', 'socks', 'socks4', 'socks4a', 'socks5', 'socks5h', 'ws', 'wss', 'ftp']);

function isSchemeChar(code: number): boolean {
	return (
		(code >= 0x61 && code <= 0x7a) ||
		(code >= 0x41 && code <= 0x5a) ||
		(code >= 0x30 && code <= 0x39) ||
		code === 0x2b ||
		code === 0x2d ||
		code === 0x2e
	);
}

/** Characters that end a URL's authority (host part) in running text. */
function endsAuthority(char: string): boolean {
	return /[\s/?#"'<>`\\|]/.test(char);
}

/**
The placeholders gomod-doctor itself writes where the user's own credentials go (`http://USER:PASSWORD@proxy`):
shown as they are, so that a line to copy says what to put there instead of the redaction marker.
*/
const credentialPlaceholders = new Set(['USER:PASSWORD', 'USER:TOKEN']);

/** `scheme://user:pass@host` → `scheme://***@host`; `http(s)://user@host` → `http(s)://***@host`. */
function redactUrlUserinfo(text: string, found: Found): string {
	let index = text.indexOf('://');
	if (index === -1) {
		return text;
	}

	let out = '';
	let last = 0;
	while (index !== -1) {
		let start = index;
		while (start > 0 && index - start < 32 && isSchemeChar(text.charCodeAt(start - 1))) {
			start--;
		}

		const scheme = text.slice(start, index).toLowerCase();
		const authorityStart = index + 3;
		let end = authorityStart;
		while (end < text.length && end - authorityStart < 4096 && !endsAuthority(text[end]!)) {
			end++;
		}

		const authority = text.slice(authorityStart, end);
		const at = authority.lastIndexOf('@');
		if (at > 0) {
			const userinfo = authority.slice(0, at);
			const colon = userinfo.indexOf(':');
			if (userinfo !== redactionMarker && !credentialPlaceholders.has(userinfo) && (colon !== -1 || webSchemes.has(scheme))) {
				out += text.slice(last, authorityStart) + redactionMarker;
				last = authorityStart + at;
				if (colon === -1 && userinfo.length >= 8) {
					found(userinfo);
				} else if (colon !== -1) {
					found(userinfo.slice(colon + 1));
				}
			}
		}

		// The next URL may begin right where this authority ended (`https://a,https://u:p@b`).
		index = text.indexOf('://', index + 3);
	}

	return out + text.slice(last);
}

/** Characters that may stand before a schemeless `user:pass@host` (the start of the value). */
function isBareUserinfoBoundary(char: string | undefined): boolean {
	return char === undefined || /[\s=,;"'`(|<>[{]/.test(char);
}

/** `user:pass@proxy:3128` without a scheme (HTTP_PROXY values, GOPROXY entries) → `***@proxy:3128`. */
function redactBareUserinfo(text: string, found: Found): string {
	let at = text.indexOf('@');
	if (at === -1) {
		return text;
	}

	let out = '';
	let last = 0;
	while (at !== -1) {
		let start = at;
		while (
			start > last &&
			at - start < 512 &&
			!isBareUserinfoBoundary(text[start - 1]) &&
			text[start - 1] !== '@' &&
			text[start - 1] !== '/'
		) {
			start--;
		}

		const token = text.slice(start, at);
		const colon = token.indexOf(':');
		const boundaryOk = isBareUserinfoBoundary(text[start - 1]);
		const hostFollows = /[A-Za-z\d[]/.test(text[at + 1] ?? '');
		if (
			boundaryOk &&
			hostFollows &&
			colon > 0 &&
			colon < token.length - 1 &&
			token !== redactionMarker &&
			!credentialPlaceholders.has(token)
		) {
			out += text.slice(last, start) + redactionMarker;
			last = at;
			found(token.slice(colon + 1));
		}

		at = text.indexOf('@', at + 1);
	}

	return out + text.slice(last);
}

/**
Credential headers in every form a server may echo them: `Name: value` lines, `name=value` (a debugging page's
`proxy-authorization=Basic X`), and JSON header maps (`"Proxy-Authorization":["Basic X"]`, Go's http.Header).
*/
const authorizationPattern =
	/\b((?:proxy-)?authorization|set-cookie|cookie|private-token|job-token|deploy-token|x-gitlab-token|x-auth-token|x-api-key|x-goog-api-key)("?[ \t]*[:=][ \t]*(?:\[[ \t]*)?"?)(?:(basic|bearer|digest|token|negotiate|ntlm|aws4-hmac-sha256)([ \t]+))?([^\r\n]*)/gi;

const credentialHeaderNames = /authorization|cookie|token|api-key/i;

/** `Authorization: Basic xyz` → `Authorization: Basic ***` (also `Proxy-Authorization`, cookies, token headers). */
function redactAuthorizationHeaders(text: string, found: Found): string {
	if (!credentialHeaderNames.test(text)) {
		return text;
	}

	return text.replaceAll(
		authorizationPattern,
		(
			match: string,
			name: string,
			separator: string,
			scheme: string | undefined,
			space: string | undefined,
			rest: string,
			offset: number,
		) => {
			// Inside a quoted string ("Authorization: Bearer x", or a JSON map's ["Basic x"]), the value ends at the
			// closing quote.
			const opening = separator.endsWith('"') ? '"' : text[offset - 1];
			const quote = opening;
			let value = rest;
			let tail = '';
			if (quote === '"' || quote === "'") {
				const close = rest.indexOf(quote);
				if (close !== -1) {
					value = rest.slice(0, close);
					tail = rest.slice(close);
				}
			}

			// Basic, Bearer and token credentials are one token: what follows it on the line stays.
			if (scheme !== undefined && /^(?:basic|bearer|token)$/i.test(scheme)) {
				const token = /^[^\s"'`]*[^\s"'`),;\]]/.exec(value)?.[0] ?? '';
				tail = value.slice(token.length) + tail;
				value = token;
			}

			const trimmed = value.trim();
			if (trimmed === '' || trimmed === redactionMarker) {
				return match;
			}

			found(trimmed);
			return `${name}${separator}${scheme === undefined ? '' : `${scheme}${space ?? ' '}`}${redactionMarker}${tail}`;
		},
	);
}

const bearerPattern = /\bbearer[ \t]{1,64}([\w\-.~+/]{1,4096}={0,3})/gi;
const bearerProse = new Set(['token', 'tokens', 'auth', 'authentication', 'authorization', 'scheme', 'header', 'realm']);

/** `Bearer abc.def` outside a header line → `Bearer ***`. */
function redactBearerTokens(text: string, found: Found): string {
	if (!/bearer/i.test(text)) {
		return text;
	}

	bearerPattern.lastIndex = 0;
	let out = '';
	let last = 0;
	let match: RegExpExecArray | null;
	while ((match = bearerPattern.exec(text)) !== null) {
		const token = match[1] ?? '';
		let end = match.index + match[0].length;
		if (bearerProse.has(token.toLowerCase())) {
			bearerPattern.lastIndex = end;
			continue;
		}

		while (end < text.length && /[\w\-.~+/=]/.test(text[end]!)) {
			end++;
		}

		const start = match.index + match[0].length - token.length;
		found(text.slice(start, end));
		out += text.slice(last, start) + redactionMarker;
		last = end;
		bearerPattern.lastIndex = end;
	}

	return out + text.slice(last);
}

/**
Token shapes that are secrets wherever they stand: GitHub (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`, `github_pat_`),
GitLab (`glpat-`, `glptt-`, `gldt-`), Slack (`xox?-`), npm (`npm_`) and AWS access key ids (`AKIA`, `ASIA`).
Quantifiers are bounded (a longer run is masked in pieces) so that no input can exhaust the regex engine's stack.
*/
const tokenShapePattern =
	/gh[pousr]_[A-Za-z\d]{20,1024}|github_pat_\w{20,1024}|gl(?:pat|ptt|dt)-[\w-]{16,1024}|xox[abposre]-[A-Za-z\d-]{10,1024}|npm_[A-Za-z\d]{20,1024}|(?:AKIA|ASIA)[\dA-Z]{16}/g;

function redactTokenShapes(text: string, found: Found): string {
	return redactJwts(
		replaceExtended(text, tokenShapePattern, (char) => /[\w-]/.test(char), found),
		found,
	);
}

/**
Replaces each match of a global `pattern` (whose quantifiers are bounded) by the marker, extending the match over
any further characters that `continues` accepts: a token longer than the bound is still removed whole.
*/
function replaceExtended(text: string, pattern: RegExp, continues: (char: string) => boolean, found: Found): string {
	pattern.lastIndex = 0;
	let out = '';
	let last = 0;
	let match: RegExpExecArray | null;
	while ((match = pattern.exec(text)) !== null) {
		let end = match.index + match[0].length;
		while (end < text.length && continues(text[end]!)) {
			end++;
		}

		const start = match.index;
		found(text.slice(start, end));
		out += text.slice(last, start) + redactionMarker;
		last = end;
		pattern.lastIndex = end;
	}

	return out + text.slice(last);
}

function isBase64UrlOrDot(code: number): boolean {
	return (
		(code >= 0x61 && code <= 0x7a) ||
		(code >= 0x41 && code <= 0x5a) ||
		(code >= 0x30 && code <= 0x39) ||
		code === 0x2d ||
		code === 0x5f ||
		code === 0x2e
	);
}

/**
JWT-looking values (`eyJ…` with at least one `.` and a second part), found by hand: a pattern would need to
backtrack over each run that has no dot, once per `eyJ` in it.
*/
function redactJwts(text: string, found: Found): string {
	let index = text.indexOf('eyJ');
	if (index === -1) {
		return text;
	}

	let out = '';
	let last = 0;
	while (index !== -1) {
		let end = index;
		while (end < text.length && isBase64UrlOrDot(text.charCodeAt(end))) {
			end++;
		}

		// A sentence's full stop is not part of the token.
		while (end > index && text[end - 1] === '.') {
			end--;
		}

		const candidate = text.slice(index, end);
		const dot = candidate.indexOf('.');
		if (dot >= 11 && /^[\w-]{4}/.test(candidate.slice(dot + 1))) {
			found(candidate);
			out += text.slice(last, index) + redactionMarker;
			last = end;
		}

		index = text.indexOf('eyJ', Math.max(end, index + 3));
	}

	return out + text.slice(last);
}

function isKeyChar(char: string | undefined): boolean {
	return char !== undefined && /[\w.-]/.test(char);
}

/** Characters that end an unquoted value of `key=value` (query strings, shell assignments, GOFLAGS). */
function endsValue(char: string): boolean {
	return /[\s&"'<>`;]/.test(char);
}

/** `password=…`, `token=…`, `access_token=…`, `GITHUB_TOKEN=…`, in query strings and running text → `key=***`. */
function redactKeyValues(text: string, found: Found): string {
	let equals = text.indexOf('=');
	if (equals === -1) {
		return text;
	}

	let out = '';
	let last = 0;
	while (equals !== -1) {
		let keyStart = equals;
		while (keyStart > last && equals - keyStart < 64 && isKeyChar(text[keyStart - 1])) {
			keyStart--;
		}

		const key = text.slice(keyStart, equals);
		let next = equals + 1;
		if (key !== '' && looksSecretName(key)) {
			const valueStart = equals + 1;
			let valueEnd = valueStart;
			const quote = text[valueStart];
			if (quote === '"' || quote === "'") {
				const close = text.indexOf(quote, valueStart + 1);
				valueEnd = close === -1 || close - valueStart > 4096 ? valueStart : close + 1;
			}

			if (valueEnd === valueStart) {
				while (valueEnd < text.length && valueEnd - valueStart < 4096 && !endsValue(text[valueEnd]!)) {
					valueEnd++;
				}
			}

			const raw = text.slice(valueStart, valueEnd);
			const value = raw.length >= 2 && (raw.startsWith('"') || raw.startsWith("'")) ? raw.slice(1, -1) : raw;
			if (value !== '' && value !== redactionMarker) {
				found(value);
				out += text.slice(last, valueStart) + redactionMarker;
				last = valueEnd;
			}

			next = Math.max(valueEnd, equals + 1);
		}

		equals = text.indexOf('=', next);
	}

	return out + text.slice(last);
}

const jsonKeyValuePattern = /"([\w.-]{1,64})"([ \t]*:[ \t]*)"((?:[^"\\\r\n]|\\.){1,4096})"/g;

/** `"password": "…"` in JSON-looking text → `"password": "***"`. */
function redactJsonKeyValues(text: string, found: Found): string {
	if (!text.includes('":')) {
		return text;
	}

	return text.replaceAll(jsonKeyValuePattern, (match: string, key: string, separator: string, value: string) => {
		if (!looksSecretName(key) || value === redactionMarker) {
			return match;
		}

		found(value);
		return `"${key}"${separator}"${redactionMarker}"`;
	});
}

const netrcKeywordPattern = /(?:^|\s)(machine|default)(?=\s)/g;

/** `.netrc` content: `machine HOST login USER password SECRET` → login and password values masked (also across lines). */
function redactNetrc(text: string, found: Found): string {
	if (!text.includes('machine') && !text.includes('default')) {
		return text;
	}

	const spans: Array<{start: number; end: number}> = [];
	netrcKeywordPattern.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = netrcKeywordPattern.exec(text)) !== null) {
		let position = match.index + match[0].length;
		const readToken = (): {start: number; end: number; value: string} | undefined => {
			while (position < text.length && /\s/.test(text[position]!)) {
				position++;
			}

			if (position >= text.length) {
				return undefined;
			}

			const start = position;
			if (text[position] === '"') {
				const close = text.indexOf('"', position + 1);
				position = close === -1 ? text.length : close + 1;
			} else {
				while (position < text.length && !/\s/.test(text[position]!)) {
					position++;
				}
			}

			return {start, end: position, value: text.slice(start, position)};
		};

		if (match[1] === 'machine' && readToken() === undefined) {
			break;
		}

		// Prose ("the default login is used") is told from .netrc by how the entry ends: a real entry has a
		// password, or runs to the end of the text or to the next entry.
		const entry: Array<{start: number; end: number}> = [];
		const entrySecrets: string[] = [];
		let hasPassword = false;
		let cleanEnd = false;
		for (let tokens = 0; tokens < 64; tokens++) {
			const save = position;
			const keyword = readToken();
			if (keyword === undefined) {
				cleanEnd = true;
				break;
			}

			if (keyword.value === 'login' || keyword.value === 'password' || keyword.value === 'account') {
				const value = readToken();
				if (value === undefined) {
					cleanEnd = true;
					break;
				}

				hasPassword ||= keyword.value === 'password';
				if (value.value !== redactionMarker) {
					entry.push({start: value.start, end: value.end});
				}

				if (value.value !== redactionMarker && keyword.value !== 'login') {
					entrySecrets.push(value.value.replaceAll(/^"|"$/g, ''));
				}
			} else if (keyword.value === 'port') {
				readToken();
			} else {
				// The next entry (or anything that is not .netrc) ends this one.
				cleanEnd = keyword.value === 'machine' || keyword.value === 'default' || keyword.value === 'macdef';
				position = save;
				break;
			}
		}

		if (hasPassword || cleanEnd) {
			spans.push(...entry);
			for (const secret of entrySecrets) {
				found(secret);
			}
		}

		netrcKeywordPattern.lastIndex = Math.max(position, match.index + match[0].length);
	}

	if (spans.length === 0) {
		return text;
	}

	let out = '';
	let last = 0;
	for (const span of spans) {
		out += text.slice(last, span.start) + redactionMarker;
		last = span.end;
	}

	return out + text.slice(last);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (value === null || typeof value !== 'object') {
		return false;
	}

	const prototype = Object.getPrototypeOf(value) as unknown;
	return prototype === Object.prototype || prototype === null;
}

function deep(value: unknown, redact: (text: string) => string, seen: WeakMap<object, unknown>, maskValues = false): unknown {
	if (typeof value === 'string') {
		return maskValues && value !== '' ? redactionMarker : redact(value);
	}

	if (Array.isArray(value)) {
		const cached = seen.get(value);
		if (cached !== undefined) {
			return cached;
		}

		const copy: unknown[] = [];
		seen.set(value, copy);
		for (const item of value) {
			copy.push(deep(item, redact, seen, maskValues));
		}

		return copy;
	}

	if (!isPlainObject(value)) {
		return value;
	}

	const cached = seen.get(value);
	if (cached !== undefined) {
		return cached;
	}

	const copy: Record<string, unknown> = {};
	seen.set(value, copy);
	// A `{name: 'GITHUB_TOKEN', value: '…'}` setting or a `{key, value}` change: the value is the secret.
	const label = typeof value['name'] === 'string' ? value['name'] : typeof value['key'] === 'string' ? value['key'] : undefined;
	const secretRecord = maskValues || (label !== undefined && looksSecretName(label));
	for (const [key, item] of Object.entries(value)) {
		const maskThis = (secretRecord && key === 'value') || isSecretField(key);
		if (maskThis && typeof item === 'string') {
			copy[key] = item === '' ? item : redactionMarker;
		} else {
			copy[key] = deep(item, redact, seen, secretRecord && key !== 'name' && key !== 'key' && key !== 'source');
		}
	}

	return copy;
}
