/*
Plain text for a terminal or a pipe (the help, the lab's header, the text report), wrapped between words
(`wrapTokens`) with a hanging indent: a line's continuations start `indent` columns in. Pure: no Ink.
*/
import {displayWidth} from '../i18n/text-width.js';
import {wrapTokens} from './wrap-tokens.js';

/**
`line` as lines of at most `columns` (a word longer than that is broken only where wrapTokens may break it);
its continuation lines start with `indent` spaces, by default two more than the line's own indentation.
*/
export function wrapHanging(line: string, columns: number, indent = /^ */.exec(line)![0].length + 2): string[] {
	if (displayWidth(line) <= columns) {
		return [line];
	}

	const [first = '', ...rest] = wrapTokens(line, columns);
	if (rest.length === 0) {
		return [first];
	}

	const continued = wrapTokens(line.slice(first.length).trimStart(), Math.max(20, columns - indent));
	return [first, ...continued.map((part) => `${' '.repeat(indent)}${part}`)];
}
