/**
The private-module remediations (§2.5, §3.3), computed from what the checks found: the narrowest GOPRIVATE
pattern that covers a path, merged into the value the user already has; a `.netrc` entry (the token is typed in
the wizard, never part of the fix); an `insteadOf` rule that sends git to SSH. Pure.
*/
import {matchPrefixPatterns} from '../go/match-prefix-patterns.js';
import {say} from '../i18n/index.js';
import type {Fix} from '../model/report.js';
import {shellLine} from './apply-go-env.js';

/**
Hosts where one account or organisation is private and the rest of the host is public: the pattern stops at the
owner (`github.com/acme`), never the host (GOPRIVATE=github.com would send every public GitHub module around the
proxy and the checksum database).
*/
export const sharedHostingHosts = [
	'github.com',
	'gitlab.com',
	'bitbucket.org',
	'gitee.com',
	'codeberg.org',
	'gitea.com',
	'dev.azure.com',
	'sr.ht',
	'git.sr.ht',
	'golang.org',
	'google.golang.org',
	'gopkg.in',
	'go.googlesource.com',
] as const;

/**
The narrowest GOPRIVATE pattern that covers `modulePath` and its siblings: `host/owner` on a shared hosting site
(github.com/acme), else the host itself (git.corp.example: a company's own host is private as a whole). Only
literal path elements are used, with go's pattern metacharacters (`*?[\`) refused: undefined when the path
cannot make a pattern.
*/
export function narrowestPrivatePattern(modulePath: string): string | undefined {
	const elements = modulePath.split('/');
	const host = elements[0] ?? '';
	if (host === '' || !host.includes('.') || /[*?[\\,\s]/.test(modulePath) || modulePath.startsWith('-')) {
		return undefined;
	}

	if ((sharedHostingHosts as readonly string[]).includes(host.toLowerCase())) {
		const owner = elements[1];
		return owner === undefined || owner === '' ? undefined : `${host}/${owner}`;
	}

	return host;
}

/**
`existing` with `pattern` added at the end (a comma-separated list, empty items dropped, the rest kept as they
are); `existing` unchanged when one of its patterns already covers `modulePath`.
*/
export function mergePattern(existing: string, pattern: string, modulePath: string): {readonly value: string; readonly changed: boolean} {
	if (matchPrefixPatterns(existing, modulePath)) {
		return {value: existing, changed: false};
	}

	const items = existing.split(',').filter((item) => item.trim() !== '');
	return {value: [...items, pattern].join(','), changed: true};
}

/** What go's private-path settings say about one module path (go's own pattern rules). */
export type PrivateMatch = {
	readonly goprivate: boolean;
	/** GONOPROXY (GOPRIVATE when GONOPROXY is unset): go fetches the path directly. */
	readonly gonoproxy: boolean;
	/** GONOSUMDB (GOPRIVATE when GONOSUMDB is unset): go never asks the checksum database. */
	readonly gonosumdb: boolean;
};

/** Which of GOPRIVATE, GONOPROXY and GONOSUMDB cover `modulePath`, with go's defaults (both fall back on GOPRIVATE). */
export function privateMatch(values: Readonly<Record<string, string>>, modulePath: string): PrivateMatch {
	const goprivate = values['GOPRIVATE'] ?? '';
	const gonoproxy = values['GONOPROXY'] ?? '';
	const gonosumdb = values['GONOSUMDB'] ?? '';
	return {
		goprivate: matchPrefixPatterns(goprivate, modulePath),
		gonoproxy: matchPrefixPatterns(gonoproxy === '' ? goprivate : gonoproxy, modulePath),
		gonosumdb: matchPrefixPatterns(gonosumdb === '' ? goprivate : gonosumdb, modulePath),
	};
}

/**
`go env -w GOPRIVATE=<existing,pattern>` (and GONOSUMDB, GONOPROXY when they are set on their own and miss the
path: then they, not GOPRIVATE, decide). GONOPROXY=none is left alone: it means private modules go through the
company's proxy on purpose. Undefined when the path cannot make a pattern or everything already covers it.
`shadowed`: the keys set in the OS environment, where `go env -w` changes nothing go sees.
*/
export function goprivateFix(
	modulePath: string,
	values: Readonly<Record<string, string>>,
	options: {readonly shadowed?: readonly string[]} = {},
): Fix | undefined {
	const pattern = narrowestPrivatePattern(modulePath);
	if (pattern === undefined) {
		return undefined;
	}

	const changes: Array<{key: string; value: string}> = [];
	const goprivate = mergePattern(values['GOPRIVATE'] ?? '', pattern, modulePath);
	if (goprivate.changed) {
		changes.push({key: 'GOPRIVATE', value: goprivate.value});
	}

	for (const key of ['GONOSUMDB', 'GONOPROXY'] as const) {
		const value = values[key] ?? '';
		if (value !== '' && value !== 'none' && !matchPrefixPatterns(value, modulePath)) {
			changes.push({key, value: mergePattern(value, pattern, modulePath).value});
		}
	}

	if (changes.length === 0) {
		return undefined;
	}

	const shadowed = (options.shadowed ?? []).filter((key) => changes.some((change) => change.key === key));
	const text = say.private;
	return {
		id: 'goprivate-add',
		title: text.goprivateTitle(pattern),
		detail:
			shadowed.length > 0
				? text.goprivateShadowed(text.goprivateDetail(pattern, modulePath), shadowed.join(', '))
				: text.goprivateDetail(pattern, modulePath),
		kind: 'go-env',
		argv: ['go', 'env', '-w', ...changes.map((change) => `${change.key}=${change.value}`)],
		changes,
		...(shadowed.length > 0 ? {shell: changes.map((change) => shellLine(change.key, change.value))} : {}),
		scope: 'persistent',
		weakensSecurity: false,
	};
}

/** Where a `.netrc` entry goes and for what: everything but the token, which the wizard asks for. */
export type NetrcTarget = {
	/** The machine name go looks up: the host, with `:port` when the URL has one. */
	readonly machine: string;
	/** The login, when one is known (an existing entry's, or the user's). */
	readonly login?: string;
	/** The `.netrc` file go reads ($NETRC or ~/.netrc). */
	readonly file: string;
	/** An entry for the machine exists and is being replaced. */
	readonly replaces: boolean;
};

/**
A guided `.netrc` entry for the host that wants credentials: the wizard asks for the login and the token (typed
hidden), writes the file with mode 0600 and runs go again. The fix itself holds no secret.
*/
export function netrcFix(target: NetrcTarget): Fix {
	const text = say.private;
	return {
		id: 'netrc-entry',
		title: target.replaces ? text.netrcReplaceTitle(target.machine) : text.netrcTitle(target.machine),
		detail: text.netrcDetail(target.machine, target.file),
		kind: 'netrc',
		netrc: target,
		scope: 'persistent',
		weakensSecurity: false,
	};
}

/**
`git config --global url."git@HOST:".insteadOf "https://HOST/"`: git fetches over SSH with the user's key instead
of asking for an HTTPS password (go runs git with prompts disabled). Undefined for a host that cannot be written
into a git config key. `configFile`: the global git config file it writes, shown on the confirm screen.
*/
export function insteadOfFix(host: string, options: {readonly configFile?: string} = {}): Fix | undefined {
	if (!/^[a-z\d]([a-z\d.-]*[a-z\d])?$/i.test(host) || !host.includes('.')) {
		return undefined;
	}

	const key = `url.git@${host}:.insteadOf`;
	const text = say.private;
	return {
		id: 'git-insteadof-ssh',
		title: text.insteadOfTitle(host),
		detail: text.insteadOfDetail(host, text.gitConfigDetailUndo),
		kind: 'command',
		argv: ['git', 'config', '--global', key, `https://${host}/`],
		...(options.configFile === undefined ? {} : {configFile: options.configFile}),
		scope: 'persistent',
		weakensSecurity: false,
	};
}
