import {createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import {connect, type Socket} from 'node:net';
import {TLSSocket} from 'node:tls';
import {createShutdown, listenOnLoopback} from './loopback-server.js';

/** What the lab's HTTP proxy demands of its clients. */
export type ConnectProxyOptions = {
	/**
	Credentials it requires (`Proxy-Authorization: Basic`); without them it answers 407 with
	`Proxy-Authenticate: Basic realm="gomod-doctor lab"`. Undefined: it asks for none.
	*/
	readonly credentials?: {readonly user: string; readonly password: string};
	/**
	Names it may connect to, besides loopback addresses and `localhost`, each with the loopback address it stands
	for (e.g. `vm` → `127.0.0.1`). Any other target is refused with 403 and never looked up: the lab proxy cannot
	send anything off the machine.
	*/
	readonly aliases?: ReadonlyMap<string, string>;
	/**
	An egress that intercepts TLS, as corporate proxies and sandboxes do: every CONNECT it accepts is answered by the
	proxy itself, with `cert` (its own CA's, chain included) whatever the name, and the requests inside the tunnel
	are sent to `upstream` (plain HTTP on loopback, e.g. a lab GOPROXY server). Undefined: it tunnels.
	*/
	readonly intercept?: {readonly cert: string; readonly key: string; readonly upstream: string};
};

/** A running lab HTTP proxy. */
export type ConnectProxy = {
	/** `http://127.0.0.1:PORT` (no credentials in it). */
	readonly url: string;
	readonly port: number;
	/** What each request asked for (`CONNECT host:port` or `GET http://…`) and the status it got. */
	readonly requests: ReadonlyArray<{readonly method: string; readonly target: string; readonly status: number}>;
	/** Stops listening and destroys every connection and tunnel. */
	close(): Promise<void>;
};

/** The realm of the lab proxy's 407 challenge. */
export const labProxyRealm = 'gomod-doctor lab';

/** What the lab's HTTP proxy answers from. */
type LabHttpProxy = {
	readonly options: ConnectProxyOptions;
	readonly requests: Array<{method: string; target: string; status: number}>;
	readonly authorised: (message: IncomingMessage) => boolean;
	readonly loopbackOf: (host: string) => string | undefined;
	readonly shutdown: ReturnType<typeof createShutdown>;
	readonly inside: () => Server;
};

/** An absolute-form request (go fetching an http URL): checked, then forwarded to loopback. */
function forwardRequest(proxy: LabHttpProxy, request: IncomingMessage, response: ServerResponse): void {
	const {requests, authorised, loopbackOf} = proxy;
	const target = request.url ?? '';
	const record = (status: number) => requests.push({method: request.method ?? 'GET', target, status});
	if (!authorised(request)) {
		record(407);
		response.writeHead(407, {'Proxy-Authenticate': `Basic realm="${labProxyRealm}"`, 'Content-Type': 'text/plain', Connection: 'close'});
		response.end('proxy authentication required\n');
		return;
	}

	let url: URL;
	try {
		url = new URL(target);
	} catch {
		record(400);
		response.writeHead(400, {'Content-Type': 'text/plain', Connection: 'close'});
		response.end('this proxy takes absolute-form requests and CONNECT\n');
		return;
	}

	const address = loopbackOf(url.hostname);
	if (url.protocol !== 'http:' || address === undefined) {
		record(403);
		response.writeHead(403, {'Content-Type': 'text/plain', Connection: 'close'});
		response.end('the lab proxy forwards to loopback only\n');
		return;
	}

	const headers = {...request.headers};
	delete headers['proxy-authorization'];
	delete headers['proxy-connection'];
	const forwarded = httpRequest(
		{host: address, port: url.port === '' ? 80 : Number(url.port), path: `${url.pathname}${url.search}`, method: request.method, headers},
		(upstream) => {
			record(upstream.statusCode ?? 502);
			response.writeHead(upstream.statusCode ?? 502, upstream.headers);
			upstream.pipe(response);
		},
	);
	forwarded.on('error', () => {
		record(502);
		if (!response.headersSent) {
			response.writeHead(502, {'Content-Type': 'text/plain', Connection: 'close'});
		}

		response.end('bad gateway\n');
	});
	request.pipe(forwarded);
}

/** A request inside an intercepted tunnel, relayed to the intercepting egress's upstream. */
function relayInside(proxy: LabHttpProxy, request: IncomingMessage, response: ServerResponse): void {
	const {options, requests} = proxy;
	const upstream = new URL(options.intercept?.upstream ?? 'http://127.0.0.1:1');
	const target = `https://${request.headers.host ?? ''}${request.url ?? '/'}`;
	const forwarded = httpRequest(
		{
			host: upstream.hostname,
			port: upstream.port,
			path: request.url,
			method: request.method,
			headers: {...request.headers, host: upstream.host},
		},
		(answer) => {
			requests.push({method: request.method ?? 'GET', target, status: answer.statusCode ?? 502});
			response.writeHead(answer.statusCode ?? 502, answer.headers);
			answer.pipe(response);
		},
	);
	forwarded.on('error', () => {
		response.writeHead(502, {'Content-Type': 'text/plain', Connection: 'close'});
		response.end('upstream failed\n');
	});
	request.pipe(forwarded);
}

/** A CONNECT (go fetching an https URL): checked, then tunnelled to loopback, or intercepted. */
function openTunnel(proxy: LabHttpProxy, request: IncomingMessage, client: Socket, head: Buffer): void {
	const {options, requests, authorised, loopbackOf, shutdown, inside} = proxy;
	const target = request.url ?? '';
	const answer = (status: number, text: string, extra = '') => {
		requests.push({method: 'CONNECT', target, status});
		client.end(`HTTP/1.1 ${status} ${text}\r\n${extra}Content-Length: 0\r\nConnection: close\r\n\r\n`);
	};

	if (!authorised(request)) {
		answer(407, 'Proxy Authentication Required', `Proxy-Authenticate: Basic realm="${labProxyRealm}"\r\n`);
		return;
	}

	const match = /^(\[[^\]]+]|[^:]+):(\d+)$/.exec(target);
	const address = match === null ? undefined : loopbackOf(match[1]!);
	if (match === null || address === undefined) {
		answer(403, 'Forbidden');
		return;
	}

	if (options.intercept !== undefined) {
		requests.push({method: 'CONNECT', target, status: 200});
		client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
		if (head.length > 0) {
			client.unshift(head);
		}

		const tls = new TLSSocket(client, {isServer: true, cert: options.intercept.cert, key: options.intercept.key});
		shutdown.track(tls);
		tls.on('error', () => {
			client.destroy();
		});
		inside().emit('connection', tls);
		return;
	}

	const upstream = connect(Number(match[2]), address);
	shutdown.track(upstream);
	upstream.once('connect', () => {
		requests.push({method: 'CONNECT', target, status: 200});
		client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
		if (head.length > 0) {
			upstream.write(head);
		}

		upstream.pipe(client);
		client.pipe(upstream);
	});
	upstream.once('error', () => {
		if (!client.destroyed) {
			answer(502, 'Bad Gateway');
		}
	});
	client.on('error', () => {
		upstream.destroy();
	});
}

