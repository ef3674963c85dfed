import type {FlowTranslations, NodeTranslation} from './flow-translations.js';
import {currentLanguage, type Language} from './language.js';
import {flows as zhFlows} from './zh/flows.js';

export type {FlowTranslations, NodeTranslation} from './flow-translations.js';

/** English is the flow definitions themselves; other languages translate them here. */
const translations: Readonly<Record<Language, FlowTranslations | undefined>> = {en: undefined, zh: zhFlows};

/** The flowchart translations of `language` (undefined for English, whose text is the flow definitions). */
export function flowTranslations(language: Language): FlowTranslations | undefined {
	return translations[language];
}

/**
A node's text in the current language (or `language`), placeholders not yet filled: the translation of field
`field` of node `node` in flow `flow`, else `english` (the definition's own text).
*/
export function nodeText(
	flow: FlowRef,
	node: string,
	field: keyof NodeTranslation,
	english: string,
	language: Language = currentLanguage(),
): string {
	return translationOf(flow, language)?.nodes[node]?.[field] ?? english;
}

/**
A flowchart as the text lookups take it: its id (the translation tables of `source/i18n/<language>/flows.ts`), or the
flow itself, whose module may bring its own translations (`source/flowcharts/<id>/`).
*/
export type FlowRef =
	| string
	| {
			readonly id: string;
			readonly translations?: Readonly<
				Record<string, {readonly title: string; readonly nodes: Readonly<Record<string, NodeTranslation>>} | undefined>
			>;
	  };

function translationOf(
	flow: FlowRef,
	language: Language,
): {readonly title: string; readonly nodes: Readonly<Record<string, NodeTranslation>>} | undefined {
	return typeof flow === 'string' ? translations[language]?.[flow] : (flow.translations?.[language] ?? translations[language]?.[flow.id]);
}

/** A flowchart's title in the current language (or `language`), else `english`. */
export function flowTitleText(flow: FlowRef, english: string, language: Language = currentLanguage()): string {
	return translationOf(flow, language)?.title ?? english;
}
