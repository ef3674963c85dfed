/*
The wizard's words live in the message catalog (`useText().catalog.wizard`, `source/i18n/en/wizard.ts` and its translations);
only the symbols, which every language shares, are here.
*/

/** The symbols, kept apart from the words: each also reads without colour (NO_COLOR). */
export const symbols = {
	ok: '✓',
	broken: '✗',
	warning: '!',
	step: '•',
	pointer: '❯',
	prompt: '$',
	restored: '↺',
	bar: '█',
	/** A candidate the diagnosis stopped waiting for. */
	waited: '…',
	/** The spinner's first frame, drawn when spinners are static. */
	busy: '⠋',
} as const;

/**
The colour of a warning: none. Yellow measured 1.7–3.9:1 on light-background palettes; a warning is its `!`
glyph and bold text in the terminal's own foreground, readable on light and dark themes alike. Commands to copy
carry `$` and are never dim for the same reason.
*/
export const warningColour = undefined;
