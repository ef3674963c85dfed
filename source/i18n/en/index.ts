import {categories} from './categories.js';
import {classify} from './classify.js';
import {common} from './common.js';
import {report} from './report.js';
import {transcript} from './transcript.js';
import {robust} from './robust.js';
import {wizard} from './wizard.js';

/** The English catalog: every section, by area. */
export const en = {
	categories,
	classify,
	common,
	report,
	transcript,
	wizard,
	robust,
};
