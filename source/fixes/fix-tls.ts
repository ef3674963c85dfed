import path from 'node:path';
import {say} from '../i18n/index.js';
import type {Fix} from '../model/report.js';
import type {ChainJudgement} from '../probes/probe-tls.js';
import {goRootCertificates} from '../system/system-roots.js';
import type {Environment, FileSystem} from '../system/types.js';
import {stateDirectory} from '../system/user-paths.js';
import {shellQuote} from './apply-go-env.js';

/** Where the CA bundle and the CA certificate for a CA (by its SHA-256 fingerprint) go: `<state>/tls/…`. */
export function caFiles(env: Environment, fingerprint: string): {bundle: string; ca: string} {
	const id = fingerprint.replaceAll(':', '').slice(0, 16).toLowerCase() || 'ca';
	const directory = path.join(stateDirectory(env), 'tls');
	return {bundle: path.join(directory, `ca-bundle-${id}.pem`), ca: path.join(directory, `ca-${id}.pem`)};
}

/** What the TLS fixes are built from: the host, the judged chain, go's settings. */
export type TlsFixInput = {
	readonly host: string;
	readonly judgement: ChainJudgement | undefined;
	readonly env: Environment;
	/** GOINSECURE's current value (go env). */
	readonly goinsecure: string;
	/** The platform go runs on. @default process.platform */
	readonly platform?: NodeJS.Platform;
};

/**
The fixes a TLS walk offers (`offers`: the fix ids of its end node), made concrete:
- `tls-trust-ca`: a `shell` fix, `export SSL_CERT_FILE=<bundle>`, the bundle being the roots go trusts now plus the
  CA as the server presented it, written under the state directory only when the fix is applied (`files`); when the
  server did not send its CA, advice to save it. Not on macOS and Windows, where go ignores SSL_CERT_FILE.
- `tls-system-store`: advice (`info`): the system's trust store, with the notes for other systems.
- `tls-goinsecure`: `go env -w GOINSECURE=…,host`, for that one host only, marked as weakening security.
The GOPROXY fixes (`goproxy-*`) are computed by conclude; they are not made here.
*/
export function tlsFixes(offers: readonly string[], input: TlsFixInput): Fix[] {
	const text = say.tls;
	const {judgement, host} = input;
	const anchor = judgement?.anchor;
	const caName = anchor?.subject ?? judgement?.authority ?? host;
	const platform = input.platform ?? process.platform;
	const files = anchor === undefined ? undefined : caFiles(input.env, anchor.fingerprint);
	const fixes: Fix[] = [];
	if (offers.includes('tls-trust-ca') && platform !== 'darwin' && platform !== 'win32') {
		if (anchor === undefined || files === undefined) {
			fixes.push({
				id: 'tls-trust-ca',
				title: text.saveCa.title(caName),
				detail: text.saveCa.detail(caName, host),
				kind: 'info',
				scope: 'persistent',
				weakensSecurity: false,
			});
		} else {
			const interception =
				judgement?.outcome === 'interception' || (judgement?.interception !== undefined && judgement.interception !== 'public-name');
			fixes.push({
				id: 'tls-trust-ca',
				title: text.trustCa.title(caName),
				detail: text.trustCa.detail(caName, files.bundle, interception),
				kind: 'shell',
				shell: [`export SSL_CERT_FILE=${shellQuote(files.bundle)}`],
				env: {SSL_CERT_FILE: files.bundle},
				files: [
					{path: files.bundle, content: anchor.pem, mode: 0o644, withSystemRoots: true},
					{path: files.ca, content: anchor.pem, mode: 0o644},
				],
				scope: 'persistent',
				weakensSecurity: false,
			});
		}
	}

	if (offers.includes('tls-system-store')) {
		const file = files?.ca ?? 'ca.pem';
		fixes.push({
			id: 'tls-system-store',
			title: text.systemStore.title(caName),
			detail: say.common.sentences([text.systemStore.detail(file), text.systemStoreOther(file)]),
			kind: 'info',
			scope: 'persistent',
			weakensSecurity: false,
		});
	}

	// A GOINSECURE pattern is a module path prefix: a host name, never an IP address or a port.
	if (offers.includes('tls-goinsecure') && !host.includes(':') && !/^[\d.]+$/.test(host)) {
		const existing = input.goinsecure
			.split(',')
			.map((pattern) => pattern.trim())
			.filter((pattern) => pattern !== '');
		const value = existing.includes(host) ? existing.join(',') : [...existing, host].join(',');
		fixes.push({
			id: 'tls-goinsecure',
			title: text.goinsecure.title(host),
			detail: text.goinsecure.detail(host),
			kind: 'go-env',
			argv: ['go', 'env', '-w', `GOINSECURE=${value}`],
			changes: [{key: 'GOINSECURE', value}],
			scope: 'persistent',
			weakensSecurity: true,
		});
	}

	return fixes;
}

/**
Writes a fix's `files` (after the user confirmed the fix): directories made as needed, each file with its mode; a
file with `withSystemRoots` gets the roots go trusts in `env` first, then its content. Returns the paths written, or
the first error's message.
*/
export async function writeFixFiles(
	fs: FileSystem,
	files: NonNullable<Fix['files']>,
	env: Environment,
): Promise<{ok: true; written: string[]} | {ok: false; message: string}> {
	const written: string[] = [];
	try {
		for (const file of files) {
			if (!path.isAbsolute(file.path)) {
				return {ok: false, message: `${file.path} is not an absolute path`};
			}

			const roots = file.withSystemRoots === true ? (goRootCertificates(env) ?? []) : [];
			const content = [...roots.map((pem) => `${pem.trim()}\n`), file.content.endsWith('\n') ? file.content : `${file.content}\n`].join('');
			// eslint-disable-next-line no-await-in-loop -- a few small files, in order
			await fs.mkdir(path.dirname(file.path), {recursive: true});
			// eslint-disable-next-line no-await-in-loop
			await fs.writeFile(file.path, content, {mode: file.mode});
			// eslint-disable-next-line no-await-in-loop
			await fs.chmod(file.path, file.mode);
			written.push(file.path);
		}
	} catch (error) {
		return {ok: false, message: error instanceof Error ? error.message : String(error)};
	}

	return {ok: true, written};
}

export {stateDirectory} from '../system/user-paths.js';
