import {domainToASCII} from 'node:url';
import type {Environment} from './types.js';

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
	if (colon < 0) {
		return undefined;
	}

	let host: string;
	let from = 0;
	let to = 0;
	if (hostport.startsWith('[')) {
		const end = hostport.indexOf(']');
		if (end < 0 || end + 1 !== colon) {
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
	// eslint-disable-next-line no-control-regex
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
		bytes[(index * 2) + 1] = group & 0xff;
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
	if (slash < 0) {
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
		const remaining = Math.max(0, Math.min(8, bits - (index * 8)));
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
