/**
What the probes say about what they found: each evidence summary, by probe. Outcome labels, commands, tool output
and go's own text are not here: they stay as they are in every language.
*/
export const probes = {
	notRun: (problem: string) => `Not run: ${problem}.`,
	notLookedUp: (problem: string) => `Not looked up: ${problem}.`,
	notRequestedModule: (module: string, problem: string) =>
		`Not requested: ${JSON.stringify(module)} is not a valid module path (${problem}).`,
	noAnswer: (took: string, message: string) => `No answer (${took}): ${message}.`,
	noResponse: 'no response',
	exitStatus: (code: string) => `exit status ${code}`,
	unknown: 'unknown',
	networkUnreachable: 'the network is unreachable',
	noRouteToHost: 'no route to the host',
	/** The reasons `checkHost`/`checkPort` give. */
	check: {
		emptyHost: 'the host name is empty',
		startsWithDash: (value: string) => `${JSON.stringify(value)} starts with "-" and would be read as an option`,
		notHost: (value: string) => `${JSON.stringify(value)} is not a host name or IP address`,
		notPort: (port: number) => `${port} is not a TCP port`,
	},
	ping: {
		icmpUndecided: 'ICMP cannot be checked here; the port check decides.',
		notInstalled: (undecided: string) => `ping is not installed: ${undecided}`,
		notPermitted: (why: string, undecided: string) => `ping is not permitted here (${why}): ${undecided}`,
		noRawSocket: 'no raw socket',
		noOptions: (undecided: string) => `This ping does not accept \`-c -W -n\`: ${undecided}`,
		canceled: 'Canceled before ping finished.',
		rtt: (avg: number, min: number, max: number) => `, round trip ${avg} ms on average (min ${min}, max ${max})`,
		reply: (host: string, received: number, transmitted: number, rtt: string) =>
			`${host} answers ping: ${received} of ${transmitted} replies${rtt}.`,
		timedOut: (host: string, within: string) => `No reply from ${host} within ${within} (ICMP may be filtered; the port check decides).`,
		/** Canceled once the port check had answered (`portTook`) and a reply was long overdue. */
		notWaited: (host: string, within: string, portTook: string) =>
			`No reply from ${host} within ${within}, while its port answered in ${portTook}: ICMP is likely filtered on the way (the port check decides).`,
		cannotResolve: (host: string, line: string) => `ping cannot resolve ${host}: ${line}.`,
		noReplyBecause: (host: string, reason: string) => `No reply from ${host}: ${reason}.`,
		noneAnswered: (host: string, transmitted: number, seconds: number) =>
			`No reply from ${host}: 0 of ${transmitted} pings answered within ${seconds} s each (ICMP may be filtered; the port check decides).`,
		/** An ICMP error instead of a reply: who sent it (may be empty), ping's words, and `icmpMeaning`'s. */
		icmpError: (host: string, from: string, message: string, meaning: string) =>
			`${host} is unreachable: ${from === '' ? 'ping got' : `${from} answered with`} "${message}" (an ICMP error, not a reply): ${meaning} The port check decides.`,
		icmpMeaning: {
			host: 'the last router before the host could not deliver to it (the host is down or the address is not in use).',
			net: 'a router on the way has no route to that network.',
			port: 'the host, or a firewall in front of it, rejects ICMP echo actively (a REJECT rule).',
			protocol: 'the host, or a firewall in front of it, rejects ICMP actively.',
			prohibited: 'a firewall on the way rejects the traffic by policy.',
		},
	},
	tcp: {
		ncMissing: 'nc is not installed',
		ncNoZ: 'this nc does not support `-z`',
		fallback: (summary: string, why: string) => `${summary} (${why}, so Node's net.connect checked instead.)`,
		canceled: (where: string) => `Canceled before ${where} answered.`,
		open: (port: number, host: string, took: string) => `Port ${port} on ${host} is open (connected in ${took}).`,
		refused: (port: number, host: string, took: string) =>
			`Port ${port} on ${host} is closed: the connection was refused at once (${took}).`,
		unreachable: (where: string, reason: string, took: string) => `${where} is unreachable: ${reason} (${took}).`,
		cannotResolve: (host: string, line: string) => `nc cannot resolve ${host}: ${line}.`,
		cannotReach: (where: string, detail: string) => `${where} cannot be reached: ${detail}.`,
		noAnswer: (where: string, within: string) =>
			`No answer from ${where} within ${within}: nothing refused the connection either, so packets are dropped on the way (a firewall) or the host is down.`,
	},
	dns: {
		ipLiteral: (host: string) => `${host} is an IP address: no lookup needed.`,
		resolves: (host: string, addresses: string, took: string) => `${host} resolves to ${addresses} (${took}).`,
		slow: (host: string, addresses: string, took: string) =>
			`${host} resolves to ${addresses}, but the resolver took ${took} to answer (a nameserver that dropped the first query, answered on a retry): the later checks use these addresses and do not wait for it again.`,
		canceled: 'Canceled before the resolver answered',
		noAnswer: (within: string) => `No answer from the resolver within ${within}`,
		timeout: (what: string, host: string, suffix: string) => `${what} for ${host}${suffix}.`,
		failed: (host: string, explanation: string, code: string, took: string, suffix: string) =>
			`${host} does not resolve: ${explanation} (${code}, ${took})${suffix}.`,
		noSuchHost: 'no such host',
		tryAgain: 'temporary failure in name resolution (the nameserver did not answer, or failed)',
		noData: 'the name exists but has no addresses',
		lookupFailed: 'the lookup failed',
		unspecified: 'the unspecified address',
		broadcast: 'the broadcast address',
		subnetBroadcast: 'probably a subnet broadcast address',
		noNameserverSuffix: (path: string) => `; ${path} lists no nameserver`,
		nameserversSuffix: (nameservers: string, flagged: readonly string[]) =>
			`; nameservers: ${nameservers}${flagged.length === 0 ? '' : ` (${flagged.join('; ')})`}`,
		flagged: (address: string, why: string) => `${address} is ${why}`,
	},
	fileLength: {
		short: (host: string, received: number, expected: number, took: string, error: string | undefined) =>
			`${host} announced ${expected} bytes (Content-Length) and sent ${received} (${Math.floor((100 * received) / Math.max(1, expected))}%) before the connection ended, in ${took}${error === undefined ? '' : `: ${error}`}.`,
		complete: (host: string, bytes: number, took: string) => `${host} sent all ${bytes} bytes it announced, in ${took}.`,
		completeUnannounced: (host: string, bytes: number, took: string) =>
			`${host} sent ${bytes} bytes without announcing a length (no Content-Length), in ${took}.`,
		unannounced: (host: string, bytes: number, error: string) =>
			`${host} announced no length (no Content-Length) and the connection ended after ${bytes} bytes: ${error}.`,
		late: (host: string, bytes: number, expected: number | undefined, took: string) =>
			`${host} was still sending after ${took} (${bytes}${expected === undefined ? '' : ` of ${expected}`} bytes): not waited for longer.`,
		status: (host: string, status: string, took: string) => `${host} answered ${status} this time (${took}).`,
		failed: (host: string, error: string) => `Could not ask ${host} again: ${error}.`,
	},
	http: {
		viaProxy: (summary: string, proxy: string) => `${summary} Via proxy ${proxy}.`,
		silentWithGo: (waited: string, goQuiet: string) =>
			`No answer in ${waited}: the connection was accepted and nothing came back, while go got nothing from this entry for ${goQuiet} either; neither was waited for longer.`,
		size: (bytes: number, took: string) => `${bytes} bytes in ${took}`,
		emptyList: (status: string, size: string) => `${status}, ${size}: an empty list (the proxy knows no tagged versions).`,
		moreVersions: (count: number) => `, … (${count} versions)`,
		versions: (status: string, size: string, shown: string, more: string) => `${status}, ${size}: ${shown}${more}.`,
		badBody: (status: string, size: string, description: string) =>
			`${status}, ${size}, but the body is ${description}, not a version list: a captive portal, a login page or an intercepting proxy answers instead.`,
		notFound: (status: string, took: string) =>
			`${status} (${took}): this entry does not have the module; with \`,\` go tries the next entry.`,
		auth: (status: string, took: string) => `${status} (${took}): the entry asks for credentials.`,
		forbidden: (status: string, took: string) =>
			`${status} (${took}), without asking for credentials (no 401, no WWW-Authenticate): the entry refuses this module (it does not have it, or its policy refuses it), and go stops here: only 404/410 let it try the next entry.`,
		serverError: (status: string, took: string) => `${status} (${took}): the server is reached but fails.`,
		notProtocol: (status: string, took: string) => `${status} (${took}): not an answer of the GOPROXY protocol.`,
		timeout: (within: string, stage: string | undefined, message: string) =>
			`No complete answer within ${within}${stage === undefined ? `: ${message}` : ` (${stage})`}.`,
		canceled: 'Canceled before the answer came.',
		refused: (message: string) => `The connection was refused: ${message}.`,
		reset: (message: string) => `The connection was reset: ${message}.`,
		unreachable: (message: string) => `The host is unreachable: ${message}.`,
		dns: (message: string) => `The host name does not resolve: ${message}.`,
		tls: (message: string) => `TLS fails: ${message}.`,
		proxy: (message: string) => `The HTTP proxy fails the request: ${message}.`,
		other: (message: string) => `The request fails: ${message}.`,
		html: 'HTML',
		htmlTitled: (title: string) => `HTML (title: ${JSON.stringify(title)})`,
		json: 'JSON',
		textStarting: (sample: string) => `text starting ${JSON.stringify(sample)}`,
		/** The stage a timed-out request stopped at, as the HTTP adapter names it (`while waiting for the response`). */
		stage: (stage: string) => stage,
		/** What the HTTP adapter says about a failed request (its own words; Node's and the server's are kept as they are). */
		adapterMessage: (message: string) => message,
	},
	canary: {
		notModule: (module: string, problem: string) => `Not requested: ${JSON.stringify(module)} is not a module path (${problem}).`,
		upstream: (status: string, took: string) =>
			`${status} (${took}): a gateway answers, but the server behind it (its upstream) fails or is down.`,
		serverError: (status: string, took: string) => `${status} (${took}): the proxy itself fails.`,
		notFound: (status: string, took: string) => `${status} (${took}).`,
		auth: (status: string, took: string) => `${status} (${took}): it asks for credentials.`,
		forbidden: (status: string, took: string) =>
			`${status} (${took}): refused, without asking for credentials (no 401, no WWW-Authenticate).`,
		ok: (status: string, took: string, versions: string) => `${status} (${took}): ${versions === '' ? 'an empty version list' : versions}.`,
		notList: (status: string, took: string, description: string) => `${status} (${took}), but ${description} instead of a version list.`,
		about: (summary: string, about: string) => `${summary} (${about})`,
	},
	goGetMeta: {
		auth: (status: string, took: string) => `${status} (${took}): the host wants credentials even for the go-import tag.`,
		unusable: (status: string, took: string, tag: string, why: string) =>
			`${status} (${took}): go-import "${tag}", which go cannot use: ${why}.`,
		found: (status: string, took: string, prefix: string, vcs: string, repoRoot: string) =>
			`${status} (${took}): go-import says ${prefix} is served by ${vcs === 'mod' ? 'a module proxy' : vcs} at ${repoRoot}.`,
		multiple: (status: string, took: string, importPath: string) =>
			`${status} (${took}): several go-import tags match ${importPath}; go refuses them.`,
		notFound: (status: string, took: string, importPath: string) =>
			`${status} (${took}) and no go-import tag: the host does not know ${importPath}.`,
		noMeta: (status: string, took: string, importPath: string, others: number) =>
			`${status} (${took}), but no go-import tag for ${importPath} (${others} other tag${others === 1 ? '' : 's'}).`,
	},
	cache: {
		cannotExamine: (path: string, message: string) => `cannot examine ${path}: ${message}`,
		isFile: (existing: string, dir: string) => `${existing} is a file, not a directory: go cannot create ${dir} under it.`,
		owner: (owner: number, uid: number) => ` (owned by uid ${owner}, this process runs as uid ${uid})`,
		notWritable: (existing: string, code: string, owner: string) => `${existing} cannot be written: ${code}${owner}.`,
		lowSpace: (existing: string, free: string) => `${existing} is writable, but only ${free} is free on its file system.`,
		writable: (existing: string, free: string | undefined) => `${existing} is writable${free === undefined ? '' : `; ${free} free`}.`,
		cleanSucceeds: (module: string | undefined) =>
			`With an empty module cache, go downloads ${module ?? 'the module graph'}: the cache is what fails.`,
		cleanFails: (headline: string) => `With an empty module cache go still fails: ${headline}`,
		verified: 'go mod verify: all modules verified',
		verifyLate: 'go mod verify: did not finish in time',
		verifySays: (text: string) => `go mod verify: ${text}`,
		duFailed: 'du failed',
		notMeasured: (dir: string, why: string, verified: string) => `The size of ${dir} could not be measured (${why}). ${verified}.`,
		holds: (dir: string, size: string, verified: string) => `${dir} holds ${size}. ${verified}.`,
	},
	modHash: {
		notVersion: (moduleVersion: string) => `Not requested: ${JSON.stringify(moduleVersion)} is not a valid module version.`,
		notFound: (status: string, took: string, module: string, version: string) =>
			`${status} (${took}): the proxy does not have ${module} ${version}.`,
		noGoMod: (status: string, took: string) => `${status} (${took}): no go.mod to compare.`,
		match: (status: string, bytes: number, took: string, actual: string) =>
			`${status}, ${bytes} bytes in ${took}: ${actual}, as go.sum records.`,
		mismatch: (status: string, bytes: number, took: string, actual: string, expected: string) =>
			`${status}, ${bytes} bytes in ${took}: ${actual}, but go.sum records ${expected}.`,
	},
	git: {
		missing: (path: string) => `git is not on go's PATH (${path}): go cannot fetch anything directly from a git host.`,
		noOutput: 'no output',
		versionOdd: (line: string) => `git --version did not answer as expected: ${line}.`,
		installed: (version: string) => `git ${version} is installed.`,
		noHelperToRead: 'git is not installed: no credential helper to read.',
		noHelper: 'No credential helper: git can only use ~/.netrc or a key in the URL, and go disables its password prompt.',
		configFailed: (line: string) => `git config failed: ${line}.`,
		helpers: (names: readonly string[]) =>
			`git asks the credential helper${names.length === 1 ? '' : 's'} ${names.join(', ')} for passwords.`,
		inlineHelper: '(an inline command)',
		noRulesToRead: 'git is not installed: no insteadOf rules to read.',
		noRule: (host: string) => `No insteadOf rule: git fetches https://${host}/ over HTTPS, with a password.`,
		noMatchingRule: (count: number, host: string) => `${count} insteadOf rule${count === 1 ? '' : 's'}, none for https://${host}/.`,
		rewrites: (host: string, targets: string) => `git fetches https://${host}/ as ${targets}.`,
		notRepositoryUrl: (url: string) => `Not run: ${JSON.stringify(url)} is not a repository URL gomod-doctor passes to git.`,
		notInstalled: 'git is not installed.',
		timeout: (within: string) => `No answer within ${within} (a prompt would have waited forever; this one was cut off).`,
		lists: (refs: number) => `git lists ${refs} ref${refs === 1 ? '' : 's'}: the repository answers with the credentials git has.`,
		auth: (line: string) => `git needs credentials it does not have: ${line}`,
		notFound: (line: string) =>
			`The repository is not there, or (GitHub, GitLab, Bitbucket) it is private and these credentials may not see it: ${line}`,
		unreachable: (line: string) => `git cannot reach the host: ${line}`,
		failed: (line: string) => `git ls-remote failed: ${line}`,
		exit: (code: string) => `exit ${code}`,
	},
	netrc: {
		noHome: 'Neither NETRC nor HOME is set: go has no .netrc to read.',
		tooLarge: (file: string) => `${file} is larger than 1 MiB: not read.`,
		missing: (file: string, machine: string) => `${file} does not exist: go sends no credentials to ${machine}.`,
		unreadable: (file: string, code: string) => `${file} cannot be read (${code}).`,
		none: (file: string, complete: number, machine: string) =>
			`${file} has ${complete === 0 ? 'no complete entry' : `${complete} complete ${complete === 1 ? 'entry' : 'entries'}`}, none for machine ${machine}: go sends no credentials there.`,
		portMismatch: (file: string, entry: string, machine: string) =>
			`${file} has "${entry}", but go 1.24 and later look the machine up with its port: it needs machine ${machine}.`,
		found: (file: string, entry: string, machine: string) => `${file} has "${entry}": go sends these credentials to ${machine}.`,
	},
	resolvConf: {
		notIp: 'not an IP address (the resolver skips it)',
		unspecified: 'the unspecified address',
		multicast: 'a multicast address',
		linkLocal6: 'a link-local address without its interface (%eth0), which cannot be routed',
		documentation6: 'a documentation address (2001:db8::/32), which is never routed',
		unspecified4: 'the unspecified address 0.0.0.0',
		zeroNet: 'in 0.0.0.0/8, which is never routed',
		broadcast: 'the broadcast address',
		reserved: 'in the reserved range 240.0.0.0/4, which is never routed',
		linkLocal4: 'a link-local address (169.254.0.0/16): no DHCP answer was received, or it only works on one link',
		documentation4: 'a documentation address (TEST-NET), which is never routed',
		subnetBroadcast: 'probably a subnet broadcast address',
		unreadable: (file: string, code: string) => `${file} cannot be read (${code}): the resolver then asks a nameserver on 127.0.0.1.`,
		none: (file: string) => `${file} lists no nameserver: the resolver asks 127.0.0.1, where nothing may answer.`,
		flagged: (address: string, problem: string) => `${address} is ${problem}`,
		unusable: (file: string, flagged: readonly string[], usable: number) =>
			`${file}: ${flagged.join('; ')}${usable > 0 ? `; ${usable} other nameserver(s) may still answer` : '; no nameserver listed can answer'}.`,
		ok: (file: string, nameservers: string) => `The resolver asks ${nameservers} (${file}).`,
	},
	proxyConnect: {
		notProxyUrl: (url: string) => `Not tried: ${url} is not a proxy URL go can use.`,
		notTried: (problem: string) => `Not tried: ${problem}.`,
		notHttp: (url: string, scheme: string) =>
			`Not tried with nc: ${url} is a ${scheme} proxy; the request through it (next) shows whether it works.`,
		ncMissing: 'nc is not installed, so the CONNECT was not tried; the request through the proxy (next) shows whether it works.',
		unreachable: (via: string, detail: string, took: string) => `The proxy ${via} cannot be reached: ${detail} (${took}).`,
		noAnswer: (via: string, target: string, within: string) =>
			`The proxy ${via} accepted the connection but did not answer CONNECT ${target} within ${within}.`,
		farSilent: 'the far end said nothing to a HEAD /',
		farAnswered: (answer: string) => `the far end answered: ${answer}`,
		tunnel: (via: string, target: string, status: string, took: string, far: string) =>
			`The proxy ${via} opens a tunnel to ${target} (${status}, ${took}); ${far}.`,
		noneSent: 'none were sent (the proxy URL has no user:password@)',
		refusedSent: 'the ones in the proxy URL were refused',
		auth: (via: string, status: string, challenge: string | undefined, sent: string) =>
			`The proxy ${via} wants credentials: ${status}${challenge === undefined ? '' : `, Proxy-Authenticate: ${challenge}`}; ${sent}.`,
		refused: (via: string, target: string, status: string) =>
			`The proxy ${via} refuses to tunnel to ${target} (${status}): its rules forbid that host or port, or CONNECT at all.`,
		status: (via: string, target: string, status: string, took: string) =>
			`The proxy ${via} answers CONNECT ${target} with ${status} (${took}).`,
		noAnswerShort: 'no answer',
		withoutProxy: 'without a proxy (go uses none for it)',
		through: (proxy: string) => `through ${proxy}`,
		bothWork: (through: string, proxied: string, direct: string) => `Both ways work: ${through} ${proxied}, direct ${direct}.`,
		proxyFails: (through: string, proxied: string, direct: string) =>
			`The proxy breaks the request: ${through} it fails (${proxied}), while the direct request works (${direct}).`,
		directFails: (through: string, proxied: string, direct: string) =>
			`Only the proxy gets through: ${through} ${proxied}, direct ${direct} (the network blocks the direct way).`,
		bothFail: (through: string, proxied: string, direct: string) => `Neither way works: ${through} ${proxied}; direct ${direct}.`,
	},
	proxySettings: {
		allProxyOnly:
			'Only ALL_PROXY is set: curl and git use it, go does not (go reads HTTPS_PROXY and HTTP_PROXY only), so go connects directly.',
		none: 'Neither HTTPS_PROXY nor HTTP_PROXY is set (in either case): go connects directly.',
		reads: (used: string) => `go reads ${used}.`,
		internal: (hosts: readonly string[], noProxy: string | undefined) =>
			`${hosts.join(', ')} ${hosts.length === 1 ? 'is an internal host' : 'are internal hosts'} that go sends through the proxy: ${
				noProxy === undefined ? 'NO_PROXY is not set' : `${noProxy} does not name ${hosts.length === 1 ? 'it' : 'them'}`
			}.`,
		covered: 'No internal host goes through the proxy.',
		noGoenv: 'There is no GOENV file (GOENV=off).',
		goenvMissing: (file: string) => `The GOENV file ${file} does not exist yet: it holds no proxy variable.`,
		goenvClean: 'The GOENV file holds no proxy variable.',
		goenvIgnored: (names: string) =>
			`The GOENV file sets ${names}, which go never reads from there (go env -w refuses them: "unknown go command variable"); only the OS environment counts.`,
		noHome: 'HOME is not set: no shell profile to read.',
		noProfile: 'No shell profile sets a proxy variable.',
		profileSame: 'The shell profile and this environment agree on the proxy variables.',
		profileMissing: (file: string, name: string) =>
			`${file} sets ${name}, but this environment does not have it (a shell started before the line was added, or a desktop launcher that never reads the profile)`,
		profileDiffers: (file: string, name: string, profile: string, current: string) =>
			`${file} sets ${name}=${profile}, but this environment has ${current}`,
		unset: '(unset)',
		differs: (described: readonly string[]) => `${described.join('; ')}: go uses what this environment holds.`,
	},
	resolveHosts: {
		noneNeeded: 'No host needs a lookup here: IP addresses, or hosts go reaches through an HTTP(S) proxy.',
		host: (host: string, role: string) => `${host} (${role})`,
		every: (names: string, took: string) => `Every host resolves: ${names} (${took}).`,
		alsoResolved: (names: string) => `In this run the resolver also answered for ${names}: it works.`,
		goFetched: (names: string) => `go itself fetched from ${names} in this run, so the resolver answered for it.`,
		invalidName: 'invalid name',
		onlyOne: (names: string, code: string) => `${names} does not resolve (${code}), and no other host needed a lookup to compare with.`,
		none: (count: number, names: string) => `None of the ${count} hosts resolves: ${names}.`,
		notValid: 'it is not a valid DNS name',
		noSuchName: 'the resolver answered that no such name exists',
		noAnswer: 'the resolver gave no answer for it',
		fails: (names: string, why: string, code: string) => `${names} does not resolve: ${why} (${code}).`,
		some: (failing: string, failingCount: number, working: string, workingCount: number) =>
			`${failing} ${failingCount === 1 ? 'does' : 'do'} not resolve, while ${working} ${workingCount === 1 ? 'does' : 'do'}.`,
	},
	sumdb: {
		notTreeHead: (reason: string) => `not a signed tree head (${reason})`,
		badSignature: (name: string) => `a tree head whose signature by ${name} does not verify`,
		unverifiedNoKey: (signers: string) => `a tree head signed by ${signers} (no key to check it against)`,
		notSignedBy: (name: string, signers: string) => `a tree head not signed by ${name}'s key (signed by ${signers || 'nobody'})`,
		notTree: 'a signed note that is not a tree head',
		tree: (size: number, name: string) => `a tree of ${size} records, signed by ${name}`,
		noTreeHead: (status: string, took: string) => `${status} (${took}): no tree head.`,
		latest: (status: string, took: string, detail: string) => `${status} in ${took}: ${detail}.`,
		supported: (took: string, entry: string, name: string) =>
			`200 OK (${took}): ${entry} proxies ${name}; go reads the database through it.`,
		unsupported: (status: string, took: string, entry: string, name: string) => `${status} (${took}): ${entry} does not proxy ${name}.`,
		noRecord: (status: string, took: string, module: string, version: string) =>
			`${status} (${took}): the checksum database has no record of ${module} ${version}.`,
		noRecordShort: (status: string, took: string) => `${status} (${took}): no record.`,
		notLookup: (status: string, took: string) =>
			`${status} (${took}), but not a lookup answer (record id, go.sum lines, signed tree head).`,
		untrusted: (status: string, took: string, detail: string) => `${status} (${took}), with ${detail}: the record cannot be trusted.`,
		notListed: (status: string, took: string, id: string, module: string, version: string) =>
			`${status} (${took}): record ${id} does not list ${module} ${version}.`,
		none: '(none)',
		record: (id: string, took: string, detail: string, zip: string, mod: string) =>
			`Record ${id} (${took}, ${detail}): zip ${zip}, go.mod ${mod}.`,
	},
	traceroute: {
		notInstalled:
			'traceroute is not installed, so the route was not traced (gomod-doctor installs nothing; `apt install traceroute` would add it).',
		late: 'it did not finish before the deadline',
		noHop: (why: string) => `traceroute printed no hop: ${why}.`,
		reached: (host: string, hops: number) => `${host} is reached in ${hops} hop(s): the route is there; a port check decides the rest.`,
		stopsHere: (tries: number) => `No hop answered within ${tries} tries: packets stop right here (no route, or a local firewall).`,
		stopsAfter: (hop: number, address: string) =>
			`The route stops after hop ${hop} (${address}): beyond it nothing answers (a firewall drops the packets, or a router has no route).`,
	},
	versions: {
		empty: 'empty',
		noProxy: (goproxy: string, module: string) => `GOPROXY (${goproxy}) names no proxy to ask for the versions of ${module}.`,
		noList: (entry: string, module: string, why: string) => `${entry} did not answer the version list of ${module} (${why}).`,
		none: 'none',
		summary: (count: number, shown: string, complete: boolean) =>
			complete ? (count > 8 ? `${count} versions: ${shown}` : shown) : `more than ${count} versions (the list was cut at 4 MB): ${shown}`,
		lists: (entry: string, module: string, version: string, listed: string) => `${entry} lists ${module} ${version} (versions: ${listed}).`,
		servesUnlisted: (entry: string, module: string, version: string, listed: string) =>
			`${entry} serves ${module} ${version} (not listed, as pseudo-versions never are; listed: ${listed}).`,
		noTags: (entry: string, module: string, version: string) =>
			`${entry} knows ${module} but lists no tagged version, so ${version} cannot be found.`,
		missing: (entry: string, module: string, version: string, listed: string) => `${entry} has no ${module} ${version}; it has ${listed}.`,
		noModule: (module: string, answers: string) => `No GOPROXY entry has ${module} (${answers}).`,
		refused: (entry: string, module: string, status: string, body: string) =>
			`${entry} refuses the version list of ${module} with ${status}${body === '' ? '' : ` ("${body}")`} and asks for no credentials (no 401, no WWW-Authenticate).`,
		hasPath: (entry: string, module: string, listed: string) => `${entry} has ${module} (versions: ${listed}).`,
		asksCredentials: (entry: string, module: string, status: string) =>
			`${entry} asks for credentials (${status}) for the version list of ${module}.`,
		isFile: (target: string) => `${target} is a file, not a module directory.`,
		notExists: (target: string) => `${target} does not exist.`,
		hasGoMod: (target: string) => `${target} exists and has a go.mod.`,
		noGoMod: (target: string) => `${target} exists but has no go.mod, so go cannot use it as a module.`,
	},
	tls: {
		nodeFallback: (summary: string) => `${summary} (openssl is not installed, so Node's tls checked instead.)`,
		canceled: (where: string) => `Canceled before the TLS handshake with ${where} finished.`,
		timeout: (where: string, within: string) => `No TLS handshake with ${where} within ${within}.`,
		fails: (where: string, why: string) => `The TLS handshake with ${where} fails: ${why}.`,
		theCertificate: 'the certificate',
		unknown: 'unknown',
		fine: (where: string, leaf: string, issuer: string, notAfter: string | undefined) =>
			`TLS with ${where} is fine: ${leaf}, issued by ${issuer}${notAfter === undefined ? '' : `, valid until ${notAfter}`}.`,
		reason: (text: string, code: number) => `${text} (verify return code ${code})`,
		expired: (where: string, reason: string, notBefore: string | undefined, notAfter: string, clock: boolean) =>
			`The certificate of ${where} is out of date, ${reason}${notBefore === undefined ? '' : `: valid from ${notBefore} to ${notAfter}`}.${clock ? " Check this machine's clock." : ''}`,
		nameMismatch: (where: string, reason: string, leaf: string) =>
			`The certificate of ${where} is not valid for that name: ${reason}; it is for ${leaf}.`,
		chainFails: (where: string, reason: string) => `The certificate chain of ${where} does not verify: ${reason}.`,
		selfSignedUntrusted: (where: string, subject: string, reason: string) =>
			`The certificate of ${where} is self-signed (${subject}) and not trusted: ${reason}.`,
		chainUntrusted: (where: string, reason: string, issuer: string) =>
			`The certificate chain of ${where} does not verify: ${reason}. Issuer: ${issuer}. A CA that go does not trust here, such as a corporate TLS-interception CA, shows up like this.`,
		refused: 'the connection was refused',
		noResolve: 'the host name does not resolve',
		noResolveCode: (code: string) => `the host name does not resolve (${code})`,
		unreachable: 'the host is unreachable',
		notTls: 'the server does not speak TLS on this port (plain HTTP?)',
		ended: (alert: string | undefined) => `the server ended the handshake${alert === undefined ? '' : ` (alert: ${alert})`}`,
		noCertificate: 'the server sent no certificate (the connection closed during the handshake)',
		unreadable: (where: string) => `The certificates ${where} sent could not be read.`,
		trusted: (where: string, path: string, authority: string, notAfter: string) =>
			`go trusts the certificate of ${where}: ${path}, issued by ${authority}, valid until ${notAfter}.`,
		outOfDate: (where: string, subject: string, notBefore: string, notAfter: string, goError: string) =>
			`The certificate chain of ${where} is outside its validity period (${subject}: ${notBefore} to ${notAfter}): go says ${goError}. A clock that is wrong, or a certificate the server's operator must renew.`,
		interceptedBy: (name: string) => ` The chain comes from ${name}, which stands in the way.`,
		notForName: (where: string, goError: string, intercepted: string) =>
			`The certificate of ${where} is not for that name: go says ${goError} (a wrong host name, or an interception proxy answering for it).${intercepted}`,
		selfSigned: (where: string, subject: string, goError: string) =>
			`The certificate of ${where} is self-signed (${subject}) and go does not trust it: go says ${goError}.`,
		publicName: (host: string) =>
			`a CA that go's roots do not hold, for the public name ${host}: how TLS interception by a corporate proxy looks`,
		productCa: (product: string) => `${product}'s TLS-interception CA`,
		intercepted: (where: string, authority: string, by: string, goError: string, path: string) =>
			`The certificate of ${where} is issued by ${authority}, ${by}. go says ${goError}. Chain: ${path}.`,
		unknownCa: (where: string, authority: string, goError: string, path: string) =>
			`The certificate of ${where} is issued by ${authority}, a CA that go's trusted roots do not hold: go says ${goError}. Chain: ${path}.`,
		anUnknownCa: 'an unknown CA',
	},
};
