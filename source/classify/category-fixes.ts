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
	return host !== undefined && /^[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?$/.test(host) && !/^\d+(?:\.\d+){3}$/.test(host) ? host : undefined;
}

function safeModule(module: string | undefined): string | undefined {
	return module !== undefined && isModulePath(module) && !module.includes('!') ? module : undefined;
}

function safeVersion(version: string | undefined): string | undefined {
	return version !== undefined && isVersion(version) ? version : undefined;
}

function goEnvWrite(id: string, title: string, key: string, value: string, detail: string, weakensSecurity = false): Fix {
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

function goEnvUnset(id: string, title: string, key: string, detail: string): Fix {
	return {id, title, detail, kind: 'go-env', argv: ['go', 'env', '-u', key], changes: [{key, value: undefined}], scope: 'persistent', weakensSecurity: false};
}

function shell(id: string, title: string, lines: string[], detail: string, scope: Fix['scope'] = 'session', weakensSecurity = false): Fix {
	return {id, title, detail, kind: 'shell', shell: lines, scope, weakensSecurity};
}

function info(id: string, title: string, detail: string): Fix {
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
		return second !== undefined && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(second) ? `${hostName}/${second}` : undefined;
	}

	return hostName;
}

/** A GOPROXY list without the host that failed, public mirrors joined with `|` so go falls back on any error. */
function alternativeProxyFix(failedHost: string | undefined): Fix {
	const mirrors = ['https://proxy.golang.org', 'https://goproxy.cn', 'https://goproxy.io'].filter((url) => !url.endsWith(`//${failedHost ?? ''}`));
	const value = `${mirrors.slice(0, 2).join('|')}|direct`;
	return goEnvWrite(
		'goproxy-alternative',
		`Use other GOPROXY mirrors: ${value}`,
		'GOPROXY',
		value,
		'Public mirrors separated by | so that go tries the next one after any error, and direct last for private modules. Check first which of them this network reaches.',
	);
}

const pipeFallbackFix = goEnvWrite(
	'goproxy-pipe-fallback',
	'Fall back on any error: GOPROXY=https://proxy.golang.org|https://goproxy.cn|direct',
	'GOPROXY',
	'https://proxy.golang.org|https://goproxy.cn|direct',
	'With , go moves to the next entry only after a 404 or 410; with | it moves on after any error, so one broken entry no longer stops the download.',
);

const verboseRunFix = shell(
	'verbose-run',
	'Re-run with -x to see every request',
	['go mod download -x'],
	'Shows each request go makes and the last one that failed.',
);

