/*
Line breaking for the long tokens the wizard draws: commands, URLs, paths, GOPROXY lists.

Ink wraps with wrap-ansi, which cuts a token longer than the line at whatever column it reaches
(`…/examp` / `le.com/…`) and keeps the spaces at a break, so a continuation line can start with one. Text
wrapped here first reaches Ink in lines that already fit, so Ink never cuts them. The rules:

- a line breaks at spaces, and the spaces at a break are dropped (no trailing or leading space);
- a token too long for a whole line breaks after `/ , | = & ? :` or before `-` (never inside `://` or `//`,
  never before a leading `-`), and between two 汉字 (never before closing or after opening punctuation);
- only a token with no such place inside the line is cut at the column, as a last resort.

Widths are terminal columns (`displayWidth`: a 汉字 takes two), the measure Ink lays out with. Pure: no Ink.
*/
import {displayWidth} from '../i18n/text-width.js';

/** One line of a wrapped text: `text.slice(start, end)`. */
export type LineRange = {readonly start: number; readonly end: number};

/** A piece of text with its own style, as `<Text>` props take it. */
export type Segment = {
	readonly text: string;
	readonly color?: string;
	readonly dimColor?: boolean;
	readonly bold?: boolean;
};

/** Characters after which a long token may break. */
const breakAfter = new Set(['/', ',', '|', '=', '&', '?', ':']);
/** Punctuation a line should not start with (Chinese and ASCII closers). */
const noLineStart = new Set([
	'，',
	'。',
	'、',
	'；',
	'：',
	'！',
	'？',
	'）',
	'」',
	'』',
	'”',
	'’',
	'》',
	'】',
	')',
	']',
	'}',
	',',
	'.',
	';',
	':',
	'!',
	'?',
]);
/** Punctuation a line should not end with. */
const noLineEnd = new Set(['（', '「', '『', '“', '‘', '《', '【', '(', '[', '{']);

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

type Grapheme = {readonly text: string; readonly start: number; readonly end: number; readonly width: number};

/**
Wraps `text` to `width` terminal columns: the lines, without their line feeds. Existing line feeds are kept
(an empty line stays empty); a paragraph's leading spaces (its indentation) stay on its first line.
*/
export function wrapTokens(text: string, width: number): string[] {
	return wrapRanges(text, width).map(({start, end}) => text.slice(start, end));
}

/**
The lines `wrapTokens` makes, as ranges of `text` (for text whose pieces are styled differently, see
`wrapSegments`). Ranges are in order and never overlap; what lies between two is spaces or a line feed.
*/
export function wrapRanges(text: string, width: number): LineRange[] {
	const columns = Math.max(1, Math.floor(width));
	const ranges: LineRange[] = [];
	let offset = 0;
	for (const paragraph of text.split('\n')) {
		// One push per line, not a spread: a long text has more lines than a call takes arguments.
		for (const range of wrapParagraph(paragraph, offset, columns)) {
			ranges.push(range);
		}

		offset += paragraph.length + 1;
	}

	return ranges;
}

/**
Wraps styled pieces as one text: each line is the pieces (or parts of them) it holds, in order, each keeping
its style. Empty pieces are dropped.
*/
export function wrapSegments<S extends Segment>(segments: readonly S[], width: number): S[][] {
	const text = segments.map((segment) => segment.text).join('');
	const bounds: Array<{readonly start: number; readonly end: number; readonly segment: S}> = [];
	let at = 0;
	for (const segment of segments) {
		bounds.push({start: at, end: at + segment.text.length, segment});
		at += segment.text.length;
	}

	// Lines and pieces are both in order: one pass over each (not every piece for every line).
	let first = 0;
	return wrapRanges(text, width).map(({start, end}) => {
		while (first < bounds.length && bounds[first]!.end <= start) {
			first++;
		}

		const line: S[] = [];
		for (let index = first; index < bounds.length && bounds[index]!.start < end; index++) {
			const bound = bounds[index]!;
			const from = Math.max(start, bound.start);
			const to = Math.min(end, bound.end);
			if (from < to) {
				line.push({...bound.segment, text: text.slice(from, to)});
			}
		}

		return line;
	});
}

