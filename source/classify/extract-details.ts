/**
Pulls module paths, versions and host names out of go's error lines. Every scan is a bounded, hand-written loop
or an anchored pattern without nested quantifiers: these run on untrusted text.
*/

function isModuleChar(code: number): boolean {
	return (
		(code >= 0x61 && code <= 0x7a) || // A-z
		(code >= 0x41 && code <= 0x5a) || // A-Z
		(code >= 0x30 && code <= 0x39) || // 0-9
		code === 0x2e || // .
		code === 0x2d || // -
		code === 0x5f || // _
		code === 0x7e || // ~
		code === 0x2f || // /
		code === 0x2b || // +
		code === 0x21 // ! (case-encoded paths)
	);
}

function isVersionChar(code: number): boolean {
	return (
		(code >= 0x61 && code <= 0x7a) ||
		(code >= 0x41 && code <= 0x5a) ||
		(code >= 0x30 && code <= 0x39) ||
		code === 0x2e ||
		code === 0x2d ||
		code === 0x5f ||
		code === 0x2b
	);
}

/** A module path as go would accept it in a download: its first element has a dot. */
export function isModulePath(value: string): boolean {
	if (value.length === 0 || value.length > 300 || !/^[A-Za-z\d][\w.~/+!-]*$/.test(value)) {
		return false;
	}

	if (value.includes('//') || value.endsWith('/') || value.endsWith('.')) {
		return false;
	}

	const first = value.split('/', 1)[0] ?? '';
	return first.includes('.') && !first.startsWith('.') && !first.endsWith('.');
}

/** A version or version query as go prints it after `@`. */
export function isVersion(value: string): boolean {
	return (
		value.length > 0 && value.length <= 128 && /^(?:v\d[\dA-Za-z.+-]*|latest|upgrade|patch|none|master|main|[\da-f]{7,40})$/.test(value)
	);
}

