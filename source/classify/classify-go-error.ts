import {say, type Text} from '../i18n/index.js';
import type {Fix} from '../model/report.js';
import type {Category} from '../model/taxonomy.js';
import {createRedactor} from '../redact/redact.js';
import {ambiguityOf, describeAlternatives, type ClassifyAlternative} from './alternatives.js';
import {fixesFor} from './category-fixes.js';
import {explainCategory} from './explain-category.js';
import {
	credentialHost,
	dialHost,
	findModuleAtVersion,
	findUrls,
	hostOfUrl,
	lookupHost,
	looksPrivateHost,
	moduleFromUrl,
	moduleHost,
	otherModuleMentions,
	publicProxyHosts,
	proxyconnectHost,
	resolveHost,
	toolchainVersion,
} from './extract-details.js';
import {decodeInput, forEachBlock, type Block, type BlockLine} from './read-go-output.js';

export {explainCategory} from './explain-category.js';
export type {ClassifyAlternative} from './alternatives.js';
export {classifyLimits} from './read-go-output.js';

/** One failure found in go's output: a module (when go named one) and what went wrong with it. */
export type ClassifiedItem = {
	/** A category id from `taxonomy.ts` (download categories, plus `go-missing` and `no-module`). */
	readonly category: Category;
	readonly module?: string;
	/** A version or query (`v1.2.3`, `latest`); for `toolchain`, the Go version wanted (`go1.23.0`). */
	readonly version?: string;
	/** The host the error is about: the one that did not resolve, the proxy that answered, the private host. */
	readonly host?: string;
	/** The line that decided the category, trimmed to about 300 characters and redacted. */
	readonly line: string;
	/** One paragraph: what this means, for this module and host. */
	readonly explanation: Text;
	/** Suggestions, most likely first. */
	readonly fixes: readonly Fix[];
	/**
	For errors about a component (`http-proxy`, `sumdb`, `toolchain`): what went wrong underneath, when go said
	(`dns`, `timeout`, `refused`, `tls`, `not-found`, `proxy-bad-response`, `private-auth`).
	*/
	readonly cause?: Category;
	/** The HTTP status go reported, when there was one. */
	readonly status?: number;
	/**
	Other plausible causes that the text cannot rule out, each with the check that decides and a command for it;
	empty when the text is unambiguous. Additive in schema version 1.
	*/
	readonly alternatives: readonly ClassifyAlternative[];
	/** When there are alternatives: the likely cause and what the first check would show, in plain words. */
	readonly ambiguity?: Text;
	/**
	Only in what `diagnose` hands its checks after go failed (never in `classify`'s output): this item stands for an
	alternative of an item of that category, so that the alternative's flowchart runs too.
	*/
	readonly alternativeOf?: Category;
};

/**
The items, then one candidate item per alternative that no item already covers for that module: what `diagnose`
gives its checks after go failed, so that it walks the flowcharts of the primary and of each alternative.
*/
export function withAlternativeCandidates(items: readonly ClassifiedItem[]): ClassifiedItem[] {
	const covered = new Set(items.map((item) => `${item.module ?? ''}\u0000${item.category}`));
	const candidates: ClassifiedItem[] = [];
	for (const item of items) {
		for (const alternative of item.alternatives) {
			const key = `${item.module ?? ''}\u0000${alternative.category}`;
			if (!covered.has(key)) {
				covered.add(key);
				const {ambiguity: _ambiguity, ...rest} = item;
				candidates.push({...rest, category: alternative.category, alternatives: [], alternativeOf: item.category});
			}
		}
	}

	return [...items, ...candidates];
}

/** What `classifyGoOutput` made of its input. */
export type ClassifyResult = {
	/**
	`empty`: nothing but whitespace; `binary`: not text; `no-error`: text without a go error in it;
	`classified`: at least one item.
	*/
	readonly kind: 'empty' | 'binary' | 'no-error' | 'classified';
	/** In order of first appearance, one per module and category. */
	readonly items: readonly ClassifiedItem[];
	/** The item nearest the root cause (environment-wide problems before per-module ones). */
	readonly primary?: ClassifiedItem;
	/** The primary's alternatives (the same as `primary.alternatives`); empty without a primary. */
	readonly alternatives: readonly ClassifyAlternative[];
	/** Part of the input was not examined (too long, too many lines, over-long lines cut, too many items). */
	readonly truncated: boolean;
	readonly inputBytes: number;
};

/** At most this many items are reported. */
const maxItems = 50;
/** The `line` of an item is cut to about this many characters. */
const maxLineLength = 300;

/**
Root-cause order for choosing the primary item: problems of the whole environment (configuration, proxy, name
resolution, certificates, the network) come before per-module ones.
*/
const primaryRank: readonly Category[] = [
	'go-missing',
	'no-module',
	'goproxy-config',
	'http-proxy',
	'dns',
	'tls',
	'refused',
	'timeout',
	'proxy-bad-response',
	'sumdb',
	'toolchain',
	'private-auth',
	'checksum-mismatch',
	'cache',
	'vcs',
	'module-path',
	'not-found',
	'go-sum-missing',
	'other',
];

