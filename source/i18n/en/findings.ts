/** What the investigations say in their own checks and findings: hosts' roles, go.sum loading, module path uses. */
export const findings = {
	roles: {
		goproxyEntry: (index: number) => `GOPROXY entry ${index}`,
		vcsHostOf: (module: string) => `VCS host of ${module}`,
		vcsHostOfPattern: (pattern: string) => `VCS host of GOPRIVATE/GONOPROXY ${pattern}`,
		namedInError: "named in go's error",
		candidate: 'candidate',
	},
	theChecksumDatabase: 'the checksum database',
	wholeGraph: 'the module graph',
	/** A linted setting as evidence: `source` and `hiddenSource` are SettingSource ids (`environment`, `goenv-file`…). */
	settingValue: (setting: string, value: string, source: string, hidden: {readonly source: string; readonly value: string} | undefined) =>
		`${setting}=${value} (from ${source}${hidden === undefined ? '' : `; ${hidden.source} holds ${setting}=${hidden.value}`})`,
	/** A flowchart that could not be walked to its end: its title, and why. */
	flowchartFailed: (title: string, message: string) => `${title}: ${message}`,
	checkFailed: (message: string) => `The check itself failed: ${message}`,
	/** A candidate's walk the diagnosis stopped waiting for (`waited`: formatted). */
	setAside: (label: string, waited: string, chosen: string) =>
		`Stopped waiting for ${label} after ${waited}: ${chosen} had answered and passed the checks, so ${label}, slower, would not be the mirror recommended (\`gomod-doctor mirrors\` measures every one).`,
};
