import type {Language} from '../i18n/language.js';
import {outcomeText} from '../i18n/outcome-text.js';
import {flowcharts} from './index.js';

/**
A flowchart branch (a check's outcome) as `language` names it: a flowchart module's own name for it first
(`text.<language>.outcomes`), then the language's table, else the id itself (English).
*/
export function outcomeName(outcome: string, language: Language): string {
	for (const chart of flowcharts) {
		const name = chart.flow.translations?.[language]?.outcomes?.[outcome];
		if (name !== undefined) {
			return name;
		}
	}

	return outcomeText(outcome, language);
}
