import {domainToASCII} from 'node:url';
import type {Environment} from '../system/types.js';

/**
Which proxy go's net/http would use for one request, and why.
Pure: it reads only the environment record it is given.
*/
export type ProxyDecision = {
	/**
	The proxy URL, as go would use it (`http://` added when the value has no scheme); undefined for a direct
	connection. May carry userinfo: redact before display.
	*/
	readonly proxy?: string;
	/** Why, in one sentence a user can check, e.g. `HTTPS_PROXY applies to https URLs`. */
	readonly reason: string;
	/** The variable the proxy came from: `HTTPS_PROXY`, `https_proxy`, `HTTP_PROXY` or `http_proxy`. */
	readonly variable?: string;
	/** The NO_PROXY entry that sent the request direct, as written (lower-cased and trimmed, as go reads it). */
	readonly noProxyEntry?: string;
	/** Set when go fails the request instead of connecting (HTTP_PROXY in a CGI environment). */
	readonly error?: string;
};

/**
Decides like golang.org/x/net/http/httpproxy (what `go` itself uses through net/http):

- `https` URLs use HTTPS_PROXY (then https_proxy), `http` URLs HTTP_PROXY (then http_proxy); an empty
  value counts as unset; ALL_PROXY is ignored; other schemes are never proxied.
- Requests to `localhost` and to loopback IP addresses are never proxied.
- NO_PROXY (then no_proxy) is split on commas only, each entry trimmed and lower-cased: `*` matches everything;
  an IP address or CIDR matches IP hosts; `example.com` matches it and its subdomains; `.example.com` and
  `*.example.com` only subdomains; any entry may carry `:port`. Domain entries never match IP hosts.
- A proxy value without `scheme://host` is read as `http://` + value.
- With REQUEST_METHOD set (a CGI environment), go refuses HTTP_PROXY for http URLs and the request fails.
*/
export function proxyForUrl(url: string, env: Environment): ProxyDecision {
	const request = parseRequestUrl(url);
	if (request === undefined) {
		return {reason: `${url} is not an absolute URL, so no proxy applies`};
	}

	const {scheme} = request;
	if (scheme !== 'http' && scheme !== 'https') {
		return {reason: `go uses no HTTP proxy for ${scheme} URLs`};
	}

	const names = scheme === 'https' ? (['HTTPS_PROXY', 'https_proxy'] as const) : (['HTTP_PROXY', 'http_proxy'] as const);
	const setting = firstSet(env, names);
	if (setting === undefined) {
		return {reason: `neither ${names[0]} nor ${names[1]} is set, so go connects directly`};
	}

	const proxy = normalizeProxyValue(setting.value);
	if (scheme === 'http' && (env['REQUEST_METHOD'] ?? '') !== '') {
		return {
			reason: `REQUEST_METHOD is set (a CGI environment), where go refuses to use ${setting.name}`,
			variable: setting.name,
			error: 'refusing to use HTTP_PROXY value in CGI environment; see golang.org/s/cgihttpproxy',
		};
	}

	const host = toAscii(request.hostname);
	const port = request.port === '' ? (scheme === 'https' ? '443' : '80') : request.port;
	if (host === 'localhost') {
		return {reason: 'go never proxies requests to localhost', variable: setting.name};
	}

	const ip = parseIp(host, {allowZone: true});
	if (ip !== undefined && isLoopback(ip)) {
		return {reason: `go never proxies requests to a loopback address (${host})`, variable: setting.name};
	}

	const noProxySetting = firstSet(env, ['NO_PROXY', 'no_proxy']);
	const match = noProxySetting === undefined ? undefined : matchNoProxy(noProxySetting.value, host, port, ip);
	if (match !== undefined && noProxySetting !== undefined) {
		const reason =
			match === '*'
				? `${noProxySetting.name} is *, so go connects directly to every host`
				: `${noProxySetting.name} entry ${match} matches ${host}, so go connects directly`;
		return {reason, variable: setting.name, noProxyEntry: match};
	}

	return {proxy, reason: `${setting.name} applies to ${scheme} URLs`, variable: setting.name};
}

type RequestUrl = {readonly scheme: string; readonly hostname: string; readonly port: string};