const signals = {
	goMissing: ['go: command not found', "'go' is not recognized", 'exec: "go": executable file not found', 'go: not found'],
	noModule: ['go.mod file not found in current directory', 'cannot find main module', 'go: no go.mod file', 'go: no modules specified'],
	goproxyConfig: [
		'module lookup disabled by goproxy=off',
		'disabled by goproxy=off',
		'goproxy list is not the empty string, but contains no entries',
		'invalid proxy url missing scheme',
		// A GOPROXY (or GOSUMDB) entry go cannot parse as a URL: net/url's errors, as go prints them.
		'": invalid port "',
		'first path segment in url cannot contain colon',
		'invalid control character in url',
		'inconsistent vendoring',
		'disabled by -mod=vendor',
		'parsing $goflags',
		'invalid goflags',
		'go111module=off',
		'modules disabled by go111module',
		'-mod may only be set to',
		'refusing to pass credentials to insecure url',
		'invalid proxy url scheme',
		'missing protocol scheme',
		// Cmd/go/internal/modget: a leftover GOFLAGS=-insecure (or go get -insecure) since go 1.17.
		'-insecure flag is no longer supported',
		// Modload/vendor.go: each module whose vendor/modules.txt line disagrees with go.mod, under `inconsistent vendoring`.
		'vendor/modules.txt',
	],
	httpProxy: ['proxyconnect tcp', 'proxy authentication required', 'received http code 407', 'from proxy after connect', 'http code 407'],
	checksum: ['checksum mismatch', 'security error', 'this download does not match'],
	toolchain: [
		'toolchain not available',
		'golang.org/toolchain',
		'go: download go1.',
		'requires go >= ',
		'maximum version supported by',
		'invalid toolchain',
		// A go older than 1.21 reading a go.mod written for a newer one: the go.mod is fine, the go is too old.
		'unknown directive: toolchain',
	],
	sumdb: ['verifying module:', 'verifying go.mod:', 'invalid gosumdb', 'malformed gosumdb', 'gosumdb=', 'checksum database', 'sumdb'],
	auth: [
		'terminal prompts disabled',
		'could not read username',
		'could not read password',
		'permission denied (publickey',
		'goauth encountered errors',
		'authentication failed',
		'http basic: access denied',
		'host key verification failed',
		'invalid username or password',
		'401 unauthorized',
		'403 forbidden',
		'bad credentials',
	],
	tls: [
		'x509:',
		'certificate signed by unknown authority',
		'certificate has expired',
		'certificate is valid for',
		'certificate is not valid',
		'tls: failed to verify',
		'tls: handshake failure',
		'remote error: tls',
		'tls: bad certificate',
		'ssl certificate problem',
		'server certificate verification failed',
		'certificate verify failed',
		'first record does not look like a tls handshake',
		'server gave http response to https client',
		// Crypto/tls: a server (or a middlebox) that speaks only TLS 1.0/SSL, or breaks the handshake.
		'tls: server selected unsupported protocol version',
		'local error: tls:',
	],
	dns: [
		'no such host',
		'server misbehaving',
		'temporary failure in name resolution',
		'could not resolve host',
		'name or service not known',
		'nodename nor servname',
		'no address associated with hostname',
	],
	timeout: [
		'i/o timeout',
		'context deadline exceeded',
		'tls handshake timeout',
		'client.timeout exceeded',
		'timeout awaiting response headers',
		'operation timed out',
		'connection timed out',
		'deadline exceeded',
		'timed out',
		// Windows (connectex): a dial nobody answered.
		'did not properly respond after a period of time',
	],
	refused: [
		'connection refused',
		'connection reset',
		'network is unreachable',
		'no route to host',
		'host is unreachable',
		'actively refused',
		'forcibly closed by the remote host',
	],
	badResponse: ['invalid response from proxy', "invalid character '<'", 'unexpected content-type', 'proxy returned invalid'],
	serverPrivate: [
		'unrecognized import path',
		'no such host',
		'could not read',
		'terminal prompts',
		'repository not found',
		'permission denied',
		'unauthorized',
		'forbidden',
		'authentication',
		'git ls-remote',
	],
	serverHtml: ['<html', '<!doctype', '<head', '<body', '<title', '</'],
	modulePath: [
		'module declares its path as',
		'but was required as',
		'malformed module path',
		'invalid module path',
		'missing dot in first path element',
		// Coderepo.go: `go.mod has post-%s module path %q at revision %s` (post-v0 for a v0 pseudo-version, post-v1 in older go).
		'has post-v',
		// Load/pkg.go: an import path go refuses outright (an `@` in it, a path into the module cache).
		'disallowed import path',
		'module path must match major version',
		'should be v0 or v1, not v',
		'has non-.../v',
		// Go 1.11-1.12: `parsing go.mod: unexpected module path "X"`.
		'unexpected module path',
	],
	vcsStrong: [
		'exec: "git"',
		'exec: "hg"',
		'exec: "svn"',
		'exec: "bzr"',
		'exec: "fossil"',
		'unrecognized import path',
		'no secure protocol found for repository',
		'go-import meta',
		'is not a git command',
		'unknown vcs',
		// Vcs.go: `go: missing %s command. See https://golang.org/s/gogetcmd` (Git, Mercurial, Subversion, Bazaar, Fossil).
		'missing git command',
		'missing mercurial command',
		'missing subversion command',
		'missing bazaar command',
		'missing fossil command',
		// GOPATH-era get.go: `cannot download, git://HOST/PATH uses insecure protocol`.
		'uses insecure protocol',
	],
	notFound: [
		'404 not found',
		'410 gone',
		'unknown revision',
		'invalid version',
		'no matching versions for query',
		'invalid pseudo-version',
		'cannot find module providing package',
		'found, but does not contain package',
		'repository not found',
		'reference not found',
	],
	vcsWeak: ['git ls-remote', 'git fetch', 'git clone', 'git init', 'fatal: unable to access', 'fatal: repository', 'exit status 128'],
	cacheStrong: [
		'could not create module cache',
		'zip: not a valid zip file',
		'no space left on device',
		'disk quota exceeded',
		'read-only file system',
		'dir has been modified',
	],
	cachePath: ['pkg/mod', '/mod/cache', 'go-build', 'gomodcache', 'gocache', '.cache/go'],
	goSum: ['missing go.sum entry', 'updates to go.sum needed', 'updates to go.mod needed', 'verifying go.sum', 'go.sum: missing'],
	benign: [
		'go: downloading ',
		'go: finding ',
		'go: found ',
		'go: extracting ',
		'go: added ',
		'go: upgraded ',
		'go: downgraded ',
		'go: removed ',
		'go: warning:',
		'go: creating new go.mod',
		'go: to add module requirements',
		'go: switching to ',
		'go: no module dependencies to download',
		'go: upgrading ',
	],
} as const;

type Verdict = {
	readonly category: Category;
	readonly line: BlockLine;
	readonly cause?: Category;
	readonly status?: number;
	/** Where the host comes from. */
	readonly hostFrom: 'url' | 'lookup' | 'proxy' | 'credential' | 'module';
	/** Other plausible causes, that only a check (not the text) can rule out. */
	readonly alternatives?: readonly Category[];
};

function findLine(lines: readonly BlockLine[], needles: readonly string[]): BlockLine | undefined {
	for (const line of lines) {
		for (const needle of needles) {
			if (line.lower.includes(needle)) {
				return line;
			}
		}
	}

	return undefined;
}

const statusPattern = /(?:: |returned error: |http code )([1-5]\d\d)(?=[ ,.;)]|$)/;

function findStatus(lines: readonly BlockLine[]): {line: BlockLine; status: number} | undefined {
	for (const line of lines) {
		if (!/\d{3}/.test(line.lower)) {
			continue;
		}

		const match = statusPattern.exec(line.lower);
		if (match?.[1] !== undefined) {
			return {line, status: Number(match[1])};
		}
	}

	return undefined;
}

/**
`lookup HOST …: i/o timeout`, `lookup HOST on IP:53: read udp …: connection refused`, `dial udp IP:53: connect:
network is unreachable`: the resolver could not be reached, a name-resolution failure rather than one of the
connection go wanted to make.
*/
function findLookupTimeout(lines: readonly BlockLine[]): BlockLine | undefined {
	for (const line of lines) {
		const lookup = line.lower.indexOf('lookup ');
		if (lookup === -1 || line.lower.includes('proxyconnect')) {
			continue;
		}

		const rest = line.lower.slice(lookup);
		if (
			rest.includes('i/o timeout') ||
			(/:53\b/.test(rest) && /connection refused|network is unreachable|no route to host|connection reset/.test(rest))
		) {
			return line;
		}
	}

	return undefined;
}

/**
What go's transport says when an HTTP proxy answers CONNECT with anything but 200: the status text alone, right
after the URL (`Get "https://…": Forbidden`; before go 1.14 unquoted, inside go get's parentheses), where a server's own
answer would say `reading URL: 403 Forbidden`.
*/
const connectStatusPattern =
	/(?:get|head) "?https:\/\/[^\s"]+"?: (?:forbidden|method not allowed|proxy authentication required|bad gateway|service unavailable|gateway timeout|bad request|not found|unauthorized|too many requests|internal server error|unknown status code)\)?$/;

