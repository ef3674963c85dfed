import {createHash} from 'node:crypto';

/**
The transparent log of a checksum database (golang.org/x/mod/sumdb/tlog): RFC 6962 hashing, the tree head
text, tiles and the lookup answer. Pure.
*/

/** The tile height go's checksum database client uses. */
export const tileHeight = 8;

/** A record's leaf hash: SHA-256(0x00 || record text). */
export function recordHash(record: Uint8Array | string): Buffer {
	return createHash('sha256')
		.update(Buffer.from([0]))
		.update(record)
		.digest();
}

/** An interior node's hash: SHA-256(0x01 || left || right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
	return createHash('sha256')
		.update(Buffer.from([1]))
		.update(left)
		.update(right)
		.digest();
}

/**
The tree hash of leaves (RFC 6962's Merkle tree hash: the left subtree is the largest power of two smaller
than the whole). The hash of an empty tree is SHA-256 of nothing, as tlog.TreeHash(0) is.
*/
export function treeHash(leaves: readonly Uint8Array[]): Buffer {
	if (leaves.length === 0) {
		return createHash('sha256').digest();
	}

	return subtreeHash(leaves, 0, leaves.length);
}

function subtreeHash(leaves: readonly Uint8Array[], lo: number, hi: number): Buffer {
	if (hi - lo === 1) {
		return Buffer.from(leaves[lo]!);
	}

	let split = 1;
	while (split * 2 < hi - lo) {
		split *= 2;
	}

	return nodeHash(subtreeHash(leaves, lo, lo + split), subtreeHash(leaves, lo + split, hi));
}

/** The text of a tree head note: `go.sum database tree\n<N>\n<base64 hash>\n`. */
export function formatTree(size: number, hash: Uint8Array): string {
	return `go.sum database tree\n${size}\n${Buffer.from(hash).toString('base64')}\n`;
}

/** Reads a tree head note's text (tlog.ParseTree); undefined when it is not one. */
export function parseTree(text: string): {readonly size: number; readonly hash: string} | undefined {
	const match = /^go\.sum database tree\n(\d{1,18})\n([A-Za-z\d+/]{43}=)\n/.exec(text);
	if (match === null) {
		return undefined;
	}

	return {size: Number(match[1]), hash: match[2]!};
}

/** A tile of the log: height, level (-1 for record data), number within the level, width. */
export type Tile = {readonly height: number; readonly level: number; readonly index: number; readonly width: number};

/** The URL path of a tile without its leading slash, e.g. `tile/8/0/000.p/5`, `tile/8/data/x001/234` (tlog.Tile.Path). */
export function tilePath(tile: Tile): string {
	let n = tile.index;
	let text = String(n % 1000).padStart(3, '0');
	while (n >= 1000) {
		n = Math.floor(n / 1000);
		text = `x${String(n % 1000).padStart(3, '0')}/${text}`;
	}

	const partial = tile.width === 2 ** tile.height ? '' : `.p/${tile.width}`;
	return `tile/${tile.height}/${tile.level === -1 ? 'data' : tile.level}/${text}${partial}`;
}

/** Reads a tile path (without its leading slash) as tlog.ParseTilePath does; undefined when it is not one. */
export function parseTilePath(path: string): Tile | undefined {
	const fields = path.split('/');
	if (fields.length < 4 || fields[0] !== 'tile' || !/^\d{1,2}$/.test(fields[1] ?? '')) {
		return undefined;
	}

	const height = Number(fields[1]);
	const level = fields[2] === 'data' ? -1 : /^\d{1,2}$/.test(fields[2] ?? '') ? Number(fields[2]) : Number.NaN;
	if (height < 1 || height > 30 || Number.isNaN(level)) {
		return undefined;
	}

	let width = 2 ** height;
	let rest = fields.slice(3);
	const beforeLast = rest.at(-2);
	if (beforeLast?.endsWith('.p')) {
		width = Number(rest.at(-1));
		if (!Number.isInteger(width) || width <= 0 || width >= 2 ** height) {
			return undefined;
		}

		rest = [...rest.slice(0, -2), beforeLast.slice(0, -2)];
	}

	let index = 0;
	for (const part of rest) {
		const digits = part.replace(/^x/, '');
		if (!/^\d{3}$/.test(digits)) {
			return undefined;
		}

		index = index * 1000 + Number(digits);
	}

	const tile = {height, level, index, width};
	return tilePath(tile) === path ? tile : undefined;
}

/**
The bytes of a hash tile over `leaves` (the leaf hashes of a tree): entry i is the hash of the complete subtree
at level `tile.level * tile.height` numbered `tile.index * 2^height + i`. Undefined when the tree is too small.
*/
export function hashTileData(tile: Tile, leaves: readonly Uint8Array[]): Buffer | undefined {
	if (tile.level < 0) {
		return undefined;
	}

	const span = 2 ** (tile.level * tile.height);
	const first = tile.index * 2 ** tile.height;
	const parts: Buffer[] = [];
	for (let entry = 0; entry < tile.width; entry++) {
		const lo = (first + entry) * span;
		const hi = lo + span;
		if (hi > leaves.length) {
			return undefined;
		}

		parts.push(subtreeHash(leaves, lo, hi));
	}

	return Buffer.concat(parts);
}

/** A lookup answer (`/lookup/MOD@VER`), parsed as tlog.ParseRecord does. */
export type LookupAnswer = {
	readonly id: number;
	/** The record text: go.sum lines, each ending in a newline. */
	readonly record: string;
	/** The signed tree head that follows the record. */
	readonly treeNote: string;
};

/** `<id>\n<record text>\n<signed tree note>`; undefined when malformed. */
export function parseLookupAnswer(body: string): LookupAnswer | undefined {
	const newline = body.indexOf('\n');
	if (newline === -1 || !/^\d{1,18}$/.test(body.slice(0, newline))) {
		return undefined;
	}

	const rest = body.slice(newline + 1);
	const end = rest.indexOf('\n\n');
	if (end === -1) {
		return undefined;
	}

	return {id: Number(body.slice(0, newline)), record: rest.slice(0, end + 1), treeNote: rest.slice(end + 2)};
}

/** `<id>\n<record text>\n` (tlog.FormatRecord): the start of a lookup answer. */
export function formatRecord(id: number, record: string): string {
	return `${id}\n${record}\n`;
}

/** The hashes a record lists for one module version: the zip's and the go.mod's. */
export function recordHashes(record: string, module: string, version: string): {readonly zip?: string; readonly mod?: string} {
	let zip: string | undefined;
	let mod: string | undefined;
	for (const line of record.split('\n')) {
		const [path, field, hash, ...rest] = line.split(' ');
		if (path !== module || hash === undefined || rest.length > 0) {
			continue;
		}

		if (field === version) {
			zip ??= hash;
		} else if (field === `${version}/go.mod`) {
			mod ??= hash;
		}
	}

	return {...(zip === undefined ? {} : {zip}), ...(mod === undefined ? {} : {mod})};
}