/**
An HTTP proxy on 127.0.0.1 of the lab's own: CONNECT tunnels (what go does for https URLs) and absolute-form
requests (`GET http://host/path`, what go does for http URLs), to loopback only. With `credentials`, a request
without the right `Proxy-Authorization` gets 407 and a `Proxy-Authenticate` challenge, as a corporate proxy does.
*/
export async function startConnectProxy(options: ConnectProxyOptions = {}): Promise<ConnectProxy> {
	const shutdown = createShutdown();
	const requests: Array<{method: string; target: string; status: number}> = [];
	const expected =
		options.credentials === undefined
			? undefined
			: `Basic ${Buffer.from(`${options.credentials.user}:${options.credentials.password}`).toString('base64')}`;
	const authorised = (message: IncomingMessage) => expected === undefined || message.headers['proxy-authorization'] === expected;
	const loopbackOf = (host: string): string | undefined => {
		const name = host.replaceAll(/^\[|]$/g, '').toLowerCase();
		if (name === 'localhost' || name === '::1' || /^127(?:\.\d{1,3}){3}$/.test(name)) {
			return name === 'localhost' ? '127.0.0.1' : name;
		}

		return options.aliases?.get(name);
	};

	// `inside` is made below; the tunnels that use it open only once the proxy listens.
	const proxy: LabHttpProxy = {options, requests, authorised, loopbackOf, shutdown, inside: () => inside};
	const server = createServer((request: IncomingMessage, response: ServerResponse) => {
		forwardRequest(proxy, request, response);
	});

	shutdown.watch(server);
	// The requests inside an intercepted tunnel: relayed to the intercepting egress's upstream.
	const inside = createServer((request: IncomingMessage, response: ServerResponse) => {
		relayInside(proxy, request, response);
	});

	server.on('connect', (request: IncomingMessage, client: Socket, head: Buffer) => {
		openTunnel(proxy, request, client, head);
	});

	const port = await listenOnLoopback(server, 'lab HTTP proxy');
	return {
		url: `http://127.0.0.1:${port}`,
		port,
		requests,
		close: shutdown.close,
	};
}

/**
The names /etc/hosts maps to a loopback address, other than `localhost` (and `*.localhost`), which go never
proxies: through such a name go does use HTTP_PROXY/HTTPS_PROXY, and the lookup never leaves the machine. Pure.
*/
export function loopbackAliases(hostsFile: string): string[] {
	const names: string[] = [];
	for (const raw of hostsFile.split('\n')) {
		const [address, ...aliases] = raw.replace(/#.*$/, '').trim().split(/\s+/);
		if (address === undefined || !/^127(?:\.\d{1,3}){3}$/.test(address)) {
			continue;
		}

		for (const alias of aliases) {
			const name = alias.toLowerCase();
			if (
				name !== '' &&
				name !== 'localhost' &&
				!name.endsWith('.localhost') &&
				/^[a-z\d][a-z\d.-]*$/.test(name) &&
				!names.includes(name)
			) {
				names.push(name);
			}
		}
	}

	return names;
}
