/**
The typography of Simplified Chinese text, checked: what a reader of 中文 would flag in a message. The rules
(issue 13 item 10):

- no ASCII space after full-width punctuation (`。，：；！？、）`), nor before it;
- a message that continues a sentence does not start with an ASCII space before 汉字 (it lands after a `。`);
- lists take `、`, not an ASCII comma, between Chinese items;
- parentheses are full-width around Chinese text, balanced, and never two groups side by side (`）（`);
- nothing of gomod-doctor's own English is left in brackets (`(via gomod-doctor)`).

Two or more spaces are a column's gap and ` · ` a separator: both are layout, not prose. Text a program wrote
(commands after `$`, go's quoted output) is the caller's to set aside.
*/

const han = String.raw`\p{Script=Han}`;
const fullWidthPunctuation = '。，：；！？、';

const rules: ReadonlyArray<readonly [string, RegExp]> = [
	// One space: two or more are a column's gap (a table, the time after a line), and ` · ` separates a title's parts.
	['an ASCII space after full-width punctuation', new RegExp(String.raw`[${fullWidthPunctuation}）] (?=[^\s·])`, 'u')],
	['an ASCII space before full-width punctuation', new RegExp(String.raw`[^\s·] [${fullWidthPunctuation}）]`, 'u')],
	['a leading ASCII space before 汉字 (it would follow a 。)', new RegExp(`^ ${han}`, 'u')],
	['an ASCII comma between Chinese items (use 、 or ，)', new RegExp(`${han}, *${han}`, 'u')],
	['two groups in parentheses side by side', /[)）] *[(（]/u],
	['half-width parentheses around Chinese text', new RegExp(String.raw`\([^()]*${han}[^()]*\)`, 'u')],
	['a full-width parenthesis closed by a half-width one, or the reverse', /（[^（）()]*\)|\([^（）()]*）/u],
	['gomod-doctor’s English in brackets', /\((?:via|from|see|e\.g\.|i\.e\.)\b/u],
];

/** What is wrong with `text` by the rules above: one line per problem, empty when none. */
export function zhTypographyProblems(text: string): string[] {
	const problems = rules.flatMap(([name, pattern]) => {
		const match = pattern.exec(text);
		return match === null ? [] : [`${name}: …${text.slice(Math.max(0, match.index - 12), match.index + match[0].length + 12)}…`];
	});
	const opened = [...text].filter((char) => char === '（').length;
	const closed = [...text].filter((char) => char === '）').length;
	return opened === closed ? problems : [...problems, `unbalanced （）: ${opened} opened, ${closed} closed`];
}
