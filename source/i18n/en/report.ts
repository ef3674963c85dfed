/** The human form of `gomod-doctor diagnose`. */
export const report = {
	title: (dir: string) => `gomod-doctor diagnose: ${dir}`,
	goLine: (goVersion: string, goenvFile: string) => `go: ${goVersion}   GOENV: ${goenvFile}`,
	sources: {
		environment: 'environment',
		'goenv-file': 'GOENV file',
		'goroot-env': 'GOROOT/go.env',
		default: 'default',
	},
	unset: '(unset)',
	hides: (source: string, value: string) => `(hides ${source}: ${value === '' ? '""' : value})`,
	reproduction: (command: string) => `Reproduction: ${command}`,
	reproductionOk: 'ok',
	reproductionFailed: 'FAILED',
	/** `exit`: go's exit code, or undefined when it had none (`timedOut`: killed at the deadline). */
	reproductionResult: (headline: string, exitCode: number | undefined, timedOut: boolean, duration: string) =>
		`${headline} (exit ${exitCode ?? (timedOut ? 'killed at the deadline' : 'none')}, ${duration})`,
	/** What the module cache showed of go's progress (`progress`: `3 of about 30 modules done`). */
	reproductionProgress: (progress: string, bytes: number) =>
		`seen in the module cache: ${progress}, ${bytes < 1_000_000 ? `${Math.round(bytes / 1000)} kB` : `${(bytes / 1_000_000).toFixed(1)} MB`} of module files`,
	goproxyEntry: (position: number) => `GOPROXY entry ${position}`,
	candidate: 'candidate',
	through: (url: string, variable: string) => ` (through ${url}, from ${variable})`,
	didNotFinish: '(did not finish)',
	/** A candidate the diagnosis stopped waiting for (`waited`: formatted). */
	setAside: (waited: string, chosen: string) => `not waited for after ${waited}: ${chosen} answered first and passed the checks`,
	conclusion: (headline: string) => `Conclusion: ${headline}`,
	fixesTitle: 'Fixes to try (gomod-doctor applies nothing in diagnose; run the wizard to apply one with undo):',
	weakensSecurity: ' [weakens security]',
	severities: {error: 'error', warning: 'warning', info: 'info'},
	took: (duration: string) => `Took ${duration}.`,
};