/** Like go's url.Parse for what matters here: the scheme (lower-cased), the host as written, and the port. */
function parseRequestUrl(url: string): RequestUrl | undefined {
	const match = /^([A-Za-z][\w+.-]*):\/\/([^/?#]*)/.exec(url.trim());
	if (match === null) {
		return undefined;
	}

	const authority = match[2]!;
	const hostport = authority.slice(authority.lastIndexOf('@') + 1);
	let hostname = hostport;
	let port = '';
	const colon = hostport.lastIndexOf(':');
	if (colon !== -1 && /^:\d*$/.test(hostport.slice(colon))) {
		hostname = hostport.slice(0, colon);
		port = hostport.slice(colon + 1);
	}

	if (hostname.startsWith('[') && hostname.endsWith(']')) {
		hostname = hostname.slice(1, -1);
	}

	return {scheme: match[1]!.toLowerCase(), hostname, port};
}

function firstSet<Name extends string>(
	env: Environment,
	names: readonly Name[],
): {readonly name: Name; readonly value: string} | undefined {
	for (const name of names) {
		const value = env[name];
		if (value !== undefined && value !== '') {
			return {name, value};
		}
	}

	return undefined;
}

/** Go's parseProxy: a value that does not parse as `scheme://host...` is retried as `http://` + value. */
function normalizeProxyValue(value: string): string {
	const match = /^([A-Za-z][\w+.-]*):\/\/([^/?#]+)/.exec(value);
	if (match === null) {
		return `http://${value}`;
	}

	return `${match[1]!.toLowerCase()}${value.slice(match[1]!.length)}`;
}

/** Returns the NO_PROXY entry that matches, or undefined. */
function matchNoProxy(noProxy: string, host: string, port: string, ip: Uint8Array | undefined): string | undefined {
	const lowerHost = host.trim().toLowerCase();
	const ipMatches: string[] = [];
	const domainMatches: string[] = [];
	for (const raw of noProxy.split(',')) {
		const entry = raw.trim().toLowerCase();
		if (entry === '') {
			continue;
		}

		if (entry === '*') {
			return '*';
		}

		const cidr = parseCidr(entry);
		if (cidr !== undefined) {
			if (ip !== undefined && cidrContains(cidr, ip)) {
				ipMatches.push(entry);
			}

			continue;
		}

		const split = splitHostPort(entry);
		let entryHost = split === undefined ? entry : split.host;
		const entryPort = split === undefined ? '' : split.port;
		if (split !== undefined && entryHost === '') {
			continue;
		}

		if (entryHost.startsWith('[') && entryHost.endsWith(']')) {
			entryHost = entryHost.slice(1, -1);
		}

		const entryIp = parseIp(entryHost, {allowZone: false});
		if (entryIp !== undefined) {
			if (ip !== undefined && sameIp(entryIp, ip) && (entryPort === '' || entryPort === port)) {
				ipMatches.push(entry);
			}

			continue;
		}

		if (entryHost === '') {
			continue;
		}

		if (entryHost.startsWith('*.')) {
			entryHost = entryHost.slice(1);
		}

		let matchHost = false;
		if (!entryHost.startsWith('.')) {
			matchHost = true;
			entryHost = `.${entryHost}`;
		}

		entryHost = `.${toAscii(entryHost.slice(1))}`;
		const matches =
			ip === undefined &&
			(lowerHost.endsWith(entryHost) || (matchHost && lowerHost === entryHost.slice(1))) &&
			(entryPort === '' || entryPort === port);
		if (matches) {
			domainMatches.push(entry);
		}
	}

	// Go checks all IP entries before the domain entries; the first match in that order is the one reported.
	return ipMatches[0] ?? domainMatches[0];
}

/** Go's net.SplitHostPort. Undefined where go returns an error. */
function splitHostPort(hostport: string): {host: string; port: string} | undefined {
	const colon = hostport.lastIndexOf(':');
	if (colon === -1) {
		return undefined;
	}

	let host: string;
	let from = 0;
	let to = 0;
	if (hostport.startsWith('[')) {
		const end = hostport.indexOf(']');
		if (end === -1 || end + 1 !== colon) {
			return undefined;
		}

		host = hostport.slice(1, end);
		from = 1;
		to = end + 1;
	} else {
		host = hostport.slice(0, colon);
		if (host.includes(':')) {
			return undefined;
		}
	}

	if (hostport.slice(from).includes('[') || hostport.slice(to).includes(']')) {
		return undefined;
	}

	return {host, port: hostport.slice(colon + 1)};
}

function toAscii(host: string): string {
	if (/^[\u0000-\u007F]*$/.test(host)) {
		return host;
	}

	const ascii = domainToASCII(host);
	return ascii === '' ? host : ascii;
}

/** Parses an IP address as go does (no leading zeros in IPv4 parts). Returns 16 bytes (IPv4 as v4-in-v6). */
function parseIp(text: string, options: {allowZone: boolean}): Uint8Array | undefined {
	if (text.includes(':')) {
		const percent = text.indexOf('%');
		if (percent !== -1) {
			if (!options.allowZone || percent === text.length - 1) {
				return undefined;
			}

			text = text.slice(0, percent);
		}

		return parseIpv6(text);
	}

	const v4 = parseIpv4(text);
	return v4 === undefined ? undefined : v4ToV6(v4);
}

function parseIpv4(text: string): Uint8Array | undefined {
	const parts = text.split('.');
	if (parts.length !== 4) {
		return undefined;
	}

	const bytes = new Uint8Array(4);
	for (const [index, part] of parts.entries()) {
		if (!/^\d{1,3}$/.test(part) || (part.length > 1 && part.startsWith('0'))) {
			return undefined;
		}

		const value = Number(part);
		if (value > 255) {
			return undefined;
		}

		bytes[index] = value;
	}

	return bytes;
}

function parseIpv6(text: string): Uint8Array | undefined {
	const halves = text.split('::');
	if (halves.length > 2) {
		return undefined;
	}

	const parseGroups = (part: string, mayEndInIpv4: boolean): number[] | undefined => {
		if (part === '') {
			return [];
		}

		const groups: number[] = [];
		const pieces = part.split(':');
		for (const [index, piece] of pieces.entries()) {
			if (mayEndInIpv4 && index === pieces.length - 1 && piece.includes('.')) {
				const v4 = parseIpv4(piece);
				if (v4 === undefined) {
					return undefined;
				}

				groups.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
			} else if (/^[\da-f]{1,4}$/i.test(piece)) {
				groups.push(Number.parseInt(piece, 16));
			} else {
				return undefined;
			}
		}

		return groups;
	};

	let groups: number[];
	if (halves.length === 1) {
		const all = parseGroups(halves[0]!, true);
		if (all?.length !== 8) {
			return undefined;
		}

		groups = all;
	} else {
		const left = parseGroups(halves[0]!, false);
		const right = parseGroups(halves[1]!, true);
		// `::` stands for at least one group of zeros.
		if (left === undefined || right === undefined || left.length + right.length > 7) {
			return undefined;
		}

		groups = [...left, ...Array.from({length: 8 - left.length - right.length}, () => 0), ...right];
	}

	const bytes = new Uint8Array(16);
	for (const [index, group] of groups.entries()) {
		bytes[index * 2] = group >> 8;
		bytes[index * 2 + 1] = group & 0xff;
	}

	return bytes;
}

function v4ToV6(v4: Uint8Array): Uint8Array {
	const bytes = new Uint8Array(16);
	bytes[10] = 0xff;
	bytes[11] = 0xff;
	bytes.set(v4, 12);
	return bytes;
}

/** Go's IP.To4: the IPv4 form of a v4-in-v6 address, or undefined. */
function to4(ip: Uint8Array): Uint8Array | undefined {
	for (let index = 0; index < 10; index++) {
		if (ip[index] !== 0) {
			return undefined;
		}
	}

	return ip[10] === 0xff && ip[11] === 0xff ? ip.subarray(12) : undefined;
}

function isLoopback(ip: Uint8Array): boolean {
	const v4 = to4(ip);
	if (v4 !== undefined) {
		return v4[0] === 127;
	}

	return ip.every((byte, index) => byte === (index === 15 ? 1 : 0));
}

function sameIp(a: Uint8Array, b: Uint8Array): boolean {
	return a.every((byte, index) => byte === b[index]);
}

type Cidr = {readonly network: Uint8Array; readonly mask: Uint8Array};

/** Go's net.ParseCIDR, normalised as IPNet.Contains sees it (a v4-in-v6 network compares as IPv4). */
function parseCidr(text: string): Cidr | undefined {
	const slash = text.indexOf('/');
	if (slash === -1) {
		return undefined;
	}

	const address = text.slice(0, slash);
	const prefix = text.slice(slash + 1);
	const v4 = address.includes(':') ? undefined : parseIpv4(address);
	const ip = v4 ?? (address.includes(':') ? parseIpv6(address) : undefined);
	if (ip === undefined || !/^\d+$/.test(prefix)) {
		return undefined;
	}

	const bits = Number(prefix);
	if (bits > ip.length * 8) {
		return undefined;
	}

	let mask: Uint8Array = new Uint8Array(ip.length);
	for (let index = 0; index < mask.length; index++) {
		const remaining = Math.max(0, Math.min(8, bits - index * 8));
		mask[index] = (0xff << (8 - remaining)) & 0xff;
	}

	let network: Uint8Array = ip.map((byte, index) => byte & mask[index]!);
	const networkV4 = network.length === 16 ? to4(network) : undefined;
	if (networkV4 !== undefined) {
		network = networkV4;
		mask = mask.subarray(12);
	}

	return {network, mask};
}

function cidrContains(cidr: Cidr, ip16: Uint8Array): boolean {
	const ip = to4(ip16) ?? ip16;
	if (ip.length !== cidr.network.length) {
		return false;
	}

	return ip.every((byte, index) => (byte & cidr.mask[index]!) === cidr.network[index]);
}

/** The proxy variables go's net/http reads (upper case first), ALL_PROXY (which go ignores) and REQUEST_METHOD. */
export const proxyVariableNames = [
	'HTTPS_PROXY',
	'https_proxy',
	'HTTP_PROXY',
	'http_proxy',
	'NO_PROXY',
	'no_proxy',
	'ALL_PROXY',
	'all_proxy',
] as const;

/** One proxy variable as the environment holds it. */
export type ProxyVariable = {
	readonly name: (typeof proxyVariableNames)[number];
	/** The value as set (may hold credentials: redact before display). */
	readonly value: string;
	/** The value with any userinfo replaced by `***`. */
	readonly shown: string;
	/** Whether go reads this one: the upper-case name wins when both are set and non-empty; ALL_PROXY never counts. */
	readonly used: boolean;
	/** Why go does not read it, when it does not. */
	readonly ignoredBecause?: string;
};

/** What go makes of the proxy variables of an environment. */
export type ProxySettings = {
	/** Every proxy variable that is set (an empty value included), in `proxyVariableNames` order. */
	readonly variables: readonly ProxyVariable[];
	/** The value go uses for https URLs, http URLs, and the NO_PROXY list (each from the variable that wins). */
	readonly https?: ProxyVariable;
	readonly http?: ProxyVariable;
	readonly noProxy?: ProxyVariable;
	/** ALL_PROXY/all_proxy is set but neither HTTPS_PROXY nor HTTP_PROXY (either case): go uses no proxy at all. */
	readonly allProxyOnly: boolean;
	/** REQUEST_METHOD is set: go refuses HTTP_PROXY for http URLs (the CGI rule). */
	readonly cgi: boolean;
};

/**
Reads the proxy variables as go's net/http (golang.org/x/net/http/httpproxy.FromEnvironment) does: for each of
HTTPS_PROXY, HTTP_PROXY and NO_PROXY the upper-case name first, then the lower-case one, an empty value counting
as unset; ALL_PROXY is read by curl and others, never by go. Pure.
*/
export function readProxySettings(env: Environment): ProxySettings {
	const pick = (upper: 'HTTPS_PROXY' | 'HTTP_PROXY' | 'NO_PROXY', lower: 'https_proxy' | 'http_proxy' | 'no_proxy') => {
		const upperValue = env[upper];
		if (upperValue !== undefined && upperValue !== '') {
			return upper;
		}

		const lowerValue = env[lower];
		return lowerValue !== undefined && lowerValue !== '' ? lower : undefined;
	};

	const winners = new Set<string | undefined>([
		pick('HTTPS_PROXY', 'https_proxy'),
		pick('HTTP_PROXY', 'http_proxy'),
		pick('NO_PROXY', 'no_proxy'),
	]);
	const variables: ProxyVariable[] = [];
	for (const name of proxyVariableNames) {
		const value = env[name];
		if (value === undefined) {
			continue;
		}

		const shown = redactProxyValue(value);
		if (winners.has(name)) {
			variables.push({name, value, shown, used: true});
			continue;
		}

		const upper = name.toUpperCase();
		const ignoredBecause =
			name === 'ALL_PROXY' || name === 'all_proxy'
				? 'go never reads ALL_PROXY (curl, git and others do)'
				: value === ''
					? 'it is empty, which go reads as unset'
					: `${upper} is set too, and go reads the upper-case name first`;
		variables.push({name, value, shown, used: false, ignoredBecause});
	}

	const find = (name: string | undefined) => variables.find((variable) => variable.name === name);
	const https = find(pick('HTTPS_PROXY', 'https_proxy'));
	const http = find(pick('HTTP_PROXY', 'http_proxy'));
	const noProxy = find(pick('NO_PROXY', 'no_proxy'));
	const allProxy = variables.some((variable) => (variable.name === 'ALL_PROXY' || variable.name === 'all_proxy') && variable.value !== '');
	return {
		variables,
		...(https === undefined ? {} : {https}),
		...(http === undefined ? {} : {http}),
		...(noProxy === undefined ? {} : {noProxy}),
		allProxyOnly: allProxy && https === undefined && http === undefined,
		cgi: (env['REQUEST_METHOD'] ?? '') !== '',
	};
}

/** A proxy value with any userinfo replaced by `***` (with or without a scheme: `user:pw@proxy:3128` too). */
export function redactProxyValue(value: string): string {
	const withScheme = /^[a-z][\w+.-]*:\/\//i.test(value);
	return withScheme ? value.replace(/^([a-z][\w+.-]*:\/\/)[^@/?#]*@/i, '$1***@') : value.replace(/^[^@/?#]*@/, '***@');
}

/** Top-level names that only an internal resolver answers (RFC 6762 `.local`, ICANN's `.internal`, common private ones). */
const internalSuffixes = ['.local', '.internal', '.corp', '.lan', '.home.arpa', '.intranet', '.localdomain'] as const;

/**
Why `host` is an internal host that a corporate HTTP proxy is unlikely to reach (and that belongs in NO_PROXY),
or undefined: `localhost`, an IP address in a private, loopback, link-local or shared range, a single-label name
(`athens`, `vm`), or a name under `.local`, `.internal`, `.corp`, `.lan`, `.home.arpa`.
*/
export function internalHostReason(host: string): string | undefined {
	const name = host
		.trim()
		.toLowerCase()
		.replaceAll(/^\[|]$/g, '')
		.replace(/\.$/, '');
	if (name === '') {
		return undefined;
	}

	if (name === 'localhost' || name.endsWith('.localhost')) {
		return 'a localhost name';
	}

	const ip = parseIp(name, {allowZone: true});
	if (ip !== undefined) {
		return privateIpReason(ip);
	}

	if (!name.includes('.')) {
		return 'a single-label name, which only an internal resolver or /etc/hosts knows';
	}

	const suffix = internalSuffixes.find((item) => name.endsWith(item));
	return suffix === undefined ? undefined : `a name under ${suffix}, which only an internal resolver knows`;
}

function privateIpReason(ip: Uint8Array): string | undefined {
	const v4 = to4(ip);
	if (v4 !== undefined) {
		const [a = 0, b = 0] = v4;
		if (a === 127) {
			return 'a loopback address';
		}

		if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) {
			return 'an address in a private range (RFC 1918)';
		}

		if (a === 169 && b === 254) {
			return 'a link-local address';
		}

		if (a === 100 && b >= 64 && b <= 127) {
			return 'an address in the shared range 100.64.0.0/10 (carrier-grade NAT)';
		}

		return undefined;
	}

	if (isLoopback(ip)) {
		return 'a loopback address';
	}

	if ((ip[0]! & 0xfe) === 0xfc) {
		return 'a unique local IPv6 address (fc00::/7)';
	}

	if (ip[0] === 0xfe && (ip[1]! & 0xc0) === 0x80) {
		return 'a link-local IPv6 address';
	}

	return undefined;
}
