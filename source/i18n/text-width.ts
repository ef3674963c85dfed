import stringWidth from 'string-width';

/*
Ink measures text with string-width (East Asian Wide and Fullwidth characters take two columns, combining marks
and zero-width characters none, ANSI escapes nothing); these helpers use the same measure, so a column padded
here lines up with a column Ink lays out.
*/

/** The number of terminal columns `text` takes: 汉字 and other wide characters count 2, combining marks 0. */
export function displayWidth(text: string): number {
	return stringWidth(text);
}

/** `text` followed by spaces up to `width` columns (as `padEnd`, but in columns, not UTF-16 units). */
export function padEndDisplay(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Spaces up to `width` columns, then `text` (as `padStart`, in columns). */
export function padStartDisplay(text: string, width: number): string {
	return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** The widest of `texts`, in columns (0 for none). */
export function maxDisplayWidth(texts: Iterable<string>): number {
	let widest = 0;
	for (const text of texts) {
		widest = Math.max(widest, displayWidth(text));
	}

	return widest;
}