function wrapParagraph(paragraph: string, offset: number, width: number): LineRange[] {
	const graphemes = toGraphemes(paragraph, offset);
	const lines: LineRange[] = [];
	// The line being filled: where it starts, where its last word ends, and its width up to there.
	let lineStart = offset;
	let lineEnd = offset;
	let lineWidth = 0;
	let hasWord = false;
	let index = 0;
	// Indentation: the paragraph's leading spaces stay on its first line, unless they take half of it.
	while (index < graphemes.length && graphemes[index]!.text === ' ') {
		index++;
	}

	if (index * 2 <= width && index < graphemes.length) {
		lineEnd = graphemes[index - 1]?.end ?? offset;
		lineWidth = index;
	} else {
		lineStart = graphemes[index]?.start ?? offset;
		lineEnd = lineStart;
	}

	const newLine = (start: number) => {
		lines.push({start: lineStart, end: lineEnd});
		lineStart = start;
		lineEnd = start;
		lineWidth = 0;
		hasWord = false;
	};

	while (index < graphemes.length) {
		// The spaces before the next word, then the word.
		const spaceFrom = index;
		while (index < graphemes.length && graphemes[index]!.text === ' ') {
			index++;
		}

		const spaceWidth = index - spaceFrom;
		const wordFrom = index;
		for (;;) {
			while (index < graphemes.length && graphemes[index]!.text !== ' ') {
				index++;
			}

			// A number keeps its unit (`12 ms`): the space between them is not a place to break.
			if (!unitFollows(graphemes, index)) {
				break;
			}

			index++;
		}

		let word = graphemes.slice(wordFrom, index);
		if (word.length === 0) {
			// Trailing spaces: dropped.
			break;
		}

		const glued = word.findIndex((grapheme) => grapheme.text === ' ');
		if (glued > 0 && sumWidth(word) > width) {
			// A number and its unit that do not fit on one line together break at their space like any words.
			index = wordFrom + glued;
			word = word.slice(0, glued);
		}

		const wordWidth = sumWidth(word);
		const gap = hasWord || lineWidth > 0 ? spaceWidth : 0;
		if (lineWidth + gap + wordWidth <= width) {
			lineEnd = word.at(-1)!.end;
			lineWidth += gap + wordWidth;
			hasWord = true;
			continue;
		}

		let rest = word;
		if ((wordWidth > width || word.some((grapheme) => grapheme.width === 2)) && (hasWord || lineWidth > 0)) {
			// Too long for any line, or Chinese (written without spaces): what fits of it goes on this line.
			const room = width - lineWidth - gap;
			const cut = room > 0 ? bestBreak(rest, room, false) : 0;
			if (cut > 0) {
				lineEnd = rest[cut - 1]!.end;
				lineWidth += gap + sumWidth(rest.slice(0, cut));
				hasWord = true;
				rest = rest.slice(cut);
			}
		}

		if (hasWord || lineWidth > 0) {
			newLine(rest[0]!.start);
		}

		// The rest is cut into lines from `from` on; its width is kept as it shrinks (no copy, no recount per line,
		// so that a token of a million characters takes linear time).
		let from = 0;
		let restWidth = sumWidth(rest);
		while (restWidth > width) {
			const cut = bestBreak(rest, width, true, from) || hardBreak(rest, width, from);
			lineEnd = rest[from + cut - 1]!.end;
			newLine(rest[from + cut]!.start);
			for (let at = from; at < from + cut; at++) {
				restWidth -= rest[at]!.width;
			}

			from += cut;
		}

		lineEnd = rest.at(-1)!.end;
		lineWidth = restWidth;
		hasWord = true;
	}

	lines.push({start: lineStart, end: lineEnd});
	return lines;
}

/**
How many graphemes of `word` to keep on a line of `room` columns at its last good break; 0 when there is none.
A break after `/ , | & ? =` (or between 汉字) is preferred to one before `-` or after `:` unless it leaves a
third of the line empty; inside a host name or right after `://` only as a `lastResort` (a line of its own
where nothing else fits).
*/
function bestBreak(word: readonly Grapheme[], room: number, lastResort: boolean, from = 0): number {
	let width = 0;
	const furthest = {strong: 0, weak: 0, last: 0};
	const widthAt = {strong: 0, weak: 0, last: 0};
	for (let index = 1; from + index < word.length; index++) {
		width += word[from + index - 1]!.width;
		if (width > room) {
			break;
		}

		const kind = breakBefore(word, from + index, from);
		if (kind !== 'none') {
			furthest[kind] = index;
			widthAt[kind] = width;
		}
	}

	if (furthest.strong > 0 && widthAt.strong * 3 >= room * 2) {
		return furthest.strong;
	}

	return Math.max(furthest.strong, furthest.weak) || (lastResort ? furthest.last : 0);
}

/** How many graphemes fill `room` columns (at least one, so that the text always moves on). */
function hardBreak(word: readonly Grapheme[], room: number, from = 0): number {
	let width = 0;
	let index = from;
	while (index < word.length - 1 && width + word[index]!.width <= room) {
		width += word[index]!.width;
		index++;
	}

	return Math.max(1, index - from);
}

