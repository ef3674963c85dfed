/**
What gomod-doctor says about checksum mismatches (§2.4, §4.2), the checksum database and turning verification
off to isolate a fault (§4.3). Functions take values already redacted. Commands, environment names, hashes and
go's own text stay as they are.
*/
export const checksum = {
	// Which side disagrees (the comparison's evidence and the findings).
	side: {
		goSum: (module: string, version: string, goSum: string, agreed: string) =>
			`go.sum's line for ${module} ${version} is the wrong side: it says ${goSum}, but ${agreed} agree on another hash. A bad merge or a hand edit, not altered code.`,
		mirror: (module: string, version: string, altered: string, reference: string, agreeing: string) =>
			`${altered} serves altered content for ${module} ${version}: it disagrees with ${reference}${agreeing === '' ? '' : ` and with ${agreeing}`}. go refused it, rightly.`,
		mirrorAlone: (module: string, version: string, altered: string, reference: string) =>
			`${altered} serves content for ${module} ${version} that differs from ${reference}. It is the only source asked, so an altered mirror cannot be told from a re-tag upstream; either way do not accept it.`,
		retagged: (module: string, version: string, database: string, sources: string) =>
			`${module} ${version} was re-tagged upstream: ${database} holds the hash it first recorded, while ${sources} (which fetched it later) agree on other content.`,
		cache: (module: string, version: string, problem: string) => `The module cache's copy of ${module} ${version} is corrupted: ${problem}`,
		agree: (module: string, version: string) => `Every source agrees on ${module} ${version} now, and with go.sum: the mismatch go reported could not be reproduced from here.`,
		unknown: (module: string, version: string) =>
			`Which side of the mismatch for ${module} ${version} is wrong could not be decided: the sources that answered do not agree with each other, or there is nothing to compare with.`,
		table: 'Hashes compared',
		notChecked: 'direct (the origin, through its VCS) is not checked: that needs git; the GOPROXY entries are.',
	},
	database: {
		off: (why: string) => `Not asked: ${why}.`,
		offGosumdb: 'GOSUMDB=off',
		exempt: (module: string) => `${module} matches GONOSUMDB/GOPRIVATE, so go never asks the checksum database about it`,
		invalid: (reason: string) => `GOSUMDB cannot be used: ${reason}`,
	},
	// The repairs.
	fixGoSumTitle: (module: string, version: string) => `Correct go.sum: remove the lines of ${module} ${version} and download it again (verified)`,
	fixGoSumDetail: (lines: string, database: string) =>
		`Removes ${lines} from go.sum, then go mod download writes the lines again${database === '' ? '' : ` after checking them against ${database}`}. Accepting a new hash gives up the promise go.sum makes (every download matches the first one); it is right here only because the checksum database and every proxy agree that go.sum is the odd one out.`,
	cleanCacheTitle: 'Clean the module cache (go clean -modcache), then download again',
	cleanCacheDetail: (module: string) =>
		`The cached copy of ${module} disagrees with itself. go clean -modcache deletes every download (it cannot be undone); go downloads what it needs again and checks it against go.sum. go.sum stays as it is.`,
	pinTitle: (module: string, version: string) => `Keep ${module} at the content the checksum database recorded for ${version}, or move to a new version`,
	pinDetail: (module: string, version: string) =>
		`Do not update go.sum to the new content: that accepts code nobody reviewed under an old version number. Ask the maintainer of ${module} to publish a new version instead of moving ${version}; a proxy that cached ${version} before the re-tag (proxy.golang.org keeps it) still serves the original.`,
	// §4.3: a reproduction with verification off.
	isolateTitle: (module: string, version: string) => `Reproduce ${module}@${version} once with verification off (this run only)`,
	isolateDetail: (variables: string) =>
		`Runs go mod download -json once with ${variables} set for that process only, in an empty directory outside the project (go.sum is neither read nor written) and with an empty temporary module cache. It weakens security for that one run and is never written with go env -w; it shows the real error behind the verification step.`,
	isolateWorks: (module: string, sum: string, goModSum: string) =>
		`With verification off go downloads ${module} (zip ${sum}, go.mod ${goModSum}): the download itself works; verification is what stopped go. Compare these hashes with go.sum before accepting anything.`,
	isolateFails: (error: string) => `With verification off go still fails: ${error} This is the real error; verification was not what stopped go.`,
	isolateRefused: (reason: string) => `Not run: ${reason}.`,
	// Checksum database reachability.
	useMirrorTitle: (mirror: string) => `Read the checksum database from ${mirror} (go env -w GOSUMDB)`,
	useMirrorDetail: (name: string, mirror: string) =>
		`${mirror} serves the same database: its tree head is signed by the key of ${name}, so go verifies exactly as before, only from a URL it can reach.`,
	privatePathsTitle: 'Keep private module paths away from the checksum database (GOPRIVATE or GONOSUMDB)',
	privatePathsDetail: (paths: string) =>
		`The public checksum database cannot know private modules. ${paths === '' ? 'For your private paths' : `For ${paths}`}: go env -w GOPRIVATE=<pattern> (also keeps them away from the proxy) or GONOSUMDB=<pattern>. It only skips verification for those paths; go.sum still protects them after the first download.`,
	mirrorFound: (mirror: string, name: string) => `${mirror} answers with a tree head signed by ${name}'s key: a mirror of the same database.`,
	mirrorNone: (name: string) => `No mirror of ${name} answered (known mirrors and GOMOD_DOCTOR_SUMDB_MIRRORS).`,
	explicitUrl: (url: string) => `GOSUMDB names its URL (${url}): go asks it directly and never through a GOPROXY entry.`,
	noProxy: 'No GOPROXY entry proxies it: go asks the database directly.',
	servedBy: (proxy: string, role: 'goproxy' | 'candidate') =>
		`${proxy} (${role === 'goproxy' ? 'a GOPROXY entry' : 'a candidate'}) serves sum.golang.org (/sumdb/sum.golang.org/supported answers 200).`,
	servedNone: (asked: number) => `None of the ${asked} proxies measured serves sum.golang.org.`,
	servedNoneAsked: 'No proxy was measured that go could read sum.golang.org through.',
	defaultTitle: 'Use the default checksum database (sum.golang.org) through your GOPROXY',
	defaultDetail: (gosumdb: string, proxy: string) =>
		`GOSUMDB=${gosumdb} sends go to a database it cannot reach, while ${proxy}, which GOPROXY already names, serves sum.golang.org: without the setting go uses go.env's default and reads it there. Verification stays exactly as strict.`,
	servedTitle: (proxy: string) => `Read sum.golang.org through ${proxy} (go env -w GOSUMDB)`,
	servedDetail: (proxy: string) =>
		`${proxy} serves sum.golang.org, so go verifies against the same database, with the same key, only through a proxy it can reach.`,
};