/** Auth.go logs each failing GOAUTH command as `go:   GOAUTH=CMD: ERROR` (cmd/go's log prefix, two spaces). */
const goauthErrorPattern = /^go:\s+goauth=\S/;

/**
A body cut short: `read "URL": unexpected EOF`, go's words when the server (or a proxy on the way) announced a
Content-Length and closed the connection before sending that much. The server answered, wrongly.
*/
const shortReadPattern = /\bread "https?:\/\/[^"]+": unexpected eof$/;

/** A request that ended with `EOF` and nothing else: the peer (or a middlebox) closed the connection. */
const bareEofPattern = /(?:get|head) "[^"]+": (?:unexpected )?eof$/;

type BlockFacts = {
	readonly own: readonly BlockLine[];
	readonly all: readonly BlockLine[];
	readonly first: BlockLine;
	readonly module?: string;
	readonly version?: string;
	/** The input shows GOPROXY set to a mirror of the user's choosing (`export GOPROXY=https://…`, `go env` output). */
	readonly mirrorChosen?: boolean;
	/** GOPATH mode's `go get` of a public package cloned another repository (see gopathDependencyOfPublicTarget). */
	readonly publicDependency?: boolean;
};

/** GOPROXY set to a mirror other than go's default, anywhere in the pasted text. */
const mirrorChosenPattern = /\bgoproxy\s*=\s*["']?https?:\/\/(?!proxy\.golang\.org)[a-z\d]/i;

/** `package P: unrecognized import path "P" (https fetch: …)`: go get in GOPATH mode, which never asks a GOPROXY. */
const gopathFetchPattern = /^\s*package \S+: unrecognized import path "[^"]+" \(https fetch:/;

function networkCause(own: readonly BlockLine[]): {category: Category; line: BlockLine} | undefined {
	const dns = findLookupTimeout(own) ?? findLine(own, signals.dns);
	if (dns !== undefined) {
		return {category: 'dns', line: dns};
	}

	const tls = findLine(own, signals.tls);
	if (tls !== undefined) {
		return {category: 'tls', line: tls};
	}

	const timeout = findLine(own, signals.timeout);
	if (timeout !== undefined) {
		return {category: 'timeout', line: timeout};
	}

	const refused = findLine(own, signals.refused) ?? own.find((line) => bareEofPattern.test(line.lower.trim()));
	return refused === undefined ? undefined : {category: 'refused', line: refused};
}

function statusCause(status: number | undefined): Category | undefined {
	if (status === undefined) {
		return undefined;
	}

	if (status === 401 || status === 403) {
		return 'private-auth';
	}

	if (status === 404 || status === 410) {
		return 'not-found';
	}

	return status >= 500 || status === 429 ? 'proxy-bad-response' : undefined;
}

/** A credentials prompt or refusal from git or a forge: the repository is private, or (on a shared forge) absent. */
const credentialPromptPattern =
	/terminal prompts disabled|could not read (?:username|password)|invalid username or password|authentication failed|http basic: access denied|bad credentials/;

/**
Failures of the server's own infrastructure inside its `server response:` (its disk, its network, its fetch from
the origin): the module may well exist, the server could not get it.
*/
const serverInfrastructurePattern =
	/no space left|disk quota|fetch timed out|i\/o timeout|timed out|connection refused|connection reset|failed to connect|unable to connect|unable to access|no such host|x509:|tls:|internal error|too many requests/;

/** Checksum databases that answer 404 or 410 only when the origin cannot produce that version. */
const standardSumdbHosts = new Set(['sum.golang.org', 'sum.golang.google.cn']);

/** Lines that carry a go error without go's `go: ` prefix (a package path, a file position, a build line). */
const otherGoErrorPatterns = [
	'ambiguous import',
	'errors parsing go.mod',
	'replacement directory',
	'replacement module without version',
	'error loading module requirements',
	': cannot load ',
	'go.mod:',
];

/** The URL and host of the request whose status go reported, when the line names one. */
function requestOf(line: BlockLine | undefined): {url: string; host: string; path: string} | undefined {
	if (line === undefined) {
		return undefined;
	}

	for (const url of findUrls(line.text)) {
		const host = hostOfUrl(url);
		if (host !== undefined) {
			const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').toLowerCase();
			return {url, host, path};
		}
	}

	return undefined;
}

/**
A checksum-database request that a GOPROXY mirror serves on the database's behalf (`MIRROR/sumdb/sum.golang.org/…`
or `PROXY/sum.golang.org/lookup/…`): a failure there is the mirror's, not the database's.
*/
function mirroredSumdb(request: {host: string; path: string} | undefined): boolean {
	if (request === undefined || standardSumdbHosts.has(request.host)) {
		return false;
	}

	return request.path.includes('/sumdb/') || /\/sum\.golang\.(?:org|google\.cn)\/(?:lookup|tile|latest)/.test(request.path);
}

/** The same, read from a line whose URL go could not parse as one (a redacted `https://<PROXY_URL>/sum.golang.org/lookup/…`). */
function mirroredSumdbLine(line: BlockLine | undefined): boolean {
	const match =
		line === undefined
			? undefined
			: /https?:\/\/([^/\s"]+)\/(?:[^\s"]*\/)?sum\.golang\.(?:org|google\.cn)\/(?:lookup|tile|latest)/.exec(line.lower);
	return match?.[1] !== undefined && !standardSumdbHosts.has(match[1]);
}

/** A fetch that went straight to the origin (`?go-get=1`, git), not through GOPROXY. */
function directFetch(lines: readonly BlockLine[]): boolean {
	return lines.some(
		(line) =>
			line.lower.includes('go-get=1') || line.lower.includes('https fetch') || /\bgit (?:ls-remote|fetch|clone|init)\b/.test(line.lower),
	);
}

/** Decides one block's category, nearest the root cause first (see taxonomy.md), and the other plausible causes. */
function classifyBlock(facts: BlockFacts, pendingToolchain: boolean): Verdict | undefined {
	const {own, all, first} = facts;
	const status = findStatus(own);
	const network = networkCause(own);
	const context: BlockContext = {
		facts,
		own,
		all,
		first,
		status,
		network,
		cause: network?.category ?? statusCause(status?.status),
		withStatus: status === undefined ? {} : {status: status.status},
		request: requestOf(status?.line),
	};
	const early = simpleVerdict(context) ?? localVerdict(context, pendingToolchain);
	if (early !== undefined) {
		return early;
	}

	const heard = withServerEvidence(context);
	return sumdbVerdict(heard) ?? authVerdict(heard) ?? networkVerdict(heard) ?? statusVerdict(heard) ?? originVerdict(heard);
}

/** What classifyBlock decides from: the block's lines and what its first status and network failure say. */
type BlockContext = {
	readonly facts: BlockFacts;
	readonly own: readonly BlockLine[];
	readonly all: readonly BlockLine[];
	readonly first: BlockLine;
	readonly status: ReturnType<typeof findStatus>;
	readonly network: ReturnType<typeof networkCause>;
	readonly cause: Category | undefined;
	readonly withStatus: {readonly status?: number};
	readonly request: ReturnType<typeof requestOf>;
};

