import {goSumTidyFix} from '../fixes/fix-module.js';
import {say, type Text} from '../i18n/index.js';
import type {Fix} from '../model/report.js';
import type {Category} from '../model/taxonomy.js';
import {isModulePath, isVersion, looksPrivateHost, publicProxyHosts} from './extract-details.js';

/** What the classifier knows when it suggests fixes. Values came from error text: they are validated before use. */
export type FixContext = {
	readonly category: Category;
	readonly module?: string;
	readonly version?: string;
	readonly host?: string;
	/** The block's text, lower-cased: picks between variants of a category (GOPROXY=off, a missing git...). */
	readonly text: string;
};

/** A host that may become part of a `go env -w` value or a shell line: a plain DNS name, nothing that could be an option. */
function safeHost(host: string | undefined): string | undefined {
	return host !== undefined && /^[a-z\d](?:[a-z\d.-]{0,251}[a-z\d])?$/.test(host) && !/^\d+(?:\.\d+){3}$/.test(host) ? host : undefined;
}

function safeModule(module: string | undefined): string | undefined {
	return module !== undefined && isModulePath(module) && !module.includes('!') ? module : undefined;
}

function safeVersion(version: string | undefined): string | undefined {
	return version !== undefined && isVersion(version) ? version : undefined;
}

function goEnvWrite(id: string, title: Text, key: string, value: string, detail: Text, weakensSecurity = false): Fix {
	return {
		id,
		title,
		detail,
		kind: 'go-env',
		argv: ['go', 'env', '-w', `${key}=${value}`],
		changes: [{key, value}],
		scope: 'persistent',
		weakensSecurity,
	};
}

function goEnvUnset(id: string, title: Text, key: string, detail: Text): Fix {
	return {
		id,
		title,
		detail,
		kind: 'go-env',
		argv: ['go', 'env', '-u', key],
		changes: [{key, value: undefined}],
		scope: 'persistent',
		weakensSecurity: false,
	};
}

function shell(id: string, title: Text, lines: string[], detail: Text, scope: Fix['scope'] = 'session', weakensSecurity = false): Fix {
	return {id, title, detail, kind: 'shell', shell: lines, scope, weakensSecurity};
}

function info(id: string, title: Text, detail: Text): Fix {
	return {id, title, detail, kind: 'info', scope: 'session', weakensSecurity: false};
}

/** Forges that host public and private repositories side by side: GOPRIVATE names the owner, not the whole host. */
const sharedForges = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'gitee.com', 'codeberg.org']);

/** The GOPRIVATE pattern for a module: its host, or `host/owner` on a shared forge. */
function privatePattern(module: string): string | undefined {
	const [first, second] = module.split('/');
	const hostName = safeHost(first?.toLowerCase());
	if (hostName === undefined || publicProxyHosts.has(hostName)) {
		return undefined;
	}

	if (sharedForges.has(hostName)) {
		return second !== undefined && /^[A-Za-z\d][\w.-]*$/.test(second) ? `${hostName}/${second}` : undefined;
	}

	return hostName;
}

/** A GOPROXY list without the host that failed, public mirrors joined with `|` so go falls back on any error. */
function alternativeProxyFix(failedHost: string | undefined): Fix {
	const mirrors = ['https://proxy.golang.org', 'https://goproxy.cn', 'https://goproxy.io'].filter(
		(url) => !url.endsWith(`//${failedHost ?? ''}`),
	);
	const value = `${mirrors.slice(0, 2).join('|')}|direct`;
	return goEnvWrite(
		'goproxy-alternative',
		say.classify.fixes.alternativeProxy.title(value),
		'GOPROXY',
		value,
		say.classify.fixes.alternativeProxy.detail,
	);
}

const pipeFallbackValue = 'https://proxy.golang.org|https://goproxy.cn|direct';

function pipeFallbackFix(): Fix {
	const {title, detail} = say.classify.fixes.pipeFallback;
	return goEnvWrite('goproxy-pipe-fallback', title(pipeFallbackValue), 'GOPROXY', pipeFallbackValue, detail);
}

function verboseRunFix(): Fix {
	const {title, detail} = say.classify.fixes.verboseRun;
	return shell('verbose-run', title, ['go mod download -x'], detail);
}

