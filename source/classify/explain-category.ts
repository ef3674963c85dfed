import {say, type Text} from '../i18n/index.js';
import type {Category} from '../model/taxonomy.js';

/** One paragraph on what a category means and what usually fixes it, as a message. */
export function explainCategory(category: Category): Text {
	return say.classify.explanations[category];
}
