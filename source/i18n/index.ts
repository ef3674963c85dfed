import {en} from './en/index.js';
import {currentLanguage, type Language} from './language.js';
import type {Shape} from './shape.js';
import {zh} from './zh/index.js';

export {currentLanguage, languageArgument, languageFromEnv, languages, parseLanguage, setLanguage, type Language} from './language.js';
export type {Shape} from './shape.js';

/**
The whole message catalog: one section per area (`en/<area>.ts`, `zh/<area>.ts`). Every user-facing
sentence comes from here, never from a string built inline in a component. A translation has the English
catalog's shape (`Shape`): the same keys, and functions of the same parameters.
*/
export type Catalog = Shape<typeof en>;

const catalogs: Readonly<Record<Language, Catalog>> = {en, zh};

/** The catalog of the current language (see `setLanguage`), or of `language`. */
export function t(language: Language = currentLanguage()): Catalog {
	return catalogs[language];
}
