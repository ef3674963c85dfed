/**
What gomod-doctor says about running go itself: the reproduction's headline (go's own error text is quoted in it
as go printed it), why a module query is not run, and what go does with each proxy variable.
*/
/** What the words need of `DownloadStop` (source/go/reproduce-download.ts). */
export type DownloadStopWords = {
	readonly reason: 'no-progress' | 'silent-entry' | 'longest';
	readonly quietMs: number;
	readonly limitMs: number;
	readonly entry?: string;
};

/** `3.0 s`, `12 s`. */
function seconds(ms: number): string {
	return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

export const go = {
	reproduction: {
		notRun: (reason: string) => `not run: ${reason}`,
		missing: 'go is not installed or not on PATH',
		canceled: 'go mod download was canceled',
		tooMuchMemory: (megabytes: number, last: string | undefined) =>
			`go mod download was stopped after it used more than ${megabytes} MB of memory: the server sent more than go can hold for a module${last === undefined ? '' : ` (last: downloading ${last})`} (an endless or compressed-bomb answer)`,
		beforeThat: (failure: string) => `; before that, ${failure}`,
		/** Why gomod-doctor stopped go (see `DownloadStop`); `progress` is {@link go.reproduction.progress}'s text. */
		stopped(stop: DownloadStopWords, progress: string | undefined, last: string | undefined, known: string) {
			const done = progress === undefined ? '' : ` (${progress})`;
			const downloading = last === undefined ? '' : ` (last: downloading ${last})`;
			switch (stop.reason) {
				case 'silent-entry': {
					return `go mod download made no progress for ${seconds(stop.quietMs)}${done} while ${stop.entry ?? 'the GOPROXY entry'} accepted the connection and sent nothing, and was stopped${downloading}${known}`;
				}

				case 'longest': {
					return `go mod download was still making progress${done} after ${seconds(stop.limitMs)}, the longest it is given, and was stopped${downloading}${known}`;
				}

				case 'no-progress': {
					return `go mod download made no progress for ${seconds(stop.quietMs)}${done} and was stopped${downloading}${known}`;
				}
			}
		},
		/** Modules done of about how many (go.mod's requirements). */
		progress: (done: number, expected: number | undefined) =>
			expected === undefined
				? `${done} module${done === 1 ? '' : 's'} done`
				: `${done} of about ${expected} module${expected === 1 ? '' : 's'} done`,
		nothing: 'go mod download succeeded (nothing to download)',
		succeeded: (count: number) => `go mod download succeeded: ${count} module${count === 1 ? '' : 's'} downloaded or already in the cache`,
		more: (failure: string, more: number) => `${failure}${more > 0 ? ` (and ${more} more module${more === 1 ? '' : 's'})` : ''}`,
		noGoMod: 'go mod download failed: no go.mod here or in any parent directory (go: no modules specified)',
		failedLine: (line: string) => `go mod download failed: ${line}`,
		noMessage: (code: string) => `go mod download failed with exit code ${code} and no message`,
		failure: (moduleVersion: string, host: string | undefined, detail: string) =>
			`${moduleVersion} failed${host === undefined ? '' : ` from ${host}`}: ${detail}`,
	},
	query: {
		empty: 'the module is empty',
		startsWithDash: (text: string) => `"${text}" starts with "-" and would be read as an option`,
		whitespace: (text: string) => `"${text}" contains whitespace or control characters`,
		tooLong: 'the module query is too long',
		malformed: (path: string, problem: string) => `malformed module path "${path}": ${problem}`,
		emptyVersion: (text: string) => `"${text}" has an empty version after "@"`,
		versionDash: (version: string) => `the version "${version}" starts with "-"`,
		versionCharacters: (version: string) => `the version "${version}" contains characters no version or query has`,
	},
	proxyNotes: {
		allProxy: 'go ignores ALL_PROXY (only curl and some other tools read it)',
		shadowed: (upper: string) => `${upper} is also set and takes precedence`,
		cgi: 'go ignores HTTP_PROXY when REQUEST_METHOD is set (CGI)',
		http: 'go sends http:// requests through it',
		https: 'go sends https:// requests through it',
		noProxy: 'go connects directly to the hosts it lists',
		used: (use: string) => `${use} (never for localhost or loopback addresses)`,
	},
};
