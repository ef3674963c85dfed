import type {Language} from './language.js';
import {scenarioDescriptions as zhDescriptions} from './zh/scenarios.js';

/** English is the scenario definitions themselves; other languages translate them here, by scenario id. */
const translations: Readonly<Record<Language, Readonly<Record<string, string>> | undefined>> = {en: undefined, zh: zhDescriptions};

/** The lab scenario descriptions of `language`, by scenario id (undefined for English: the definitions' own text). */
export function scenarioTranslations(language: Language): Readonly<Record<string, string>> | undefined {
	return translations[language];
}

/** A lab scenario's description in `language`, else `english` (the definition's own). */
export function scenarioText(id: string, english: string, language: Language): string {
	return translations[language]?.[id] ?? english;
}
