import {request as httpRequest} from 'node:http';
import {createServer} from 'node:https';
import {labCaCertificate, labServerCertificate, labServerKey} from './lab-tls.js';
import {createShutdown, listenOnLoopback} from './loopback-server.js';

/** A running HTTPS front of a lab GOPROXY server. */
export type TlsGoproxy = {
	/** `https://127.0.0.1:PORT`: a GOPROXY entry. */
	readonly url: string;
	readonly port: number;
	/** Requests that completed the TLS handshake and reached the server (paths, in order). */
	readonly requests: readonly string[];
	/** Handshakes the client aborted (e.g. go rejecting the certificate). */
	readonly rejectedHandshakes: () => number;
	close(): Promise<void>;
};

/**
Serves a lab GOPROXY server (`upstream`, plain HTTP on loopback) over HTTPS on 127.0.0.1, with the lab server
certificate (lab-tls.ts: its names include the IP SAN 127.0.0.1) and, after it, the lab CA: the chain a corporate
proxy or a company mirror presents, CA included. go trusts it only when SSL_CERT_FILE (or the system store) holds the
lab CA. go never uses HTTP(S)_PROXY for loopback, so the lab's guard proxy does not stand in the way.
*/
export async function startTlsGoproxy(upstream: string): Promise<TlsGoproxy> {
	const target = new URL(upstream);
	const requests: string[] = [];
	let rejected = 0;
	const shutdown = createShutdown();
	const server = createServer({cert: `${labServerCertificate}${labCaCertificate}`, key: labServerKey}, (request, response) => {
		requests.push(request.url ?? '/');
		const forwarded = httpRequest(
			{
				host: target.hostname,
				port: target.port,
				method: request.method,
				path: request.url,
				headers: {...request.headers, host: target.host},
			},
			(answer) => {
				response.writeHead(answer.statusCode ?? 502, answer.headers);
				answer.pipe(response);
			},
		);
		forwarded.on('error', () => {
			response.writeHead(502, {'Content-Type': 'text/plain'});
			response.end('upstream failed\n');
		});
		request.pipe(forwarded);
	});
	server.on('tlsClientError', () => {
		rejected++;
	});
	shutdown.watch(server);
	const port = await listenOnLoopback(server, 'lab HTTPS proxy');
	return {
		url: `https://127.0.0.1:${port}`,
		port,
		requests,
		rejectedHandshakes: () => rejected,
		close: shutdown.close,
	};
}