/** The same, with what the server's own lines and the credentials asked for say. */
type ServerContext = BlockContext & {
	readonly moduleIsPrivate: boolean;
	readonly server: readonly BlockLine[];
	readonly serverSaysPrivate: boolean;
	readonly serverAsksCredentials: boolean;
	readonly serverInfrastructure: boolean;
	readonly notFoundStatus: boolean;
	readonly authStatus: ReturnType<typeof findStatus>;
	readonly promptLine: BlockLine | undefined;
	readonly authLine: BlockLine | undefined;
};

function found(category: Category, line: BlockLine | undefined, extra: Partial<Verdict> = {}): Verdict | undefined {
	return line === undefined ? undefined : {category, line, hostFrom: 'url', ...extra};
}

/** The categories one line names outright. */
function simpleVerdict(context: BlockContext): Verdict | undefined {
	const {own, network} = context;
	const simple =
		found('go-missing', findLine(own, signals.goMissing)) ??
		found('no-module', findLine(own, signals.noModule)) ??
		found('goproxy-config', findLine(own, signals.goproxyConfig)) ??
		found('http-proxy', findLine(own, signals.httpProxy) ?? own.find((line) => connectStatusPattern.test(line.lower.trim())), {
			hostFrom: 'proxy',
			...(network === undefined ? {} : {cause: network.category}),
		}) ??
		found('checksum-mismatch', findLine(own, signals.checksum));
	return simple;
}

/** A zip, the module cache or the toolchain: failures on this machine, not on the network. */
function localVerdict(context: BlockContext, pendingToolchain: boolean): Verdict | undefined {
	const {own, first, status, network, cause, withStatus} = context;
	// A zip go cannot open came from a GOPROXY (a mirror's broken or cut file) or from a damaged cache: the mirror is
	// the likelier, and only a download into an empty cache tells them apart.
	const zipLine = own.find((line) => /\bzip: (?:not a valid zip file|unsupported|checksum error)/.test(line.lower));
	if (
		zipLine !== undefined &&
		findLine([zipLine], ['permission denied', 'no space left', 'read-only file system', 'disk quota']) === undefined
	) {
		return {category: 'proxy-bad-response', line: zipLine, hostFrom: 'url', alternatives: ['cache']};
	}

	const cacheLine =
		findLine(own, signals.cacheStrong) ??
		own.find(
			(line) =>
				(line.lower.includes('permission denied') && !line.lower.includes('publickey')) ||
				(line.lower.includes('unexpected eof') && !line.lower.includes('http')),
		);
	if (
		cacheLine !== undefined &&
		(findLine([cacheLine], signals.cacheStrong) !== undefined || findLine([cacheLine], signals.cachePath) !== undefined)
	) {
		// A file cut short in the cache may have arrived cut short from the mirror.
		const cutShort = cacheLine.lower.includes('unexpected eof');
		return {category: 'cache', line: cacheLine, hostFrom: 'url', ...(cutShort ? {alternatives: ['proxy-bad-response']} : {})};
	}

	const toolchainLine = findLine(own, signals.toolchain);
	if (toolchainLine !== undefined || pendingToolchain) {
		return {
			category: 'toolchain',
			line: toolchainLine ?? network?.line ?? status?.line ?? first,
			hostFrom: 'url',
			...(cause === undefined ? {} : {cause}),
			...withStatus,
		};
	}

	return undefined;
}

/** Adds to the context what the server's lines and the credentials asked for say. */
function withServerEvidence(context: BlockContext): ServerContext {
	const {facts, own, all, status} = context;
	const moduleIsPrivate = facts.module !== undefined && looksPrivateHost(moduleHost(facts.module));
	const server = all.filter((line) => line.server);
	const serverSaysPrivate = findLine(server, signals.serverPrivate) !== undefined;
	const serverAsksCredentials = server.some((line) => credentialPromptPattern.test(line.lower));
	const serverInfrastructure = server.some((line) => serverInfrastructurePattern.test(line.lower));
	const notFoundStatus = status !== undefined && (status.status === 404 || status.status === 410);
	const authStatus = status !== undefined && (status.status === 401 || status.status === 403) ? status : undefined;
	const promptLine =
		own.find((line) => credentialPromptPattern.test(line.lower)) ?? server.find((line) => credentialPromptPattern.test(line.lower));
	const authLine = findLine(all, signals.auth) ?? own.find((line) => goauthErrorPattern.test(line.lower.trimStart())) ?? authStatus?.line;
	return {
		...context,
		moduleIsPrivate,
		server,
		serverSaysPrivate,
		serverAsksCredentials,
		serverInfrastructure,
		notFoundStatus,
		authStatus,
		promptLine,
		authLine,
	};
}

/** A failure on the checksum database, or on a mirror serving its paths. */
function sumdbVerdict(context: ServerContext): Verdict | undefined {
	const {
		own,
		status,
		network,
		cause,
		withStatus,
		request,
		moduleIsPrivate,
		server,
		serverAsksCredentials,
		serverInfrastructure,
		notFoundStatus,
		authStatus,
		promptLine,
		authLine,
	} = context;
	// A failure on a checksum-database path that a mirror serves: the mirror failed, the database was not asked.
	if (
		mirroredSumdb(request) ||
		mirroredSumdbLine(status?.line) ||
		(network !== undefined && (mirroredSumdb(requestOf(network.line)) || mirroredSumdbLine(network.line)))
	) {
		if (network !== undefined) {
			return {
				category: network.category,
				line: network.line,
				hostFrom: network.category === 'dns' ? 'lookup' : 'url',
				alternatives: ['sumdb'],
			};
		}

		if (status !== undefined) {
			return {category: 'proxy-bad-response', line: status.line, hostFrom: 'url', alternatives: ['sumdb'], ...withStatus};
		}
	}

	const sumdbLine = findLine(own, signals.sumdb) ?? own.find((line) => line.lower.includes('/lookup/') && line.lower.includes('verifying'));
	if (sumdbLine !== undefined) {
		if (network?.category === 'tls') {
			return {category: 'tls', line: network.line, hostFrom: 'url'};
		}

		if (authLine !== undefined && authStatus === undefined) {
			return {category: 'private-auth', line: authLine, hostFrom: 'credential', ...withStatus};
		}

		if (notFoundStatus || authStatus !== undefined) {
			const line = status?.line ?? sumdbLine;
			// The database cannot know a private path by design: asking it is the configuration's fault, never its own.
			if (moduleIsPrivate) {
				return {category: 'private-auth', line, hostFrom: 'module', ...withStatus};
			}

			if (serverAsksCredentials) {
				return {category: 'private-auth', line: promptLine ?? line, hostFrom: 'module', alternatives: ['not-found'], ...withStatus};
			}

			// The database could not reach the origin: an outage between it and a public forge, or an origin that
			// refuses outsiders (a company's server: the module is private).
			if (serverInfrastructure) {
				const origin = serverOriginHost(server);
				return origin === undefined || bigPublicForges.has(origin)
					? {category: 'sumdb', line, hostFrom: 'url', alternatives: ['private-auth', 'not-found'], ...withStatus}
					: {category: 'private-auth', line, hostFrom: 'module', alternatives: ['sumdb', 'not-found'], ...withStatus};
			}

			// Sum.golang.org answers 404/410 only when the origin cannot produce that version: it does not exist
			// publicly (a missing or unzippable version, or a private module outside GOPRIVATE).
			if (request !== undefined && standardSumdbHosts.has(request.host)) {
				return {category: 'not-found', line, hostFrom: 'url', alternatives: ['private-auth', 'sumdb'], ...withStatus};
			}

			return {category: 'sumdb', line, hostFrom: 'url', alternatives: ['not-found'], ...withStatus};
		}

		return {
			category: 'sumdb',
			line: sumdbLine,
			hostFrom: 'url',
			...(cause === undefined ? {} : {cause}),
			...(network === undefined ? {} : {alternatives: [network.category]}),
			...withStatus,
		};
	}

	return undefined;
}

