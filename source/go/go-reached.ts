import type {FileSystem} from '../system/types.js';
import type {DownloadRecord} from './parse-download-json.js';
import {directPatterns, matchPrefixPatterns} from './match-prefix-patterns.js';
import {parseGoproxyList} from './parse-goproxy-list.js';

/**
The modules (`path@version`) of `records` that go wrote into the module cache at or after `sinceMs` (wall clock):
fetched over the network in this run, not found in the cache. `go mod download -json` prints the same record
either way; the time of the file it wrote tells them apart. Never throws.
*/
export async function modulesFetchedSince(fs: FileSystem, records: readonly DownloadRecord[], sinceMs: number): Promise<string[]> {
	const fetched = await Promise.all(
		records.map(async (record) => {
			const file = record.error === undefined ? (record.zip ?? record.info ?? record.goMod) : undefined;
			if (file === undefined) {
				return [];
			}

			try {
				// A second of slack for file systems that keep coarse times; go did not run before `sinceMs`.
				return (await fs.stat(file)).mtimeMs >= sinceMs - 1000 ? [`${record.path}@${record.version}`] : [];
			} catch {
				return [];
			}
		}),
	);
	return fetched.flat();
}

/**
The GOPROXY entry go itself fetched from in this run, proven by go's own result: go fetched `fetched` (modules
written into the cache during the run, see {@link modulesFetchedSince}) and at least one of them is a path go asks
the proxies for (not GONOPROXY/GOPRIVATE). go asks the first entry first; unless a `|` after it lets go skip it on
an error, that entry answered (it served the module, or said 404/410 and go moved on): its name resolved and its
port answered. Undefined when go's result proves nothing. Pure.
*/
export function entryGoFetchedFrom(
	fetched: readonly string[] | undefined,
	values: Readonly<Record<string, string | undefined>>,
): {readonly url: string; readonly raw: string} | undefined {
	const patterns = directPatterns(values);
	if (!(fetched ?? []).some((module) => !matchPrefixPatterns(patterns, module.split('@')[0] ?? module))) {
		return undefined;
	}

	const [first] = parseGoproxyList(values['GOPROXY'] ?? '').entries;
	if (first?.kind !== 'url' || first.fallBackOnError || (first.scheme !== 'http' && first.scheme !== 'https')) {
		return undefined;
	}

	return {url: first.url, raw: first.raw};
}
