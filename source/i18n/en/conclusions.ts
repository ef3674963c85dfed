function entryDetail(summary: string, working: readonly string[]): string {
	return `${summary}${working.length > 0 ? ` Working: ${working.join(', ')}.` : ' No measured proxy works.'}`;
}

/** What the diagnosis concludes (`source/diagnose/conclude.ts`) and the GOPROXY fixes it computes. */
export const conclusions = {
	/** The go-missing finding and headline (the probe's own message says the same, so it is not repeated). */
	goMissing: 'go is not installed or not on PATH: no go executable was found in any directory of PATH.',
	/**
	Go cannot parse go.mod; `error` is go's own message (file, line, what is wrong); `checkedFirst`: found before any
	network check (go mod edit -json), not by go's download itself.
	*/
	goModInvalid: (error: string, checkedFirst: boolean) =>
		`go cannot parse go.mod: ${error}. Fix that line: every go command stops there, before it downloads anything${checkedFirst ? ', so no network check was run' : ', so the network checks say nothing about it'}.`,
	installGo: 'Install Go from https://go.dev/dl/ (or your package manager) and put its bin directory on PATH',
	goUnusable: (message: string) =>
		`go is installed but cannot report its settings: ${message}. That is usually a setting go cannot parse (GOFLAGS, a GOENV file line, GOPROXY); go env -u NAME clears one from the GOENV file.`,
	noModule: (dir: string) =>
		`There is no go.mod in ${dir}: run gomod-doctor in your module's directory, pass --dir, or name a module with --module MOD@VER.`,
	/** A broken GOPROXY entry: its position (1-based, undefined when unknown), label, what its walk found, the proxies that work. */
	entry: (position: number | undefined, label: string, summary: string, working: readonly string[]) =>
		`${position === undefined ? 'A GOPROXY entry' : `GOPROXY entry ${position}`}, ${label}: ${entryDetail(summary, working)}`,
	/** The same without naming the entry: under a verdict line that names it. */
	entryDetail: (summary: string, working: readonly string[]) => entryDetail(summary, working),
	nothingReproduced: 'Nothing was reproduced.',
	goFetchedAnyway: (label: string, summary: string) =>
		`${label}: go itself fetched from it in this run, so it resolves and answers; the check that said otherwise met a passing failure (a resolver or network that stalled for a moment), not a fault of the setup. The check said: ${summary}`,
	/** The one-line headline: the first finding's category, subject and title, and how many more there are. */
	headline: (category: string, subject: string, title: string, more: number) =>
		`${category}: ${subject}: ${title}${more > 0 ? ` (+${more} more)` : ''}`,
	useWorking: {
		title: (proxy: string) => `Use ${proxy} first`,
		/** `ms`: how long its version list took, when measured; `broken`: the entries dropped, `count` of them. */
		detail: (proxy: string, ms: number | undefined, broken: string, count: number) =>
			`${proxy} answered ${ms === undefined ? '' : `in ${Math.round(ms)} ms `}(measured); drops ${broken}, which ${count === 1 ? 'is' : 'are'} broken.`,
	},
	/** GOPROXY names no proxy (`direct`), go failed, and `proxy` was measured to serve the module. */
	directOnly: (value: string, proxy: string) =>
		`GOPROXY=${value} sends go to every module's own host (git, the VCS), and that fails here, while ${proxy} serves the module (measured): put it before direct.`,
	directOnlyDetail: (proxy: string, ms: number | undefined) =>
		`${proxy} answered ${ms === undefined ? '' : `in ${Math.round(ms)} ms `}(measured); direct stays last, so private modules (GOPRIVATE) are still fetched from their hosts.`,
	fallBackOnError: {
		title: 'Use `|` so go falls back on any error',
		detail: (broken: string, hangs: boolean) =>
			`With \`,\` go tries the next entry only after a 404 or 410; with \`|\` it also does after a network error. go still asks ${broken} first on every download${hangs ? ', and an entry that hangs still costs go its own timeout each time' : ''}.`,
	},
	/**
	The headline in plain words (source/diagnose/verdict-line.ts): the concrete symptom first, as a Go developer would
	write it. `where` is `entry(…)` or `sumdb(…)`; `stops`: go failed there.
	*/
	verdict: {
		entry: (position: number, label: string) => `GOPROXY entry ${position} (${label})`,
		sumdb: (name: string) => `The checksum database ${name}`,
		status: (where: string, status: number, reason: string, stops: boolean) =>
			`${where} answers ${status} ${reason}${stops ? '; go stops there' : ''}.`,
		everyPath: (where: string, status: number, reason: string) =>
			`${where} answers ${status} ${reason} even for modules that exist; go gets nothing from it.`,
		refused: (where: string, stops: boolean) => `${where} refuses connections${stops ? '; go stops there' : ''}.`,
		noSuchHost: (where: string, stops: boolean) => `${where} does not resolve (no such host)${stops ? '; go stops there' : ''}.`,
		noAnswer: (where: string) => `${where} accepts the connection but never answers; go waits on it.`,
		unknownAuthority: (where: string) => `${where} presents a certificate signed by an unknown authority; go refuses it.`,
		certificate: (where: string, message: string) => `go cannot verify the certificate of ${where}: ${message}.`,
		cutShort: (where: string) => `${where} cuts downloads short (unexpected EOF).`,
		htmlPage: (where: string) => `${where} answers with an HTML page (a login or captive portal), not the GOPROXY protocol.`,
		/** `what`: `proxyAnswers(…)` or `proxyRefuses`. */
		throughProxy: (where: string, what: string) => `go reaches ${where} through the HTTP(S) proxy of the environment, which ${what}.`,
		proxyAnswers: (status: number, reason: string) => `answers ${status} ${reason}`,
		proxyRefuses: 'refuses connections',
		altered: (where: string) => `${where} serves altered content.`,
		/** `cause`: a sentence. */
		checksumMismatch: (module: string, version: string, cause: string) => `checksum mismatch for ${module} ${version}: ${cause}`,
		/** A status go read for `subject`, which the finding's own sentence (`sentence`) explains. */
		goGets: (status: number, reason: string, subject: string, sentence: string) =>
			`go gets ${status} ${reason} for ${subject}: ${sentence}`,
	},
	shadowedByEnvironment: (detail: string) =>
		`${detail} GOPROXY is set in your shell's environment, which overrides go env -w: change it there.`,
};
