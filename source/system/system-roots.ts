import {readdirSync, readFileSync, lstatSync, realpathSync} from 'node:fs';
import path from 'node:path';
import {createSecureContext, type SecureContext} from 'node:tls';
import type {Environment} from './types.js';

/** The bundle files go tries on Linux and the BSDs, first readable one wins (crypto/x509/root_linux.go). */
const goCertFiles = [
	'/etc/ssl/certs/ca-certificates.crt',
	'/etc/pki/tls/certs/ca-bundle.crt',
	'/etc/ssl/ca-bundle.pem',
	'/etc/pki/tls/cacert.pem',
	'/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem',
	'/etc/ssl/cert.pem',
];

/** The directories go also reads, every file in them. */
const goCertDirectories = ['/etc/ssl/certs', '/etc/pki/tls/certs'];

const cache = new Map<string, readonly string[] | undefined>();
const contexts = new Map<string, SecureContext | undefined>();

/**
The root certificates go would trust, as PEM blocks, so that a TLS check here trusts what `go` trusts (Node's
bundled roots do not include a CA the administrator installed, which is exactly the case that matters behind
an intercepting proxy). Honours SSL_CERT_FILE and SSL_CERT_DIR from `env` as go does.
Undefined where go uses the platform's verifier instead (macOS, Windows) or nothing readable was found:
then Node's own roots apply.
*/
export function goRootCertificates(env: Environment): readonly string[] | undefined {
	if (process.platform === 'darwin' || process.platform === 'win32') {
		return undefined;
	}

	const certFile = env['SSL_CERT_FILE'] ?? '';
	const certDirectory = env['SSL_CERT_DIR'] ?? '';
	const key = `${certFile}\0${certDirectory}`;
	if (!cache.has(key)) {
		cache.set(key, loadRoots(certFile, certDirectory));
	}

	return cache.get(key);
}

/**
A TLS context that trusts exactly `goRootCertificates(env)`, built once per setting (building one from some
hundred roots takes tens of milliseconds). Undefined where Node's own roots apply.
*/
export function goTrustContext(env: Environment): SecureContext | undefined {
	const key = `${env['SSL_CERT_FILE'] ?? ''}\0${env['SSL_CERT_DIR'] ?? ''}`;
	if (!contexts.has(key)) {
		const roots = goRootCertificates(env);
		contexts.set(key, roots === undefined ? undefined : createSecureContext({ca: [...roots]}));
	}

	return contexts.get(key);
}

function loadRoots(certFile: string, certDirectory: string): readonly string[] | undefined {
	const blocks: string[] = [];
	for (const file of certFile === '' ? goCertFiles : [certFile]) {
		const text = readText(file);
		if (text !== undefined) {
			blocks.push(...certificateBlocks(text));
			break;
		}
	}

	const directories = certDirectory === '' ? goCertDirectories : certDirectory.split(':');
	for (const directory of directories) {
		for (const file of uniqueDirectoryEntries(directory)) {
			const text = readText(file);
			if (text !== undefined) {
				blocks.push(...certificateBlocks(text));
			}
		}
	}

	const unique = [...new Set(blocks)];
	return unique.length === 0 ? undefined : unique;
}

function readText(file: string): string | undefined {
	try {
		return readFileSync(file, 'utf8');
	} catch {
		return undefined;
	}
}

/** Like go's readUniqueDirectoryEntries: every entry except symlinks that point into the same directory. */
function uniqueDirectoryEntries(directory: string): string[] {
	let names: string[];
	try {
		names = readdirSync(directory);
	} catch {
		return [];
	}

	const files: string[] = [];
	for (const name of names) {
		const file = path.join(directory, name);
		try {
			if (lstatSync(file).isSymbolicLink() && path.dirname(realpathSync(file)) === realpathSync(directory)) {
				continue;
			}
		} catch {
			continue;
		}

		files.push(file);
	}

	return files;
}

/** The CERTIFICATE blocks of a PEM text (keys and CRLs are skipped, as go's AppendCertsFromPEM does; OpenSSL skips blocks that do not parse). */
function certificateBlocks(text: string): string[] {
	return text.match(/-{5}BEGIN CERTIFICATE-{5}[\s\S]+?-{5}END CERTIFICATE-{5}/g) ?? [];
}
