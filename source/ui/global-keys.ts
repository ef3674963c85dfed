import type {Catalog} from '../i18n/index.js';
import type {KeyPress} from './key-press.js';

/** What a global key does. */
export type GlobalCommand = 'export' | 'help' | 'quit' | 'interrupt';

/**
Where the keyboard is: a menu, a y/N confirmation, a text field (every printable key is text there), or
nothing to answer (a diagnosis, a fix or an undo running).
*/
export type KeyPlace = 'menu' | 'confirm' | 'field' | 'busy';

/** A key that works in every place but a text field (Ctrl-C works there too). */
export type GlobalKey = {
	/** How the footer and the help name it. */
	readonly label: string;
	readonly command: GlobalCommand;
	/** What the footer says it does, in the reader's words. */
	readonly description: (catalog: Catalog) => string;
	/** Whether it acts in a text field (where the other keys are text). */
	readonly inField: boolean;
	readonly matches: (press: KeyPress) => boolean;
};

const isText = (text: string) => (press: KeyPress) => press.kind === 'text' && press.text === text;

/**
The ONE table of global keys: the reducer's key handling and the footer both read it. Esc is not here: it
goes back one level (it cancels a confirmation or a text field, it closes the help).
*/
export const globalKeys: readonly GlobalKey[] = [
	{
		label: 'e',
		command: 'export',
		inField: false,
		description: (catalog) => catalog.wizard.keys.export,
		matches: isText('e'),
	},
	{
		label: '?',
		command: 'help',
		inField: false,
		description: (catalog) => catalog.wizard.keys.help,
		matches: isText('?'),
	},
	{
		label: 'q',
		command: 'quit',
		inField: false,
		description: (catalog) => catalog.wizard.keys.quit,
		matches: isText('q'),
	},
	{
		label: 'Ctrl-C',
		command: 'interrupt',
		inField: true,
		description: (catalog) => catalog.wizard.keys.interrupt,
		matches: (press) => press.kind === 'interrupt',
	},
];

/** The command of the global key pressed in `place`, if it is one there. */
export function globalCommandOf(press: KeyPress, place: KeyPlace): GlobalCommand | undefined {
	return globalKeys.find((entry) => (place !== 'field' || entry.inField) && entry.matches(press))?.command;
}

/**
What the keys do in `place`, as [key, what] pairs: the place's own keys first, then the global keys that act
there (keys with the same description share a pair: `q/Ctrl-C quit`). `menuRows`: how many rows the menu has;
`catalog`: the reader's.
*/
export function keysOfPlace(place: KeyPlace, menuRows: number, catalog: Catalog): Array<readonly [string, string]> {
	const own =
		place === 'menu'
			? catalog.wizard.placeKeys.menu(menuRows)
			: place === 'confirm'
				? catalog.wizard.placeKeys.confirm
				: place === 'field'
					? catalog.wizard.placeKeys.field
					: [];
	const global: Array<[string, string]> = [];
	for (const entry of globalKeys) {
		if (place === 'field' && !entry.inField) {
			continue;
		}

		const description = entry.description(catalog);
		const same = global.find(([, said]) => said === description);
		if (same === undefined) {
			global.push([entry.label, description]);
		} else {
			same[0] = `${same[0]}/${entry.label}`;
		}
	}

	return [...own, ...global];
}
