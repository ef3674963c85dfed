import {t} from '../i18n/index.js';
import type {Category} from '../model/taxonomy.js';

/** One paragraph on what a category means and what usually fixes it, in the current language. */
export function explainCategory(category: Category): string {
	return t().classify.explanations[category];
}
