import {createContext, useContext, useMemo, type ReactNode} from 'react';
import {parseLanguage, renderText, t, type Catalog, type Language, type Text, type TextTree} from '../i18n/index.js';

/** The reader's words, as every component of the wizard says things: given once, to {@link TextProvider}. */
export type TextOptions = {
	/** The catalog of the reader's language (the wizard's own sentences). */
	readonly catalog: Catalog;
	/** Where the messages that state and evidence hold are looked up: the reader's language, then English. */
	readonly tree: TextTree;
	/** The reader's language (the tree's). */
	readonly language: Language;
	/** A text (a message, or a string said the same in every language) in the reader's words. */
	readonly text: (value: Text) => string;
};

/** The words of `tree`: its catalog, and a renderer of texts (see {@link TextOptions}). */
export function textOptions(tree: TextTree): TextOptions {
	const language = parseLanguage(tree.language) ?? 'en';
	return {catalog: t(language), tree, language, text: (value) => renderText(value, tree)};
}

const TextContext = createContext<TextOptions | undefined>(undefined);

/** Props of {@link TextProvider}. */
export type TextProviderProps = {
	/** The reader's text tree (`textTree(language)`). */
	readonly tree: TextTree;
	readonly children?: ReactNode;
};

/** Gives the components under it the reader's words (see {@link useText}). */
export function TextProvider({tree, children}: TextProviderProps) {
	const value = useMemo(() => textOptions(tree), [tree]);
	return <TextContext.Provider value={value}>{children}</TextContext.Provider>;
}

/**
The reader's words. There is no fallback language: a component drawn outside a {@link TextProvider} is a bug,
and it throws instead of speaking English to a reader who asked for another language.
*/
export function useText(): TextOptions {
	const value = useContext(TextContext);
	if (value === undefined) {
		throw new Error('useText: no TextProvider above this component');
	}

	return value;
}
