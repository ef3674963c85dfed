/**
Servers on 127.0.0.1 for tests of the probes and the network adapters: a closed port, a port whose SYNs go
unanswered, a server that accepts and never answers, HTTP and HTTPS servers with fixed answers, and an HTTP
proxy (CONNECT and absolute-URI) that logs what it was asked. Nothing here connects anywhere but loopback:
the proxy tunnels only to the loopback ports it was given, and answers everything else itself.
*/
import {readFileSync} from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'tls');

/** The committed test certificates (see test/fixtures/tls/generate.sh). */
export const tlsFixtures = {
	/** The CA that signed `localhost`, `expired` and `wrong-name`: `CN=gomod-doctor Test Interception CA`. */
	caFile: path.join(fixtures, 'ca.pem'),
	caName: 'gomod-doctor Test Interception CA',
} as const;

/** A leaf certificate: `localhost` (localhost, lab.invalid, 127.0.0.1, ::1), `expired` (same names, 2000–2001), `wrong-name` (other.invalid only), `self-signed` (localhost names, its own issuer). */
export type CertificateName = 'localhost' | 'expired' | 'wrong-name' | 'self-signed';

function certificate(name: CertificateName): {key: string; cert: string} {
	return {
		key: readFileSync(path.join(fixtures, `${name}.key`), 'utf8'),
		cert: readFileSync(path.join(fixtures, `${name}.pem`), 'utf8'),
	};
}

export type LoopbackServer = {
	readonly port: number;
	close(): Promise<void>;
};

/** A port on 127.0.0.1 with nothing listening (connections are refused at once). */
export async function closedPort(): Promise<number> {
	const server = net.createServer();
	await listen(server);
	const {port} = server.address() as net.AddressInfo;
	await new Promise<void>((resolve) => {
		server.close(() => {
			resolve();
		});
	});
	return port;
}

/** Accepts TCP connections and never sends a byte: an HTTP or TLS client waits until its own deadline. */
export async function startHangingServer(): Promise<LoopbackServer & {readonly connections: () => number}> {
	const sockets = new Set<net.Socket>();
	let connections = 0;
	const server = net.createServer((socket) => {
		connections++;
		sockets.add(socket);
		socket.on('error', () => undefined);
		socket.on('close', () => {
			sockets.delete(socket);
		});
	});
	await listen(server);
	return {
		port: (server.address() as net.AddressInfo).port,
		connections: () => connections,
		close: async () => closeServer(server, sockets),
	};
}

/**
A listening port whose accept queue is full, so that the kernel drops further SYNs and a TCP connect times out
(what a firewall that drops packets looks like). The listener lives in a worker thread that blocks itself, so
it never accepts; the queue is filled here until a connect no longer completes.
*/
export async function startUnansweredPort(): Promise<LoopbackServer> {
	const shared = new Int32Array(new SharedArrayBuffer(4));
	const worker = new Worker(
		`
const {parentPort, workerData} = require('node:worker_threads');
const net = require('node:net');
const server = net.createServer();
server.listen({host: '127.0.0.1', port: 0, backlog: 1}, () => {
	parentPort.postMessage(server.address().port);
	// Block this thread's event loop: the listener never accepts, the kernel queues then drops.
	Atomics.wait(new Int32Array(workerData), 0, 0);
	server.close();
});
`,
		{eval: true, workerData: shared.buffer},
	);
	const port = await new Promise<number>((resolve, reject) => {
		worker.once('message', resolve);
		worker.once('error', reject);
	});
	const fillers: net.Socket[] = [];
	for (let attempt = 0; attempt < 16; attempt++) {
		const socket = net.connect(port, '127.0.0.1');
		socket.on('error', () => undefined);
		fillers.push(socket);
		const connected = await new Promise<boolean>((resolve) => {
			const timer = setTimeout(() => {
				resolve(false);
			}, 300);
			socket.once('connect', () => {
				clearTimeout(timer);
				resolve(true);
			});
		});
		if (!connected) {
			break;
		}
	}

	return {
		port,
		async close() {
			for (const socket of fillers) {
				socket.destroy();
			}

			Atomics.store(shared, 0, 1);
			Atomics.notify(shared, 0);
			await worker.terminate();
		},
	};
}

/** One request a test server saw. */
export type SeenRequest = {
	readonly method: string;
	/** The request target as sent: a path, an absolute URI (to a proxy) or `host:port` (CONNECT). */
	readonly target: string;
	readonly headers: Readonly<Record<string, string | string[] | undefined>>;
};

/** A fixed answer, or a function of the request. */
export type Answer = {
	readonly status?: number;
	readonly body?: string;
	readonly headers?: Readonly<Record<string, string>>;
};

export type HttpTestServer = LoopbackServer & {
	/** `http://127.0.0.1:PORT` (or `https://localhost:PORT`). */
	readonly url: string;
	readonly requests: readonly SeenRequest[];
};