/** Whether a line may end after `word[index - 1]` and the next start with `word[index]`, and how good a place it is. */
function breakBefore(word: readonly Grapheme[], index: number, from = 0): 'strong' | 'weak' | 'last' | 'none' {
	const before = word[index - 1]!.text;
	const after = word[index]!.text;
	if (noLineStart.has(after) || noLineEnd.has(before) || insideHash(word)[index] === 1) {
		return 'none';
	}

	if (breakAfter.has(before)) {
		if (after === '/') {
			// Never inside `://` or `//`.
			return 'none';
		}

		if (before === '/' && index - 2 >= from && word[index - 2]?.text === '/') {
			// Right after `://`: a URL keeps its scheme unless nothing else fits.
			return 'last';
		}

		if (before === ':') {
			// A port stays with its host unless nothing else fits.
			return /^\d$/.test(after) ? 'last' : 'weak';
		}

		return 'strong';
	}

	if (after === '-') {
		return before === '-' ? 'none' : 'weak';
	}

	if (before === '.' && /^[\p{L}\p{N}]$/u.test(after)) {
		// Inside a host name or a file name: better than a cut at the column, worse than anything else.
		return 'last';
	}

	// Between two characters of a language written without spaces.
	return word[index - 1]!.width === 2 || word[index]!.width === 2 ? 'strong' : 'none';
}

/** A go.sum hash: `h1:` and 44 characters of base64. A reader compares it whole, so it is never broken. */
const hash = /h1:[A-Za-z\d+/]{43}=/g;
const hashMarks = new WeakMap<readonly Grapheme[], Uint8Array>();

/**
For each index of `word`, 1 when a break before that grapheme would split a hash (once per word: a token of a
million characters stays linear).
*/
function insideHash(word: readonly Grapheme[]): Uint8Array {
	let marks = hashMarks.get(word);
	if (marks === undefined) {
		marks = new Uint8Array(word.length);
		const text = word.map((grapheme) => grapheme.text).join('');
		if (text.includes('h1:')) {
			const base = word[0]!.start;
			// Matches come in order: one pointer over the graphemes serves them all.
			let index = 0;
			for (const match of text.matchAll(hash)) {
				while (index < word.length && word[index]!.start - base <= match.index) {
					index++;
				}

				while (index < word.length && word[index]!.start - base < match.index + match[0].length) {
					marks[index++] = 1;
				}
			}
		}

		hashMarks.set(word, marks);
	}

	return marks;
}

/** Units that stay on the line of the number before them. */
const units = /^(?:ms|s|min|B|KB|KiB|MB|MiB|GB|bytes|%)(?![\p{L}\p{N}])/u;

/** Whether `graphemes[index]` is a single space between a number and its unit. */
function unitFollows(graphemes: readonly Grapheme[], index: number): boolean {
	if (graphemes[index]?.text !== ' ' || !/^\d$/.test(graphemes[index - 1]?.text ?? '')) {
		return false;
	}

	let next = '';
	for (let at = index + 1; at < graphemes.length && graphemes[at]!.text !== ' ' && next.length < 8; at++) {
		next += graphemes[at]!.text;
	}

	return units.test(next);
}

/** How many UTF-16 units `toGraphemes` hands the segmenter at a time. */
const segmentWindow = 256;

/**
The graphemes of `text`. The segmenter sees at most `segmentWindow` units at a time: V8 copies the whole input
into every segment object it makes (`segment.input`), so one call over a long text costs time and memory
quadratic in its length (a 100 KB line took gigabytes). A window's last grapheme may continue past the window,
so it is segmented again at the start of the next one; only a grapheme longer than a window is cut.
*/
function toGraphemes(text: string, offset: number): Grapheme[] {
	const graphemes: Grapheme[] = [];
	let from = 0;
	while (from < text.length) {
		const to = Math.min(text.length, from + segmentWindow);
		const pieces = [...segmenter.segment(text.slice(from, to))];
		const keep = to === text.length || pieces.length === 1 ? pieces.length : pieces.length - 1;
		for (const {segment, index} of pieces.slice(0, keep)) {
			graphemes.push({
				text: segment,
				start: offset + from + index,
				end: offset + from + index + segment.length,
				width: graphemeWidth(segment),
			});
		}

		const last = pieces[keep - 1]!;
		from += last.index + last.segment.length;
	}

	return graphemes;
}

/** A grapheme's columns; printable ASCII (most of what is wrapped) without asking string-width. */
function graphemeWidth(segment: string): number {
	const code = segment.length === 1 ? segment.codePointAt(0)! : 0;
	return code >= 0x20 && code < 0x7f ? 1 : displayWidth(segment);
}

function sumWidth(graphemes: readonly Grapheme[]): number {
	let width = 0;
	for (const grapheme of graphemes) {
		width += grapheme.width;
	}

	return width;
}
