/**
The failure categories of `shared/taxonomy.md`. Their ids are a public interface: they appear in
`classify --json`, in `diagnose --json` findings and in transcripts, so they never change spelling.
*/
export const downloadCategories = [
	'dns',
	'timeout',
	'refused',
	'http-proxy',
	'proxy-bad-response',
	'not-found',
	'private-auth',
	'tls',
	'checksum-mismatch',
	'sumdb',
	'goproxy-config',
	'vcs',
	'module-path',
	'cache',
	'toolchain',
	'go-sum-missing',
	'other',
] as const;

/** Findings that are not download failures. */
export const stateCategories = ['go-missing', 'no-module', 'healthy'] as const;

export type DownloadCategory = (typeof downloadCategories)[number];
export type StateCategory = (typeof stateCategories)[number];
export type Category = DownloadCategory | StateCategory;

export function isCategory(value: string): value is Category {
	return (downloadCategories as readonly string[]).includes(value) || (stateCategories as readonly string[]).includes(value);
}
