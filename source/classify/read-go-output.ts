/**
Turns whatever bytes a user hands to `classify` (go's stderr, a whole CI log, a file of NULs) into blocks of lines:
one error message and its indented continuation lines each. Every step is linear and capped, so hostile input
costs bounded time and memory.
*/

/** The caps that bound the classifier's work. */
export const classifyLimits = {
	/** Input beyond this is not read: the last part is kept, where a failing log has its errors. */
	maxInputChars: 8 * 1024 * 1024,
	/** Longer lines are cut. */
	maxLineChars: 8192,
	maxLines: 200_000,
	/** Continuation lines beyond this are not kept in a block. */
	maxBlockLines: 64,
	/** How much of the input is sampled to tell text from binary data. */
	sampleChars: 65_536,
} as const;

export type DecodedInput =
	| {readonly kind: 'empty'; readonly inputBytes: number; readonly truncated: boolean}
	| {readonly kind: 'binary'; readonly inputBytes: number; readonly truncated: boolean}
	| {readonly kind: 'text'; readonly text: string; readonly inputBytes: number; readonly truncated: boolean};

/**
The end of an input too long to read whole (a 33 MB CI log): its last bytes, and how many came before them. A
failing log has its error at the end, so the head is what is skipped, and the result says so.
*/
export type InputTail = {readonly tail: Uint8Array; readonly skippedBytes: number};

/** Collects a stream's chunks, keeping only its last `limit` bytes (in memory at most `limit` plus one chunk). */
export class TailBuffer {
	readonly #limit: number;
	readonly #chunks: Uint8Array[] = [];
	#kept = 0;
	#skipped = 0;

	constructor(limit: number) {
		this.#limit = limit;
	}

	push(chunk: Uint8Array): void {
		this.#chunks.push(chunk);
		this.#kept += chunk.length;
		while (this.#chunks.length > 1 && this.#kept - this.#chunks[0]!.length >= this.#limit) {
			const dropped = this.#chunks.shift()!;
			this.#kept -= dropped.length;
			this.#skipped += dropped.length;
		}
	}

