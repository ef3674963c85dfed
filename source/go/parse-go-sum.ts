/** One line of go.sum: `<module> <version>[/go.mod] <hash>`. */
export type GoSumLine = {
	readonly module: string;
	readonly version: string;
	/** The line is about the module's go.mod (`<version>/go.mod`), not its zip. */
	readonly goMod: boolean;
	/** E.g. `h1:Base64=`. */
	readonly hash: string;
};

/** Reads go.sum as go does: three fields a line; anything else (blank, malformed) is skipped. */
export function parseGoSum(text: string): GoSumLine[] {
	const lines: GoSumLine[] = [];
	for (const raw of text.split('\n')) {
		const fields = raw.trim().split(/\s+/);
		if (fields.length !== 3) {
			continue;
		}

		const [module = '', versionField = '', hash = ''] = fields;
		const goMod = versionField.endsWith('/go.mod');
		lines.push({module, version: goMod ? versionField.slice(0, -'/go.mod'.length) : versionField, goMod, hash});
	}

	return lines;
}

/** The hash go.sum records for the go.mod (or the zip) of `module@version`, if it has one. */
export function goSumHash(lines: readonly GoSumLine[], module: string, version: string, kind: 'go.mod' | 'zip'): string | undefined {
	return lines.find((line) => line.module === module && line.version === version && line.goMod === (kind === 'go.mod'))?.hash;
}
