import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {classifyGoOutput, type ClassifiedItem} from '../../source/classify/classify-go-error.js';
import type {Category} from '../../source/model/taxonomy.js';
import {english} from '../helpers/text.js';

type Case = {
	readonly name: string;
	readonly input: string;
	readonly category: Category;
	readonly module?: string;
	readonly version?: string;
	readonly host?: string;
	readonly cause?: Category;
	readonly status?: number;
};

/** Realistic go error shapes, one or more per category of taxonomy.md. */
const cases: readonly Case[] = [
	// Dns
	{
		name: 'dns: lookup … no such host',
		input:
			'go: example.com/x@v1.0.0: Get "https://proxy.golang.org/example.com/x/@v/v1.0.0.info": dial tcp: lookup proxy.golang.org on 10.0.0.1:53: no such host',
		category: 'dns',
		module: 'example.com/x',
		version: 'v1.0.0',
		host: 'proxy.golang.org',
	},
	{
		name: 'dns: server misbehaving',
		input:
			'go: github.com/pkg/errors@v0.9.1: Get "https://goproxy.cn/github.com/pkg/errors/@v/v0.9.1.mod": dial tcp: lookup goproxy.cn on 127.0.0.53:53: server misbehaving',
		category: 'dns',
		module: 'github.com/pkg/errors',
		version: 'v0.9.1',
		host: 'goproxy.cn',
	},
	{
		name: 'dns: a lookup that times out is DNS, not a connection timeout',
		input:
			'go: golang.org/x/text@v0.14.0: Get "https://proxy.golang.org/golang.org/x/text/@v/v0.14.0.zip": dial tcp: lookup proxy.golang.org on 192.168.1.1:53: read udp 192.168.1.20:41234->192.168.1.1:53: i/o timeout',
		category: 'dns',
		module: 'golang.org/x/text',
		version: 'v0.14.0',
		host: 'proxy.golang.org',
	},
	{
		name: 'dns: git cannot resolve the host',
		input:
			"go: module git.example.net/tools/cli: git ls-remote -q origin in /home/dev/go/pkg/mod/cache/vcs/abc: exit status 128:\n\tfatal: unable to access 'https://git.example.net/tools/cli/': Could not resolve host: git.example.net",
		category: 'dns',
		module: 'git.example.net/tools/cli',
		host: 'git.example.net',
	},
	// Timeout
	{
		name: 'timeout: dial i/o timeout',
		input:
			'go: github.com/foo/bar@v1.2.3: Get "https://proxy.golang.org/github.com/foo/bar/@v/v1.2.3.zip": dial tcp 142.250.1.1:443: i/o timeout',
		category: 'timeout',
		module: 'github.com/foo/bar',
		version: 'v1.2.3',
		host: 'proxy.golang.org',
	},
	{
		name: 'timeout: context deadline exceeded',
		input: 'go: github.com/foo/bar@v1.2.3: Get "https://goproxy.io/github.com/foo/bar/@v/v1.2.3.info": context deadline exceeded',
		category: 'timeout',
		host: 'goproxy.io',
	},
	{
		name: 'timeout: TLS handshake timeout',
		input:
			'go: github.com/foo/bar@v1.2.3: Get "https://proxy.golang.org/github.com/foo/bar/@v/v1.2.3.info": net/http: TLS handshake timeout',
		category: 'timeout',
		host: 'proxy.golang.org',
	},
	{
		name: 'timeout: Client.Timeout exceeded while awaiting headers',
		input:
			'go: github.com/foo/bar@v1.2.3: Get "https://proxy.golang.org/github.com/foo/bar/@v/v1.2.3.info": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
		category: 'timeout',
		module: 'github.com/foo/bar',
	},
	// Refused
	{
		name: 'refused: connection refused',
		input:
			'go: example.com/lab/greet@v1.2.0: Get "http://127.0.0.1:4312/example.com/lab/greet/@v/v1.2.0.mod": dial tcp 127.0.0.1:4312: connect: connection refused',
		category: 'refused',
		module: 'example.com/lab/greet',
		version: 'v1.2.0',
		host: '127.0.0.1',
	},
	{
		name: 'refused: connection reset by peer',
		input:
			'go: github.com/a/b@v1.0.0: Get "https://goproxy.cn/github.com/a/b/@v/v1.0.0.zip": read tcp 10.0.0.5:51234->1.2.3.4:443: read: connection reset by peer',
		category: 'refused',
		host: 'goproxy.cn',
	},
	{
		name: 'refused: network is unreachable (a dial with no URL)',
		input: 'go: github.com/a/b@v1.0.0: dial tcp [2607:f8b0:4004:c1b::8d]:443: connect: network is unreachable',
		category: 'refused',
		host: '2607:f8b0:4004:c1b::8d',
	},
	{
		name: 'refused: no route to host',
		input:
			'go: github.com/a/b@v1.0.0: Get "https://athens.example.org/github.com/a/b/@v/v1.0.0.info": dial tcp 10.20.30.40:443: connect: no route to host',
		category: 'refused',
		host: 'athens.example.org',
	},
	// Http-proxy
	{
		name: 'http-proxy: proxyconnect refused (the proxy host, not the target, is named)',
		input:
			'go: github.com/a/b@v1.0.0: Get "https://proxy.golang.org/github.com/a/b/@v/v1.0.0.info": proxyconnect tcp: dial tcp 10.1.1.1:3128: connect: connection refused',
		category: 'http-proxy',
		host: '10.1.1.1',
		cause: 'refused',
	},
	{
		name: 'http-proxy: proxy name does not resolve',
		input:
			'go: github.com/a/b@v1.0.0: Get "https://proxy.golang.org/github.com/a/b/@v/v1.0.0.info": proxyconnect tcp: dial tcp: lookup squid.corp.example: no such host',
		category: 'http-proxy',
		host: 'squid.corp.example',
		cause: 'dns',
	},
	{
		name: 'http-proxy: 407 Proxy Authentication Required',
		input: 'go: github.com/a/b@v1.0.0: Get "https://proxy.golang.org/github.com/a/b/@v/v1.0.0.info": Proxy Authentication Required',
		category: 'http-proxy',
		module: 'github.com/a/b',
	},
	// Proxy-bad-response
	{
		name: 'proxy-bad-response: 502',
		input: 'go: example.com/x@v1.0.0: reading https://goproxy.example/example.com/x/@v/v1.0.0.info: 502 Bad Gateway',
		category: 'proxy-bad-response',
		module: 'example.com/x',
		version: 'v1.0.0',
		host: 'goproxy.example',
		status: 502,
	},
	{
		name: 'proxy-bad-response: 503 with a server response',
		input:
			'go: example.com/x@v1.0.0: reading https://goproxy.example/example.com/x/@v/v1.0.0.mod: 503 Service Unavailable\n\tserver response: upstream overloaded',
		category: 'proxy-bad-response',
		status: 503,
	},
	{
		name: 'proxy-bad-response: 404 answered with an HTML page (a reverse proxy in front)',
		input:
			'go: github.com/a/b@v1.0.0: reading https://mirror.example.org/go/github.com/a/b/@v/v1.0.0.info: 404 Not Found\n\tserver response:\n\t<html>\n\t<head><title>404 Not Found</title></head>\n\t<body><center>nginx</center></body>\n\t</html>',
		category: 'proxy-bad-response',
		module: 'github.com/a/b',
		host: 'mirror.example.org',
	},
	{
		name: 'proxy-bad-response: HTML where JSON was expected',
		input:
			'go: example.com/lab/hello@v1.0.0: invalid response from proxy "http://127.0.0.1:46811": invalid character \'<\' looking for beginning of value',
		category: 'proxy-bad-response',
		module: 'example.com/lab/hello',
		host: '127.0.0.1',
	},
	// Not-found
	{
		name: 'not-found: 404 with unknown revision',
		input:
			'go: example.com/x@v9.9.9: reading https://proxy.golang.org/example.com/x/@v/v9.9.9.info: 404 Not Found\n\tserver response: not found: example.com/x@v9.9.9: invalid version: unknown revision v9.9.9',
		category: 'not-found',
		module: 'example.com/x',
		version: 'v9.9.9',
		host: 'proxy.golang.org',
		status: 404,
	},
	{
		name: 'not-found: 410 Gone',
		input: 'go: github.com/gone/away@v1.0.0: reading https://proxy.golang.org/github.com/gone/away/@v/v1.0.0.info: 410 Gone',
		category: 'not-found',
		status: 410,
	},
	{
		name: 'not-found: invalid version: unknown revision (direct)',
		input: 'go: github.com/a/b@v1.2.4: invalid version: unknown revision v1.2.4',
		category: 'not-found',
		module: 'github.com/a/b',
		version: 'v1.2.4',
	},
	{
		name: 'not-found: no matching versions for query',
		input: 'go: github.com/a/b@latest: no matching versions for query "latest"',
		category: 'not-found',
		module: 'github.com/a/b',
		version: 'latest',
	},
	// Private-auth
	{
		name: 'private-auth: 404 from the public proxy, server response says it could not read a username',
		input:
			"go: github.com/acme/secret-sauce@v1.0.0: reading https://proxy.golang.org/github.com/acme/secret-sauce/@v/v1.0.0.info: 404 Not Found\n\tserver response:\n\tnot found: github.com/acme/secret-sauce@v1.0.0: invalid version: git ls-remote -q origin in /tmp/gopath/pkg/mod/cache/vcs/abc: exit status 128:\n\t\tfatal: could not read Username for 'https://github.com': terminal prompts disabled",
		category: 'private-auth',
		module: 'github.com/acme/secret-sauce',
		version: 'v1.0.0',
	},
	{
		name: 'private-auth: 404 for a private-looking host',
		input:
			'go: gitlab.company.com/team/lib@v0.4.0: reading https://proxy.golang.org/gitlab.company.com/team/lib/@v/v0.4.0.info: 404 Not Found',
		category: 'private-auth',
		module: 'gitlab.company.com/team/lib',
		host: 'gitlab.company.com',
	},
	{
		name: 'private-auth: 410 from the public proxy for git.internal',
		input: 'go: git.internal/infra/tools@v1.4.0: reading https://proxy.golang.org/git.internal/infra/tools/@v/v1.4.0.mod: 410 Gone',
		category: 'private-auth',
		module: 'git.internal/infra/tools',
		host: 'git.internal',
	},
	{
		name: 'private-auth: terminal prompts disabled (direct)',
		input:
			"go: gitlab.example.org/team/billing@v1.3.2: git ls-remote -q origin in /go/pkg/mod/cache/vcs/5c1b: exit status 128:\n\tfatal: could not read Username for 'https://gitlab.example.org': terminal prompts disabled",
		category: 'private-auth',
		module: 'gitlab.example.org/team/billing',
		host: 'gitlab.example.org',
	},
	{
		name: 'private-auth: Permission denied (publickey)',
		input:
			'go: github.com/acme/private@v0.1.0: git ls-remote -q origin in /root/go/pkg/mod/cache/vcs/1f2e: exit status 128:\n\tgit@github.com: Permission denied (publickey).\n\tfatal: Could not read from remote repository.',
		category: 'private-auth',
		host: 'github.com',
	},
	{
		name: 'private-auth: 401 from a GOPROXY',
		input: 'go: example.com/lab/greet@v1.2.0: reading http://127.0.0.1:42123/example.com/lab/greet/@v/v1.2.0.mod: 401 Unauthorized',
		category: 'private-auth',
		host: '127.0.0.1',
		status: 401,
	},
	{
		name: 'private-auth: 403 Forbidden',
		input:
			'go: corp.example/lib@v1.0.0: reading https://athens.corp.example/corp.example/lib/@v/v1.0.0.info: 403 Forbidden\n\tserver response: forbidden',
		category: 'private-auth',
		status: 403,
	},
	{
		name: 'private-auth: GOAUTH encountered errors',
		input:
			'go: git.corp.example/x@v1.0.0: GOAUTH encountered errors for https://git.corp.example/x:\n\tgo: GOAUTH=command helper: exit status 1',
		category: 'private-auth',
		module: 'git.corp.example/x',
	},
	// Tls
	{
		name: 'tls: unknown authority',
		input:
			'go: github.com/google/uuid@v1.6.0: Get "https://proxy.golang.org/github.com/google/uuid/@v/v1.6.0.zip": tls: failed to verify certificate: x509: certificate signed by unknown authority',
		category: 'tls',
		module: 'github.com/google/uuid',
		host: 'proxy.golang.org',
	},
	{
		name: 'tls: expired certificate',
		input:
			'go: corp.example/lib@v1.0.0: Get "https://goproxy.corp.example/corp.example/lib/@v/v1.0.0.info": x509: certificate has expired or is not yet valid: current time 2025-01-01T00:00:00Z is after 2024-12-01T00:00:00Z',
		category: 'tls',
		host: 'goproxy.corp.example',
	},
	{
		name: 'tls: certificate for another name',
		input:
			'go: github.com/a/b@v1.0.0: Get "https://goproxy.io/github.com/a/b/@v/v1.0.0.info": tls: failed to verify certificate: x509: certificate is valid for *.cdn.example, not goproxy.io',
		category: 'tls',
		host: 'goproxy.io',
	},
	// Checksum-mismatch
	{
		name: 'checksum-mismatch: go.sum disagrees',
		input:
			"verifying example.com/lab/hello@v1.0.0: checksum mismatch\n\tdownloaded: h1:NZ2rlb/TeTUyzSvzH8LuJcWqLr3/bmVw/bMoRQ7hkP4=\n\tgo.sum:     h1:ggI0pEChuOcUIzN1iC9wW1KYmR9duEgyjGY5e0i0BEA=\n\nSECURITY ERROR\nThis download does NOT match an earlier download recorded in go.sum.\nThe bits may have been replaced on the origin server, or an attacker may\nhave intercepted the download attempt.\n\nFor more information, see 'go help module-auth'.",
		category: 'checksum-mismatch',
		module: 'example.com/lab/hello',
		version: 'v1.0.0',
	},
	{
		name: 'checksum-mismatch: the go.mod file, against the checksum database',
		input:
			'go: github.com/a/b@v1.0.0: verifying go.mod: checksum mismatch\n\tdownloaded: h1:AAAA\n\tsum.golang.org: h1:BBBB\n\nSECURITY ERROR\nThis download does NOT match the one reported by the checksum server.',
		category: 'checksum-mismatch',
		module: 'github.com/a/b',
	},
	// Sumdb
	{
		name: 'sumdb: unreachable',
		input:
			'go: github.com/a/b@v1.0.0: verifying module: github.com/a/b@v1.0.0: Get "https://sum.golang.org/lookup/github.com/a/b@v1.0.0": dial tcp 142.251.1.1:443: i/o timeout',
		category: 'sumdb',
		module: 'github.com/a/b',
		version: 'v1.0.0',
		host: 'sum.golang.org',
		cause: 'timeout',
	},
	{
		// Sum.golang.org answers 410 only when the origin cannot produce the version: here it says it does not exist.
		name: 'not-found: sum.golang.org 410 for a public path',
		input:
			'go: github.com/a/b@v1.0.1: verifying module: github.com/a/b@v1.0.1: reading https://sum.golang.org/lookup/github.com/a/b@v1.0.1: 410 Gone\n\tserver response: not found: github.com/a/b@v1.0.1: invalid version: unknown revision v1.0.1',
		category: 'not-found',
		host: 'sum.golang.org',
		status: 410,
	},
	{
		name: 'sumdb: 404 for a private path is private-auth',
		input:
			'go: git.corp.example/team/x@v1.0.0: verifying module: git.corp.example/team/x@v1.0.0: reading https://sum.golang.org/lookup/git.corp.example/team/x@v1.0.0: 404 Not Found\n\tserver response: not found: git.corp.example/team/x@v1.0.0: unrecognized import path "git.corp.example/team/x": https fetch: Get "https://git.corp.example/team/x?go-get=1": dial tcp: lookup git.corp.example on 8.8.8.8:53: no such host',
		category: 'private-auth',
		module: 'git.corp.example/team/x',
		host: 'git.corp.example',
	},
	{
		name: 'sumdb: misconfigured GOSUMDB',
		input: 'go: github.com/a/b@v1.0.0: verifying module: invalid GOSUMDB: malformed verifier id',
		category: 'sumdb',
	},
	// Goproxy-config
	{
		name: 'goproxy-config: GOPROXY=off',
		input: 'go: github.com/a/b@v1.0.0: module lookup disabled by GOPROXY=off',
		category: 'goproxy-config',
		module: 'github.com/a/b',
	},
	{
		name: 'goproxy-config: empty list',
		input: 'go: GOPROXY list is not the empty string, but contains no entries',
		category: 'goproxy-config',
	},
	{
		name: 'goproxy-config: credentials in an http:// GOPROXY entry',
		input:
			'go: example.com/lab/greet@v1.2.0: refusing to pass credentials to insecure URL: http://***@127.0.0.1:1/example.com/lab/greet/@v/v1.2.0.mod',
		category: 'goproxy-config',
		module: 'example.com/lab/greet',
		host: '127.0.0.1',
	},
	{name: 'goproxy-config: missing scheme', input: 'go: invalid proxy URL missing scheme: goproxy.cn/', category: 'goproxy-config'},
	{
		name: 'goproxy-config: inconsistent vendoring',
		input:
			'go: inconsistent vendoring in /src/app:\n\tgithub.com/a/b@v1.0.0: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt',
		category: 'goproxy-config',
	},
	// Vcs
	{
		name: 'vcs: git missing',
		input: 'go: github.com/a/b@v1.0.0: git init --bare in /root/go/pkg/mod/cache/vcs/abc: exec: "git": executable file not found in $PATH',
		category: 'vcs',
		module: 'github.com/a/b',
	},
	{
		name: 'vcs: unrecognized import path (no go-import meta tag)',
		input:
			'go: example.org/thing@v1.0.0: unrecognized import path "example.org/thing": reading https://example.org/thing?go-get=1: 404 Not Found',
		category: 'vcs',
		module: 'example.org/thing',
		host: 'example.org',
	},
	{
		name: 'vcs: no secure protocol',
		input: 'go: module plain.example.net/x: no secure protocol found for repository',
		category: 'vcs',
		module: 'plain.example.net/x',
	},
	{
		name: 'vcs: git ls-remote exit status 128 without an auth message',
		input:
			"go: github.com/a/b@v1.0.0: git ls-remote -q origin in /root/go/pkg/mod/cache/vcs/abc: exit status 128:\n\tfatal: protocol 'htps' is not supported",
		category: 'vcs',
		module: 'github.com/a/b',
	},
	// Module-path
	{
		name: 'module-path: declares its path as',
		input:
			'go: github.com/fork/lib@v1.2.0: parsing go.mod:\n\tmodule declares its path as: github.com/upstream/lib\n\t        but was required as: github.com/fork/lib',
		category: 'module-path',
		module: 'github.com/fork/lib',
		version: 'v1.2.0',
	},
	{
		name: 'module-path: malformed module path',
		input: 'go: malformed module path "mylib": missing dot in first path element',
		category: 'module-path',
	},
	{
		name: 'module-path: a missing /v2 suffix',
		input:
			'go: github.com/a/b@v2.0.0: invalid version: module contains a go.mod file, so module path must match major version ("github.com/a/b/v2")',
		category: 'module-path',
	},
	// Cache
	{
		name: 'cache: permission denied under pkg/mod',
		input: 'go: github.com/a/b@v1.0.0: mkdir /home/dev/go/pkg/mod/cache/download/github.com/a: permission denied',
		category: 'cache',
		module: 'github.com/a/b',
	},
	// A zip go cannot open most likely came broken from the mirror; only a clean download tells it from the cache.
	{
		name: 'proxy-bad-response: not a valid zip file',
		input: 'go: github.com/a/b@v1.0.0: zip: not a valid zip file',
		category: 'proxy-bad-response',
	},
	{
		name: 'cache: no space left',
		input: 'go: github.com/a/b@v1.0.0: write /root/go/pkg/mod/cache/download/github.com/a/b/@v/v1.0.0.zip123: no space left on device',
		category: 'cache',
	},
	{
		name: 'cache: unexpected EOF reading the cache',
		input: 'go: github.com/a/b@v1.0.0: read /root/go/pkg/mod/cache/download/github.com/a/b/@v/v1.0.0.zip: unexpected EOF',
		category: 'cache',
	},
	// Toolchain
	{
		name: 'toolchain: downloading a toolchain, then an error',
		input: 'go: downloading go1.23.0 (linux/amd64)\ngo: download go1.23.0 for linux/amd64: toolchain not available',
		category: 'toolchain',
		version: 'go1.23.0',
	},
	{
		name: 'toolchain: the toolchain download failed on the network',
		input:
			'go: downloading go1.23.0 (linux/amd64)\ngo: golang.org/toolchain@v0.0.1-go1.23.0.linux-amd64: Get "https://proxy.golang.org/golang.org/toolchain/@v/v0.0.1-go1.23.0.linux-amd64.zip": dial tcp: lookup proxy.golang.org: no such host',
		category: 'toolchain',
		version: 'go1.23.0',
		cause: 'dns',
	},
	{
		name: 'toolchain: GOTOOLCHAIN=local',
		input: 'go: go.mod requires go >= 1.30 (running go 1.26.8; GOTOOLCHAIN=local)',
		category: 'toolchain',
		version: 'go1.30',
	},
	// Go-sum-missing
	{
		name: 'go-sum-missing: missing entry',
		input:
			'main.go:4:2: missing go.sum entry for module providing package github.com/a/b/pkg (imported by example.com/app); to add:\n\tgo get example.com/app',
		category: 'go-sum-missing',
		module: 'github.com/a/b/pkg',
	},
	{name: 'go-sum-missing: readonly', input: 'go: updates to go.sum needed, disabled by -mod=readonly', category: 'go-sum-missing'},
	// State categories
	{name: 'go-missing', input: 'bash: go: command not found', category: 'go-missing'},
	{
		name: 'no-module',
		input: "go: go.mod file not found in current directory or any parent directory; see 'go help modules'",
		category: 'no-module',
	},
	// Other
	{
		name: 'other: a go error that fits nothing',
		input: 'go: github.com/a/b@v1.0.0: something entirely unexpected happened',
		category: 'other',
		module: 'github.com/a/b',
	},
];

