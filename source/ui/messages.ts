/*
The wizard's words live in the message catalog (`t().wizard`, `source/i18n/en/wizard.ts` and its translations);
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
