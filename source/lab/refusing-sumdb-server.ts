/**
A checksum database for the lab that knows no module: every `/lookup/` gets what sum.golang.org answers for a
path it cannot fetch (a private one): `404 Not Found` and `not found: MOD@VER: ...`. Its key is a real ed25519
verifier key (go checks the GOSUMDB value's form before asking), so go really asks it.
*/
import {createHash, generateKeyPairSync} from 'node:crypto';
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import type {Socket} from 'node:net';

export type RefusingSumdb = {
	/** The GOSUMDB value: `NAME+HASH+KEY http://127.0.0.1:PORT`. */
	readonly gosumdb: string;
	readonly url: string;
	/** The paths asked, in order. */
	readonly requests: readonly string[];
	close(): Promise<void>;
};

/** The name of the lab's checksum database. */
export const labSumdbName = 'sum.lab.example';

/** A note verifier key (golang.org/x/mod/sumdb/note) for `name` and a raw ed25519 public key. */
export function noteVerifierKey(name: string, publicKey: Uint8Array): string {
	const keyBytes = Buffer.concat([Buffer.from([1]), Buffer.from(publicKey)]);
	const hash = createHash('sha256').update(`${name}\n`).update(keyBytes).digest().subarray(0, 4);
	return `${name}+${hash.toString('hex')}+${keyBytes.toString('base64')}`;
}

/** Starts the refusing checksum database on 127.0.0.1. */
export async function startRefusingSumdb(): Promise<RefusingSumdb> {
	const {publicKey} = generateKeyPairSync('ed25519');
	const jwk = publicKey.export({format: 'jwk'});
	const raw = Buffer.from(jwk.x ?? '', 'base64url');
	const requests: string[] = [];
	const sockets = new Set<Socket>();
	const server = createServer((request: IncomingMessage, response: ServerResponse) => {
		const target = request.url ?? '/';
		requests.push(target);
		const lookup = /^\/lookup\/(.+)$/.exec(target);
		const body = lookup
			? notFoundBody(decodeURIComponent(lookup[1] ?? ''))
			: 'not found\n';
		response.writeHead(404, {'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': String(Buffer.byteLength(body))});
		response.end(body);
	});
	server.on('connection', (socket: Socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	const port = await new Promise<number>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			if (address === null || typeof address === 'string') {
				reject(new Error('lab sumdb: no TCP address'));
				return;
			}

			resolve(address.port);
		});
	});
	const url = `http://127.0.0.1:${port}`;
	let closing: Promise<void> | undefined;
	return {
		gosumdb: `${noteVerifierKey(labSumdbName, raw)} ${url}`,
		url,
		requests,
		async close() {
			closing ??= new Promise<void>((resolve) => {
				for (const socket of sockets) {
					socket.destroy();
				}

				server.close(() => resolve());
				server.closeAllConnections();
			});
			return closing;
		},
	};
}

/** sum.golang.org's answer for a module on a host it cannot reach (a company's private host). */
function notFoundBody(moduleAtVersion: string): string {
	const module = moduleAtVersion.split('@')[0] ?? moduleAtVersion;
	const host = module.split('/')[0] ?? module;
	return `not found: ${moduleAtVersion}: unrecognized import path "${module}": https fetch: Get "https://${module}?go-get=1": dial tcp: lookup ${host} on 8.8.8.8:53: no such host\n`;
}
