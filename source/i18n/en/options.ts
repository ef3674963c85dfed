/** Usage errors of the flags every diagnosing command shares (`--dir`, `--module`, `--canary`, `--timeout`). */
export const options = {
	noDir: (dir: string) => `--dir ${dir}: no such directory.`,
	notDir: (dir: string) => `--dir ${dir}: not a directory.`,
	dirUnreadable: (dir: string, why: string) =>
		`--dir ${dir}: cannot be read: ${why}. go cannot run there; give a directory you can read, or fix its permissions.`,
	badModule: (value: string, reason: string) => `--module ${JSON.stringify(value)}: ${reason}`,
	badCanary: (value: string) =>
		`--canary ${JSON.stringify(value)}: give a module path that certainly exists on your proxies, e.g. golang.org/x/mod.`,
	badTimeout: (value: string, defaultSeconds: number) =>
		`--timeout ${JSON.stringify(value)}: give the deadline in seconds, from 0.5 to 600 (default ${defaultSeconds}).`,
};
