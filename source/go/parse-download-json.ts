/**
`go mod download -json` prints one JSON object per module, back to back and pretty-printed, with no array
around them and no separator. When go is killed the last object may be cut off, and a wrapper script or a
pasted log can put other lines in between. This reader takes every complete object it can find and reports
the rest instead of throwing.
*/

/** One module as `go mod download -json` reports it (the fields of cmd/go's `moduleJSON`). */
export type DownloadRecord = {
	readonly path: string;
	readonly version: string;
	/** Set when this module failed; go's own message. */
	readonly error?: string;
	/** The query that was asked, when it was not a plain version (e.g. `latest`). */
	readonly query?: string;
	readonly info?: string;
	readonly goMod?: string;
	readonly zip?: string;
	readonly dir?: string;
	readonly sum?: string;
	readonly goModSum?: string;
	/** Where the version came from (VCS origin), as go printed it. */
	readonly origin?: unknown;
};

/** A module go could not download. */
export type DownloadFailure = {
	readonly module: string;
	readonly version: string;
	readonly error: string;
};

export type ParsedDownloadJson = {
	readonly records: readonly DownloadRecord[];
	readonly failures: readonly DownloadFailure[];
	/** The start of an object that never ended (go was killed while printing), when there is one. */
	readonly truncated?: string;
	/** Non-blank text outside any object, or objects that are not valid JSON, trimmed, in order. */
	readonly garbage: readonly string[];
};

export function parseDownloadJson(text: string): ParsedDownloadJson {
	const records: DownloadRecord[] = [];
	const garbage: string[] = [];
	let truncated: string | undefined;
	let index = 0;
	let outside = '';
	const flushOutside = () => {
		for (const line of outside.split('\n')) {
			if (line.trim() !== '') {
				garbage.push(line.trim());
			}
		}

		outside = '';
	};

	while (index < text.length) {
		const char = text[index]!;
		if (char !== '{') {
			outside += char;
			index++;
			continue;
		}

		const end = findObjectEnd(text, index);
		if (end < 0) {
			// Go starts every object on a line of its own: if another one follows, this brace was stray text.
			const next = text.indexOf('\n{', index + 1);
			if (next !== -1) {
				outside += text.slice(index, next + 1);
				index = next + 1;
				continue;
			}

			flushOutside();
			truncated = text.slice(index).trim();
			break;
		}

		const candidate = text.slice(index, end + 1);
		const record = toRecord(candidate);
		if (record === undefined) {
			// Not one of go's objects: treat the brace as stray text and look again after it.
			outside += char;
			index++;
			continue;
		}

		flushOutside();
		records.push(record);
		index = end + 1;
	}

	flushOutside();
	const failures = records
		.filter((record) => record.error !== undefined)
		.map((record) => ({module: record.path, version: record.version, error: record.error!}));
	return {records, failures, ...(truncated === undefined ? {} : {truncated}), garbage};
}

/** Index of the `}` that closes the object opening at `start`, or -1 when the text ends first. */
function findObjectEnd(text: string, start: number): number {
	let depth = 0;
	let inString = false;
	for (let index = start; index < text.length; index++) {
		const char = text[index];
		if (inString) {
			if (char === '\\') {
				index++;
			} else if (char === '"') {
				inString = false;
			}

			continue;
		}

		switch (char) {
			case '"': {
				inString = true;

				break;
			}

			case '{': {
				depth++;

				break;
			}

			case '}': {
				depth--;
				if (depth === 0) {
					return index;
				}

				break;
			}
			// No default
		}
	}

	return -1;
}

function toRecord(candidate: string): DownloadRecord | undefined {
	let parsed: unknown;
	try {
		parsed = JSON.parse(candidate);
	} catch {
		return undefined;
	}

	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
		return undefined;
	}

	const object = parsed as Record<string, unknown>;
	const text = (key: string): string | undefined => (typeof object[key] === 'string' ? object[key] : undefined);
	const path = text('Path');
	if (path === undefined) {
		return undefined;
	}

	const optional: Array<[keyof DownloadRecord, string]> = [
		['error', 'Error'],
		['query', 'Query'],
		['info', 'Info'],
		['goMod', 'GoMod'],
		['zip', 'Zip'],
		['dir', 'Dir'],
		['sum', 'Sum'],
		['goModSum', 'GoModSum'],
	];
	const record: Record<string, unknown> = {path, version: text('Version') ?? ''};
	for (const [field, key] of optional) {
		const value = text(key);
		if (value !== undefined) {
			record[field] = value;
		}
	}

	if (object['Origin'] !== undefined) {
		record['origin'] = object['Origin'];
	}

	return record as DownloadRecord;
}
