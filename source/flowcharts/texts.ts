import {t, type Language, type TextTree} from '../i18n/index.js';
import {connectivityFlow} from './connectivity/index.js';
import {flowcharts} from './index.js';

/**
Everything a message can be looked up in, in `language`, then in English: the catalog's sections, and under
`flowcharts` each flowchart module's own text (its title, node texts, messages, branch names). The edges (the
screen, the reports, the transcript) are given one; JSON is written with `textTree('en')`.
*/
export function textTree(language: Language): TextTree {
	const tables = language === 'en' ? [tableOf('en')] : [tableOf(language), tableOf('en')];
	return {language, tables};
}

const tablesByLanguage = new Map<Language, unknown>();

function tableOf(language: Language): unknown {
	let table = tablesByLanguage.get(language);
	if (table === undefined) {
		const modules = [connectivityFlow, ...flowcharts.map((chart) => chart.flow)];
		table = {...t(language), flowcharts: Object.fromEntries(modules.map((flow) => [flow.id, flow.texts?.[language]]))};
		tablesByLanguage.set(language, table);
	}

	return table;
}
