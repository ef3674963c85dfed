/** What each pattern setting does to the modules it covers (go help module-private, go help environment). */
const tooBroadEffects: Readonly<Record<string, string>> = {
	GONOPROXY: 'go fetches them directly from their version control hosts instead of through GOPROXY',
	GOPRIVATE:
		'go fetches them directly from their version control hosts instead of through GOPROXY, and does not verify them against the checksum database',
	GONOSUMDB: 'go does not verify them against the checksum database',
	GOINSECURE: 'go fetches them directly even over plain HTTP, and without checking the HTTPS certificate',
};

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
	/** Why the private-path setting is narrowed; `kept`: the private-looking module paths it keeps (none: it is removed). */
	narrowPrivate: (setting: string, kept: readonly string[]) =>
		kept.length === 0
			? `None of go.mod's requirements that ${setting} covers looks private (a company's own host, or a module go fetched from its host), so go fetches them all through the proxy again and checks them against the checksum database. If some of them are yours and private, set ${setting} to their owner instead (e.g. github.com/your-org).`
			: `Only ${kept.join(', ')} looks private (a company's own host, or a module go fetched from its host): ${setting} keeps those, and go fetches the public modules through the proxy again.`,
	/** The alternative that also keeps the main module's organisation; `value`: the setting's new value. */
	narrowPrivateOwner: (setting: string, value: string) =>
		`If the code of this module's own organisation is private, keep it: ${setting}=${value}. Its modules are then still fetched from their host, which must be reachable.`,
	lookalike: {
		/** Names of the look-alike characters (lookalike-characters.ts). */
		names: {
			fullWidthComma: 'a full-width comma',
			fullWidthBar: 'a full-width vertical bar',
			fullWidthColon: 'a full-width colon',
			ideographicSpace: 'an ideographic (full-width) space',
			noBreakSpace: 'a no-break space',
			zeroWidthSpace: 'a zero-width space',
			zeroWidthNonJoiner: 'a zero-width non-joiner',
			zeroWidthJoiner: 'a zero-width joiner',
			byteOrderMark: 'a zero-width no-break space (byte order mark)',
			wordJoiner: 'a word joiner (zero-width)',
			leftSingleQuote: 'a left curly quote',
			rightSingleQuote: 'a right curly quote',
			leftDoubleQuote: 'a left curly double quote',
			rightDoubleQuote: 'a right curly double quote',
		},
		/** `name` from `names`; `glyph` empty for an invisible character; `where`: `after …`/`before …`/''. */
		character: (name: string, glyph: string, codePoint: string, where: string) =>
			`${name}${glyph === '' ? '' : ` ${glyph}`} (${codePoint})${where === '' ? '' : ` ${where}`}`,
		after: (text: string) => `after ${text}`,
		before: (text: string) => `before ${text}`,
		/** What go makes of it (lookalike-characters.ts `effect`); `token`: the entry or pattern as go reads it, escaped. */
		effects: {
			host: (token: string) =>
				`go reads it as part of the URL: the host name becomes ${token}, which does not resolve ("no such host"), and go never reaches what follows`,
			rejected: (token: string) => `go reads it as part of ${token} and rejects it, so every download or verification fails`,
			path: (token: string) => `go reads it as part of the URL and sends it in the path of ${token}`,
			pattern: (token: string) => `go reads it as part of the pattern ${token}, which matches no module path`,
		},
	},
	shadowed: {
		title: (setting: string) => `Unset ${setting} in your shell, so go uses the value go env -w wrote`,
		detail: (setting: string, hidden: string) =>
			`The environment's ${setting} wins over the GOENV file's ${setting}=${hidden}; go env -w would only rewrite the hidden value. Remove the export from your shell profile (or set it to the value you want there).`,
	},
	advice: {
		tooBroadTitle: (setting: string) => `Narrow ${setting} to your private paths`,
		/** `covers`: what the patterns match, from `everyModuleOn` and real module paths. */
		tooBroadDetail: (setting: string, covers: string) =>
			`${setting} now covers ${covers}: ${tooBroadEffects[setting] ?? 'go treats all of it as private'}. Name only the paths of your own modules (e.g. git.corp.example,github.com/your-org).`,
		everyModuleOn: (host: string) => `every module on ${host}`,
		noProxyTitle: 'Find a proxy that works first',
		noProxyDetail:
			'No measured proxy serves the module, so there is nothing to set GOPROXY to yet: check the network (the connectivity walks above), or name candidates with --candidates.',
	},
};
