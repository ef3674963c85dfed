import type {Category} from '../model/taxonomy.js';

const explanations: Readonly<Record<Category, string>> = {
	dns:
		'A host name that go needs (a GOPROXY entry, the checksum database or a version-control host) could not be resolved to an address. Nothing was wrong with the module itself: this machine\'s resolver either does not know the name or did not answer. Check /etc/resolv.conf and whether other names resolve, or switch to a GOPROXY entry whose name does resolve.',
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
		'The module is private: fetching it needs credentials, or it must bypass the public proxy and checksum database, which cannot see it (a 404 or 410 from them for a private host means exactly that). Set GOPRIVATE to the module\'s host or path prefix, and give go a way to authenticate: a .netrc entry, a git credential helper, SSH through url.insteadOf, or GOAUTH.',
	tls:
		'The TLS connection failed on a certificate: it is signed by an authority this machine does not trust (often a corporate interception proxy), it has expired, or it names another host. Install the missing CA certificate (the system store, or SSL_CERT_FILE) rather than turning verification off; GOINSECURE for one private host is the last resort, and it weakens security.',
	'checksum-mismatch':
		'The downloaded content hashes differently from go.sum or the checksum database: a mirror serves altered or corrupted files, the cache holds a damaged copy, or the go.sum line itself is wrong (a re-tagged version). Find out which source disagrees before changing anything: deleting go.sum gives up the protection that caught this.',
	sumdb:
		'The checksum database (GOSUMDB, sum.golang.org by default) could not be reached or refused the lookup, so go could not verify the module. Use a reachable mirror of it (GOSUMDB=sum.golang.google.cn, or a GOPROXY that proxies the database), and keep private paths out of it with GOPRIVATE or GONOSUMDB.',
	'goproxy-config':
		"go's own configuration is wrong: GOPROXY is off or empty, an entry is not a valid URL, GOFLAGS forces a mode that cannot work (-mod=vendor with an inconsistent vendor tree), or an OS environment variable shadows a value written with go env -w. Check `go env`, and fix the value with go env -w or in the shell profile.",
	vcs:
		'A direct fetch from version control failed for a reason other than credentials: git (or hg, svn) is not installed, the host does not serve the go-import meta tag, it offers no secure protocol, or git itself failed. Install git, fetch the module through a GOPROXY instead, or for an http-only private host allow it with GOINSECURE (which weakens security).',
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
};

/** One paragraph on what a category means and what usually fixes it. */
export function explainCategory(category: Category): string {
	return explanations[category];
}
