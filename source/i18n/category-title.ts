import type {Category} from '../model/taxonomy.js';
import {t, type Language} from './index.js';

/**
One line each, in English: the titles as data (documentation, tests). What a user reads comes from
{@link categoryTitle}, in the current language.
*/
export const categoryTitles: Readonly<Record<Category, string>> = t('en').categories;

/** A category's title in `language`. */
export function categoryTitle(category: Category, language: Language): string {
	return t(language).categories[category];
}
