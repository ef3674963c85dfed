import {createHash} from 'node:crypto';
import {unzipSync} from 'fflate';

/** One file to hash: its name as go sees it (in a zip, the full `module@version/...` name) and its bytes. */
export type HashedFile = {
	readonly name: string;
	readonly content: Uint8Array | string;
};

/**
Go's `dirhash.Hash1` (golang.org/x/mod/sumdb/dirhash), the `h1:` hashes in go.sum: SHA-256 over the lines
`"<sha256 hex of the file>  <name>\n"`, sorted by name (byte order, as go's sort.Strings), base64-encoded.

Throws on a file name with a newline, as go does: such a name would make the summary ambiguous.
*/
export function hash1(files: readonly HashedFile[]): string {
	for (const file of files) {
		if (file.name.includes('\n')) {
			throw new Error(`dirhash: file name with newline: ${JSON.stringify(file.name)}`);
		}
	}

	const sorted = files.toSorted((a, b) => compareBytes(a.name, b.name));
	const summary = createHash('sha256');
	for (const file of sorted) {
		const fileHash = createHash('sha256').update(file.content).digest('hex');
		summary.update(`${fileHash}  ${file.name}\n`);
	}

	return `h1:${summary.digest('base64')}`;
}

/**
The `h1:` hash of a module zip, as in the go.sum line `MODULE VERSION h1:...` (go's `dirhash.HashZip`): every
file of the zip under its full name (`module@version/path`). Directory entries are skipped, as go skips them.
Throws when the bytes are not a zip.
*/
export function hashModuleZip(zip: Uint8Array): string {
	const entries = unzipSync(zip);
	const files: HashedFile[] = [];
	for (const [name, content] of Object.entries(entries)) {
		if (!name.endsWith('/')) {
			files.push({name, content});
		}
	}

	return hash1(files);
}

/** The `h1:` hash of a go.mod file, as in the go.sum line `MODULE VERSION/go.mod h1:...` (the file is named `go.mod`). */
export function hashGoMod(content: Uint8Array | string): string {
	return hash1([{name: 'go.mod', content}]);
}

/** Whether a text is an `h1:` hash as go writes it (base64 of 32 bytes). */
export function isH1Hash(text: string): boolean {
	return /^h1:[A-Za-z\d+/]{43}=$/.test(text);
}

/** Go's sort.Strings order: by UTF-8 bytes, not by UTF-16 code units. */
function compareBytes(a: string, b: string): number {
	return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
