/**
A checksum database for the lab that behaves as sum.golang.org does towards a private path: it is up and signs its
tree head (`/latest`, a log of the lab's public modules, under a real ed25519 key named in GOSUMDB, so go and the
reachability check accept it), but every `/lookup/` of a path it cannot fetch gets `404 Not Found` and `not found:
MOD@VER: …` (the public database cannot see a private host). go's own verification of the private path therefore
fails exactly as it does against the real one, and nothing says the database itself is down.
*/
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import {hashGoMod, hashModuleZip} from '../go/h1-hash.js';
import {signNote} from '../go/sumdb-note.js';
import {formatTree, recordHash, treeHash} from '../go/sumdb-tlog.js';
import {labModules} from './lab-modules.js';
import {createShutdown, listenOnLoopback} from './loopback-server.js';
import {buildModuleArtifacts} from './module-zip.js';
import {createLabSumdbSigner, labSumdbName} from './sumdb-server.js';

export {labSumdbName} from './sumdb-server.js';

export type RefusingSumdb = {
	/** The GOSUMDB value: `NAME+HASH+KEY http://127.0.0.1:PORT`. */
	readonly gosumdb: string;
	readonly url: string;
	/** The paths asked, in order. */
	readonly requests: readonly string[];
	close(): Promise<void>;
};

/** Starts the refusing checksum database on 127.0.0.1. */
export async function startRefusingSumdb(): Promise<RefusingSumdb> {
	const signer = createLabSumdbSigner(labSumdbName);
	const records = labModules.map((module) => {
		const artifacts = buildModuleArtifacts(module);
		return `${module.path} ${module.version} ${hashModuleZip(artifacts.zip)}\n${module.path} ${module.version}/go.mod ${hashGoMod(artifacts.mod)}\n`;
	});
	const signedTree = signNote(
		formatTree(records.length, treeHash(records.map((record) => recordHash(record)))),
		signer.name,
		signer.publicKey,
		signer.privateKey,
	);
	const requests: string[] = [];
	const shutdown = createShutdown();
	const server = createServer((request: IncomingMessage, response: ServerResponse) => {
		const target = request.url ?? '/';
		requests.push(target);
		if (target.split('?')[0] === '/latest') {
			response.writeHead(200, {'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': String(Buffer.byteLength(signedTree))});
			response.end(signedTree);
			return;
		}

		const lookup = /^\/lookup\/(.+)$/.exec(target);
		const body = lookup ? notFoundBody(safeDecode(lookup[1] ?? '')) : 'not found\n';
		response.writeHead(404, {'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': String(Buffer.byteLength(body))});
		response.end(body);
	});
	shutdown.watch(server);
	const port = await listenOnLoopback(server, 'lab sumdb');
	const url = `http://127.0.0.1:${port}`;
	return {
		gosumdb: `${signer.verifierKey} ${url}`,
		url,
		requests,
		close: shutdown.close,
	};
}

/** Sum.golang.org's answer for a module on a host it cannot reach (a company's private host). */
function notFoundBody(moduleAtVersion: string): string {
	const module = moduleAtVersion.split('@')[0] ?? moduleAtVersion;
	const host = module.split('/')[0] ?? module;
	return `not found: ${moduleAtVersion}: unrecognized import path "${module}": https fetch: Get "https://${module}?go-get=1": dial tcp: lookup ${host} on 8.8.8.8:53: no such host\n`;
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}
