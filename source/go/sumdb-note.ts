import {createHash, createPublicKey, sign, verify, type KeyObject} from 'node:crypto';

/**
Go's signed notes (golang.org/x/mod/sumdb/note), the format of a checksum database's tree heads:

	<text ending in \n>
	\n
	— <name> <base64(4-byte key hash || ed25519 signature of the text)>\n

A verifier key is `<name>+<8 hex digits of the key hash>+<base64(0x01 || 32-byte ed25519 public key)>`, where the
key hash is the first 4 bytes (big-endian) of SHA-256(name + "\n" + 0x01 || public key).
*/

/** The algorithm byte of an ed25519 key in a verifier key. */
const algEd25519 = 1;

/** The default checksum databases go knows by name (cmd/go/internal/modfetch/key.go), with their public keys. */
export const knownSumdbKeys: Readonly<Record<string, string>> = {
	'sum.golang.org': 'sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8',
};

/** A verifier key, parsed. */
export type VerifierKey = {
	readonly name: string;
	/** The key hash (the 8 hex digits), as a number. */
	readonly hash: number;
	/** The 32-byte ed25519 public key. */
	readonly publicKey: Uint8Array;
	/** The key as written. */
	readonly text: string;
};

/** The key hash go computes for a name and an encoded key (algorithm byte then key bytes). */
export function noteKeyHash(name: string, encodedKey: Uint8Array): number {
	const digest = createHash('sha256').update(name).update('\n').update(encodedKey).digest();
	return digest.readUInt32BE(0);
}

/** Whether go accepts `name` as a note signer's name: not empty, no whitespace, no `+`. */
export function isValidNoteName(name: string): boolean {
	return name !== '' && !/[\s+]/u.test(name);
}

/** `<name>+<hash>+<base64 key>` for an ed25519 public key (go's note.NewEd25519VerifierKey). */
export function formatVerifierKey(name: string, publicKey: Uint8Array): string {
	const encoded = new Uint8Array([algEd25519, ...publicKey]);
	const hash = noteKeyHash(name, encoded);
	return `${name}+${hash.toString(16).padStart(8, '0')}+${Buffer.from(encoded).toString('base64')}`;
}

/** Parses a verifier key as go's note.NewVerifier does; the reason it is not valid otherwise. */
export function parseVerifierKey(text: string): VerifierKey | {readonly error: string} {
	// As go's strings.Cut twice: the base64 key itself may contain `+`.
	const [name, afterName] = cut(text, '+');
	const [hash16, key64] = cut(afterName, '+');
	const encoded = Buffer.from(key64, 'base64');
	if (!isValidNoteName(name) || !/^[\da-fA-F]{8}$/.test(hash16) || encoded.length === 0 || encoded.toString('base64') !== key64) {
		return {error: 'malformed verifier id'};
	}

	const hash = Number.parseInt(hash16, 16);
	if (hash !== noteKeyHash(name, encoded)) {
		return {error: 'invalid verifier hash'};
	}

	if (encoded[0] !== algEd25519) {
		return {error: 'unknown verifier algorithm'};
	}

	if (encoded.length !== 33) {
		return {error: 'malformed verifier id'};
	}

	return {name, hash, publicKey: new Uint8Array(encoded.subarray(1)), text};
}

function cut(text: string, separator: string): [string, string] {
	const index = text.indexOf(separator);
	return index === -1 ? [text, ''] : [text.slice(0, index), text.slice(index + separator.length)];
}

/** One signature line of a note. */
export type NoteSignature = {
	readonly name: string;
	readonly hash: number;
	/** The signature bytes (without the key hash). */
	readonly signature: Uint8Array;
};

/** What `openNote` made of a signed note. */
export type OpenedNote =
	| {
			readonly kind: 'verified';
			readonly text: string;
			readonly signatures: readonly NoteSignature[];
	  }
	/** Well-formed, but no signature by the key (another signer, or a signature that does not verify). */
	| {
			readonly kind: 'unverified' | 'bad-signature';
			readonly text: string;
			readonly signatures: readonly NoteSignature[];
	  }
	| {readonly kind: 'malformed'; readonly reason: string};

/**
Reads a signed note as go's note.Open does and checks the signature of `key` on it. Without a key, a
well-formed note is `unverified`.
*/
export function openNote(message: string | Uint8Array, key?: VerifierKey): OpenedNote {
	const bytes = typeof message === 'string' ? Buffer.from(message, 'utf8') : Buffer.from(message);
	const text = bytes.toString('utf8');
	if (!Buffer.from(text, 'utf8').equals(bytes) || /[\u0000-\u0009\u000B-\u001F]/.test(text)) {
		return {kind: 'malformed', reason: 'not UTF-8 text without control characters'};
	}

	const split = text.lastIndexOf('\n\n');
	if (split === -1) {
		return {kind: 'malformed', reason: 'no blank line before the signatures'};
	}

	const body = text.slice(0, split + 1);
	const block = text.slice(split + 2);
	if (block === '' || !block.endsWith('\n')) {
		return {kind: 'malformed', reason: 'no signature lines'};
	}

	const signatures: NoteSignature[] = [];
	for (const line of block.slice(0, -1).split('\n')) {
		if (!line.startsWith('— ')) {
			return {kind: 'malformed', reason: `not a signature line: ${JSON.stringify(line.slice(0, 80))}`};
		}

		const [name = '', b64 = ''] = line.slice(2).split(' ');
		const raw = Buffer.from(b64, 'base64');
		if (!isValidNoteName(name) || b64 === '' || raw.length < 5) {
			return {kind: 'malformed', reason: `malformed signature line: ${JSON.stringify(line.slice(0, 80))}`};
		}

		signatures.push({name, hash: raw.readUInt32BE(0), signature: new Uint8Array(raw.subarray(4))});
	}

	if (key === undefined) {
		return {kind: 'unverified', text: body, signatures};
	}

	const mine = signatures.filter((item) => item.name === key.name && item.hash === key.hash);
	if (mine.length === 0) {
		return {kind: 'unverified', text: body, signatures};
	}

	const publicKey = ed25519PublicKey(key.publicKey);
	const ok = mine.every((item) => verify(null, Buffer.from(body, 'utf8'), publicKey, item.signature));
	return {kind: ok ? 'verified' : 'bad-signature', text: body, signatures};
}

/** Signs `text` (which must end in a newline) as `name`, with an ed25519 private key: a note go can open. */
export function signNote(text: string, name: string, publicKey: Uint8Array, privateKey: KeyObject): string {
	if (!text.endsWith('\n')) {
		throw new Error('note text must end in a newline');
	}

	const hash = noteKeyHash(name, new Uint8Array([algEd25519, ...publicKey]));
	const signature = sign(null, Buffer.from(text, 'utf8'), privateKey);
	const prefix = Buffer.alloc(4);
	prefix.writeUInt32BE(hash, 0);
	return `${text}\n— ${name} ${Buffer.concat([prefix, signature]).toString('base64')}\n`;
}

/** The raw 32 bytes of an ed25519 public key object. */
export function rawEd25519PublicKey(key: KeyObject): Uint8Array {
	const jwk = key.export({format: 'jwk'});
	if (typeof jwk.x !== 'string') {
		throw new TypeError('not an ed25519 public key');
	}

	return new Uint8Array(Buffer.from(jwk.x, 'base64url'));
}

function ed25519PublicKey(raw: Uint8Array): KeyObject {
	return createPublicKey({key: {kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url')}, format: 'jwk'});
}
