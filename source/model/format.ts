/** `12 ms`, `1.5 s`, `3 s`, `2 min 5 s`; `?` for a value that is not a duration. */
export function formatDuration(ms: number): string {
	if (!Number.isFinite(ms) || ms < 0) {
		return '?';
	}

	if (ms < 1000) {
		return `${Math.round(ms)} ms`;
	}

	if (ms < 60_000) {
		return `${Number((ms / 1000).toFixed(1))} s`;
	}

	const minutes = Math.floor(ms / 60_000);
	return `${minutes} min ${Math.round((ms - minutes * 60_000) / 1000)} s`;
}

/** An argument array as a POSIX shell user would type it, single-quoting only the arguments that need it. */
export function formatArgv(argv: readonly string[]): string {
	return argv
		.map((argument) => (/^[\w@%+=:,./-]+$/.test(argument) ? argument : `'${argument.replaceAll("'", String.raw`'\''`)}'`))
		.join(' ');
}

/**
Variables set for one command, then the command, as a POSIX shell user would type it: `KEY='a b' go …` (a quoted
`'KEY=a b'` would be taken for the command's name, not an assignment).
*/
export function formatEnvCommand(env: Readonly<Record<string, string | undefined>>, argv: readonly string[]): string {
	const assignments = Object.entries(env).flatMap(([key, value]) => (value === undefined ? [] : [`${key}=${formatArgv([value])}`]));
	return [...assignments, formatArgv(argv)].join(' ');
}

/** A URL with any userinfo replaced by `***`, so that a proxy password never reaches a summary or an error. */
export function redactUserinfo(url: string): string {
	return url.replace(/^([a-z][\w+.-]*:\/\/)[^@/?#]*@/i, '$1***@');
}

/** The longest line of untrusted output kept whole (go quoting a 1 MB module path, a server's 1 MB line). */
export const maxLineLength = 4096;

/**
`text` with every line longer than `max` cut to its head and tail around `… [N characters left out] …`: what go
or a server says stays readable and bounded in every output, whatever one line of it holds. Linear.
*/
export function clipLongLines(text: string, max = maxLineLength): string {
	if (text.length <= max) {
		return text;
	}

	return text
		.split('\n')
		.map((line) =>
			line.length > max ? `${line.slice(0, max - 256)} … [${line.length - max + 56} characters left out] … ${line.slice(-200)}` : line,
		)
		.join('\n');
}
