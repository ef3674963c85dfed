import {generateKeyPairSync, type KeyObject} from 'node:crypto';
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import {unescapeModulePath} from '../go/escape-module-path.js';
import {hashGoMod, hashModuleZip} from '../go/h1-hash.js';
import {formatVerifierKey, rawEd25519PublicKey, signNote} from '../go/sumdb-note.js';
import {formatRecord, formatTree, hashTileData, parseTilePath, recordHash, treeHash} from '../go/sumdb-tlog.js';
import {labModules} from './lab-modules.js';
import {createShutdown, listenOnLoopback, refusingLoopbackPort} from './loopback-server.js';
import {buildModuleArtifacts, type LabModule} from './module-zip.js';

/** The name of the lab's checksum database: never resolved, since GOSUMDB always names its URL in the lab. */
export const labSumdbName = 'sum.lab.example';

/** A checksum database's key pair and the verifier key go is given in GOSUMDB. */
export type LabSumdbSigner = {
	readonly name: string;
	readonly publicKey: Uint8Array;
	readonly privateKey: KeyObject;
	/** `<name>+<hash>+<key>`: what GOSUMDB holds before the URL. */
	readonly verifierKey: string;
};

/** A new ed25519 key for a lab checksum database named `name`. */
export function createLabSumdbSigner(name: string = labSumdbName): LabSumdbSigner {
	const {publicKey, privateKey} = generateKeyPairSync('ed25519');
	const raw = rawEd25519PublicKey(publicKey);
	return {name, publicKey: raw, privateKey, verifierKey: formatVerifierKey(name, raw)};
}

export type SumdbServerOptions = {
	/** The key; share one between servers to make a mirror of the same database. @default a new key */
	readonly signer?: LabSumdbSigner;
	/** The module versions recorded, in log order. @default labModules */
	readonly modules?: readonly LabModule[];
	/**
	Hashes to record instead of the modules' own, by `module@version`: what the database holds when the origin
	re-tagged a version after the database first saw it.
	*/
	readonly recorded?: Readonly<Record<string, {readonly zip?: string; readonly mod?: string}>>;
	/** Nothing listens on the port (connection refused): a checksum database that is down. @default false */
	readonly refuse?: boolean;
};

/** A running lab checksum database. */
export type SumdbServer = {
	/** `http://127.0.0.1:PORT`: the URL part of GOSUMDB. */
	readonly url: string;
	readonly port: number;
	readonly name: string;
	readonly verifierKey: string;
	/** The whole GOSUMDB value: `<verifier key> <url>`. */
	readonly gosumdb: string;
	/** The request paths received, in order. */
	readonly requests: readonly string[];
	close(): Promise<void>;
};

const host = '127.0.0.1';
const textHeaders = {'Content-Type': 'text/plain; charset=UTF-8'} as const;

/**
Starts a checksum database go accepts (GOSUMDB="<verifier key> <url>"): a log of one record per module version
(`<module> <version> <h1 of the zip>\n<module> <version>/go.mod <h1 of the go.mod>\n`), a signed tree head at
`/latest`, `/lookup/<module>@<version>`, and the hash and data tiles at `/tile/8/...`, as sumdb.Server serves them.
*/
export async function startSumdbServer(options: SumdbServerOptions = {}): Promise<SumdbServer> {
	const signer = options.signer ?? createLabSumdbSigner();
	if (options.refuse === true) {
		return refusingServer(signer);
	}

	const modules = options.modules ?? labModules;
	const records = modules.map((module) => {
		const artifacts = buildModuleArtifacts(module);
		const override = options.recorded?.[`${module.path}@${module.version}`];
		return {
			path: module.path,
			version: module.version,
			text: `${module.path} ${module.version} ${override?.zip ?? hashModuleZip(artifacts.zip)}\n${module.path} ${module.version}/go.mod ${override?.mod ?? hashGoMod(artifacts.mod)}\n`,
		};
	});
	const leaves = records.map((record) => recordHash(record.text));
	const signedTree = signNote(formatTree(records.length, treeHash(leaves)), signer.name, signer.publicKey, signer.privateKey);

	const requests: string[] = [];
	const shutdown = createShutdown();
	const answer = (target: string): {status: number; headers: Record<string, string>; body: string | Uint8Array} => {
		const pathname = target.split('?')[0] ?? '';
		if (pathname === '/latest') {
			return {status: 200, headers: textHeaders, body: signedTree};
		}

		if (pathname.startsWith('/lookup/')) {
			const [escapedPath = '', escapedVersion = ''] = pathname.slice('/lookup/'.length).split('@');
			const path = unescapeModulePath(safeDecode(escapedPath));
			const version = unescapeModulePath(safeDecode(escapedVersion));
			const id = records.findIndex((record) => record.path === path && record.version === version);
			if (id === -1) {
				return {status: 404, headers: textHeaders, body: `not found: ${path ?? escapedPath}@${version ?? escapedVersion}\n`};
			}

			return {status: 200, headers: textHeaders, body: formatRecord(id, records[id]!.text) + signedTree};
		}

		const tile = pathname.startsWith('/tile/') ? parseTilePath(pathname.slice(1)) : undefined;
		if (tile?.level === -1) {
			const first = tile.index * 2 ** tile.height;
			const slice = records.slice(first, first + tile.width);
			if (slice.length !== tile.width) {
				return {status: 404, headers: textHeaders, body: 'tile not found\n'};
			}

			// Data tiles hold the formatted records without their id lines.
			return {status: 200, headers: textHeaders, body: slice.map((record) => `${record.text}\n`).join('')};
		}

		if (tile !== undefined) {
			const data = hashTileData(tile, leaves);
			return data === undefined
				? {status: 404, headers: textHeaders, body: 'tile not found\n'}
				: {status: 200, headers: {'Content-Type': 'application/octet-stream'}, body: data};
		}

		return {status: pathname.startsWith('/tile/') ? 400 : 404, headers: textHeaders, body: '404 page not found\n'};
	};

	const server = createServer((request: IncomingMessage, response: ServerResponse) => {
		const target = request.url ?? '/';
		requests.push(target);
		const {status, headers, body} =
			request.method === 'GET' || request.method === 'HEAD'
				? answer(target)
				: {status: 405, headers: textHeaders, body: 'method not allowed\n'};
		const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
		response.writeHead(status, {...headers, 'Content-Length': String(bytes.byteLength)});
		response.end(request.method === 'HEAD' ? undefined : bytes);
	});
	shutdown.watch(server);
	return served(signer, await listenOnLoopback(server, 'lab sumdb'), requests, shutdown.close);
}

/** The database `signer` signs for, on `port` of 127.0.0.1: its URL, name, key and the GOSUMDB value naming it. */
function served(signer: LabSumdbSigner, port: number, requests: readonly string[], close: () => Promise<void>): SumdbServer {
	const url = `http://${host}:${port}`;
	return {url, port, name: signer.name, verifierKey: signer.verifierKey, gosumdb: `${signer.verifierKey} ${url}`, requests, close};
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** A port on which nothing listens, with the database's key: GOSUMDB names it and go is refused. */
async function refusingServer(signer: LabSumdbSigner): Promise<SumdbServer> {
	// Nothing listens: there is nothing to close.
	return served(signer, await refusingLoopbackPort('lab sumdb'), [], async () => undefined);
}