/** Credentials asked for, or refused. */
function authVerdict(context: ServerContext): Verdict | undefined {
	const {facts, all, withStatus, request, authStatus, authLine} = context;
	// A 401/403 with no other sign of credentials, from a public mirror: its policy (a blocked region or network,
	// a blocked module), never a question of credentials (see taxonomy.md and the answers for 403).
	if (
		authLine !== undefined &&
		authLine === authStatus?.line &&
		request !== undefined &&
		publicProxyHosts.has(request.host) &&
		authStatus.status === 403
	) {
		return {category: 'proxy-bad-response', line: authStatus.line, hostFrom: 'url', alternatives: ['http-proxy'], ...withStatus};
	}

	if (authLine !== undefined) {
		const host = credentialHost(authLine.text) ?? (facts.module === undefined ? undefined : moduleHost(facts.module));
		// A shared forge asks for credentials both for a private repository and for one that does not exist.
		const sharedForge = host !== undefined && sharedForgeHosts.has(host);
		const prompt = credentialPromptPattern.test(authLine.lower);
		// A public module that requires it: a private repository cannot be what its public users need; it is gone.
		if (sharedForge && prompt && (requiredByPublicModule(all, facts.module) || facts.publicDependency === true)) {
			return {category: 'not-found', line: authLine, hostFrom: 'credential', alternatives: ['private-auth'], ...withStatus};
		}

		const alternatives: Category[] = authLine === authStatus?.line ? ['proxy-bad-response'] : sharedForge && prompt ? ['not-found'] : [];
		return {
			category: 'private-auth',
			line: authLine,
			hostFrom: 'credential',
			...(alternatives.length > 0 ? {alternatives} : {}),
			...withStatus,
		};
	}

	return undefined;
}

/** A network failure (DNS, TCP, TLS). */
function networkVerdict(context: ServerContext): Verdict | undefined {
	const {facts, own, network} = context;
	if (network !== undefined) {
		// GOPATH mode fetched directly although a mirror was chosen: GOPROXY was never used (modules were off), so the
		// network failure is to a host the mirror was meant to spare.
		const gopathLine = facts.mirrorChosen === true ? own.find((line) => gopathFetchPattern.test(line.lower)) : undefined;
		if (gopathLine !== undefined && network.category !== 'tls') {
			return {category: 'goproxy-config', line: gopathLine, hostFrom: 'url', alternatives: [network.category, 'http-proxy']};
		}

		// A direct fetch of a public path: go did not use GOPROXY (GOPROXY=direct, modules off), or a proxy in between failed.
		const direct = directFetch(own) && network.category !== 'tls' && network.category !== 'dns';
		return {
			category: network.category,
			line: network.line,
			hostFrom: network.category === 'dns' ? 'lookup' : 'url',
			...(direct ? {alternatives: ['goproxy-config', 'http-proxy']} : {}),
		};
	}

	return undefined;
}

/** A status code: whose failure it is, the proxy's or the module's. */
function statusVerdict(context: ServerContext): Verdict | undefined {
	const {
		facts,
		status,
		withStatus,
		request,
		moduleIsPrivate,
		server,
		serverSaysPrivate,
		serverAsksCredentials,
		serverInfrastructure,
		notFoundStatus,
		promptLine,
	} = context;
	if (
		status !== undefined &&
		notFoundStatus &&
		serverAsksCredentials &&
		!isPublicModuleWithoutPrompt(facts.module, serverAsksCredentials)
	) {
		return {category: 'private-auth', line: promptLine ?? status.line, hostFrom: 'module', alternatives: ['not-found'], ...withStatus};
	}

	// A company's own GOPROXY exists to serve the company's modules: its 404 for one of them is its own failure
	// (its credentials, its configuration) rather than a question of the user's.
	if (status !== undefined && notFoundStatus && moduleIsPrivate && request !== undefined && looksPrivateHost(request.host)) {
		return {category: 'proxy-bad-response', line: status.line, hostFrom: 'url', alternatives: ['private-auth', 'not-found'], ...withStatus};
	}

	// A proxy on the user's own machine or network (an Athens, an Artifactory) answers 404 for a public module when
	// its own fetch from the origin failed: the version may well exist.
	if (
		status !== undefined &&
		notFoundStatus &&
		!moduleIsPrivate &&
		isPublicModule(facts.module) &&
		request !== undefined &&
		looksPrivateHost(request.host)
	) {
		return {category: 'proxy-bad-response', line: status.line, hostFrom: 'url', alternatives: ['not-found'], ...withStatus};
	}

	if (status !== undefined && notFoundStatus && (moduleIsPrivate || (serverSaysPrivate && !isPublicModule(facts.module)))) {
		return {category: 'private-auth', line: status.line, hostFrom: 'module', alternatives: ['proxy-bad-response'], ...withStatus};
	}

	if (status !== undefined && notFoundStatus && serverInfrastructure) {
		return {category: 'proxy-bad-response', line: status.line, hostFrom: 'url', alternatives: ['not-found'], ...withStatus};
	}

	const serverHtml = findLine(server, signals.serverHtml) !== undefined;
	const otherClientError =
		status !== undefined && status.status >= 400 && status.status < 500 && ![401, 403, 404, 407, 410].includes(status.status);
	if (status !== undefined && (status.status >= 500 || status.status === 429 || otherClientError || (notFoundStatus && serverHtml))) {
		return {category: 'proxy-bad-response', line: status.line, hostFrom: 'url', ...withStatus};
	}

	return undefined;
}

