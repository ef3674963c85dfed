import {displayWidth} from '../i18n/text-width.js';
import {wrapHanging} from '../model/wrap-hanging.js';

/**
The help text wrapped to the terminal (80 columns when it is not one), between words: an option's description
continues under its description column, never cut inside a word. meow strips the text's common indentation and
indents it by two, so each line is wrapped to two columns less and keeps its tab.
*/
export function wrapHelp(text: string, columns: number): string {
	const width = Math.max(40, columns) - 2;
	return text
		.split('\n')
		.flatMap((line) => {
			const body = line.replace(/^\t/, '');
			if (displayWidth(body) <= width) {
				return [line];
			}

			// The column a continuation starts at: an option's or a usage line's description, else the line's own indent.
			const described = /^(\s*(?:--\S.*?|\$ gomod-doctor.*?|-\S.*?)\s{2,})\S/.exec(body)?.[1];
			const indent = /^\s*/.exec(body)![0];
			if (described === undefined && /^\s*\$ /.test(body)) {
				// An example command: copied as it is, so it is never broken (it may run past the edge).
				return [line];
			}

			if (described !== undefined && displayWidth(described) > width - 20) {
				// The description column is too far right to wrap into: the command or option on a line of its own, whole,
				// and its description under it, four columns in.
				const under = `${indent}    `;
				return [described.trimEnd(), ...wrapHanging(`${under}${body.slice(described.length)}`, width, under.length)].map(
					(part) => `\t${part}`,
				);
			}

			return wrapHanging(body, width, displayWidth(described ?? indent)).map((part) => `\t${part}`);
		})
		.join('\n');
}