function respond(
	answer: Answer | ((request: http.IncomingMessage) => Answer),
	request: http.IncomingMessage,
	response: http.ServerResponse,
) {
	const {status = 200, body = '', headers = {}} = typeof answer === 'function' ? answer(request) : answer;
	response.writeHead(status, {'content-type': 'text/plain; charset=utf-8', ...headers});
	response.end(body);
}

function seen(request: http.IncomingMessage): SeenRequest {
	return {method: request.method ?? '', target: request.url ?? '', headers: {...request.headers}};
}

/** An HTTP server on 127.0.0.1 that gives every request the same answer (or the answer of a function). */
export async function startHttpServer(answer: Answer | ((request: http.IncomingMessage) => Answer)): Promise<HttpTestServer> {
	const requests: SeenRequest[] = [];
	const server = http.createServer((request, response) => {
		requests.push(seen(request));
		respond(answer, request, response);
	});
	await listen(server);
	const {port} = server.address() as net.AddressInfo;
	return {
		port,
		url: `http://127.0.0.1:${port}`,
		requests,
		close: async () => closeHttpServer(server),
	};
}

/** An HTTPS server on 127.0.0.1 presenting one of the test certificates (the leaf only, as most servers do). */
export async function startTlsServer(
	name: CertificateName,
	answer: Answer | ((request: http.IncomingMessage) => Answer) = {body: 'ok'},
): Promise<HttpTestServer> {
	const requests: SeenRequest[] = [];
	const server = https.createServer(certificate(name), (request, response) => {
		requests.push(seen(request));
		respond(answer, request, response);
	});
	server.on('tlsClientError', () => undefined);
	await listen(server);
	const {port} = server.address() as net.AddressInfo;
	return {
		port,
		url: `https://localhost:${port}`,
		requests,
		close: async () => closeHttpServer(server),
	};
}

export type ProxyOptions = {
	/** Demand `Proxy-Authorization: Basic` with these credentials; answer 407 otherwise. */
	readonly credentials?: {readonly user: string; readonly password: string};
	/** CONNECT targets (`host:port`) and the loopback port each is tunnelled to; any other target gets 502. */
	readonly tunnels?: Readonly<Record<string, number>>;
	/** The answer to absolute-URI requests (`GET http://host/path`), which the proxy gives itself without connecting anywhere. */
	readonly answer?: Answer | ((request: http.IncomingMessage) => Answer);
};

/** An HTTP proxy on 127.0.0.1 that logs every request and never connects beyond loopback. */
export async function startTestProxy(options: ProxyOptions = {}): Promise<HttpTestServer> {
	const requests: SeenRequest[] = [];
	const sockets = new Set<net.Socket>();
	const expected =
		options.credentials === undefined
			? undefined
			: `Basic ${Buffer.from(`${options.credentials.user}:${options.credentials.password}`).toString('base64')}`;
	const authorized = (request: http.IncomingMessage) => expected === undefined || request.headers['proxy-authorization'] === expected;

	const server = http.createServer((request, response) => {
		requests.push(seen(request));
		if (!authorized(request)) {
			response.writeHead(407, {'proxy-authenticate': 'Basic realm="test"', 'content-type': 'text/plain'});
			response.end('proxy authentication required');
			return;
		}

		respond(options.answer ?? {status: 502, body: 'no answer configured'}, request, response);
	});
	server.on('connect', (request: http.IncomingMessage, client: net.Socket) => {
		requests.push(seen(request));
		sockets.add(client);
		client.on('error', () => undefined);
		client.on('close', () => {
			sockets.delete(client);
		});
		if (!authorized(request)) {
			client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\nContent-Length: 0\r\n\r\n');
			return;
		}

		const port = options.tunnels?.[request.url ?? ''];
		if (port === undefined) {
			client.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n');
			return;
		}

		const upstream = net.connect(port, '127.0.0.1', () => {
			client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
			upstream.pipe(client);
			client.pipe(upstream);
		});
		sockets.add(upstream);
		upstream.on('error', () => {
			client.destroy();
		});
		upstream.on('close', () => {
			sockets.delete(upstream);
			client.destroy();
		});
	});
	await listen(server);
	const {port} = server.address() as net.AddressInfo;
	return {
		port,
		url: `http://127.0.0.1:${port}`,
		requests,
		async close() {
			for (const socket of sockets) {
				socket.destroy();
			}

			await closeHttpServer(server);
		},
	};
}

async function listen(server: net.Server): Promise<void> {
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen({host: '127.0.0.1', port: 0}, () => {
			server.off('error', reject);
			resolve();
		});
	});
}

async function closeServer(server: net.Server, sockets: Set<net.Socket>): Promise<void> {
	for (const socket of sockets) {
		socket.destroy();
	}

	await new Promise<void>((resolve) => {
		server.close(() => {
			resolve();
		});
	});
}

async function closeHttpServer(server: http.Server): Promise<void> {
	const closed = new Promise<void>((resolve) => {
		server.close(() => {
			resolve();
		});
	});
	server.closeAllConnections();
	await closed;
}
