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
	return argv.map((argument) => (/^[\w@%+=:,./-]+$/.test(argument) ? argument : `'${argument.replaceAll("'", String.raw`'\''`)}'`)).join(' ');
}

/** A URL with any userinfo replaced by `***`, so that a proxy password never reaches a summary or an error. */
export function redactUserinfo(url: string): string {
	return url.replace(/^([a-z][\w+.-]*:\/\/)[^@/?#]*@/i, '$1***@');
}
