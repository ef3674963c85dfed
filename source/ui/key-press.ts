/*
The keys of one input event, one by one. Ink hands `useInput` one event per escape sequence, but a run of plain
characters that arrive together (`y` and Enter typed within a few milliseconds, a pasted `gopher⏎`) is ONE
event whose input is the whole run (`"y\r"`): a handler that compares it with `"y"` or waits for `key.return`
sees neither. Splitting it here lets the wizard's reducer take every key of a burst or a paste, in order.
Pure: no Ink at run time (only its `Key` type).
*/
import type {Key} from 'ink';

/** One key, as the wizard's reducer takes it. */
export type KeyPress =
	/** One printable character (a grapheme: `é`, `汉`). */
	| {readonly kind: 'text'; readonly text: string}
	| {readonly kind: 'return'}
	| {readonly kind: 'escape'}
	| {readonly kind: 'up'}
	| {readonly kind: 'down'}
	| {readonly kind: 'backspace'}
	/** Ctrl-C. */
	| {readonly kind: 'interrupt'}
	/** Anything else (Tab, left/right, Ctrl or Alt with a key, function keys): ignored everywhere. */
	| {readonly kind: 'other'};

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/** The keys of one `useInput` event (`input` and `key` as Ink gives them), in the order they were typed. */
export function keyPressesOf(input: string, key: Key): KeyPress[] {
	if (key.ctrl && input === 'c') {
		return [{kind: 'interrupt'}];
	}

	if (key.upArrow) {
		return [{kind: 'up'}];
	}

	if (key.downArrow) {
		return [{kind: 'down'}];
	}

	if (key.escape) {
		return [{kind: 'escape'}];
	}

	if (key.return) {
		return [{kind: 'return'}];
	}

	// Most terminals send DEL (0x7f) for Backspace, which Ink names `delete`.
	if (key.backspace || key.delete) {
		return [{kind: 'backspace'}];
	}

	if (key.ctrl || key.meta || key.tab || key.leftArrow || key.rightArrow || key.pageUp || key.pageDown || key.home || key.end) {
		return [{kind: 'other'}];
	}

	return splitText(input);
}

/** A run of characters that arrived together: printable ones become `text`, line breaks `return`. */
export function splitText(input: string): KeyPress[] {
	const presses: KeyPress[] = [];
	for (const {segment} of segmenter.segment(input)) {
		switch (segment) {
			case '\r':
			case '\n':
			case '\r\n': {
				presses.push({kind: 'return'});

				break;
			}

			case '\u007F':
			case '\b': {
				presses.push({kind: 'backspace'});

				break;
			}

			case '\u0003': {
				presses.push({kind: 'interrupt'});

				break;
			}

			case '\u001B': {
				presses.push({kind: 'escape'});

				break;
			}

			default: {
				if (/^[\p{Cc}\p{Cf}]+$/u.test(segment)) {
					presses.push({kind: 'other'});
				} else {
					presses.push({kind: 'text', text: segment});
				}
			}
		}
	}

	return presses;
}
