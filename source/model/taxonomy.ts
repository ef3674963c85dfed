import {t, type Language} from '../i18n/index.js';

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

/**
One line each, in English: the titles as data (documentation, tests). What a user reads comes from
{@link categoryTitle}, in the current language.
*/
export const categoryTitles: Readonly<Record<Category, string>> = t('en').categories;

/** A category's title in the current language (or in `language`). */
export function categoryTitle(category: Category, language?: Language): string {
	return t(language).categories[category];
}