function only(input: string): ClassifiedItem {
	const result = classifyGoOutput(input);
	assert.equal(result.kind, 'classified', `not classified: ${input}`);
	assert.equal(
		result.items.length,
		1,
		`expected one item, got ${JSON.stringify(result.items.map((item) => [item.category, item.module]))}`,
	);
	return result.items[0]!;
}

describe('classifyGoOutput: each category of taxonomy.md', () => {
	for (const item of cases) {
		test(item.name, () => {
			const found = only(item.input);
			assert.equal(found.category, item.category);
			for (const key of ['module', 'version', 'host', 'cause', 'status'] as const) {
				if (item[key] !== undefined) {
					assert.equal(found[key], item[key], `${key} of ${item.name}`);
				}
			}

			assert.ok(found.line.length > 0 && found.line.length <= 305, 'the matched line is kept, trimmed');
			assert.ok(english(found.explanation).length > 40, 'an explanation paragraph');
		});
	}

	test('every download category of the taxonomy has at least one case above', async () => {
		const {downloadCategories} = await import('../../source/model/taxonomy.js');
		const covered = new Set(cases.map((item) => item.category));
		assert.deepEqual(
			downloadCategories.filter((category) => !covered.has(category)),
			[],
		);
	});
});

describe('classifyGoOutput: extraction details', () => {
	test('module paths in proxy URLs are case-decoded and the proxy base path skipped', () => {
		const found = only(
			'go: reading https://nexus.corp.example/repository/go-proxy/github.com/!burnt!sushi/toml/@v/v1.3.2.info: 502 Bad Gateway',
		);
		assert.equal(found.module, 'github.com/BurntSushi/toml');
		assert.equal(found.version, 'v1.3.2');
		assert.equal(found.host, 'nexus.corp.example');
	});

	test('the line is trimmed to about 300 characters and keeps its end, where go puts the cause', () => {
		const long = `go: example.com/x@v1.0.0: Get "https://proxy.golang.org/${'a/'.repeat(400)}@v/v1.0.0.zip": dial tcp 1.2.3.4:443: connect: connection refused`;
		const found = only(long);
		assert.ok(found.line.length <= 305);
		assert.match(found.line, /connection refused$/);
		assert.match(found.line, /^go: example\.com\/x@v1\.0\.0/);
	});

	test('credentials in a matched line are redacted', () => {
		const found = only(
			'go: corp.example/x@v1.0.0: reading https://bob:hunter2hunter2@goproxy.corp.example/corp.example/x/@v/v1.0.0.info: 502 Bad Gateway',
		);
		assert.ok(!found.line.includes('hunter2hunter2'));
		assert.equal(found.host, 'goproxy.corp.example');
	});

	test('an e-mail address or git@host is not taken for a module', () => {
		const found = only('go: fatal: git@github.com: Permission denied (publickey). Contact admin@corp.example');
		assert.equal(found.module, undefined);
	});

	test('go mod download -json output pasted as is: the escaped Error string is read', () => {
		const json = `{\n\t"Path": "example.com/lab/hello",\n\t"Version": "v1.0.0",\n\t"Error": "example.com/lab/hello@v1.0.0: reading http://127.0.0.1:38175/example.com/lab/hello/@v/v1.0.0.info: 403 Forbidden\\n\\tserver response: forbidden: this GOPROXY does not serve requests from your address"\n}`;
		const found = only(json);
		assert.equal(found.category, 'private-auth');
		assert.equal(found.module, 'example.com/lab/hello');
		assert.equal(found.status, 403);
	});
});

