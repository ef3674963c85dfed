/** Small Markdown helpers for the transcript: code spans, fences, table cells, escaped prose, trimmed output. */
import type {Catalog} from '../i18n/index.js';

/** A run of backticks longer than any in `text` (at least `min`). */
function backtickFence(text: string, min: number): string {
	let longest = 0;
	let run = 0;
	for (const char of text) {
		if (char === '`') {
			run++;
			longest = Math.max(longest, run);
		} else {
			run = 0;
		}
	}

	return '`'.repeat(Math.max(min, longest + 1));
}

/** An inline code span that survives backticks and newlines in its content. */
export function code(text: string): string {
	const flat = text.replaceAll(/\r?\n/g, ' ');
	if (flat === '') {
		return '` `';
	}

	const fence = backtickFence(flat, 1);
	const pad = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ')) ? ' ' : '';
	return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A code span inside a table cell (GFM needs `|` escaped even there). */
export function cellCode(text: string): string {
	return code(text).replaceAll('|', String.raw`\|`);
}

/** Prose with Markdown's active characters escaped, on one line. */
export function prose(text: string): string {
	return text.replaceAll(/\r?\n/g, ' ').replaceAll(/[\\`*[\]<>|]/g, (char) => `\\${char}`);
}

/** A fenced block (the fence grows when the content holds backticks). */
export function fenced(text: string, info = ''): string[] {
	const fence = backtickFence(text, 3);
	return [`${fence}${info}`, ...text.split('\n'), fence];
}

export type TrimLimits = {
	/** @default 40 */
	readonly maxLines?: number;
	/** @default 4096 */
	readonly maxChars?: number;
	/** @default 400 */
	readonly maxLineChars?: number;
};

function formatSize(chars: number, words: Catalog['transcript']): string {
	return chars < 1024 ? words.characters(chars) : `${(chars / 1024).toFixed(1)} KB`;
}

/**
Output trimmed for display (what was cut said in `words`): at most `maxLines` lines and `maxChars` characters, keeping the start and (mostly) the
end, where go prints its errors; what was cut is said in place. Trim only text that is already redacted: a cut
could split a secret so that no rule recognizes the rest.
*/
export function trimOutput(text: string, words: Catalog['transcript'], limits: TrimLimits = {}): string {
	const maxLines = limits.maxLines ?? 40;
	const maxChars = limits.maxChars ?? 4096;
	const maxLineChars = limits.maxLineChars ?? 400;
	let lines = text.replace(/\s+$/, '').split('\n');
	lines = lines.map((line) =>
		line.length > maxLineChars ? `${line.slice(0, maxLineChars)} ${words.moreCharacters(line.length - maxLineChars)}` : line,
	);

	let cutLines = 0;
	let cutChars = 0;
	const headCount = Math.floor(maxLines / 4);
	if (lines.length > maxLines) {
		const tailCount = maxLines - headCount;
		const removed = lines.slice(headCount, lines.length - tailCount);
		cutLines += removed.length;
		cutChars += removed.reduce((sum, line) => sum + line.length + 1, 0);
		lines = [...lines.slice(0, headCount), ...lines.slice(lines.length - tailCount)];
	}

	const total = () => lines.reduce((sum, line) => sum + line.length + 1, 0);
	// Still too long: drop lines after the head, from the middle outwards, until it fits.
	while (total() > maxChars && lines.length > 2) {
		const index = Math.min(headCount, lines.length - 2);
		const [removed] = lines.splice(Math.max(1, index), 1);
		cutLines++;
		cutChars += (removed?.length ?? 0) + 1;
	}

	if (cutLines === 0) {
		return lines.join('\n');
	}

	const marker = words.cutLines(cutLines, formatSize(cutChars, words));
	const at = Math.min(Math.max(1, Math.min(headCount, lines.length - 1)), lines.length);
	return [...lines.slice(0, at), marker, ...lines.slice(at)].join('\n');
}
