/** One checksum mismatch go reported. */
export type ChecksumMismatch = {
	readonly module: string;
	readonly version: string;
	/** The module zip, or its go.mod (`MOD@VER/go.mod`, `verifying go.mod`). */
	readonly part: 'zip' | 'go.mod';
	/** `go.sum` (or go.work.sum): a line go.sum holds; `sumdb`: the checksum database's record. */
	readonly against: 'go.sum' | 'sumdb';
	/** The `h1:` hash of what go downloaded. */
	readonly downloaded: string;
	/** The `h1:` hash go.sum or the database holds. */
	readonly recorded: string;
	/** The checksum database's name, when `against` is `sumdb`. */
	readonly database?: string;
};

/**
A module path starts a token: the lookbehind lets the engine try only at the start of a run (after a space or a
quote), instead of at every character of it, where each try would scan the rest of the run again (a 100 KB
token took 40 s; now every pattern here is linear in its input).
*/
const modulePattern = String.raw`(?<![^\s"])([^\s@:"]+)`;
const versionPattern = String.raw`(v[^\s/:@"]+)`;
const hashPattern = String.raw`(h1:[A-Za-z\d+/]{43}=)`;

/** `verifying MOD@VER[/go.mod]: checksum mismatch\n\tdownloaded: h1:…\n\tgo.sum:     h1:…` (fetch.go's haveModSumLocked). */
const goSumShape = new RegExp(
	String.raw`verifying ${modulePattern}@${versionPattern}(/go\.mod)?: checksum mismatch\s+downloaded: ${hashPattern}\s+(\S*go\.(?:work\.)?sum):\s+${hashPattern}`,
	'g',
);

/** `MOD@VER: verifying module|go.mod: checksum mismatch\n\tdownloaded: h1:…\n\tSUMDB: h1:…` (fetch.go's checkSumDB). */
const sumdbShape = new RegExp(
	String.raw`${modulePattern}@${versionPattern}: verifying (module|go\.mod): checksum mismatch\s+downloaded: ${hashPattern}\s+(\S+): ${hashPattern}`,
	'g',
);

/**
The checksum mismatches in go's output, as cmd/go's templates word them (go 1.16 to 1.26): against a go.sum
line, or against the checksum database's record. One per module version and part, in order of appearance.
*/
export function parseChecksumMismatches(text: string): ChecksumMismatch[] {
	const found: Array<ChecksumMismatch & {at: number}> = [];
	for (const match of text.matchAll(goSumShape)) {
		found.push({
			at: match.index,
			module: match[1]!,
			version: match[2]!,
			part: match[3] === undefined ? 'zip' : 'go.mod',
			against: 'go.sum',
			downloaded: match[4]!,
			recorded: match[6]!,
		});
	}

	for (const match of text.matchAll(sumdbShape)) {
		found.push({
			at: match.index,
			module: match[1]!,
			version: match[2]!,
			part: match[3] === 'module' ? 'zip' : 'go.mod',
			against: 'sumdb',
			downloaded: match[4]!,
			recorded: match[6]!,
			database: match[5]!,
		});
	}

	const seen = new Set<string>();
	return found
		.toSorted((a, b) => a.at - b.at)
		.filter((item) => {
			const key = `${item.module}@${item.version}/${item.part}`;
			if (seen.has(key)) {
				return false;
			}

			seen.add(key);
			return true;
		})
		.map(({at: _at, ...item}) => item);
}