describe('classifyGoOutput: fixes', () => {
	suggestedFixTests();
	fixChoiceAndShapeTests();
});

/** Which fix each failure suggests (GOPROXY, GOPRIVATE, .netrc) and which weaken security. */
function suggestedFixTests(): void {
	test('DNS suggests a go env -w GOPROXY change with argv and changes that agree', () => {
		const found = only(
			'go: example.com/x@v1.0.0: Get "https://proxy.golang.org/example.com/x/@v/v1.0.0.info": dial tcp: lookup proxy.golang.org on 10.0.0.1:53: no such host',
		);
		const fix = found.fixes.find((item) => item.kind === 'go-env');
		assert.ok(fix);
		const change = fix.changes?.[0];
		assert.ok(change);
		assert.equal(change.key, 'GOPROXY');
		assert.deepEqual(fix.argv, ['go', 'env', '-w', `GOPROXY=${change.value}`]);
		assert.ok(!change.value?.includes('proxy.golang.org'), 'the failing host is not suggested again');
		assert.equal(fix.weakensSecurity, false);
	});

	test('private-auth suggests GOPRIVATE for the private host', () => {
		const found = only(
			'go: gitlab.company.com/team/lib@v0.4.0: reading https://proxy.golang.org/gitlab.company.com/team/lib/@v/v0.4.0.info: 404 Not Found',
		);
		const fix = found.fixes.find((item) => item.id === 'goprivate-host');
		assert.deepEqual(fix?.argv, ['go', 'env', '-w', 'GOPRIVATE=gitlab.company.com']);
		assert.equal(fix?.weakensSecurity, false);
	});

	test('a private repository on a shared forge: GOPRIVATE names the owner, not all of github.com', () => {
		const found = only(
			"go: github.com/acme/secret-sauce@v1.0.0: git ls-remote -q origin in /root/go/pkg/mod/cache/vcs/abc: exit status 128:\n\tfatal: could not read Username for 'https://github.com': terminal prompts disabled",
		);
		assert.equal(found.category, 'private-auth');
		assert.deepEqual(found.fixes.find((fix) => fix.id === 'goprivate-host')?.argv, ['go', 'env', '-w', 'GOPRIVATE=github.com/acme']);
	});

	test('a GOPROXY that answers 401 for a public module wants credentials itself: no GOPRIVATE, .netrc for the proxy host', () => {
		const found = only(
			'go: golang.org/x/text@v0.14.0: reading https://athens.corp.example/golang.org/x/text/@v/v0.14.0.info: 401 Unauthorized',
		);
		assert.equal(found.category, 'private-auth');
		assert.equal(
			found.fixes.find((fix) => fix.id === 'goprivate-host'),
			undefined,
		);
		assert.match(english(found.fixes.find((fix) => fix.id === 'netrc')?.detail ?? ''), /machine athens\.corp\.example login/);
	});

	test('GOINSECURE, GONOSUMDB and GOSUMDB=off are marked as weakening security', () => {
		const fixes = [
			...only(
				'go: corp.example/lib@v1.0.0: Get "https://goproxy.corp.example/corp.example/lib/@v/v1.0.0.info": x509: certificate signed by unknown authority',
			).fixes,
			...only(
				'go: git.corp.example/x@v1.0.0: verifying module: git.corp.example/x@v1.0.0: Get "https://sum.golang.org/lookup/git.corp.example/x@v1.0.0": dial tcp 1.2.3.4:443: i/o timeout',
			).fixes,
		];
		const weakening = fixes.filter((fix) =>
			fix.changes?.some(
				(change) => ['GOINSECURE', 'GONOSUMDB'].includes(change.key) || (change.key === 'GOSUMDB' && change.value === 'off'),
			),
		);
		assert.ok(weakening.length >= 3, JSON.stringify(fixes.map((fix) => fix.id)));
		for (const fix of weakening) {
			assert.equal(fix.weakensSecurity, true, fix.id);
		}

		for (const fix of fixes.filter((item) => !weakening.includes(item))) {
			assert.equal(fix.weakensSecurity, false, fix.id);
		}
	});
}

