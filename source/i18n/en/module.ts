/**
What gomod-doctor says about modules, versions, the module cache, toolchains, go.sum, the minimal reproduction
and the command fixes (`go get`, `go mod tidy`, `go clean -modcache`). Functions take values already redacted.
Commands, environment names and go's own text stay as they are.
*/
export const module = {
	// Command fixes: titles and details.
	goGetTitle: (module: string, version: string) => `Require ${module}@${version} instead (go mod edit -require)`,
	goGetDetail: (module: string, wanted: string, version: string) =>
		`${module}@${wanted} does not exist on the proxy; ${version} is the nearest version it has. This changes the require line in go.mod (go get cannot: it loads the missing version first); go mod tidy afterwards completes go.sum.`,
	tidyTitle: 'Tidy go.mod and go.sum (go mod tidy -v)',
	tidyDetail: 'Adds what the code needs and removes what it does not; the changes to go.mod and go.sum are shown afterwards.',
	downloadTitle: (module: string) => `Record go.sum entries for ${module} (go mod download)`,
	downloadDetail: 'go mod download with a module named writes its go.sum lines (the zip and go.mod hashes); nothing else changes.',
	cleanTitle: (size: string) => `Clean the module cache (go clean -modcache, ${size})`,
	cleanDetail: (dir: string, size: string) =>
		`Deletes everything under ${dir} (${size}); go downloads what it needs again. A download with an empty cache worked, so the cache is what is broken.`,
	moveCacheTitle: (dir: string) => `Use a module cache you can write (go env -w GOMODCACHE=${dir})`,
	moveCacheDetail: (current: string) => `${current} cannot be written by this user; a new cache under your home directory can.`,
	// Confirm screen and results of command fixes.
	confirmUndoFiles: 'Undo: go.mod and go.sum are copied into the journal first; “Undo this change” writes them back.',
	confirmUndoNone: 'This cannot be undone: what it deletes or changes is not kept anywhere.',
	confirmUndoNothing: 'This changes none of your files.',
	confirmRuns: (dir: string) => `Runs in ${dir}`,
	commandRefused: (message: string) => `Not run: ${message}`,
	commandFailed: (message: string) => `The command failed: ${message}`,
	commandFailedChanged: (message: string) => `The command failed, but changed go.mod/go.sum (Undo restores them): ${message}`,
	fixedAfterCommand: (argv: string, duration: string) => `${argv} now succeeds with an empty module cache (${duration}).`,
	stillFailsAfterCommand: (headline: string) => `go still fails: ${headline}`,
	/** The download works after the fix, but the code does not build (`argv`: the check, e.g. go list -deps -export ./...). */
	verifyAlsoFails: (argv: string, message: string) => `The download works, but the code does not build: ${argv} fails: ${message}`,
	diffTitle: 'What the command changed',
	diffNone: 'go.mod and go.sum are unchanged.',
	diffCounts: (file: string, added: number, removed: number) => `${file}: +${added} −${removed}`,
};
