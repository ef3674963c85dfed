import type {Language} from './language.js';
import {outcomeNames as zhNames} from './zh/outcomes.js';

/** English shows a flowchart branch by its id (`refused`, `plain`); other languages name it here, by id. */
const translations: Readonly<Record<Language, Readonly<Record<string, string>> | undefined>> = {en: undefined, zh: zhNames};

/** The branch names of `language`, by branch id (undefined for English: the ids themselves). */
export function outcomeTranslations(language: Language): Readonly<Record<string, string>> | undefined {
	return translations[language];
}

/** A flowchart branch (a check's outcome) as `language` names it, else its id. */
export function outcomeText(outcome: string, language: Language): string {
	return translations[language]?.[outcome] ?? outcome;
}
