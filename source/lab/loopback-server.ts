/**
What every lab server does alike: listen on a free port of 127.0.0.1, hand out a port on which nothing listens,
and stop at once, hung requests, open tunnels and delayed answers included.
*/
import {createServer as createNetServer, type Server, type Socket} from 'node:net';

const loopback = '127.0.0.1';

/** Starts `server` listening on a free port of 127.0.0.1 and resolves with the port; `what` names it in an error. */
export async function listenOnLoopback(server: Server, what: string): Promise<number> {
	return new Promise<number>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, loopback, () => {
			server.off('error', reject);
			const address = server.address();
			if (address === null || typeof address === 'string') {
				reject(new Error(`${what}: no TCP address`));
				return;
			}

			resolve(address.port);
		});
	});
}

/** A port of 127.0.0.1 on which nothing listens (bound, noted, closed again): connections to it are refused. */
export async function refusingLoopbackPort(what: string): Promise<number> {
	const listener = createNetServer();
	const port = await listenOnLoopback(listener, what);
	await new Promise<void>((resolve) => {
		listener.close(() => {
			resolve();
		});
	});
	return port;
}

/** The servers, sockets and timers a lab server owns, and the one way to stop them all. */
export type Shutdown = {
	/** Closes `server` on `close()`, and destroys each connection it accepts. */
	readonly watch: (server: Server) => void;
	/** Destroys `socket` on `close()` unless it has closed by then (a tunnel's other end, say). */
	readonly track: (socket: Socket) => void;
	/** Timers of delayed answers: cleared on `close()`. A timer that fired should delete itself. */
	readonly timers: Set<NodeJS.Timeout>;
	/**
	Stops every watched server listening, destroys every open socket, clears the timers and runs `also`; resolves
	when all have closed. Calling it again returns the same promise.
	*/
	readonly close: () => Promise<void>;
};

/** A shutdown for a lab server; `also` stops what the server relies on (a backend it forwards to). */
export function createShutdown(options: {readonly also?: () => Promise<void>} = {}): Shutdown {
	const servers: Server[] = [];
	const sockets = new Set<Socket>();
	const timers = new Set<NodeJS.Timeout>();
	const track = (socket: Socket) => {
		sockets.add(socket);
		socket.on('close', () => {
			sockets.delete(socket);
		});
	};

	let closing: Promise<void> | undefined;
	return {
		watch(server) {
			servers.push(server);
			server.on('connection', track);
		},
		track,
		timers,
		async close() {
			closing ??= (async () => {
				for (const timer of timers) {
					clearTimeout(timer);
				}

				timers.clear();
				const closed = servers.map(
					async (server) =>
						new Promise<void>((resolve) => {
							server.close(() => {
								resolve();
							});
						}),
				);
				for (const socket of sockets) {
					socket.destroy();
				}

				for (const server of servers) {
					(server as Server & {closeAllConnections?: () => void}).closeAllConnections?.();
				}

				await Promise.all([...closed, options.also?.()]);
			})();
			return closing;
		},
	};
}