/** Old go's wording, GOPATH mode, a hostile host in an argument, and the shape of every fix. */
function fixChoiceAndShapeTests(): void {
	test("an HTTP proxy's CONNECT refusal, as go before 1.14 printed it (unquoted, inside go get's parentheses), is the proxy", () => {
		const found = only(
			'go: example.org/tools@v0.0.0-20190102054323-c2f93a96b099: unrecognized import path "example.org/tools" (https fetch: Get https://example.org/tools?go-get=1: Forbidden)',
		);
		assert.equal(found.category, 'http-proxy');
	});

	test('GOPATH mode fetching directly although a mirror was chosen: GOPROXY was never used', () => {
		const input = [
			'$ export GOPROXY=https://mirror.example.net',
			'$ go get golang.org/x/time/rate',
			'package golang.org/x/time/rate: unrecognized import path "golang.org/x/time/rate" (https fetch: Get https://golang.org/x/time/rate?go-get=1: dial tcp 192.0.2.1:443: i/o timeout)',
		].join('\n');
		const found = only(input);
		assert.equal(found.category, 'goproxy-config');
		assert.deepEqual(
			found.alternatives.map((item) => item.category),
			['timeout', 'http-proxy'],
		);
		// The mirror is fine: module mode is what makes go use it.
		assert.deepEqual(
			found.fixes.map((fix) => fix.id),
			['go111module-on', 'unset-go111module'],
		);
		// Without a chosen mirror the same text is the network.
		assert.equal(only(input.split('\n').slice(1).join('\n')).category, 'timeout');
	});

	test('a host that could be read as an option never becomes part of an argument', () => {
		const found = only(
			'go: gitlab.company.com/team/lib@v0.4.0: reading https://proxy.golang.org/gitlab.company.com/team/lib/@v/v0.4.0.info: 404 Not Found',
		);
		for (const fix of found.fixes) {
			for (const arg of fix.argv ?? []) {
				assert.doesNotMatch(arg.split('=').slice(1).join('='), /^-|[\u0000-\u001F]/);
			}
		}
	});

	test('every go-env fix carries argv and changes; shell fixes carry lines', () => {
		for (const item of cases) {
			for (const fix of only(item.input).fixes) {
				if (fix.kind === 'go-env') {
					assert.ok(fix.argv !== undefined && fix.changes !== undefined && fix.changes.length > 0, fix.id);
					assert.deepEqual(fix.argv.slice(0, 3), ['go', 'env', fix.changes[0]?.value === undefined ? '-u' : '-w']);
				}

				if (fix.kind === 'shell') {
					assert.ok(fix.shell !== undefined && fix.shell.length > 0, fix.id);
				}
			}
		}
	});
}