/** A path go could not resolve to a repository, a self-hosted forge hiding one; then the weaker signals, in order, and any other go error. */
function originVerdict(context: ServerContext): Verdict | undefined {
	const {facts, own, all, first, status, withStatus, request, notFoundStatus} = context;
	const importPath = findLine(own, ['unrecognized import path']);
	if (
		importPath !== undefined &&
		findLine(own, ['go-import meta', 'no go-import']) === undefined &&
		status === undefined &&
		!importPath.lower.includes('(')
	) {
		// Go without -v says only that the path is unrecognized: the reason (the network, or go fetching directly
		// because modules or GOPROXY are off) is not shown. The Go project's own hosts and gopkg.in serve their
		// go-import tags to everyone, so for them go fetched directly what a GOPROXY would have served.
		const path = /unrecognized import path "([^"]+)"/.exec(importPath.lower)?.[1];
		return path !== undefined && goProjectHosts.has(moduleHost(path))
			? {category: 'goproxy-config', line: importPath, hostFrom: 'url', alternatives: ['http-proxy', 'timeout', 'vcs']}
			: {category: 'vcs', line: importPath, hostFrom: 'url', alternatives: ['goproxy-config', 'http-proxy', 'timeout']};
	}

	// A self-hosted forge hides a private repository behind its login: no go-import tag, or `not found`, for anyone
	// without credentials.
	const selfHostedForge = facts.module !== undefined && isSelfHostedForge(moduleHost(facts.module));
	const noMetaTag = own.find((line) => line.lower.includes('no go-import meta tags') && !line.lower.includes('did not match'));
	if (noMetaTag !== undefined && selfHostedForge) {
		return {category: 'private-auth', line: noMetaTag, hostFrom: 'module', alternatives: ['vcs']};
	}

	const repositoryMissing = own.find((line) => /repository (?:'[^']*' )?not found|could not be found/.test(line.lower));
	if (repositoryMissing !== undefined && selfHostedForge) {
		return {category: 'private-auth', line: repositoryMissing, hostFrom: 'module', alternatives: ['not-found']};
	}

	const rest =
		found('proxy-bad-response', findLine(own, signals.badResponse) ?? own.find((line) => shortReadPattern.test(line.lower.trim()))) ??
		found('module-path', findLine(all, signals.modulePath), {hostFrom: 'module'}) ??
		found('vcs', findLine(own, signals.vcsStrong), {
			...(findLine(own, ['go-import meta', 'no go-import']) === undefined ? {} : {alternatives: ['private-auth']}),
			...(findLine(own, ['insecure protocol', 'no secure protocol']) === undefined ? {} : {alternatives: ['not-found']}),
		}) ??
		found('not-found', repositoryMissing, {alternatives: ['private-auth']}) ??
		found(
			'not-found',
			status !== undefined && notFoundStatus
				? status.line
				: (findLine(own, signals.notFound) ??
						own.find((line) => line.lower.includes('reading file://') && line.lower.includes('no such file'))),
			{...withStatus, ...notFoundAlternatives(own, request)},
		) ??
		found('vcs', findLine(own, signals.vcsWeak)) ??
		found('go-sum-missing', findLine(own, signals.goSum));
	if (rest !== undefined) {
		return rest;
	}

	const lead = first.lower.trimStart();
	const looksLikeGoError =
		((lead.startsWith('go: ') || lead.startsWith('verifying ')) && !signals.benign.some((prefix) => lead.startsWith(prefix))) ||
		own.some((line) => otherGoErrorPatterns.some((pattern) => line.lower.includes(pattern)));
	return looksLikeGoError
		? {
				category: 'other',
				line: own.find((line) => otherGoErrorPatterns.some((pattern) => line.lower.includes(pattern))) ?? first,
				hostFrom: 'url',
			}
		: undefined;
}

/** Hosts whose go-import tags never fail for a real path: an unrecognized path there is a fetch that did not get through. */
const goProjectHosts = new Set([
	'golang.org',
	'google.golang.org',
	'gopkg.in',
	'go.googlesource.com',
	'cloud.google.com',
	'k8s.io',
	'sigs.k8s.io',
	'go.uber.org',
	'go.opencensus.io',
]);

/** Forges that host public and private repositories side by side. */
const sharedForgeHosts = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'gitee.com', 'codeberg.org', 'dev.azure.com']);

/** The forges everyone reaches: an origin there that refuses a public service is an outage, not a private server. */
const bigPublicForges = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'gitee.com', 'codeberg.org']);

/** A company's own forge (`gitlab.corp.example`, `git2.my-gitlab.example.cn`): it shows private repositories only after login. */
function isSelfHostedForge(host: string): boolean {
	if (bigPublicForges.has(host) || !host.includes('.')) {
		return !host.includes('.');
	}

	return looksPrivateHost(host) || host.split('.').some((label) => /^(?:git|scm|code)\d*$|gitlab|gitea|gogs|gerrit|forgejo/.test(label));
}

/** The origin host a proxy's `server response:` says it could not reach (`unable to access 'https://HOST/…'`). */
function serverOriginHost(server: readonly BlockLine[]): string | undefined {
	for (const line of server) {
		const match = /(?:unable to access|unable to connect to|failed to connect to) '?(?:https?:\/\/)?([a-z\d.-]+)/.exec(line.lower);
		if (match?.[1] !== undefined) {
			return match[1];
		}
	}

	return undefined;
}

/** `PUBLIC@V requires … FAILING@V` (go's requirement chain): a public module needs the failing one. */
function requiredByPublicModule(lines: readonly BlockLine[], failing: string | undefined): boolean {
	for (const line of lines) {
		const match = /^\s*(?:go: |go get: )?([a-z\d][^\s@]*)@\S+ (?:requires|updating to)$/.exec(line.lower);
		if (match?.[1] !== undefined && match[1] !== failing?.toLowerCase() && isPublicModule(match[1])) {
			return true;
		}
	}

	return false;
}

/**
GOPATH mode's `go get P` that then clones another repository (`# cd .; git clone https://github.com/O/R …`): that
repository is a dependency of the public package asked for, and its users cannot need credentials for it. Read from
the whole text, since go prints the command, the clone and the prompt as separate blocks.
*/
function gopathDependencyOfPublicTarget(text: string): boolean {
	const target = /^\s*(?:\$ )?go get (?:-\S+ )*([a-z\d][^\s@]*)\s*$/im.exec(text)?.[1]?.toLowerCase();
	const clone = /\bgit clone (?:-\S+ )*https?:\/\/([^\s/]+\/[^\s/]+\/[^\s/]+?)(?:\.git)?(?:\s|$)/i.exec(text)?.[1]?.toLowerCase();
	if (target === undefined || clone === undefined || !sharedForgeHosts.has(moduleHost(target))) {
		return false;
	}

	return target.split('/').slice(0, 3).join('/') !== clone;
}

/** A public module whose server response asks for no credentials. */
function isPublicModuleWithoutPrompt(module: string | undefined, prompt: boolean): boolean {
	return !prompt && isPublicModule(module);
}

/** What else a `not found` can be: a mirror that lacks it, a configuration that hides versions, a damaged git clone. */
function notFoundAlternatives(own: readonly BlockLine[], request: {host: string} | undefined): Partial<Verdict> {
	const alternatives: Category[] = [];
	if (findLine(own, ['no matching versions']) !== undefined) {
		alternatives.push('goproxy-config');
	}

	if (findLine(own, ['unknown revision']) !== undefined) {
		alternatives.push('cache');
	}

	if (request !== undefined && request.host !== 'proxy.golang.org' && !standardSumdbHosts.has(request.host)) {
		alternatives.push('proxy-bad-response');
	}

	return alternatives.length === 0 ? {} : {alternatives};
}

function isPublicModule(module: string | undefined): boolean {
	return module !== undefined && !looksPrivateHost(moduleHost(module));
}

