import {en} from './en/index.js';
import {messagesOf} from './message.js';
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

/**
The catalog as code that states things reads it: `say.probes.tcp.open(port, host, took)` is a message (the key
and its parameters), said in the reader's language only where it is shown (`renderText`).
*/
export const say = messagesOf(en);

export {
	isMessage,
	messagesOf,
	renderDeep,
	renderList,
	renderText,
	type Message,
	type Messages,
	type Text,
	type TextTree,
} from './message.js';