/** The first `MODULE@VERSION` in a line (`go: example.com/x@v1.0.0: …`, `verifying example.com/x@v1.0.0/go.mod: …`). */
export function findModuleAtVersion(text: string): {module: string; version: string} | undefined {
	let at = text.indexOf('@');
	for (let tries = 0; at !== -1 && tries < 32; tries++) {
		let start = at;
		while (start > 0 && at - start < 300 && isModuleChar(text.charCodeAt(start - 1))) {
			start--;
		}

		let end = at + 1;
		while (end < text.length && end - at < 130 && isVersionChar(text.charCodeAt(end))) {
			end++;
		}

		const before = start === 0 ? '' : text[start - 1]!;
		const after = text[end];
		const module = text.slice(start, at);
		const version = text.slice(at + 1, end);
		if (
			(before === '' || /[\s"'(`]/.test(before)) &&
			(after === undefined || /[\s:"'),/]/.test(after)) &&
			isModulePath(module) &&
			isVersion(version)
		) {
			return {module, version};
		}

		at = text.indexOf('@', at + 1);
	}

	return undefined;
}

/** Reads a module-path token that starts at `start` (stops at the first character a path cannot hold). */
function readPath(text: string, start: number): string {
	let end = start;
	while (end < text.length && end - start < 300 && isModuleChar(text.charCodeAt(end))) {
		end++;
	}

	return text.slice(start, end);
}

/** The text right after the first occurrence of `marker`, read as a module path, when it is one. */
function pathAfter(text: string, marker: string): string | undefined {
	const index = text.indexOf(marker);
	if (index === -1) {
		return undefined;
	}

	const path = readPath(text, index + marker.length);
	return isModulePath(path) ? path : undefined;
}

/** Go's case encoding in proxy URLs: `!x` stands for `X`. */
function decodeCase(path: string): string {
	return path.replaceAll(/!([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

/** Module and version from a GOPROXY or checksum-database URL (`…/example.com/x/@v/v1.0.0.info`, `…/lookup/example.com/x@v1.0.0`). */
export function moduleFromUrl(url: string): {module: string; version?: string} | undefined {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return undefined;
	}

	const path = parsed.pathname;
	const lookup = path.indexOf('/lookup/');
	if (lookup !== -1) {
		const found = findModuleAtVersion(decodeURIComponentSafe(path.slice(lookup + '/lookup/'.length)));
		return found === undefined ? undefined : {module: decodeCase(found.module), version: decodeCase(found.version)};
	}

	const marker = path.indexOf('/@v/');
	const latest = path.indexOf('/@latest');
	const cut = marker === -1 ? latest : marker;
	if (cut === -1) {
		return undefined;
	}

	// The proxy's own base path may come first (`/repository/go/example.com/x`): the module starts at the first element with a dot.
	const elements = decodeURIComponentSafe(path.slice(0, cut))
		.split('/')
		.filter((element) => element !== '');
	const first = elements.findIndex((element) => element.includes('.'));
	if (first === -1) {
		return undefined;
	}

	const module = decodeCase(elements.slice(first).join('/'));
	if (!isModulePath(module)) {
		return undefined;
	}

	if (marker === -1) {
		return {module, version: 'latest'};
	}

	const file = path.slice(marker + '/@v/'.length);
	const version = /^(.+)\.(?:info|mod|zip)$/.exec(file)?.[1];
	return version !== undefined && isVersion(decodeCase(version)) ? {module, version: decodeCase(version)} : {module};
}

function decodeURIComponentSafe(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** Every http(s) URL in a line, as written (userinfo included: never display these raw). */
export function findUrls(text: string): string[] {
	const urls: string[] = [];
	let index = text.search(/https?:\/\//);
	let offset = 0;
	while (index !== -1 && urls.length < 8) {
		const start = offset + index;
		let end = start;
		while (end < text.length && end - start < 2048 && !/[\s"'<>`]/.test(text[end]!)) {
			end++;
		}

		// A URL followed by go's `: message` keeps the colon out.
		const url = text.slice(start, end).replace(/[:,.;)\]]+$/, '');
		urls.push(url);
		offset = end;
		const rest = text.slice(end);
		index = rest.search(/https?:\/\//);
	}

	return urls;
}

/** A host name (or IP address) in canonical lower case, when the text is one. */
export function cleanHost(value: string): string | undefined {
	const host = value.replaceAll(/^\[|]$/g, '').toLowerCase();
	if (host.length === 0 || host.length > 253) {
		return undefined;
	}

	if (/^[a-z\d](?:[a-z\d.-]*[a-z\d])?$/.test(host) || (host.includes(':') && /^[\da-f:.]+$/.test(host))) {
		return host;
	}

	return undefined;
}

/** The host of a URL, without userinfo or port. */
export function hostOfUrl(url: string): string | undefined {
	try {
		return cleanHost(new URL(url).hostname);
	} catch {
		return undefined;
	}
}

/** `lookup HOST on 10.0.0.1:53` / `lookup HOST:` → HOST. */
export function lookupHost(text: string): string | undefined {
	const index = text.indexOf('lookup ');
	if (index === -1) {
		return undefined;
	}

	let end = index + 'lookup '.length;
	while (end < text.length && end - index < 300 && !/[\s:;,'"]/.test(text[end]!)) {
		end++;
	}

	return cleanHost(text.slice(index + 'lookup '.length, end));
}

/** `dial tcp HOST:PORT` → HOST (an address, usually). */
export function dialHost(text: string, from = 0): string | undefined {
	const index = text.indexOf('dial tcp ', from);
	if (index === -1) {
		return undefined;
	}

	let end = index + 'dial tcp '.length;
	while (end < text.length && end - index < 300 && !/\s/.test(text[end]!)) {
		end++;
	}

	const token = text.slice(index + 'dial tcp '.length, end).replace(/:$/, '');
	const bracket = /^\[([\da-fA-F:.]+)]:\d+$/.exec(token);
	if (bracket?.[1] !== undefined) {
		return cleanHost(bracket[1]);
	}

	const colon = token.lastIndexOf(':');
	return cleanHost(colon === -1 ? token : token.slice(0, colon));
}

/** Git and ssh messages: `Could not resolve host: HOST`, `Could not resolve hostname HOST:`. */
export function resolveHost(text: string): string | undefined {
	const match = /could not resolve host(?:name)?:? '?([a-z\d.-]{1,253})/i.exec(text);
	return match?.[1] === undefined ? undefined : cleanHost(match[1]);
}

/** `proxyconnect tcp: dial tcp HOST:PORT` or `proxyconnect tcp: dial tcp: lookup HOST` → the proxy's host. */
export function proxyconnectHost(text: string): string | undefined {
	const index = text.indexOf('proxyconnect tcp: ');
	if (index === -1) {
		return undefined;
	}

	const rest = text.slice(index, index + 600);
	return rest.includes('dial tcp: lookup ') ? lookupHost(rest) : dialHost(rest);
}

/** `for 'https://HOST'` (git's credential prompts) and `git@HOST:` (ssh) → HOST. */
export function credentialHost(text: string): string | undefined {
	const prompt = /for '([a-z]+:\/\/[^'\s]{1,300})'/.exec(text);
	if (prompt?.[1] !== undefined) {
		return hostOfUrl(prompt[1]);
	}

	const ssh = /(?:^|\s)git@([A-Za-z\d.-]{1,253}):/.exec(text);
	return ssh?.[1] === undefined ? undefined : cleanHost(ssh[1]);
}

/** Other ways go names a module in an error line. */
export function otherModuleMentions(text: string): string | undefined {
	return (
		pathAfter(text, 'go: module ') ??
		pathAfter(text, 'unrecognized import path "') ??
		pathAfter(text, 'but was required as: ') ??
		pathAfter(text, 'missing go.sum entry for module providing package ') ??
		pathAfter(text, 'go mod download ') ??
		pathAfter(text, 'go get ') ??
		pathAfter(text, 'module ')
	);
}

/** The Go version a toolchain line talks about (`go1.23.0`), when there is one. */
export function toolchainVersion(text: string): string | undefined {
	const requires = /requires go >= (1(?:\.\d{1,3}){1,2}(?:rc\d{1,2}|beta\d{1,2})?)/.exec(text);
	if (requires?.[1] !== undefined) {
		return `go${requires[1]}`;
	}

	const named = /\bgo(1(?:\.\d{1,3}){1,2}(?:rc\d{1,2}|beta\d{1,2})?)(?![\d.]*\d)/.exec(text);
	return named?.[1] === undefined ? undefined : `go${named[1]}`;
}

/** Hosts whose modules are public (a 404 for one of them is a real not-found). */
const publicHosts = new Set([
	'github.com',
	'gitlab.com',
	'bitbucket.org',
	'golang.org',
	'google.golang.org',
	'gopkg.in',
	'go.googlesource.com',
	'cloud.google.com',
	'code.google.com',
	'k8s.io',
	'sigs.k8s.io',
	'go.uber.org',
	'go.etcd.io',
	'go.opentelemetry.io',
	'go.mongodb.org',
	'honnef.co',
	'rsc.io',
	'gitee.com',
	'codeberg.org',
	'git.sr.ht',
	'launchpad.net',
	'go.dev',
	'gotest.tools',
	'gorm.io',
	'dario.cat',
	'mvdan.cc',
	'lukechampine.com',
	'example.com',
]);

/** Public GOPROXY mirrors and checksum databases. */
export const publicProxyHosts = new Set([
	'proxy.golang.org',
	'sum.golang.org',
	'sum.golang.google.cn',
	'goproxy.cn',
	'goproxy.io',
	'proxy.golang.com.cn',
	'goproxy.bj.bcebos.com',
	'mirrors.aliyun.com',
	'mirrors.tencent.com',
]);

const privateLabels = new Set([
	'internal',
	'corp',
	'intranet',
	'intra',
	'private',
	'priv',
	'company',
	'lan',
	'local',
	'localdomain',
	'home',
	'office',
	'ad',
	'int',
]);
const forgeLabels = new Set([
	'git',
	'gitlab',
	'github',
	'gitea',
	'gogs',
	'bitbucket',
	'scm',
	'code',
	'src',
	'source',
	'repo',
	'repos',
	'vcs',
	'stash',
	'gerrit',
	'forgejo',
]);

/**
Whether a module's host looks private: an internal domain (`git.internal`, `*.corp`, `gitlab.company.com`), a
self-hosted forge (`gitlab.example.org`, `github.acme.io`), a private address, or a name without a dot.
*/
export function looksPrivateHost(host: string): boolean {
	const name = host.toLowerCase();
	if (publicHosts.has(name) || publicProxyHosts.has(name)) {
		return false;
	}

	if (!name.includes('.')) {
		return true;
	}

	if (/^(?:10\.|127\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.)/.test(name)) {
		return true;
	}

	const labels = name.split('.');
	if (labels.some((label) => privateLabels.has(label))) {
		return true;
	}

	return forgeLabels.has(labels[0] ?? '');
}

/** The host part (first element) of a module path. */
export function moduleHost(module: string): string {
	return (module.split('/', 1)[0] ?? module).toLowerCase();
}
