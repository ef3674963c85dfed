/** §3.3/§5: the check of go's own settings, its fixes' titles and details. */
export const lint = {
	/** Where a setting's value comes from, in words (fills `{from}` in the flowchart's texts). */
	from: {
		environment: 'the OS environment',
		'goenv-file': 'the GOENV file',
		'goroot-env': '$GOROOT/go.env',
		default: "go's default",
	},
	set: {
		title: (setting: string, value: string) => `Set ${setting}=${value}`,
		titleUnset: (setting: string) => `Remove ${setting}`,
		goEnvDetail: (setting: string) => `${setting} comes from the GOENV file: go env -w changes it there, and go env -u can undo it.`,
		shellDetail: (setting: string) =>
			`${setting} is set in the OS environment, which wins over go env -w: change the line of your shell profile (or CI configuration) that sets it.`,
	},
	working: (url: string) => `${url} serves the module (measured); direct stays last for private modules.`,
	shadowed: {
		title: (setting: string) => `Unset ${setting} in your shell, so go uses the value go env -w wrote`,
		detail: (setting: string, hidden: string) =>
			`The environment's ${setting} wins over the GOENV file's ${setting}=${hidden}; go env -w would only rewrite the hidden value. Remove the export from your shell profile (or set it to the value you want there).`,
	},
	advice: {
		tooBroadTitle: (setting: string) => `Narrow ${setting} to your private paths`,
		tooBroadDetail: (setting: string, covers: string, weakens: boolean) =>
			`${setting} now covers ${covers}. Name only the paths of your own modules (e.g. git.corp.example,github.com/your-org)${weakens ? ': anything it covers is downloaded without the checksum database or over plain HTTP' : ''}.`,
		noProxyTitle: 'Find a proxy that works first',
		noProxyDetail: 'No measured proxy serves the module, so there is nothing to set GOPROXY to yet: check the network (the connectivity walks above), or name candidates with --candidates.',
	},
};