	result(): InputTail {
		const whole = Buffer.concat(this.#chunks);
		const extra = Math.max(0, whole.length - this.#limit);
		return {tail: whole.subarray(extra), skippedBytes: this.#skipped + extra};
	}
}

/** Decodes the input (UTF-8, or UTF-16 with a byte-order mark), keeps its last part when it is too long, and says whether it is text at all. */
export function decodeInput(whole: string | Uint8Array | InputTail): DecodedInput {
	let text: string;
	let inputBytes: number;
	let truncated = false;
	let input: string | Uint8Array;
	let skippedBytes = 0;
	if (typeof whole === 'string' || whole instanceof Uint8Array) {
		input = whole;
	} else {
		input = whole.tail;
		skippedBytes = whole.skippedBytes;
		truncated = skippedBytes > 0;
	}

	if (typeof input === 'string') {
		inputBytes = Buffer.byteLength(input, 'utf8');
		text = input;
		if (text.length > classifyLimits.maxInputChars) {
			text = text.slice(text.length - classifyLimits.maxInputChars);
			truncated = true;
		}
	} else {
		inputBytes = input.length + skippedBytes;
		// Judge a sample first: a 20 MB binary file is not decoded whole.
		const start = input.length > classifyLimits.maxInputChars * 2 ? input.length - classifyLimits.maxInputChars * 2 : 0;
		const sample = input.subarray(start, start + classifyLimits.sampleChars);
		if (!hasByteOrderMark(input) && looksBinary(new TextDecoder('utf-8').decode(sample))) {
			return {kind: 'binary', inputBytes, truncated: truncated || start > 0};
		}

		text = decodeBytes(input);
		if (input.length > classifyLimits.maxInputChars * 2) {
			truncated = true;
		}

		if (text.length > classifyLimits.maxInputChars) {
			text = text.slice(text.length - classifyLimits.maxInputChars);
			truncated = true;
		}
	}

	if (truncated) {
		// The kept part starts in the middle of a line: drop that partial line.
		const newline = text.indexOf('\n');
		if (newline !== -1 && newline < classifyLimits.maxLineChars) {
			text = text.slice(newline + 1);
		}
	}

	if (looksBinary(text)) {
		return {kind: 'binary', inputBytes, truncated};
	}

	if (text.trim() === '') {
		return {kind: 'empty', inputBytes, truncated};
	}

	return {kind: 'text', text, inputBytes, truncated};
}

function hasByteOrderMark(bytes: Uint8Array): boolean {
	return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function decodeBytes(bytes: Uint8Array): string {
	// Only the tail can matter (see maxInputChars): decoding at most twice that many bytes bounds the work.
	const limit = classifyLimits.maxInputChars * 2;
	const first = bytes[0];
	const second = bytes[1];
	if ((first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff)) {
		// PowerShell's `>` writes UTF-16 with a byte-order mark.
		const encoding = first === 0xff ? 'utf-16le' : 'utf-16be';
		let body = bytes.subarray(2);
		if (body.length > limit) {
			body = body.subarray(body.length - limit + (body.length % 2));
		}

		try {
			return new TextDecoder(encoding).decode(body);
		} catch {
			// No decoder for it in this Node build: fall through to UTF-8 (and most likely "binary").
		}
	}

	const body = bytes.length > limit ? bytes.subarray(bytes.length - limit) : bytes;
	return new TextDecoder('utf-8').decode(body);
}

/** A sample with NULs, control characters or undecodable bytes in quantity is not a log. */
function looksBinary(text: string): boolean {
	const sample = text.length > classifyLimits.sampleChars ? text.slice(0, classifyLimits.sampleChars) : text;
	if (sample.length === 0) {
		return false;
	}

	let nul = 0;
	let suspicious = 0;
	for (let index = 0; index < sample.length; index++) {
		const code = sample.charCodeAt(index);
		if (code === 0) {
			nul++;
			suspicious++;
		} else if (
			(code < 0x20 &&
				code !== 0x09 &&
				code !== 0x0a &&
				code !== 0x0d &&
				code !== 0x0c &&
				code !== 0x0b &&
				code !== 0x08 &&
				code !== 0x1b) ||
			code === 0x7f ||
			code === 0xff_fd
		) {
			suspicious++;
		}
	}

	return nul / sample.length > 0.01 || suspicious / sample.length > 0.1;
}

/** One line of a block: the text (normalized), lower-cased once, and whether it is part of a proxy's `server response:`. */
export type BlockLine = {
	readonly text: string;
	readonly lower: string;
	/** The line is (part of) a `server response:`: the proxy's own account of its failure, not this machine's. */
	readonly server: boolean;
};

/** An error message and its continuation lines. */
export type Block = {
	readonly lines: readonly BlockLine[];
};

export type SplitResult = {
	/** Lines were cut or not read. */
	readonly truncated: boolean;
	readonly lineCount: number;
};

const ansiPattern = /\u001B\[[0-?]*[ -/]*[@-~]/g;

const controlPattern = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
/** Prefixes CI systems put before each line: GitHub Actions timestamps and commands, BuildKit step prefixes, bracketed times. */
const ciPrefixPattern =
	/^(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)? ?|#\d+ \d+(?:\.\d+)? |\[\d\d:\d\d:\d\d(?:\.\d+)?] |##\[(?:error|warning|notice|debug|group|endgroup)]|::(?:error|warning|notice)[^:]{0,200}::)/;

/** Normalizes one raw line: carriage-return overwrites, ANSI sequences, control characters, CI prefixes. */
export function normalizeLine(raw: string): string {
	let line = raw;
	if (line.endsWith('\r')) {
		line = line.slice(0, -1);
	}

	const carriageReturn = line.lastIndexOf('\r');
	if (carriageReturn !== -1) {
		line = line.slice(carriageReturn + 1);
	}

	if (line.includes('\u001B')) {
		line = line.replaceAll(ansiPattern, '');
	}

	line = line.replaceAll(controlPattern, ' ');
	for (let round = 0; round < 3; round++) {
		const stripped = line.replace(ciPrefixPattern, '');
		if (stripped === line) {
			break;
		}

		line = stripped;
	}

	return line;
}

/** `"Error": "…"` from `go mod download -json`, pasted: the string holds the message with `\n\t` escapes. */
const jsonErrorPattern = /^\s*"Error"\s*:\s*("(?:[^"\\]|\\.)*")\s*,?\s*$/;

/**
Splits decoded text into blocks and hands each to `onBlock` as soon as it is complete (nothing is collected, so
memory stays bounded). A blank line, a `#` line or an unindented line ends a block. Only the last
`classifyLimits.maxLines` lines are read.
*/
export function forEachBlock(text: string, onBlock: (block: Block) => void): SplitResult {
	let current: BlockLine[] | undefined;
	let inServer = false;
	let truncated = false;
	let lineCount = 0;

	const close = () => {
		if (current !== undefined && current.length > 0) {
			onBlock({lines: current});
		}

		current = undefined;
		inServer = false;
	};

	const push = (line: string, startsBlock: boolean) => {
		if (startsBlock || current === undefined) {
			close();
			current = [];
		}

		if (current.length >= classifyLimits.maxBlockLines) {
			truncated = true;
			return;
		}

		const lower = line.toLowerCase();
		if (lower.trimStart().startsWith('server response:')) {
			inServer = true;
		}

		current.push({text: line, lower, server: inServer});
	};

	let start = tailStart(text, classifyLimits.maxLines);
	if (start > 0) {
		truncated = true;
	}

	while (start < text.length) {
		let end = text.indexOf('\n', start);
		if (end === -1) {
			end = text.length;
		}

		let raw = text.slice(start, Math.min(end, start + classifyLimits.maxLineChars));
		if (end - start > classifyLimits.maxLineChars) {
			truncated = true;
			raw = text.slice(start, start + classifyLimits.maxLineChars);
		}

		start = end + 1;
		lineCount++;

		const line = normalizeLine(raw);
		if (line.trim() === '' || line.startsWith('#')) {
			close();
			continue;
		}

		const json = jsonErrorPattern.exec(line);
		if (json?.[1] !== undefined) {
			let message: unknown;
			try {
				message = JSON.parse(json[1]);
			} catch {
				message = undefined;
			}

			if (typeof message === 'string') {
				close();
				const parts = message
					.split('\n')
					.map((part, index) => ({text: normalizeLine(part.slice(0, classifyLimits.maxLineChars)), first: index === 0}));
				for (const part of parts.filter((part) => part.text.trim() !== '')) {
					push(part.text, part.first);
				}

				close();
				continue;
			}
		}

		const indented = line.startsWith(' ') || line.startsWith('\t');
		push(line, !indented);
	}

	close();
	return {truncated, lineCount};
}

/** Where the last `count` lines of `text` begin (0 when it has no more than that). */
function tailStart(text: string, count: number): number {
	let position = text.length;
	if (text.endsWith('\n')) {
		position--;
	}

	for (let lines = 0; lines < count; lines++) {
		const newline = text.lastIndexOf('\n', position - 1);
		if (newline === -1) {
			return 0;
		}

		position = newline;
	}

	return position + 1;
}
