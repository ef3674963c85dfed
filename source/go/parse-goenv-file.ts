/**
The GOENV file (written by `go env -w`) and `$GOROOT/go.env`, parsed exactly as cmd/go reads them
(cmd/go/internal/cfg `readEnvFile`):

- lines are split at `\n` only; a `\r` before it stays part of the value;
- nothing is trimmed: ` GOPROXY=x` is ignored (it does not start with `A`–`Z`) and `GOPROXY =x` sets the key
  `GOPROXY ` (with the space), which no setting ever reads;
- a line is used only when it contains `=` and its first byte is an upper-case ASCII letter; everything else
  (blank lines, `#` comments, lower-case or corrupt lines) is ignored silently;
- the key is everything before the first `=`, the value everything after it (it may be empty, and an empty
  value in the user file still counts as set: `GOPROXY=` there makes go's GOPROXY empty);
- when a key appears more than once, the last line wins.
*/
import path from 'node:path';

/**
The GOENV file go reads and `go env -w` writes: `$GOENV` (none when `off`), else `$XDG_CONFIG_HOME/go/env`, else
`$HOME/.config/go/env` (os.UserConfigDir on Linux). Undefined when none is known.
*/
export function goenvFilePath(env: Readonly<Record<string, string | undefined>>): string | undefined {
	const fromEnv = env['GOENV'];
	if (fromEnv !== undefined && fromEnv !== '') {
		return fromEnv === 'off' ? undefined : fromEnv;
	}

	const config = env['XDG_CONFIG_HOME'] || (env['HOME'] ? path.join(env['HOME'], '.config') : undefined);
	return config === undefined ? undefined : path.join(config, 'go', 'env');
}

/** One `KEY=VALUE` line that go uses (or would use, if it were the last one for its key). */
export type GoEnvFileEntry = {
	readonly key: string;
	readonly value: string;
	/** 1-based line number in the file. */
	readonly line: number;
};

/** A GOENV file or `$GOROOT/go.env`, as go reads it. */
export type ParsedGoEnvFile = {
	/** Every usable line, in file order (duplicates included). */
	readonly entries: readonly GoEnvFileEntry[];
	/** The value go takes for each key: the last occurrence. */
	readonly values: Readonly<Record<string, string>>;
	/** Keys that appear more than once (the last one wins; `go env -w` drops the others when it rewrites the file). */
	readonly duplicates: readonly string[];
};

export function parseGoEnvFile(text: string): ParsedGoEnvFile {
	const entries: GoEnvFileEntry[] = [];
	const values: Record<string, string> = {};
	const seen = new Set<string>();
	const duplicates: string[] = [];
	const lines = text.split('\n');
	// A trailing newline does not start another line.
	if (lines.at(-1) === '') {
		lines.pop();
	}

	for (const [index, line] of lines.entries()) {
		const equals = line.indexOf('=');
		const first = line.codePointAt(0) ?? 0;
		if (equals === -1 || first < 0x41 || first > 0x5a) {
			continue;
		}

		const key = line.slice(0, equals);
		const value = line.slice(equals + 1);
		entries.push({key, value, line: index + 1});
		if (seen.has(key) && !duplicates.includes(key)) {
			duplicates.push(key);
		}

		seen.add(key);
		values[key] = value;
	}

	return {entries, values, duplicates};
}

/** Whether the parsed file sets `key` (possibly to the empty string). */
export function goEnvFileHas(file: ParsedGoEnvFile, key: string): boolean {
	return Object.hasOwn(file.values, key);
}
