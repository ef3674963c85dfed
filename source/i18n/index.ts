import {en} from './en/index.js';
import {messagesOf, type TextTree} from './message.js';
import type {Language} from './language.js';
import type {Shape} from './shape.js';
import {zh} from './zh/index.js';

export {chosenLanguage, languageArgument, languageFromEnv, languages, parseLanguage, type Language} from './language.js';
export type {Shape} from './shape.js';

/**
The whole message catalog: one section per area (`en/<area>.ts`, `zh/<area>.ts`). Every user-facing
sentence comes from here, never from a string built inline in a component. A translation has the English
catalog's shape (`Shape`): the same keys, and functions of the same parameters.
*/
export type Catalog = Shape<typeof en>;

const catalogs: Readonly<Record<Language, Catalog>> = {en, zh};

/** The catalog of `language`: for the edges that write (the screen, the reports), which are given the reader's language. */
export function t(language: Language): Catalog {
	return catalogs[language];
}

/**
The catalog as code that states things reads it: `say.probes.tcp.open(port, host, took)` is a message (the key
and its parameters), said in the reader's language only where it is shown (`renderText`).
*/
export const say = messagesOf(en);

/**
The catalog alone as a text tree, `language` then English: for an edge that says only the catalog's messages
(a usage error, the help), without loading the flowchart modules (`textTree` in source/flowcharts/texts.ts has them).
*/
export function catalogTree(language: Language): TextTree {
	return {language, tables: language === 'en' ? [catalogs.en] : [catalogs[language], catalogs.en]};
}

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
