/**
A small line diff for showing what a command changed in go.mod and go.sum (`go mod tidy -v`, `go get`): the
longest common subsequence of the lines between a common head and tail, or, for very long changed middles,
a multiset comparison (exact for go.sum, whose lines are unique and sorted). Pure.
*/

/** One line of a diff. */
export type DiffLine = {readonly kind: 'same' | 'added' | 'removed'; readonly text: string};

/** A file's change, for the wizard and the transcript. */
export type FileDiff = {
	/** The file's name as shown (`go.mod`). */
	readonly file: string;
	readonly lines: readonly DiffLine[];
	readonly added: number;
	readonly removed: number;
};

/** Above this many cells, the middle of the files is compared as multisets of lines instead of by LCS. */
const maxCells = 4_000_000;

/** The lines of `before` and `after`, each marked same, added or removed, in file order. */
export function lineDiff(before: string, after: string): DiffLine[] {
	const a = splitLines(before);
	const b = splitLines(after);
	let head = 0;
	while (head < a.length && head < b.length && a[head] === b[head]) {
		head++;
	}

	let tail = 0;
	while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) {
		tail++;
	}

	const middleA = a.slice(head, a.length - tail);
	const middleB = b.slice(head, b.length - tail);
	const same = (text: string): DiffLine => ({kind: 'same', text});
	const middle = middleA.length * middleB.length > maxCells ? multisetDiff(middleA, middleB) : lcsDiff(middleA, middleB);
	return [...a.slice(0, head).map((line) => same(line)), ...middle, ...a.slice(a.length - tail).map((line) => same(line))];
}

/** The diff of one file, with its counts. */
export function fileDiff(file: string, before: string, after: string): FileDiff {
	const lines = lineDiff(before, after);
	return {
		file,
		lines,
		added: lines.filter((line) => line.kind === 'added').length,
		removed: lines.filter((line) => line.kind === 'removed').length,
	};
}

/**
The changed lines with `context` unchanged lines around each change, as text lines prefixed `+`, `-` or ` `,
and `…` where unchanged lines are left out. Empty when nothing changed.
*/
export function formatDiff(lines: readonly DiffLine[], context = 1): string[] {
	const keep = new Set<number>();
	for (const [index, line] of lines.entries()) {
		if (line.kind !== 'same') {
			for (let near = Math.max(0, index - context); near <= Math.min(lines.length - 1, index + context); near++) {
				keep.add(near);
			}
		}
	}

	const out: string[] = [];
	let skipped = false;
	for (const [index, line] of lines.entries()) {
		if (!keep.has(index)) {
			skipped = true;
			continue;
		}

		if (skipped && out.length > 0) {
			out.push('…');
		}

		skipped = false;
		out.push(`${line.kind === 'added' ? '+' : line.kind === 'removed' ? '-' : ' '} ${line.text}`);
	}

	return out;
}

function splitLines(text: string): string[] {
	if (text === '') {
		return [];
	}

	const lines = text.replaceAll('\r\n', '\n').split('\n');
	// A final newline ends the last line; it does not start an empty one.
	if (lines.at(-1) === '') {
		lines.pop();
	}

	return lines;
}

function lcsDiff(a: readonly string[], b: readonly string[]): DiffLine[] {
	const columns = b.length + 1;
	// Lengths[i * columns + j]: the LCS length of a[i..] and b[j..].
	const lengths = new Uint32Array((a.length + 1) * columns);
	for (let i = a.length - 1; i >= 0; i--) {
		for (let j = b.length - 1; j >= 0; j--) {
			lengths[i * columns + j] =
				a[i] === b[j] ? lengths[(i + 1) * columns + j + 1]! + 1 : Math.max(lengths[(i + 1) * columns + j]!, lengths[i * columns + j + 1]!);
		}
	}

	const out: DiffLine[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) {
		if (a[i] === b[j]) {
			out.push({kind: 'same', text: a[i]!});
			i++;
			j++;
		} else if (lengths[(i + 1) * columns + j]! >= lengths[i * columns + j + 1]!) {
			out.push({kind: 'removed', text: a[i]!});
			i++;
		} else {
			out.push({kind: 'added', text: b[j]!});
			j++;
		}
	}

	for (; i < a.length; i++) {
		out.push({kind: 'removed', text: a[i]!});
	}

	for (; j < b.length; j++) {
		out.push({kind: 'added', text: b[j]!});
	}

	return out;
}

function multisetDiff(a: readonly string[], b: readonly string[]): DiffLine[] {
	const counts = new Map<string, number>();
	for (const line of b) {
		counts.set(line, (counts.get(line) ?? 0) + 1);
	}

	const out: DiffLine[] = [];
	for (const line of a) {
		const left = counts.get(line) ?? 0;
		if (left > 0) {
			counts.set(line, left - 1);
			out.push({kind: 'same', text: line});
		} else {
			out.push({kind: 'removed', text: line});
		}
	}

	const remaining = new Map<string, number>();
	for (const line of a) {
		remaining.set(line, (remaining.get(line) ?? 0) + 1);
	}

	for (const line of b) {
		const left = remaining.get(line) ?? 0;
		if (left > 0) {
			remaining.set(line, left - 1);
		} else {
			out.push({kind: 'added', text: line});
		}
	}

	return out;
}
