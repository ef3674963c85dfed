import type {en} from '../en/index.js';
import {common} from './common.js';

/** The Simplified Chinese catalog: the same sections and keys as the English one (the type checks it). */
export const zh: typeof en = {
	common,
};
