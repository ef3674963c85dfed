import type {Key} from 'ink';
import {t} from '../i18n/index.js';

/** What a global key does. */
export type GlobalCommand = 'export' | 'help' | 'quit';

/** A key that works in every phase, whoever owns the keyboard. */
export type GlobalKey = {
	/** How the help line names it. */
	readonly label: string;
	readonly command: GlobalCommand;
	/** What the help line says it does, in the current language. */
	readonly description: string;
	readonly matches: (input: string, key: Key) => boolean;
};

/**
The ONE table of global keys: the app's input handler and the help line both read it. Never j, k or digits:
ink-select-input uses them; never y or n: the confirmation uses them.
*/
export const globalKeys: readonly GlobalKey[] = [
	{label: 'e', command: 'export', get description() {
		return t().wizard.keys.export;
	}, matches: (input, key) => input === 'e' && !key.ctrl && !key.meta},
	{label: '?', command: 'help', get description() {
		return t().wizard.keys.help;
	}, matches: (input) => input === '?'},
	{label: 'q/Esc', command: 'quit', get description() {
		return t().wizard.keys.quit;
	}, matches: (input, key) => (input === 'q' && !key.ctrl && !key.meta) || key.escape},
	{label: 'Ctrl-C', command: 'quit', get description() {
		return t().wizard.keys.interrupt;
	}, matches: (input, key) => key.ctrl && input === 'c'},
];

/** The command of the global key pressed, if it is one. */
export function globalCommandOf(input: string, key: Key): GlobalCommand | undefined {
	return globalKeys.find((entry) => entry.matches(input, key))?.command;
}
