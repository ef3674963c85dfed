import type {Category} from '../../model/taxonomy.js';

/** `gomod-doctor classify` in human form, the categories' explanations, and the classifier's fixes. */
export const classify = {
	weakensSecurity: '[weakens security]',
	/** After the title of the most likely root cause (with its own leading space, where the language has one). */
	primary: ' (primary)',
	/** The labels of an item's details; padded to one width, so they may differ in length. */
	fields: {module: 'module:', version: 'version:', host: 'host:', status: 'status:', cause: 'cause:', line: 'line:'},
	fixesToTry: 'Fixes to try:',
	bytes: (count: number) => `${count} bytes`,
	truncated: ' (the input was too long: only its last part was read)',
	empty: [
		'No input to classify: it was empty.',
		"Pass go's error output as a file or on standard input, e.g.: go mod download 2>&1 | gomod-doctor classify",
	],
	binary: (size: string, cut: string) => [
		`The input (${size}) looks like binary data, not go's error output; nothing was classified${cut}.`,
		'Save the output of the failing go command as text (go mod download 2>&1 > go.log) and classify that.',
	],
	noError: (size: string, cut: string) => [
		`No go error found in the input (${size})${cut}.`,
		'If go failed, make sure its standard error was captured (2>&1). If it hung with no output, run gomod-doctor diagnose: it measures each GOPROXY entry.',
	],
	/** The first line: how many problems, and the most likely root cause (`primary`: a category id, and its module). */
	found: (count: number, primary: string | undefined, module: string | undefined, cut: string) =>
		`${count === 1 ? 'One problem' : `${count} problems`} found${primary === undefined ? '' : `; the root cause is most likely ${primary}${module === undefined ? '' : ` (${module})`}`}${cut}.`,
	diagnoseHint: 'gomod-doctor diagnose runs the real checks (DNS, TCP, TLS, each GOPROXY entry) and can apply a fix with undo.',

	/** One paragraph on what a category means and what usually fixes it. */
	explanations: {
		dns: "A host name that go needs (a GOPROXY entry, the checksum database or a version-control host) could not be resolved to an address. Nothing was wrong with the module itself: this machine's resolver either does not know the name or did not answer. Check /etc/resolv.conf and whether other names resolve, or switch to a GOPROXY entry whose name does resolve.",
		timeout:
			'A connection or a response did not complete in time: the host was reachable enough to try, but a firewall, a slow route or an overloaded server kept it from answering before go gave up. A different GOPROXY entry, or `|` between entries so that go falls back on any error, usually gets past it; measuring each entry tells which one is slow.',
		refused:
			'The connection was actively refused, reset or could not be routed: nothing listens on that port, a firewall rejects the connection, or the network has no route to the host. Check that the service is up and the port open (nc -zv host port), or use another GOPROXY entry.',
		'http-proxy':
			'The HTTP(S) proxy named by HTTP_PROXY, HTTPS_PROXY or ALL_PROXY caused the failure: go could not reach the proxy, the proxy wants credentials (407), or it answered in place of the real server. go env -w cannot change these variables: fix or unset them in the shell profile, or add internal hosts to NO_PROXY.',
		'proxy-bad-response':
			'A GOPROXY server was reached but answered wrongly: a 5xx status, an HTML page or other garbage where the GOPROXY protocol expects JSON, a go.mod or a zip. The module is fine; the proxy (or a reverse proxy in front of it) is not. Skip or reorder that entry, or use `|` so go falls back on any error, and tell its operator.',
		'not-found':
			'The module or version does not exist where go asked for it: the proxy answered 404 or 410, or the repository has no such revision. Check the spelling of the module path, the version in go.mod, and any replace directives; `go list -m -versions MODULE` lists the versions that do exist.',
		'private-auth':
			"The module is private: fetching it needs credentials, or it must bypass the public proxy and checksum database, which cannot see it (a 404 or 410 from them for a private host means exactly that). Set GOPRIVATE to the module's host or path prefix, and give go a way to authenticate: a .netrc entry, a git credential helper, SSH through url.insteadOf, or GOAUTH.",
		tls: 'The TLS connection failed on a certificate: it is signed by an authority this machine does not trust (often a corporate interception proxy), it has expired, or it names another host. Install the missing CA certificate (the system store, or SSL_CERT_FILE) rather than turning verification off; GOINSECURE for one private host is the last resort, and it weakens security.',
		'checksum-mismatch':
			'The downloaded content hashes differently from go.sum or the checksum database: a mirror serves altered or corrupted files, the cache holds a damaged copy, or the go.sum line itself is wrong (a re-tagged version). Find out which source disagrees before changing anything: deleting go.sum gives up the protection that caught this.',
		sumdb:
			'The checksum database (GOSUMDB, sum.golang.org by default) could not be reached or refused the lookup, so go could not verify the module. Use a reachable mirror of it (GOSUMDB=sum.golang.google.cn, or a GOPROXY that proxies the database), and keep private paths out of it with GOPRIVATE or GONOSUMDB.',
		'goproxy-config':
			"go's own configuration is wrong: GOPROXY is off or empty, an entry is not a valid URL, GOFLAGS forces a mode that cannot work (-mod=vendor with an inconsistent vendor tree), or an OS environment variable shadows a value written with go env -w. Check `go env`, and fix the value with go env -w or in the shell profile.",
		vcs: 'A direct fetch from version control failed for a reason other than credentials: git (or hg, svn) is not installed, the host does not serve the go-import meta tag, it offers no secure protocol, or git itself failed. Install git, fetch the module through a GOPROXY instead, or for an http-only private host allow it with GOINSECURE (which weakens security).',
		'module-path':
			'The module declares a different path in its go.mod than the one it is required as: a fork required under the original name, a missing /vN major-version suffix, or a difference in case. Fix the require and import paths, or add a replace directive that maps the required path to the declared one.',
		cache:
			'The module cache (GOMODCACHE) is unusable: go cannot write to it (permissions, a read-only file system, a full disk), or it holds a damaged file (a zip that is not a zip, a truncated download). Fix the ownership or free space, or clear it with `go clean -modcache` (which deletes every cached module).',
		toolchain:
			'go.mod asks for a newer Go than the one running, and switching to that toolchain failed: it could not be downloaded (the GOPROXY entries do not serve golang.org/toolchain, or the network failed), or GOTOOLCHAIN=local forbids switching. Install that Go version, or let go download it through a proxy that serves toolchains.',
		'go-sum-missing':
			'go.sum lacks an entry that go needs, and go was told not to add it (-mod=readonly, the default for builds). Run `go mod download MODULE` for that module or `go mod tidy`, then commit the updated go.sum.',
		other:
			"A failure that fits none of gomod-doctor's categories. The raw error is shown as go printed it; a verbose run (`go mod download -x`) shows each request go makes and where it stops.",
		'go-missing':
			'There is no go command on PATH, so nothing could be downloaded. Install Go (https://go.dev/dl/) or add its bin directory to PATH.',
		'no-module':
			'There is no go.mod in this directory or any parent, so go has no module to download dependencies for. Run the command inside the module, or create one with `go mod init`.',
		healthy: 'The download succeeded: go fetched and verified every module.',
	} as Record<Category, string>,

	/** The classifier's fixes: a title and a detail each; the commands themselves are never translated. */
	fixes: {
		alternativeProxy: {
			title: (value: string) => `Use other GOPROXY mirrors: ${value}`,
			detail:
				'Public mirrors separated by | so that go tries the next one after any error, and direct last for private modules. Check first which of them this network reaches.',
		},
		pipeFallback: {
			title: (value: string) => `Fall back on any error: GOPROXY=${value}`,
			detail:
				'With , go moves to the next entry only after a 404 or 410; with | it moves on after any error, so one broken entry no longer stops the download.',
		},
		verboseRun: {title: 'Re-run with -x to see every request', detail: 'Shows each request go makes and the last one that failed.'},
		checkResolver: {
			title: 'Check the resolver',
			detail: (host: string) =>
				`See whether other names resolve (getent hosts ${host}) and which nameservers /etc/resolv.conf lists; a VPN or a broken DNS server is the usual cause.`,
		},
		checkFirewall: {
			title: 'Check the network path',
			detail: (host: string) =>
				`Test the port with a deadline (nc -zv -w 5 ${host} 443); if only an HTTPS proxy can reach the internet here, set HTTPS_PROXY in the shell profile.`,
		},
		checkService: {
			title: 'Check that the service is up and the port open',
			detail: (host: string | undefined) =>
				`Nothing accepted the connection${host === undefined ? '' : ` to ${host}`}: the service is down, listens elsewhere, or a firewall rejects it (nc -zv ${host ?? 'HOST'} PORT).`,
		},
		proxyCredentials: {
			title: 'Give the proxy its credentials',
			detail:
				'The proxy answered 407: put the user and password in the proxy URL (http://USER:PASSWORD@proxy:port) in the shell profile, or ask for an exception for the GOPROXY host.',
		},
		unsetProxy: {
			title: 'Try without the HTTP(S) proxy in this shell',
			detail: 'If the download works without it, fix or remove the proxy settings in the shell profile (go env -w cannot change them).',
		},
		noProxyHost: {
			title: (host: string) => `Bypass the proxy for ${host}`,
			detail: 'For an internal host that the proxy cannot reach; add the line to the shell profile.',
		},
		reportProxy: {
			title: "Tell the proxy's operator",
			detail: (host: string | undefined) =>
				`${host ?? 'The proxy'} is reached but answers wrongly; a 5xx means its upstream or the proxy itself is failing, an HTML page means something in front of it (a reverse proxy or a captive portal) answers instead.`,
		},
		checkVersion: {
			title: 'Check that the version exists',
			detail: (module: string | undefined) =>
				`${module === undefined ? 'List the versions' : `go list -m -versions ${module}`} shows what exists; fix the version in go.mod (or the tag in the repository).`,
		},
		checkPath: {
			title: 'Check the module path',
			detail:
				'A typo in the import or require path, a replace directive, or a moved repository makes go ask for something that is not there.',
		},
		goprivateHost: {
			title: (pattern: string) => `Mark ${pattern} as private: GOPRIVATE=${pattern}`,
			detail:
				'go then fetches these paths directly and does not ask the public proxy or checksum database about them. If GOPRIVATE already lists other patterns, keep them (comma-separated).',
		},
		sshKey: {
			title: 'Set up SSH access',
			detail: (host: string) =>
				`git used SSH and the server refused the key: add your public key to the forge, and check \`ssh -T git@${host}\`.`,
		},
		netrc: {
			title: (host: string | undefined) => `Give go credentials for ${host ?? 'the host'} (.netrc)`,
			detail: (host: string) =>
				`Add a line "machine ${host} login USER password TOKEN" to ~/.netrc (mode 600), with a personal access token; go and git both read it.`,
		},
		gitInsteadOfSsh: {
			title: (host: string) => `Fetch ${host} over SSH`,
			detail: 'git then uses your SSH key instead of asking for a password, which go cannot answer (terminal prompts are disabled).',
		},
		goauth: {
			title: 'Check GOAUTH',
			detail:
				'GOAUTH lists how go authenticates (netrc, git DIR, command ...); the command it names failed or returned no credentials for this host.',
		},
		installCa: {
			title: 'Trust the certificate authority',
			detail:
				'If a corporate proxy intercepts TLS, install its CA certificate in the system store (update-ca-certificates) or point SSL_CERT_FILE at a bundle that includes it. If the certificate has expired or names another host, the server must be fixed.',
		},
		goinsecureTls: {
			title: (host: string) => `Skip certificate checks for ${host} only: GOINSECURE=${host}`,
			detail:
				'Only for a private host whose certificate cannot be fixed: go then accepts any certificate (or plain HTTP) for direct fetches from it.',
		},
		compareSources: {
			title: 'Find which source disagrees',
			detail:
				'Compare the h1: hash of the module from each GOPROXY entry, from direct, and from the checksum database with the go.sum line; the odd one out is the culprit. Never delete go.sum to make this go away: that gives up the check that caught it.',
		},
		cleanModcacheChecksum: {
			title: 'Clear the module cache and download again',
			detail: 'When the cache holds a damaged copy. go clean -modcache deletes every cached module.',
		},
		goproxyTrusted: {
			title: 'Use the public proxy: GOPROXY=https://proxy.golang.org,direct',
			detail: 'When a mirror serves altered content, drop it.',
		},
		gosumdbMirror: {
			title: 'Use a reachable mirror of the checksum database: GOSUMDB=sum.golang.google.cn',
			detail: 'The same database (same key) served from another host; a GOPROXY that proxies the database works too.',
		},
		gonosumdbHost: {
			title: (prefix: string) => `Do not look up ${prefix} in the checksum database: GONOSUMDB=${prefix}`,
			detail:
				'For private paths only: their hashes are then trusted on first download instead of being checked against the public database.',
		},
		gosumdbOff: {
			title: 'Turn checksum verification off: GOSUMDB=off',
			detail: 'Last resort: go then trusts whatever the proxy serves for every module.',
		},
		goModVendor: {title: 'Rebuild the vendor directory', detail: 'Makes vendor/ match go.mod again.'},
		unsetGoflagsVendor: {
			title: 'Remove GOFLAGS written with go env -w',
			detail: 'If -mod=vendor comes from GOFLAGS rather than from a vendor directory you meant to use.',
		},
		httpsCredentials: {
			title: 'Use https:// for the entry that carries credentials',
			detail:
				'go sends the user and password of a GOPROXY URL only over https; change that entry to https://, or move the credentials to .netrc and drop them from the URL.',
		},
		unsetGoflags: {
			title: 'Remove GOFLAGS written with go env -w',
			detail: 'GOFLAGS holds something go cannot parse; an OS variable must be fixed in the shell profile instead.',
		},
		go111moduleOn: {
			title: 'Turn module mode on: GO111MODULE=on',
			detail:
				'go get printed a GOPATH-mode error, and GOPATH mode never uses GOPROXY. From go 1.16 module mode is the default: removing GO111MODULE (below) is enough there.',
		},
		unsetGo111module: {
			title: 'Remove GO111MODULE written with go env -w',
			detail: 'Module mode is the default; GO111MODULE=off turns it off.',
		},
		goproxyDefault: {
			title: 'Set a working GOPROXY: https://proxy.golang.org,direct',
			detail: 'GOPROXY is off, empty or malformed; every entry needs a scheme (https://).',
		},
		goproxyUnset: {
			title: 'Go back to the default GOPROXY',
			detail:
				'Removes the value written with go env -w; an OS variable of the same name still wins and must be fixed in the shell profile.',
		},
		installGit: {
			title: 'Install git',
			detail:
				'go runs git (or hg, svn) for direct fetches; install it (apt-get install git, brew install git) or fetch through a GOPROXY instead.',
		},
		goproxyPublic: {
			title: 'Fetch through the public proxy: GOPROXY=https://proxy.golang.org,direct',
			detail: 'The proxy serves public modules without running version control on this machine.',
		},
		goinsecureHttp: {
			title: (host: string) => `Allow plain HTTP for ${host} only: GOINSECURE=${host}`,
			detail: 'Only for a private host that offers no HTTPS: its content is then fetched without transport security.',
		},
		fixRequirePath: {
			title: 'Require the module by the path it declares',
			detail:
				'Use the path from the module\'s own go.mod (the "declares its path as" line) in imports and go.mod, including a /vN suffix for major versions 2 and above; or add a replace directive that maps the required path to the declared one.',
		},
		freeSpace: {
			title: 'Free disk space',
			detail: 'The disk holding GOMODCACHE (go env GOMODCACHE) is full; free space or set GOMODCACHE to a larger disk.',
		},
		fixCacheOwnership: {
			title: 'Give the module cache back to your user',
			detail: 'Usually the cache was filled once with sudo or by a container running as root.',
		},
		cleanModcache: {
			title: 'Clear the module cache',
			detail: 'Deletes every cached module (their size is shown first by the wizard); the next download refills it.',
		},
		installToolchain: {
			title: (version: string | undefined) => (version === undefined ? 'Install the Go version go.mod asks for' : `Install ${version}`),
			detail: 'Download it from https://go.dev/dl/ (or the package manager) and put it first on PATH; go then needs no toolchain switch.',
		},
		gotoolchainAuto: {
			title: 'Let go download the toolchain: GOTOOLCHAIN=auto',
			detail: 'go fetches golang.org/toolchain through GOPROXY; the entries must serve it (proxy.golang.org and goproxy.cn do).',
		},
		goproxyToolchainMirror: {
			title: 'Fetch toolchains through a mirror that serves them: GOPROXY=https://goproxy.cn,direct',
			detail: 'When the current GOPROXY does not serve golang.org/toolchain or cannot be reached.',
		},
		goModDownloadModule: {
			title: (target: string) => `Add the go.sum entries for ${target}`,
			detail: 'Downloads the module and records its hashes.',
		},
		installGo: {
			title: 'Install Go',
			detail: 'Install Go from https://go.dev/dl/ or the package manager, and make sure its bin directory is on PATH.',
		},
		cleanCacheCheck: {
			title: 'First download it again into an empty, temporary module cache',
			detail:
				'If this works, your cache held a damaged copy and cleaning it helps; if it fails the same way, the file comes broken from the source and cleaning the cache would only throw away good modules.',
		},
		cdModule: {
			title: 'Run inside the module',
			detail: 'Change to the directory that holds go.mod, or create one with go mod init MODULE-PATH.',
		},
	},
	/** Other plausible causes of an item: the check that tells each apart, and the plain-words verdict. */
	alternatives: {
		/** The heading of an item's alternatives in the text form. */
		heading: 'Could also be:',
		/** The label of the command that runs a check. */
		command: 'check:',
		mostLikely: (likely: string) => `Most likely ${likely}.`,
		/** The ambiguity statement's sentences, as one paragraph. */
		joinSentences: (sentences: readonly string[]) => sentences.join(' '),
		likelyBrokenZip: 'the mirror served a broken zip',
		/** What the item's category means, as the likely cause. */
		likely: {
			dns: 'a host name could not be resolved',
			timeout: 'a connection or response took too long',
			refused: 'the connection was refused or reset',
			'http-proxy': 'the HTTP(S) proxy in between failed',
			'proxy-bad-response': 'the GOPROXY server answered wrongly (a broken file, an error, or a refusal by its own policy)',
			'not-found': 'the module or version does not exist where go asked',
			'private-auth': 'the module is private and needs credentials (and GOPRIVATE)',
			tls: 'a certificate was not trusted',
			'checksum-mismatch': 'the content differs from its recorded checksum',
			sumdb: 'the checksum database could not vouch for this version',
			'goproxy-config': "go's own configuration is wrong",
			vcs: 'the direct fetch from version control failed',
			'module-path': 'the module declares another path than the one required',
			cache: 'the module cache holds a damaged or unwritable file',
			toolchain: 'the Go toolchain that go.mod asks for is not available',
			'go-sum-missing': 'go.sum lacks an entry',
			other: 'a failure outside the download categories',
			'go-missing': 'go is not installed',
			'no-module': 'there is no go.mod here',
			healthy: 'nothing failed',
		} as Record<Category, string>,
		/** What a check of the alternative would show, and what that would mean. */
		otherwise: {
			dns: 'If the host name does not resolve here, it was DNS.',
			timeout: 'If the port does not answer in time, it was the network path (a timeout).',
			refused: 'If the port refuses the connection, it was the network (refused).',
			'http-proxy': 'If it works with the proxy variables unset, or fails only through the proxy, it was the HTTP proxy.',
			'proxy-bad-response': 'If another GOPROXY entry serves it, it was the mirror.',
			'not-found': 'If the repository or version does not exist even with your credentials, the path or version is wrong.',
			'private-auth': 'If it answers with your credentials, the module is private: it needs GOPRIVATE and credentials.',
			tls: 'If the certificate shown is not the real one, it was a TLS interception.',
			'checksum-mismatch': 'If a direct download hashes differently, the content changed (checksum mismatch).',
			sumdb: 'If the checksum database itself does not answer for this version, it was the checksum database.',
			'goproxy-config': "If GOPROXY is off or direct, modules are off, or a mirror lists no versions, it was go's configuration.",
			vcs: 'If git is missing or the host serves no go-import tag, it was the version-control fetch.',
			'module-path': 'If the go.mod declares another path, it is the module path.',
			cache: 'If a clean download with an empty GOMODCACHE works, it was your cache.',
			toolchain: 'If the running go is older than go.mod asks for, it is the toolchain.',
			'go-sum-missing': 'If go mod tidy adds lines to go.sum, they were missing.',
			other: 'A verbose run shows where go stops.',
			'go-missing': 'If go is not on PATH, install it.',
			'no-module': 'If there is no go.mod, run inside the module.',
			healthy: 'If the download works, nothing is wrong.',
		} as Record<Category, string>,
		/** Diagnose: the checks confirmed `category` (the evidence: a finding's summary); the others they did not. */
		settledOn: (category: string, evidence: string, others: readonly string[]) =>
			`go's message left ${[category, ...others].join(' or ')} open; the checks settled on ${category}: ${evidence}${others.length === 0 ? '' : ` Nothing confirmed ${others.join(' or ')}.`}`,
		/** Diagnose: no check confirmed any of the candidates. */
		notSettled: (likely: string, others: readonly string[]) =>
			`The checks did not settle it: go's message most likely means ${likely}; no check confirmed ${others.join(' or ')} either. Run the checks under "Could also be" (gomod-doctor classify) to decide.`,
		/** The check that tells each alternative apart, as a short instruction. */
		check: {
			dns: 'Resolve the host name with the system resolver.',
			timeout: "Connect to the host's port with a deadline.",
			refused: "Connect to the host's port and see whether it is refused.",
			'http-proxy': 'Show the proxy variables, then repeat the download with them unset.',
			'proxy-bad-response': 'Download the same module through another GOPROXY entry, into an empty cache.',
			'not-found': 'List the versions that exist, and ask the repository itself (with your credentials).',
			'private-auth': 'See whether GOPRIVATE matches the path, and whether your credentials reach the repository.',
			tls: 'Look at the certificate the server presents, and who issued it.',
			'checksum-mismatch': 'Download the version directly (GOPROXY=direct) into an empty cache and compare the hash.',
			sumdb: 'Ask the checksum database for this version directly.',
			'goproxy-config': 'Show GOPROXY, GO111MODULE and GOFLAGS as go sees them.',
			vcs: 'Check that git is installed and that the host serves the go-import meta tag.',
			'module-path': "Read the module line of the version's go.mod.",
			cache: 'Download it again into an empty, temporary GOMODCACHE.',
			toolchain: "Compare the running go version with go.mod's go and toolchain lines.",
			'go-sum-missing': 'See what go mod tidy would add to go.sum.',
			other: 'Run the download verbosely.',
			'go-missing': 'Look for go on PATH.',
			'no-module': 'Look for go.mod.',
			healthy: 'Repeat the download.',
		} as Record<Category, string>,
	},
};
