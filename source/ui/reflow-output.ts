/*
Ink's live area, erased whole when the terminal gets narrower.

Most terminals (tmux, VTE, iTerm2, kitty, Windows Terminal) re-wrap what is on screen when the window narrows:
a live line 71 columns wide (the key footer) takes two rows at 60 columns. Ink then erases as many rows as it
wrote lines, so the top rows of the old live area ("What now?") stay on screen above the new one and the
question shows twice. This wrapper remembers the live area Ink drew last and, when the width shrinks, erases
the rows the re-wrap added, just before Ink erases the rest. A terminal that cuts long lines instead of
re-wrapping them (xterm) loses as many rows of what is above the live area from the screen (not from its
scrollback); that is the price of never showing the menu twice on the terminals most people use.
*/
import {stripVTControlCharacters} from 'node:util';
import {displayWidth} from '../i18n/text-width.js';

const escape = '\u001B';
/** Ink's log-update erasing its previous frame: `eraseLines(n)`, each line erased then the cursor up, then to column 1. */
const erasePrefix = new RegExp(String.raw`^(?:${escape}\[2K(?:${escape}\[1A)?)+${escape}\[G`);
const eraseLine = `${escape}[2K`;
const cursorUp = `${escape}[1A`;

/**
How many rows `frame` takes on a terminal `columns` wide that wraps long lines (a wide character that does
not fit at a row's end starts the next row). Pure.
*/
export function rowsAt(frame: string, columns: number): number {
	const width = Math.max(1, columns);
	const lines = frame.endsWith('\n') ? frame.slice(0, -1).split('\n') : frame.split('\n');
	let rows = 0;
	for (const line of lines) {
		let used = 0;
		let lineRows = 1;
		for (const {segment} of new Intl.Segmenter().segment(stripVTControlCharacters(line))) {
			const cells = displayWidth(segment);
			if (used + cells > width) {
				lineRows++;
				used = 0;
			}

			used += cells;
		}

		rows += lineRows;
	}

	return rows;
}

/**
What to write before Ink erases its live area `frame` (drawn at a greater width) on a terminal now `columns`
wide: the rows the terminal's re-wrap added, erased from the bottom up, so that Ink's own erase (one row per
line it wrote) starts at the frame's top row's level. Empty when nothing was re-wrapped. Pure.
*/
export function eraseReflowedRows(frame: string, columns: number): string {
	const lines = frame.endsWith('\n') ? frame.slice(0, -1).split('\n').length : frame.split('\n').length;
	const extra = frame === '' ? 0 : rowsAt(frame, columns) - lines;
	return (eraseLine + cursorUp).repeat(Math.max(0, extra));
}

/**
`stdout` for Ink's `render`: the same stream, whose writes are watched for Ink's live frame, with a `resize`
listener of its own that runs before Ink's (it is added first) and erases the rows a narrower window's re-wrap
added to that frame. Call it once per stream, before `render`.
*/
export function reflowSafeOutput(stdout: NodeJS.WriteStream): NodeJS.WriteStream {
	let frame = '';
	let {columns} = stdout;
	const write = (chunk: unknown, ...rest: unknown[]): boolean => {
		if (typeof chunk === 'string') {
			const erase = erasePrefix.exec(chunk);
			if (erase !== null) {
				frame = chunk.slice(erase[0].length);
			} else if (stripVTControlCharacters(chunk) !== '') {
				// Ink writes the new lines of `<Static>` and then the live frame, each as a chunk of its own, after
				// erasing the old frame (an erase-only chunk): the last chunk with text is the frame.
				frame = chunk;
			}
		}

		return (stdout.write as (...arguments_: unknown[]) => boolean)(chunk, ...rest);
	};

	stdout.prependListener('resize', () => {
		if (stdout.columns > 0 && stdout.columns < columns) {
			const erase = eraseReflowedRows(frame, stdout.columns);
			if (erase !== '') {
				stdout.write(erase);
			}
		}

		columns = stdout.columns;
	});
	return new Proxy(stdout, {
		get(target, property) {
			if (property === 'write') {
				return write;
			}

			const value: unknown = Reflect.get(target, property, target);
			return typeof value === 'function' ? (value as (...arguments_: unknown[]) => unknown).bind(target) : value;
		},
	});
}
