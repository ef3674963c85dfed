/*
Is a Chinese session's text English anywhere? The heuristic of the Chinese session tests (test/integration/*-zh.test.*).

What counts as prose: what a user copies or searches for stays as it is in every language (README "Languages"), so
these are not prose: lines that are commands (`$ …`), inline code (`…`), fenced blocks (go's and the tools' output,
the mermaid source: the flowcharts' labels are checked node by node in test/unit/i18n-flows.test.ts), URLs, paths and
other tokens with `/`, `@`, `=` or `_`, host:port pairs, quoted strings ("…", go's quoting), and go's own words: any
phrase of a transcript's fenced output blocks (go's stderr, nc, ping…) quoted in a sentence (so a check's own output
quoted in prose passes too: it is output, not prose).

What is English: what remains is split into runs of Latin-letter words joined only by spaces and light punctuation; a
run of three or more words that includes a common English function word (the, is, not, does, with, of, to…) is an
English sentence or phrase. Runs without one (`Proxy Authentication Required`, `go mod download`) are names, and single
words (outcome labels such as `refused`, category ids) are never a run. The tests also run the check on English
output and expect it to be flagged, so the check itself can fail.
*/
const functionWords = new Set(
	'the a an is are was were be been not no does do did has have had with without of to in on at by for from and or but this that these those it its can cannot could would will should may must only than then there here which what when where while who why how as so if into over under after before because'.split(
		' ',
	),
);

/** The phrases of fenced blocks (tool and go output, verbatim), split where go joins its messages (`: `) and at parentheses. */
export function quotedOutput(markdown: string): string[] {
	const phrases = new Set<string>();
	for (const block of markdown.matchAll(/^```[^\n]*\n([\s\S]*?)^```$/gm)) {
		for (const line of block[1]!.split('\n')) {
			for (const part of [line.trim(), ...line.split(/: |[()]/)]) {
				if (part.trim().length >= 8) {
					phrases.add(part.trim());
				}
			}
		}
	}

	// Longest first, so that a whole line goes before the pieces it holds.
	return [...phrases].toSorted((a, b) => b.length - a.length);
}

/** The lines of `text` that still hold English prose once commands, code, names and go's own words are removed. */
export function englishProse(text: string, goOutput: readonly string[]): string[] {
	const found: string[] = [];
	const withoutBlocks = text.replaceAll(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
	for (const line of unwrapped(withoutBlocks)) {
		if (/^\s*\$ /.test(line)) {
			continue;
		}

		let rest = line;
		for (const phrase of goOutput) {
			rest = rest.split(phrase).join(' ');
		}

		rest = rest
			.replaceAll(/`[^`]*`/g, ' ')
			.replaceAll(/"[^"]*"|“[^”]*”/g, ' ')
			.replaceAll(/\b[a-z][\w+.-]*:\/\/\S+/gi, ' ')
			.replaceAll(/\S*[/@=_]\S*/g, ' ')
			.replaceAll(/\S+:\d+/g, ' ');
		for (const run of rest.matchAll(/[A-Za-z][A-Za-z'’-]*(?:[ \t,;:()-]+[A-Za-z][A-Za-z'’-]*){2,}/g)) {
			const words = run[0]
				.toLowerCase()
				.split(/[^a-z'’-]+/)
				.filter(Boolean);
			if (words.some((word) => functionWords.has(word))) {
				found.push(`${line.trim()}    ← "${run[0]}"`);
				break;
			}
		}
	}

	return found;
}

/**
The text report wraps a long line with a deeper hanging indent, which can split one of go's own phrases across two
lines; read each wrapped line whole again (a line more indented than the one before it continues it), so that
go's words are recognised wherever the wrap fell. A `$` command line is never wrapped and never joined.
*/
function unwrapped(text: string): string[] {
	const lines: string[] = [];
	let previousIndent = -1;
	for (const line of text.split('\n')) {
		const indent = line.length - line.trimStart().length;
		const last = lines.at(-1);
		if (
			last !== undefined &&
			line.trim() !== '' &&
			last.trim() !== '' &&
			indent > previousIndent &&
			!/^\s*\$ /.test(line) &&
			!/^\s*\$ /.test(last)
		) {
			lines[lines.length - 1] = `${last} ${line.trim()}`;
			continue;
		}

		lines.push(line);
		previousIndent = indent;
	}

	return lines;
}