function blockModule(lines: readonly BlockLine[]): {module?: string; version?: string} {
	for (const line of lines) {
		const atVersion = findModuleAtVersion(line.text);
		if (atVersion !== undefined) {
			return atVersion;
		}
	}

	for (const line of lines) {
		const mentioned = otherModuleMentions(line.text);
		if (mentioned !== undefined) {
			return {module: mentioned};
		}

		for (const url of findUrls(line.text)) {
			const fromUrl = moduleFromUrl(url);
			if (fromUrl !== undefined) {
				return fromUrl;
			}
		}
	}

	return {};
}

function firstUrlHost(lines: readonly BlockLine[]): string | undefined {
	for (const line of lines) {
		for (const url of findUrls(line.text)) {
			const host = hostOfUrl(url);
			if (host !== undefined) {
				return host;
			}
		}
	}

	return undefined;
}

function pickHost(verdict: Verdict, own: readonly BlockLine[], module: string | undefined): string | undefined {
	const fromLine = (pick: (text: string) => string | undefined) => {
		for (const line of [verdict.line, ...own]) {
			const host = pick(line.text);
			if (host !== undefined) {
				return host;
			}
		}

		return undefined;
	};

	const generic = () =>
		firstUrlHost([verdict.line, ...own]) ?? fromLine((text) => dialHost(text)) ?? fromLine(lookupHost) ?? fromLine(resolveHost);
	switch (verdict.hostFrom) {
		case 'lookup': {
			return fromLine(lookupHost) ?? fromLine(resolveHost) ?? generic();
		}

		case 'proxy': {
			return fromLine(proxyconnectHost) ?? undefined;
		}

		case 'credential': {
			return fromLine(credentialHost) ?? generic() ?? (module === undefined ? undefined : moduleHost(module));
		}

		case 'module': {
			return module === undefined ? generic() : moduleHost(module);
		}

		case 'url': {
			return generic();
		}
	}
}

const lineRedactor = createRedactor();

/** The matched line, trimmed to about 300 characters around what matters, redacted. */
function excerpt(text: string): string {
	const trimmed = lineRedactor.redact(text.trim());
	if (trimmed.length <= maxLineLength) {
		return trimmed;
	}

	return `${trimmed.slice(0, 140)} … ${trimmed.slice(-(maxLineLength - 143))}`;
}

/** The sentence on what went wrong for this item's module and host; undefined when there is nothing to add. */
function describe(item: {
	category: Category;
	module?: string;
	version?: string;
	host?: string;
	cause?: Category;
	status?: number;
}): Text | undefined {
	const subject =
		item.module === undefined
			? undefined
			: `${item.module}${item.version === undefined || item.category === 'toolchain' ? '' : `@${item.version}`}`;
	const words = say.classifyItems;
	const fetching = words.whileFetching(subject);
	const underneath = words.underneath(item.cause);
	switch (item.category) {
		case 'dns': {
			return words.dns(item.host ?? words.aHostName, fetching);
		}

		case 'timeout': {
			return words.timeout(item.host ?? words.aServer, fetching);
		}

		case 'refused': {
			return words.refused(item.host ?? words.aServer, fetching);
		}

		case 'http-proxy': {
			return words.httpProxy(item.host, fetching, underneath);
		}

		case 'proxy-bad-response': {
			return words.badResponse(item.host, item.status, subject);
		}

		case 'not-found': {
			return words.notFound(subject ?? words.theModule, item.host, item.status);
		}

		case 'private-auth': {
			return words.privateAuth(subject ?? words.theModule, item.host);
		}

		case 'tls': {
			return words.tls(item.host ?? words.aServer, fetching);
		}

		case 'checksum-mismatch': {
			return words.checksumMismatch(subject ?? words.aModule);
		}

		case 'sumdb': {
			return words.sumdb(item.host, subject ?? words.aModuleLower, underneath);
		}

		case 'toolchain': {
			return words.toolchain(item.version, underneath);
		}

		case 'module-path': {
			return words.modulePath(subject ?? words.aModule);
		}

		case 'vcs': {
			return words.vcs(subject, item.host);
		}

		case 'cache': {
			return words.cache(subject);
		}

		case 'go-sum-missing': {
			return words.goSumMissing(subject);
		}

		case 'goproxy-config':
		case 'go-missing':
		case 'no-module':
		case 'healthy':
		case 'other': {
			return subject === undefined ? undefined : words.seenFor(subject);
		}
	}
}

type Draft = {
	category: Category;
	module?: string;
	version?: string;
	host?: string;
	line: string;
	cause?: Category;
	status?: number;
	alternatives?: Category[];
	text: string;
};

/**
Reads go's error output (any bytes: a pasted CI log, a file of NULs) and says what went wrong, per module.
Bounded: at most `classifyLimits.maxInputChars` of the input (its end), lines cut at 8 KB; `truncated` says so.
*/
export function classifyGoOutput(input: Parameters<typeof decodeInput>[0]): ClassifyResult {
	const decoded = decodeInput(input);
	if (decoded.kind !== 'text') {
		return {kind: decoded.kind, items: [], alternatives: [], truncated: decoded.truncated, inputBytes: decoded.inputBytes};
	}

	const drafts = new Map<string, Draft>();
	const mirrorChosen = mirrorChosenPattern.test(decoded.text);
	const publicDependency = gopathDependencyOfPublicTarget(decoded.text);
	let tooMany = false;
	let pendingToolchain: string | undefined;
	// CI logs repeat the same error many times: classify each distinct block once.
	const seen = new Map<string, Draft | undefined>();
	const split = forEachBlock(decoded.text, (block) => {
		const key = `${pendingToolchain ?? ''}\u0000${block.lines.map((line) => `${line.server ? '1' : '0'}${line.text}`).join('\n')}`;
		let verdict: Draft | undefined;
		if (seen.has(key)) {
			const cached = seen.get(key);
			verdict = cached === undefined ? undefined : {...cached};
		} else {
			verdict = classifyOne(block, pendingToolchain, {mirrorChosen, publicDependency});
			if (seen.size < 4096) {
				seen.set(key, verdict === undefined ? undefined : {...verdict});
			}
		}

		const lead = block.lines[0]?.lower.trimStart() ?? '';
		if (lead.startsWith('go: downloading go1.') || lead.startsWith('go: switching to go1.')) {
			pendingToolchain = toolchainVersion(lead);
			return;
		}

		if (lead.startsWith('go: downloading ')) {
			// A module download started: a toolchain switch, if any, went through.
			pendingToolchain = undefined;
		}

		if (verdict === undefined) {
			return;
		}

		if (verdict.category === 'toolchain' && verdict.version === undefined && pendingToolchain !== undefined) {
			verdict.version = pendingToolchain;
		}

		pendingToolchain = undefined;
		addDraft(drafts, verdict, () => {
			tooMany = true;
		});
	});

	const merged = mergeDrafts([...drafts.values()]);
	const truncated = decoded.truncated || split.truncated || tooMany || merged.length > maxItems;

	const items: ClassifiedItem[] = merged.slice(0, maxItems).map((draft) => {
		const specific = describe(draft);
		return {
			category: draft.category,
			...(draft.module === undefined ? {} : {module: draft.module}),
			...(draft.version === undefined ? {} : {version: draft.version}),
			...(draft.host === undefined ? {} : {host: draft.host}),
			line: draft.line,
			explanation:
				specific === undefined
					? explainCategory(draft.category)
					: say.classifyItems.withExplanation(specific, explainCategory(draft.category)),
			fixes: fixesFor({
				category: draft.category,
				...(draft.module === undefined ? {} : {module: draft.module}),
				...(draft.version === undefined ? {} : {version: draft.version}),
				...(draft.host === undefined ? {} : {host: draft.host}),
				text: draft.text,
			}),
			...(draft.cause === undefined || draft.cause === draft.category ? {} : {cause: draft.cause}),
			...(draft.status === undefined ? {} : {status: draft.status}),
			...withAlternatives(draft),
		};
	});

	if (items.length === 0) {
		return {kind: 'no-error', items, alternatives: [], truncated, inputBytes: decoded.inputBytes};
	}

	const primary = pickPrimary(items);
	return {
		kind: 'classified',
		items,
		...(primary === undefined ? {} : {primary}),
		alternatives: primary?.alternatives ?? [],
		truncated,
		inputBytes: decoded.inputBytes,
	};
}

