import {categories} from './categories.js';
import {common} from './common.js';
import {robust} from './robust.js';
import {wizard} from './wizard.js';

/** The English catalog: every section, by area. */
export const en = {
	categories,
	common,
	wizard,
	robust,
};