/** Suggestions for a classified error: ordered from the most likely to help to the last resort. */
export function fixesFor(context: FixContext): Fix[] {
	const host = safeHost(context.host);
	const module = safeModule(context.module);
	const version = safeVersion(context.version);
	const {text} = context;
	switch (context.category) {
		case 'dns': {
			return [
				alternativeProxyFix(host),
				info(
					'check-resolver',
					'Check the resolver',
					`See whether other names resolve (getent hosts ${host ?? 'proxy.golang.org'}) and which nameservers /etc/resolv.conf lists; a VPN or a broken DNS server is the usual cause.`,
				),
			];
		}

		case 'timeout': {
			return [
				alternativeProxyFix(host),
				pipeFallbackFix,
				info(
					'check-firewall',
					'Check the network path',
					`Test the port with a deadline (nc -zv -w 5 ${host ?? 'HOST'} 443); if only an HTTPS proxy can reach the internet here, set HTTPS_PROXY in the shell profile.`,
				),
			];
		}

		case 'refused': {
			return [
				alternativeProxyFix(host),
				info(
					'check-service',
					'Check that the service is up and the port open',
					`Nothing accepted the connection${host === undefined ? '' : ` to ${host}`}: the service is down, listens elsewhere, or a firewall rejects it (nc -zv ${host ?? 'HOST'} PORT).`,
				),
			];
		}

		case 'http-proxy': {
			const fixes: Fix[] = [];
			if (text.includes('407') || text.includes('proxy authentication required')) {
				fixes.push(
					info(
						'proxy-credentials',
						'Give the proxy its credentials',
						'The proxy answered 407: put the user and password in the proxy URL (http://USER:PASSWORD@proxy:port) in the shell profile, or ask for an exception for the GOPROXY host.',
					),
				);
			}

			fixes.push(
				shell(
					'unset-proxy',
					'Try without the HTTP(S) proxy in this shell',
					['unset HTTP_PROXY HTTPS_PROXY ALL_PROXY http_proxy https_proxy all_proxy'],
					'If the download works without it, fix or remove the proxy settings in the shell profile (go env -w cannot change them).',
				),
			);
			const target = safeModule(context.module)?.split('/', 1)[0];
			if (target !== undefined && target !== 'example.com') {
				fixes.push(
					shell(
						'no-proxy-host',
						`Bypass the proxy for ${target}`,
						[`export NO_PROXY="\${NO_PROXY:+$NO_PROXY,}${target}"`],
						'For an internal host that the proxy cannot reach; add the line to the shell profile.',
						'persistent',
					),
				);
			}

			return fixes;
		}

		case 'proxy-bad-response': {
			return [
				pipeFallbackFix,
				alternativeProxyFix(host),
				info(
					'report-proxy',
					'Tell the proxy\'s operator',
					`${host ?? 'The proxy'} is reached but answers wrongly; a 5xx means its upstream or the proxy itself is failing, an HTML page means something in front of it (a reverse proxy or a captive portal) answers instead.`,
				),
			];
		}

		case 'not-found': {
			return [
				info(
					'check-version',
					'Check that the version exists',
					`${module === undefined ? 'List the versions' : `go list -m -versions ${module}`} shows what exists; fix the version in go.mod (or the tag in the repository).`,
				),
				info('check-path', 'Check the module path', 'A typo in the import or require path, a replace directive, or a moved repository makes go ask for something that is not there.'),
			];
		}

		case 'private-auth': {
			const fixes: Fix[] = [];
			const moduleHostName = module?.split('/', 1)[0]?.toLowerCase();
			// A direct fetch (git asked for credentials) or a private-looking host: the module must bypass the public
			// proxy. A 401/403 from a GOPROXY for a public-looking module is the proxy wanting credentials instead.
			const directFetch = /git |terminal prompts|could not read|publickey|host key|goauth/.test(text);
			const privateModule = moduleHostName !== undefined && (directFetch || looksPrivateHost(moduleHostName));
			const pattern = module === undefined ? undefined : privatePattern(module);
			if (privateModule && pattern !== undefined) {
				fixes.push(
					goEnvWrite(
						'goprivate-host',
						`Mark ${pattern} as private: GOPRIVATE=${pattern}`,
						'GOPRIVATE',
						pattern,
						'go then fetches these paths directly and does not ask the public proxy or checksum database about them. If GOPRIVATE already lists other patterns, keep them (comma-separated).',
					),
				);
			}

			const askingHost = privateModule ? safeHost(moduleHostName) : (host ?? safeHost(moduleHostName));
			if (text.includes('publickey') || text.includes('host key verification')) {
				fixes.push(
					info(
						'ssh-key',
						'Set up SSH access',
						`git used SSH and the server refused the key: add your public key to the forge, and check \`ssh -T git@${askingHost ?? 'HOST'}\`.`,
					),
				);
			} else {
				fixes.push(
					info(
						'netrc',
						`Give go credentials for ${askingHost ?? 'the host'} (.netrc)`,
						`Add a line "machine ${askingHost ?? 'HOST'} login USER password TOKEN" to ~/.netrc (mode 600), with a personal access token; go and git both read it.`,
					),
				);
				if (privateModule && askingHost !== undefined) {
					fixes.push(
						shell(
							'git-insteadof-ssh',
							`Fetch ${askingHost} over SSH`,
							[`git config --global url."git@${askingHost}:".insteadOf "https://${askingHost}/"`],
							'git then uses your SSH key instead of asking for a password, which go cannot answer (terminal prompts are disabled).',
							'persistent',
						),
					);
				}
			}

			if (text.includes('goauth')) {
				fixes.push(info('goauth', 'Check GOAUTH', 'GOAUTH lists how go authenticates (netrc, git DIR, command ...); the command it names failed or returned no credentials for this host.'));
			}

			return fixes;
		}

		case 'tls': {
			const fixes: Fix[] = [
				info(
					'install-ca',
					'Trust the certificate authority',
					'If a corporate proxy intercepts TLS, install its CA certificate in the system store (update-ca-certificates) or point SSL_CERT_FILE at a bundle that includes it. If the certificate has expired or names another host, the server must be fixed.',
				),
			];
			if (host !== undefined && !publicProxyHosts.has(host) && host !== 'github.com' && host !== 'gitlab.com') {
				fixes.push(
					goEnvWrite(
						'goinsecure-host',
						`Skip certificate checks for ${host} only: GOINSECURE=${host}`,
						'GOINSECURE',
						host,
						'Only for a private host whose certificate cannot be fixed: go then accepts any certificate (or plain HTTP) for direct fetches from it.',
						true,
					),
				);
			}

			return fixes;
		}

		case 'checksum-mismatch': {
			const target = module === undefined ? undefined : `${module}${version === undefined ? '' : `@${version}`}`;
			return [
				info(
					'compare-sources',
					'Find which source disagrees',
					'Compare the h1: hash of the module from each GOPROXY entry, from direct, and from the checksum database with the go.sum line; the odd one out is the culprit. Never delete go.sum to make this go away: that gives up the check that caught it.',
				),
				shell(
					'clean-modcache',
					'Clear the module cache and download again',
					['go clean -modcache', target === undefined ? 'go mod download' : `go mod download ${target}`],
					'When the cache holds a damaged copy. go clean -modcache deletes every cached module.',
				),
				goEnvWrite(
					'goproxy-trusted',
					'Use the public proxy: GOPROXY=https://proxy.golang.org,direct',
					'GOPROXY',
					'https://proxy.golang.org,direct',
					'When a mirror serves altered content, drop it.',
				),
			];
		}

		case 'sumdb': {
			const fixes: Fix[] = [
				goEnvWrite(
					'gosumdb-mirror',
					'Use a reachable mirror of the checksum database: GOSUMDB=sum.golang.google.cn',
					'GOSUMDB',
					'sum.golang.google.cn',
					'The same database (same key) served from another host; a GOPROXY that proxies the database works too.',
				),
			];
			const prefix = module?.split('/', 1)[0];
			if (prefix !== undefined && safeHost(prefix) !== undefined && prefix !== 'github.com' && prefix !== 'golang.org') {
				fixes.push(
					goEnvWrite(
						'gonosumdb-host',
						`Do not look up ${prefix} in the checksum database: GONOSUMDB=${prefix}`,
						'GONOSUMDB',
						prefix,
						'For private paths only: their hashes are then trusted on first download instead of being checked against the public database.',
						true,
					),
				);
			}

			fixes.push(
				goEnvWrite(
					'gosumdb-off',
					'Turn checksum verification off: GOSUMDB=off',
					'GOSUMDB',
					'off',
					'Last resort: go then trusts whatever the proxy serves for every module.',
					true,
				),
			);
			return fixes;
		}

		case 'goproxy-config': {
			if (text.includes('inconsistent vendoring') || text.includes('-mod=vendor')) {
				return [
					shell('go-mod-vendor', 'Rebuild the vendor directory', ['go mod vendor'], 'Makes vendor/ match go.mod again.'),
					goEnvUnset('unset-goflags', 'Remove GOFLAGS written with go env -w', 'GOFLAGS', 'If -mod=vendor comes from GOFLAGS rather than from a vendor directory you meant to use.'),
				];
			}

			if (text.includes('refusing to pass credentials')) {
				return [
					info(
						'https-credentials',
						'Use https:// for the entry that carries credentials',
						'go sends the user and password of a GOPROXY URL only over https; change that entry to https://, or move the credentials to .netrc and drop them from the URL.',
					),
				];
			}

			if (text.includes('goflags')) {
				return [goEnvUnset('unset-goflags', 'Remove GOFLAGS written with go env -w', 'GOFLAGS', 'GOFLAGS holds something go cannot parse; an OS variable must be fixed in the shell profile instead.')];
			}

			if (text.includes('go111module')) {
				return [goEnvUnset('unset-go111module', 'Remove GO111MODULE written with go env -w', 'GO111MODULE', 'Module mode is the default; GO111MODULE=off turns it off.')];
			}

			return [
				goEnvWrite(
					'goproxy-default',
					'Set a working GOPROXY: https://proxy.golang.org,direct',
					'GOPROXY',
					'https://proxy.golang.org,direct',
					'GOPROXY is off, empty or malformed; every entry needs a scheme (https://).',
				),
				goEnvUnset('goproxy-unset', 'Go back to the default GOPROXY', 'GOPROXY', 'Removes the value written with go env -w; an OS variable of the same name still wins and must be fixed in the shell profile.'),
			];
		}

		case 'vcs': {
			const fixes: Fix[] = [];
			if (/exec: "(?:git|hg|svn|bzr|fossil)"/.test(text)) {
				fixes.push(info('install-git', 'Install git', 'go runs git (or hg, svn) for direct fetches; install it (apt-get install git, brew install git) or fetch through a GOPROXY instead.'));
			}

			fixes.push(
				goEnvWrite(
					'goproxy-default',
					'Fetch through the public proxy: GOPROXY=https://proxy.golang.org,direct',
					'GOPROXY',
					'https://proxy.golang.org,direct',
					'The proxy serves public modules without running version control on this machine.',
				),
			);
			if (text.includes('no secure protocol') && host !== undefined) {
				fixes.push(
					goEnvWrite(
						'goinsecure-host',
						`Allow plain HTTP for ${host} only: GOINSECURE=${host}`,
						'GOINSECURE',
						host,
						'Only for a private host that offers no HTTPS: its content is then fetched without transport security.',
						true,
					),
				);
			}

			return fixes;
		}

		case 'module-path': {
			return [
				info(
					'fix-require-path',
					'Require the module by the path it declares',
					'Use the path from the module\'s own go.mod (the "declares its path as" line) in imports and go.mod, including a /vN suffix for major versions 2 and above; or add a replace directive that maps the required path to the declared one.',
				),
			];
		}

		case 'cache': {
			const fixes: Fix[] = [];
			if (text.includes('no space left') || text.includes('disk quota')) {
				fixes.push(info('free-space', 'Free disk space', 'The disk holding GOMODCACHE (go env GOMODCACHE) is full; free space or set GOMODCACHE to a larger disk.'));
			}

			if (text.includes('permission denied') || text.includes('read-only file system')) {
				fixes.push(
					shell(
						'fix-cache-ownership',
						'Give the module cache back to your user',
						['sudo chown -R "$(id -u):$(id -g)" "$(go env GOMODCACHE)"'],
						'Usually the cache was filled once with sudo or by a container running as root.',
					),
				);
			}

			fixes.push(shell('clean-modcache', 'Clear the module cache', ['go clean -modcache'], 'Deletes every cached module (their size is shown first by the wizard); the next download refills it.'));
			return fixes;
		}

		case 'toolchain': {
			const wanted = /^go1\.\d+(?:\.\d+)?(?:rc\d+|beta\d+)?$/.test(context.version ?? '') ? context.version : undefined;
			return [
				info(
					'install-go',
					wanted === undefined ? 'Install the Go version go.mod asks for' : `Install ${wanted}`,
					'Download it from https://go.dev/dl/ (or the package manager) and put it first on PATH; go then needs no toolchain switch.',
				),
				goEnvWrite(
					'gotoolchain-auto',
					'Let go download the toolchain: GOTOOLCHAIN=auto',
					'GOTOOLCHAIN',
					'auto',
					'go fetches golang.org/toolchain through GOPROXY; the entries must serve it (proxy.golang.org and goproxy.cn do).',
				),
				goEnvWrite(
					'goproxy-toolchain-mirror',
					'Fetch toolchains through a mirror that serves them: GOPROXY=https://goproxy.cn,direct',
					'GOPROXY',
					'https://goproxy.cn,direct',
					'When the current GOPROXY does not serve golang.org/toolchain or cannot be reached.',
				),
			];
		}

		case 'go-sum-missing': {
			const target = module === undefined ? undefined : `${module}${version === undefined ? '' : `@${version}`}`;
			return [
				...(target === undefined ? [] : [shell('go-mod-download-module', `Add the go.sum entries for ${target}`, [`go mod download ${target}`], 'Downloads the module and records its hashes.')]),
				shell('go-mod-tidy', 'Run go mod tidy', ['go mod tidy'], 'Adds every missing go.sum entry (and removes unused ones); commit the result.'),
			];
		}

		case 'go-missing': {
			return [info('install-go', 'Install Go', 'Install Go from https://go.dev/dl/ or the package manager, and make sure its bin directory is on PATH.')];
		}

		case 'no-module': {
			return [info('cd-module', 'Run inside the module', 'Change to the directory that holds go.mod, or create one with go mod init MODULE-PATH.')];
		}

		case 'healthy': {
			return [];
		}

		case 'other': {
			return [verboseRunFix];
		}
	}
}
