import {en} from './en/index.js';
import {currentLanguage, type Language} from './language.js';
import {zh} from './zh/index.js';

export {currentLanguage, languageFromEnv, languages, parseLanguage, setLanguage, type Language} from './language.js';

/**
The whole message catalog: one section per area (`en/<area>.ts`, `zh/<area>.ts`). Every user-facing
sentence comes from here, never from a string built inline in a component.
*/
export type Catalog = typeof en;

const catalogs: Readonly<Record<Language, Catalog>> = {en, zh};

/** The catalog of the current language (see `setLanguage`), or of `language`. */
export function t(language: Language = currentLanguage()): Catalog {
	return catalogs[language];
}
