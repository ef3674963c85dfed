import {common} from './common.js';

/** The English catalog: every section, by area. */
export const en = {
	common,
};
