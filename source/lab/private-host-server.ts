/**
A private code host for the lab, `git.corp.example`, reachable the way go reaches a real one: over HTTPS (a
certificate from the lab CA) through an HTTPS proxy (HTTPS_PROXY) that opens tunnels to `*.corp.example` only and
refuses everything else, so no request for another host leaves the machine and no name is ever looked up.

The host answers `?go-get=1` with a go-import tag of VCS `mod` (go fetches the module from the named
GOPROXY-protocol URL, no git needed: Gitea, Artifactory and Athens-style hosts do this) and serves the private
modules under `/goproxy/`. With `login` and `token` set it is the guide's §2.5 gateway: every request without
`Authorization: Basic login:token` gets 401 and a Basic challenge (go sends `.netrc` credentials over HTTPS).
*/
import {createServer as createHttpServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import {createServer as createHttpsServer} from 'node:https';
import {connect, type Socket} from 'node:net';
import {startGoproxyServer, type GoproxyServer} from './goproxy-server.js';
import {labServerCertificate, labServerKey} from './lab-tls.js';
import {createShutdown, listenOnLoopback, type Shutdown} from './loopback-server.js';
import type {LabModule} from './module-zip.js';

/** The private host's name. */
export const corpHost = 'git.corp.example';

export type PrivateHostOptions = {
	/** The private modules (paths under `git.corp.example/`). */
	readonly modules: readonly LabModule[];
	/** When set with `token`, every request needs these Basic credentials. */
	readonly login?: string;
	readonly token?: string;
};

/** One request the private host received. */
export type PrivateHostRequest = {
	readonly path: string;
	/** Whether the request carried the right credentials (false without any). */
	readonly authorized: boolean;
	readonly status: number;
};

export type PrivateHost = {
	/** `http://127.0.0.1:PORT`: the HTTPS_PROXY value that reaches the host. */
	readonly proxyUrl: string;
	/** The HTTPS URL go's go-import tag names for the modules (`https://git.corp.example/goproxy`). */
	readonly moduleProxyUrl: string;
	/** The requests the host answered, in order (never the credentials). */
	readonly requests: readonly PrivateHostRequest[];
	/** The tunnels the proxy refused (`host:port`): a request that would otherwise have left the machine. */
	readonly refused: readonly string[];
	close(): Promise<void>;
};

/** Starts the private host and the HTTPS proxy that reaches it. */
export async function startPrivateHost(options: PrivateHostOptions): Promise<PrivateHost> {
	const backend: GoproxyServer = await startGoproxyServer({modules: options.modules});
	const requests: PrivateHostRequest[] = [];
	const refused: string[] = [];
	const expected =
		options.login === undefined || options.token === undefined
			? undefined
			: `Basic ${Buffer.from(`${options.login}:${options.token}`).toString('base64')}`;
	const shutdown = createShutdown({also: async () => backend.close()});

	const site = createHttpsServer(
		{cert: labServerCertificate, key: labServerKey},
		siteHandler({modules: options.modules, backendUrl: backend.url, expected, requests}),
	);
	shutdown.watch(site);
	const sitePort = await listenOnLoopback(site, 'lab private host');

	const proxy = createTunnelProxy(sitePort, refused, shutdown);
	shutdown.watch(proxy);
	const proxyPort = await listenOnLoopback(proxy, 'lab private host');

	return {
		proxyUrl: `http://127.0.0.1:${proxyPort}`,
		moduleProxyUrl: `https://${corpHost}/goproxy`,
		requests,
		refused,
		close: shutdown.close,
	};
}

type SiteOptions = {
	readonly modules: readonly LabModule[];
	/** The lab GOPROXY that serves the private modules under `/goproxy/`. */
	readonly backendUrl: string;
	/** The `Authorization` value every request must carry, or undefined when the host is open. */
	readonly expected: string | undefined;
	/** Where each answered request is recorded. */
	readonly requests: PrivateHostRequest[];
};

/** The private host's request handler: the credentials check, the go-import page and the `/goproxy/` modules. */
function siteHandler(options: SiteOptions): (request: IncomingMessage, response: ServerResponse) => void {
	const {modules, backendUrl, expected, requests} = options;
	return (request, response) => {
		const target = request.url ?? '/';
		const authorized = expected !== undefined && request.headers.authorization === expected;
		const answer = (status: number, headers: Record<string, string>, body: string): void => {
			requests.push({path: target, authorized, status});
			response.writeHead(status, {...headers, 'Content-Length': String(Buffer.byteLength(body))});
			response.end(body);
		};

		if (expected !== undefined && !authorized) {
			// What Gitea and GitLab answer a request without valid credentials.
			answer(401, {'Content-Type': 'text/plain; charset=utf-8', 'WWW-Authenticate': `Basic realm="${corpHost}"`}, 'Unauthorized\n');
			return;
		}

		const url = new URL(target, `https://${corpHost}`);
		if (url.searchParams.get('go-get') === '1') {
			answerGoGet(modules, url, answer);
			return;
		}

		if (!url.pathname.startsWith('/goproxy/')) {
			answer(404, {'Content-Type': 'text/plain; charset=utf-8'}, 'Not found.\n');
			return;
		}

		// The GOPROXY protocol, answered by a lab proxy that serves the private modules.
		const forwarded = httpRequest(`${backendUrl}${target.slice('/goproxy'.length)}`, {method: request.method ?? 'GET'}, (upstream) => {
			const chunks: Buffer[] = [];
			upstream.on('data', (chunk: Buffer) => {
				chunks.push(chunk);
			});
			upstream.on('end', () => {
				const body = Buffer.concat(chunks);
				requests.push({path: target, authorized, status: upstream.statusCode ?? 502});
				response.writeHead(upstream.statusCode ?? 502, {
					'Content-Type': upstream.headers['content-type'] ?? 'text/plain',
					'Content-Length': String(body.byteLength),
				});
				response.end(body);
			});
		});
		forwarded.on('error', () => {
			answer(502, {'Content-Type': 'text/plain; charset=utf-8'}, 'Bad Gateway\n');
		});
		forwarded.end();
	};
}

/** Answers `?go-get=1` with the go-import tag (VCS `mod`) of the module the path lies in, or 404. */
function answerGoGet(
	modules: readonly LabModule[],
	url: URL,
	answer: (status: number, headers: Record<string, string>, body: string) => void,
): void {
	const importPath = `${corpHost}${url.pathname.replace(/\/+$/, '')}`;
	const module = modules.find((item) => importPath === item.path || importPath.startsWith(`${item.path}/`));
	if (module === undefined) {
		answer(404, {'Content-Type': 'text/plain; charset=utf-8'}, 'Not found.\n');
		return;
	}

	const content = `${module.path} mod https://${corpHost}/goproxy`;
	answer(
		200,
		{'Content-Type': 'text/html; charset=utf-8'},
		`<!doctype html>\n<html><head>\n<meta name="go-import" content="${content}">\n<title>${module.path}</title>\n</head><body>go get ${module.path}</body></html>\n`,
	);
}

/** The HTTPS proxy: CONNECT to *.corp.example:443 is tunnelled to the site; anything else is refused (and recorded). */
function createTunnelProxy(sitePort: number, refused: string[], shutdown: Shutdown): Server {
	const proxy = createHttpServer((request, response) => {
		refused.push(request.url ?? '');
		response.writeHead(403, {'Content-Type': 'text/plain'});
		response.end('lab proxy: only *.corp.example is reachable from the lab\n');
	});
	proxy.on('connect', (request: IncomingMessage, client: Socket, head: Buffer) => {
		const target = request.url ?? '';
		const [host, port] = target.split(':');
		shutdown.track(client);
		client.on('error', () => undefined);
		if (host === undefined || !(host === corpHost || host.endsWith('.corp.example')) || port !== '443') {
			refused.push(target);
			client.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
			return;
		}

		const upstream = connect(sitePort, '127.0.0.1', () => {
			client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
			if (head.byteLength > 0) {
				upstream.write(head);
			}

			upstream.pipe(client);
			client.pipe(upstream);
		});
		shutdown.track(upstream);
		upstream.on('error', () => {
			client.destroy();
		});
	});
	return proxy;
}