/** An item's alternatives with their checks, and the plain-words statement of the ambiguity. */
function withAlternatives(draft: Draft): {alternatives: ClassifyAlternative[]; ambiguity?: Text} {
	const alternatives = describeAlternatives(draft.category, draft.alternatives ?? [], draft);
	const ambiguity = ambiguityOf(draft.category, alternatives, {brokenZip: draft.text.includes('zip: not a valid zip file')});
	return {alternatives, ...(ambiguity === undefined ? {} : {ambiguity})};
}

/**
A command line echoed from a terminal (`$ GOSUMDB=… go mod download`, `PS C:\\src> go get …`, `user@host:~$ …`):
what the user typed, not what go said, so its words are no evidence.
*/
const promptPattern = /^\s*(?:[$❯➜]|%|PS [a-z]:\\[^>]*>|[a-z]:\\[^>]*>|\[?[\w.-]+@[\w.-]+(?:[: ][^$#\]]*)?]?[$#])\s/;

function classifyOne(
	block: Block,
	pendingToolchain: string | undefined,
	context: {mirrorChosen: boolean; publicDependency: boolean},
): Draft | undefined {
	const lines = block.lines.filter((line) => !promptPattern.test(line.lower));
	const first = lines[0];
	if (first === undefined) {
		return undefined;
	}

	block = {...block, lines};
	const own = block.lines.filter((line) => !line.server);
	const {module, version} = blockModule(own.length > 0 ? own : block.lines);
	const fallback = module === undefined ? blockModule(block.lines.filter((line) => line.server)) : {};
	const facts: BlockFacts = {
		own,
		all: block.lines,
		first,
		...(module === undefined ? (fallback.module === undefined ? {} : {module: fallback.module}) : {module}),
		...(version === undefined ? {} : {version}),
		...context,
	};
	const verdict = classifyBlock(facts, pendingToolchain !== undefined && !first.lower.trimStart().startsWith('go: downloading '));
	if (verdict === undefined) {
		return undefined;
	}

	const host = pickHost(verdict, own, facts.module);
	let draftVersion = facts.version;
	let draftModule = facts.module;
	if (verdict.category === 'toolchain') {
		draftVersion = toolchainVersion(
			block.lines
				.map((line) => line.text)
				.join('\n')
				.slice(0, 4096),
		);
		if (draftModule?.startsWith('golang.org/toolchain') === true) {
			draftModule = undefined;
		}
	}

	return {
		category: verdict.category,
		...(draftModule === undefined ? {} : {module: draftModule}),
		...(draftVersion === undefined ? {} : {version: draftVersion}),
		...(host === undefined ? {} : {host}),
		line: excerpt(verdict.line.text),
		...(verdict.cause === undefined ? {} : {cause: verdict.cause}),
		...(verdict.status === undefined ? {} : {status: verdict.status}),
		...(verdict.alternatives === undefined || verdict.alternatives.length === 0 ? {} : {alternatives: [...verdict.alternatives]}),
		text: block.lines
			.map((line) => line.lower)
			.join('\n')
			.slice(0, 16_384),
	};
}

/** Symptoms that a root cause for the same module makes redundant. */
const suppressedBy: Partial<Record<Category, readonly Category[]>> = {
	'private-auth': ['not-found', 'vcs', 'other'],
	'checksum-mismatch': ['other'],
	'module-path': ['not-found', 'other'],
	toolchain: ['other'],
};

/** Distinct module-and-category pairs kept while reading; far more than are reported, so that merging can still drop some. */
const maxDrafts = 4 * maxItems;

/** One draft per module and category: a repeat fills in what the first one lacked. */
function addDraft(drafts: Map<string, Draft>, draft: Draft, onOverflow: () => void): void {
	const key = `${draft.module ?? ''}\u0000${draft.category}`;
	const existing = drafts.get(key);
	if (existing === undefined) {
		if (drafts.size >= maxDrafts) {
			onOverflow();
			return;
		}

		drafts.set(key, {...draft});
		return;
	}

	existing.version ??= draft.version;
	existing.host ??= draft.host;
	existing.cause ??= draft.cause;
	existing.status ??= draft.status;
	existing.alternatives ??= draft.alternatives;
}

/** Lines without a module join an item of the same category that has one; symptoms of a module's root cause go. */
function mergeDrafts(all: readonly Draft[]): Draft[] {
	const firstWithModule = new Map<Category, Draft>();
	for (const draft of all) {
		if (draft.module !== undefined && !firstWithModule.has(draft.category)) {
			firstWithModule.set(draft.category, draft);
		}
	}

	const kept = all.filter((draft) => {
		const target = draft.module === undefined ? firstWithModule.get(draft.category) : undefined;
		if (target !== undefined) {
			target.host ??= draft.host;
			return false;
		}

		return true;
	});

	const categoriesByModule = new Map<string, Set<Category>>();
	for (const draft of kept) {
		const key = draft.module ?? '';
		const set = categoriesByModule.get(key) ?? new Set<Category>();
		set.add(draft.category);
		categoriesByModule.set(key, set);
	}

	return kept.filter((draft) => {
		const siblings = categoriesByModule.get(draft.module ?? '') ?? new Set<Category>();
		return ![...siblings].some((other) => other !== draft.category && suppressedBy[other]?.includes(draft.category) === true);
	});
}

/** Go's echo of a failed git command, with no reason of its own. */
const gitExitEchoPattern = /^\s*package \S+: exit status \d+\s*$/i;

function pickPrimary(items: readonly ClassifiedItem[]): ClassifiedItem | undefined {
	let best: ClassifiedItem | undefined;
	let bestRank = Number.POSITIVE_INFINITY;
	for (const item of items) {
		const rank = primaryRank.indexOf(item.category);
		// `package P: exit status 128` only reports that git failed; the item that says why git failed explains it.
		const echo = item.category === 'vcs' && gitExitEchoPattern.test(item.line);
		const effective = echo ? primaryRank.length + 1 : rank === -1 ? primaryRank.length : rank;
		if (effective < bestRank) {
			best = item;
			bestRank = effective;
		}
	}

	return best;
}