/**
The host of a request that the error shows going through the HTTP(S) proxy: `Get "https://HOST/...": proxyconnect
tcp: ...`, or `reading https://HOST/...: 407 Proxy Authentication Required`. Undefined when none does.
*/
export function proxiedHost(text: string): string | undefined {
	const match = /https?:\/\/([a-z\d.-]+)(?::\d+)?(?:\/[^\s"]*)?"?:\s*(?:proxyconnect\b|407\b)/i.exec(text);
	return safeHost(match?.[1]?.toLowerCase());
}

/** A download into an empty, temporary module cache: it works when the cache (not the source) was damaged. */
function cleanCacheCheck(module: string | undefined, version: string | undefined): Fix {
	const words = say.classify.fixes.cleanCacheCheck;
	const target = module === undefined ? '' : ` ${module}${version === undefined ? '' : `@${version}`}`;
	return shell('clean-cache-check', words.title, [`GOMODCACHE="$(mktemp -d)" go mod download -x${target}`], words.detail);
}

/** Suggestions for a classified error: ordered from the most likely to help to the last resort. */
export function fixesFor(context: FixContext): Fix[] {
	const host = safeHost(context.host);
	const module = safeModule(context.module);
	const version = safeVersion(context.version);
	const {text} = context;
	const words = say.classify.fixes;
	const scope: FixScope = {context, host, module, version, text, words};
	switch (context.category) {
		case 'dns': {
			return [
				alternativeProxyFix(host),
				info('check-resolver', words.checkResolver.title, words.checkResolver.detail(host ?? 'proxy.golang.org')),
			];
		}

		case 'timeout': {
			return [
				alternativeProxyFix(host),
				pipeFallbackFix(),
				info('check-firewall', words.checkFirewall.title, words.checkFirewall.detail(host ?? 'HOST')),
			];
		}

		case 'refused': {
			return [alternativeProxyFix(host), info('check-service', words.checkService.title, words.checkService.detail(host))];
		}

		case 'http-proxy': {
			return httpProxyFixes(scope);
		}

		case 'proxy-bad-response': {
			return proxyBadResponseFixes(scope);
		}

		case 'not-found': {
			return notFoundFixes(scope);
		}

		case 'private-auth': {
			return privateAuthFixes(scope);
		}

		case 'tls': {
			return tlsFixes(scope);
		}

		case 'checksum-mismatch': {
			return checksumMismatchFixes(scope);
		}

		case 'sumdb': {
			return sumdbFixes(scope);
		}

		case 'goproxy-config': {
			return goproxyConfigFixes(scope);
		}

		case 'vcs': {
			return vcsFixes(scope);
		}

		case 'module-path': {
			return modulePathFixes(scope);
		}

		case 'cache': {
			return cacheFixes(scope);
		}

		case 'toolchain': {
			return toolchainFixes(scope);
		}

		case 'go-sum-missing': {
			const target = module === undefined ? undefined : `${module}${version === undefined ? '' : `@${version}`}`;
			return [
				...(target === undefined
					? []
					: [
							shell(
								'go-mod-download-module',
								words.goModDownloadModule.title(target),
								[`go mod download ${target}`],
								words.goModDownloadModule.detail,
							),
						]),
				// The go-sum flowchart's remedy, the same fix: a diagnosis that also classified go's output offers it once.
				goSumTidyFix(),
			];
		}

		case 'go-missing': {
			return [info('install-go', words.installGo.title, words.installGo.detail)];
		}

		case 'no-module': {
			return [info('cd-module', words.cdModule.title, words.cdModule.detail)];
		}

		case 'healthy': {
			return [];
		}

		case 'other': {
			return [verboseRunFix()];
		}
	}
}

function proxyBadResponseFixes({host, words}: FixScope): Fix[] {
	return [pipeFallbackFix(), alternativeProxyFix(host), info('report-proxy', words.reportProxy.title, words.reportProxy.detail(host))];
}

function notFoundFixes({module, words}: FixScope): Fix[] {
	return [
		info('check-version', words.checkVersion.title, words.checkVersion.detail(module)),
		info('check-path', words.checkPath.title, words.checkPath.detail),
	];
}

function modulePathFixes({words}: FixScope): Fix[] {
	return [info('fix-require-path', words.fixRequirePath.title, words.fixRequirePath.detail)];
}

type FixWords = typeof say.classify.fixes;

/** What every category's fixes are made from. */
type FixScope = {
	readonly context: FixContext;
	readonly host: string | undefined;
	readonly module: string | undefined;
	readonly version: string | undefined;
	readonly text: string;
	readonly words: FixWords;
};

function httpProxyFixes({text, words}: FixScope): Fix[] {
	const fixes: Fix[] = [];
	if (text.includes('407') || text.includes('proxy authentication required')) {
		fixes.push(info('proxy-credentials', words.proxyCredentials.title, words.proxyCredentials.detail));
	}

	fixes.push(
		shell(
			'unset-proxy',
			words.unsetProxy.title,
			['unset HTTP_PROXY HTTPS_PROXY ALL_PROXY http_proxy https_proxy all_proxy'],
			words.unsetProxy.detail,
		),
	);
	// Only a host the error shows the request went to through the proxy: the module's own host is usually never
	// contacted (go asks GOPROXY for it), and NO_PROXY for it changes nothing.
	const target = proxiedHost(text);
	if (target !== undefined) {
		fixes.push(
			shell(
				'no-proxy-host',
				words.noProxyHost.title(target),
				[`export NO_PROXY="\${NO_PROXY:+$NO_PROXY,}${target}"`],
				words.noProxyHost.detail,
				'persistent',
			),
		);
	}

	return fixes;
}

function privateAuthFixes({host, module, text, words}: FixScope): Fix[] {
	const fixes: Fix[] = [];
	const moduleHostName = module?.split('/', 1)[0]?.toLowerCase();
	// A direct fetch (git asked for credentials) or a private-looking host: the module must bypass the public
	// proxy. A 401/403 from a GOPROXY for a public-looking module is the proxy wanting credentials instead.
	const directFetch = /git |terminal prompts|could not read|publickey|host key|goauth/.test(text);
	const privateModule = moduleHostName !== undefined && (directFetch || looksPrivateHost(moduleHostName));
	const pattern = module === undefined ? undefined : privatePattern(module);
	if (privateModule && pattern !== undefined) {
		fixes.push(goEnvWrite('goprivate-host', words.goprivateHost.title(pattern), 'GOPRIVATE', pattern, words.goprivateHost.detail));
	}

	const askingHost = privateModule ? safeHost(moduleHostName) : (host ?? safeHost(moduleHostName));
	if (text.includes('publickey') || text.includes('host key verification')) {
		fixes.push(info('ssh-key', words.sshKey.title, words.sshKey.detail(askingHost ?? 'HOST')));
	} else {
		fixes.push(info('netrc', words.netrc.title(askingHost), words.netrc.detail(askingHost ?? 'HOST')));
		if (privateModule && askingHost !== undefined) {
			fixes.push(
				shell(
					'git-insteadof-ssh',
					words.gitInsteadOfSsh.title(askingHost),
					[`git config --global url."git@${askingHost}:".insteadOf "https://${askingHost}/"`],
					words.gitInsteadOfSsh.detail,
					'persistent',
				),
			);
		}
	}

	if (text.includes('goauth')) {
		fixes.push(info('goauth', words.goauth.title, words.goauth.detail));
	}

	return fixes;
}

function tlsFixes({host, words}: FixScope): Fix[] {
	const fixes: Fix[] = [info('install-ca', words.installCa.title, words.installCa.detail)];
	if (host !== undefined && !publicProxyHosts.has(host) && host !== 'github.com' && host !== 'gitlab.com') {
		fixes.push(goEnvWrite('goinsecure-host', words.goinsecureTls.title(host), 'GOINSECURE', host, words.goinsecureTls.detail, true));
	}

	return fixes;
}

function checksumMismatchFixes({module, version, words}: FixScope): Fix[] {
	const target = module === undefined ? undefined : `${module}${version === undefined ? '' : `@${version}`}`;
	return [
		info('compare-sources', words.compareSources.title, words.compareSources.detail),
		cleanCacheCheck(module, version),
		shell(
			'clean-modcache',
			words.cleanModcacheChecksum.title,
			['go clean -modcache', target === undefined ? 'go mod download' : `go mod download ${target}`],
			words.cleanModcacheChecksum.detail,
		),
		goEnvWrite('goproxy-trusted', words.goproxyTrusted.title, 'GOPROXY', 'https://proxy.golang.org,direct', words.goproxyTrusted.detail),
	];
}

function sumdbFixes({module, words}: FixScope): Fix[] {
	const fixes: Fix[] = [
		goEnvWrite('gosumdb-mirror', words.gosumdbMirror.title, 'GOSUMDB', 'sum.golang.google.cn', words.gosumdbMirror.detail),
	];
	const prefix = module?.split('/', 1)[0];
	if (prefix !== undefined && safeHost(prefix) !== undefined && prefix !== 'github.com' && prefix !== 'golang.org') {
		fixes.push(goEnvWrite('gonosumdb-host', words.gonosumdbHost.title(prefix), 'GONOSUMDB', prefix, words.gonosumdbHost.detail, true));
	}

	fixes.push(goEnvWrite('gosumdb-off', words.gosumdbOff.title, 'GOSUMDB', 'off', words.gosumdbOff.detail, true));
	return fixes;
}

function goproxyConfigFixes({text, words}: FixScope): Fix[] {
	if (text.includes('inconsistent vendoring') || text.includes('-mod=vendor')) {
		return [
			shell('go-mod-vendor', words.goModVendor.title, ['go mod vendor'], words.goModVendor.detail),
			goEnvUnset('unset-goflags', words.unsetGoflagsVendor.title, 'GOFLAGS', words.unsetGoflagsVendor.detail),
		];
	}

	if (text.includes('refusing to pass credentials')) {
		return [info('https-credentials', words.httpsCredentials.title, words.httpsCredentials.detail)];
	}

	if (text.includes('goflags')) {
		return [goEnvUnset('unset-goflags', words.unsetGoflags.title, 'GOFLAGS', words.unsetGoflags.detail)];
	}

	// Go get in GOPATH mode (`package P: unrecognized import path … (https fetch: …`) never asks a GOPROXY.
	if (/package \S+: unrecognized import path "[^"]+" \(https fetch:/.test(text)) {
		return [
			goEnvWrite('go111module-on', words.go111moduleOn.title, 'GO111MODULE', 'on', words.go111moduleOn.detail),
			goEnvUnset('unset-go111module', words.unsetGo111module.title, 'GO111MODULE', words.unsetGo111module.detail),
		];
	}

	if (text.includes('go111module')) {
		return [goEnvUnset('unset-go111module', words.unsetGo111module.title, 'GO111MODULE', words.unsetGo111module.detail)];
	}

	return [
		goEnvWrite('goproxy-default', words.goproxyDefault.title, 'GOPROXY', 'https://proxy.golang.org,direct', words.goproxyDefault.detail),
		goEnvUnset('goproxy-unset', words.goproxyUnset.title, 'GOPROXY', words.goproxyUnset.detail),
	];
}

function vcsFixes({host, text, words}: FixScope): Fix[] {
	const fixes: Fix[] = [];
	if (/exec: "(?:git|hg|svn|bzr|fossil)"/.test(text)) {
		fixes.push(info('install-git', words.installGit.title, words.installGit.detail));
	}

	fixes.push(
		goEnvWrite('goproxy-default', words.goproxyPublic.title, 'GOPROXY', 'https://proxy.golang.org,direct', words.goproxyPublic.detail),
	);
	if (text.includes('no secure protocol') && host !== undefined) {
		fixes.push(goEnvWrite('goinsecure-host', words.goinsecureHttp.title(host), 'GOINSECURE', host, words.goinsecureHttp.detail, true));
	}

	return fixes;
}

function cacheFixes({module, version, text, words}: FixScope): Fix[] {
	const fixes: Fix[] = [];
	if (text.includes('no space left') || text.includes('disk quota')) {
		fixes.push(info('free-space', words.freeSpace.title, words.freeSpace.detail));
	}

	if (text.includes('permission denied') || text.includes('read-only file system')) {
		fixes.push(
			shell(
				'fix-cache-ownership',
				words.fixCacheOwnership.title,
				['sudo chown -R "$(id -u):$(id -g)" "$(go env GOMODCACHE)"'],
				words.fixCacheOwnership.detail,
			),
		);
	}

	// Before deleting every cached module: a download into an empty cache shows whether the cache is to blame.
	fixes.push(
		cleanCacheCheck(module, version),
		shell('clean-modcache', words.cleanModcache.title, ['go clean -modcache'], words.cleanModcache.detail),
	);
	return fixes;
}

function toolchainFixes({context, words}: FixScope): Fix[] {
	const wanted = /^go1(?:\.\d+){1,2}(?:rc\d+|beta\d+)?$/.test(context.version ?? '') ? context.version : undefined;
	return [
		info('install-go', words.installToolchain.title(wanted), words.installToolchain.detail),
		goEnvWrite('gotoolchain-auto', words.gotoolchainAuto.title, 'GOTOOLCHAIN', 'auto', words.gotoolchainAuto.detail),
		goEnvWrite(
			'goproxy-toolchain-mirror',
			words.goproxyToolchainMirror.title,
			'GOPROXY',
			'https://goproxy.cn,direct',
			words.goproxyToolchainMirror.detail,
		),
	];
}
