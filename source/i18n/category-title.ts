import type {Category} from '../model/taxonomy.js';
import {t} from './index.js';

/**
One line each, in English: the titles as data (documentation, tests). What a user reads is the message
`say.categories[category]`, said in the reader's language by the edge that shows it.
*/
export const categoryTitles: Readonly<Record<Category, string>> = t('en').categories;
