/*
Classify on private-module, VCS and module-path failures as go versions and hosts word them. Every fixture in
test/fixtures/classify/private-vcs/ is built from cmd/go's own message templates (modfetch/codehost/git.go's RunError
and its git_https help text, vcs.go's `unrecognized import path`/`https fetch`/`no go-import meta tags`/`missing %s
command`, web/api.go's `reading URL: STATUS` + `server response:`, modload/modfile.go's `module declares its path as`,
coderepo.go's `has post-vN module path` and major-version errors, x/mod's CheckPath, auth.go's GOAUTH log) with the
stderr that git and the hosts really print (GitHub, GitLab, Bitbucket, Gitea, Azure DevOps; public reports), module
and host names replaced by placeholders.
*/
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {classifyGoOutput} from '../../source/classify/classify-go-error.js';
import type {Category} from '../../source/model/taxonomy.js';

const directory = fileURLToPath(new URL('../fixtures/classify/private-vcs/', import.meta.url));

type Expected = {
	readonly category: Category;
	readonly module?: string;
	readonly version?: string;
	readonly host?: string;
	/** For private-auth: the GOPRIVATE value the first fix writes (the narrowest pattern). */
	readonly goprivate?: string;
	/** Why this shape is what it is (what says so in go's source or the report). */
	readonly why: string;
};

const expected: Readonly<Record<string, Expected>> = {
	'github-terminal-prompts.log': {
		category: 'private-auth',
		module: 'github.com/acme-corp/billing',
		version: 'v1.4.0',
		host: 'github.com',
		goprivate: 'github.com/acme-corp',
		why: "git ls-remote under GIT_TERMINAL_PROMPT=0: could not read Username, plus go's git_https help text",
	},
	'github-terminal-prompts-go126.log': {
		category: 'private-auth',
		module: 'github.com/acme-corp/billing',
		host: 'github.com',
		goprivate: 'github.com/acme-corp',
		why: 'newer go: `go: module M:` (a query) and `git ls-remote -q --end-of-options origin`',
	},
	'github-could-not-read-password.log': {
		category: 'private-auth',
		module: 'github.com/acme-corp/vault-client',
		version: 'v0.7.1',
		host: 'github.com',
		why: 'a URL with a user name: git asks for the password, which prompts disabled refuse',
	},
	'gitlab-http-basic-access-denied.log': {
		category: 'private-auth',
		module: 'gitlab.com/acme-group/platform/auth',
		version: 'v0.9.2',
		host: 'gitlab.com',
		goprivate: 'gitlab.com/acme-group',
		why: "GitLab's `remote: HTTP Basic: Access denied` and git's `fatal: Authentication failed`: a wrong or expired token",
	},
	'gitlab-selfhosted-sumdb-410.log': {
		category: 'private-auth',
		module: 'gitlab.acme.internal/team/sdk',
		version: 'v1.2.0',
		host: 'gitlab.acme.internal',
		goprivate: 'gitlab.acme.internal',
		why: "sum.golang.org answers 410 Gone for a path it cannot fetch; its own DNS failure is in the server response, not this machine's",
	},
	'bitbucket-authentication-failed.log': {
		category: 'private-auth',
		module: 'bitbucket.org/acme/ledger',
		version: 'v2.1.0+incompatible',
		host: 'bitbucket.org',
		goprivate: 'bitbucket.org/acme',
		why: "Bitbucket's `remote: Invalid username or password` and `fatal: Authentication failed`",
	},
	'gitea-go-get-401.log': {
		category: 'private-auth',
		module: 'gitea.acme.example/platform/logging',
		version: 'v0.3.0',
		host: 'gitea.acme.example',
		why: 'a self-hosted forge that wants credentials for the ?go-get=1 page itself',
	},
	'gitea-meta-mismatch.log': {
		category: 'vcs',
		module: 'git.acme.example/platform/client/golang',
		version: 'v1.1.0',
		host: 'git.acme.example',
		why: "the forge's go-import tag names another host (its ROOT_URL): `no go-import meta tags (meta tag X did not match import path Y)`",
	},
	'azure-devops-authentication-failed.log': {
		category: 'private-auth',
		module: 'dev.azure.com/contoso/payments/_git/api.git',
		version: 'v1.0.3',
		host: 'dev.azure.com',
		why: "Azure DevOps paths end in .git; git's `fatal: Authentication failed`",
	},
	'azure-devops-sumdb-410.log': {
		category: 'private-auth',
		module: 'dev.azure.com/contoso/payments/_git/api.git',
		version: 'v0.0.0-20240301120000-0123456789ab',
		host: 'dev.azure.com',
		why: 'the checksum database was asked about a private Azure DevOps path (GOPRIVATE missing) and answers 410 Gone',
	},
	'github-sumdb-404-private.log': {
		category: 'private-auth',
		module: 'github.com/acme-corp/secrets',
		version: 'v0.2.0',
		host: 'github.com',
		goprivate: 'github.com/acme-corp',
		why: "sum.golang.org's 404 with the checksum server's own `terminal prompts disabled` inside: the path is private",
	},
	'sumdb-404-unrecognized-import-path.log': {
		category: 'private-auth',
		module: 'code.acmecorp.com/platform/events',
		version: 'v0.8.0',
		host: 'code.acmecorp.com',
		goprivate: 'code.acmecorp.com',
		why: '`verifying M/go.mod: reading https://sum.golang.org/lookup/…: 404 Not Found` + `unrecognized import path` in the server response (the host is reachable only inside the company)',
	},
	'proxy-golang-404-unrecognized-private.log': {
		category: 'private-auth',
		module: 'git.corp.example.net/tools/cli',
		version: 'v1.0.0',
		host: 'git.corp.example.net',
		goprivate: 'git.corp.example.net',
		why: 'proxy.golang.org cannot fetch a company host: a 404 whose server response says so',
	},
	'goproxy-cn-404-github-private.log': {
		category: 'private-auth',
		module: 'github.com/acme-corp/rules',
		version: 'v1.5.0',
		host: 'github.com',
		goprivate: 'github.com/acme-corp',
		why: "goproxy.cn forwards go's own error for a private GitHub repository",
	},
	'artifactory-403.log': {
		category: 'private-auth',
		module: 'corp.example/lib/metrics',
		version: 'v1.2.0',
		host: 'artifactory.corp.example',
		why: 'a company GOPROXY (Artifactory) refuses without credentials: 403 Forbidden',
	},
	'ssh-permission-denied-publickey.log': {
		category: 'private-auth',
		module: 'github.com/acme-corp/infra',
		version: 'v0.1.0',
		host: 'github.com',
		why: 'an insteadOf rule sends git to SSH and the key is not accepted',
	},
	'ssh-host-key-verification-failed.log': {
		category: 'private-auth',
		module: 'git.acme.internal/platform/proto',
		version: 'v1.3.0',
		host: 'git.acme.internal',
		why: 'SSH to the company host without its key in known_hosts (BatchMode: no prompt)',
	},
	'goauth-encountered-errors.log': {
		category: 'private-auth',
		module: 'git.acme.internal/platform/proto',
		version: 'v1.3.0',
		host: 'git.acme.internal',
		why: "go 1.24+ GOAUTH: `GOAUTH encountered errors for URL:` and each command's `GOAUTH=CMD: ERR`, one item, not a vcs one besides",
	},
	'git-missing.log': {
		category: 'vcs',
		module: 'github.com/acme-corp/cli',
		version: 'v1.0.0',
		why: '`exec: "git": executable file not found in $PATH` from git init --bare',
	},
	'git-missing-windows.log': {
		category: 'vcs',
		module: 'github.com/acme-corp/cli',
		version: 'v1.0.0',
		why: 'the same on Windows (%PATH%)',
	},
	'git-missing-old-go.log': {
		category: 'vcs',
		why: 'vcs.go: `go: missing Git command. See https://golang.org/s/gogetcmd`',
	},
	'no-go-import-meta.log': {
		category: 'vcs',
		module: 'example.org/tools/lint',
		version: 'v0.1.0',
		host: 'example.org',
		why: 'vcs.go: `parse URL: no go-import meta tags ()`',
	},
	'no-secure-protocol.log': {
		category: 'vcs',
		module: 'hg.acme.example/tools/gen',
		version: 'v0.4.0',
		why: 'vcs.go: no https or ssh scheme for the repository',
	},
	'ls-remote-128-unable-to-access.log': {
		category: 'vcs',
		module: 'git.acme.internal/platform/proto',
		version: 'v1.3.0',
		host: 'git.acme.internal',
		why: '`git ls-remote … exit status 128` without an authentication message (git could not connect)',
	},
	'go-get-https-fetch-refused.log': {
		category: 'refused',
		module: 'go.example.dev/kit',
		version: 'v1.0.0',
		host: 'go.example.dev',
		why: '`unrecognized import path "x": https fetch: Get "https://x?go-get=1": … connection refused`: the network, nearer the root than vcs',
	},
	'github-repository-not-found.log': {
		category: 'not-found',
		module: 'github.com/acme-corp/ghost',
		version: 'v1.0.0',
		host: 'github.com',
		why: 'GitHub answers `Repository not found` to credentials without access, as to a typo; classify cannot tell (the diagnosis runs git ls-remote)',
	},
	'module-declares-path-imports.log': {
		category: 'module-path',
		module: 'github.com/acme-corp/tool',
		version: 'v0.0.0-20210522094925-e4ee83c41d92',
		host: 'github.com',
		why: 'modfile.go: `parsing go.mod:` / `module declares its path as:` / `but was required as:`, reached through an import',
	},
	'module-declares-path-upgrade.log': {
		category: 'module-path',
		module: 'github.com/acme-corp/env',
		why: 'go get of a module that moved to a vanity path: `M@upgrade (v0.12.0) requires M@v0.12.0: parsing go.mod:`',
	},
	'module-declares-path-go-get-116.log': {
		category: 'module-path',
		module: 'github.com/acme-corp/report',
		why: 'go 1.16 go get: `M@none updating to` on its own line',
	},
	'module-declares-path-case.log': {
		category: 'module-path',
		module: 'github.com/Acme-Corp/Logrus',
		version: 'v1.9.0',
		why: 'required with other letter case than declared',
	},
	'module-declares-path-replaced.log': {
		category: 'module-path',
		module: 'github.com/acme-corp/lib',
		version: 'v1.0.0',
		why: 'a replace directive to a directory whose go.mod names another path',
	},
	'post-v1-module-path.log': {
		category: 'module-path',
		module: 'github.com/acme-corp/sdk',
		host: 'github.com',
		why: 'older go: `go.mod has post-v1 module path "M/v2" at revision R`',
	},
	'post-v0-module-path.log': {
		category: 'module-path',
		module: 'github.com/acme-corp/sdk',
		host: 'github.com',
		why: 'coderepo.go today: `has post-%s module path` with the major version of the query (v0 for a pseudo-version)',
	},
	'major-version-mismatch.log': {
		category: 'module-path',
		module: 'github.com/acme-corp/sdk',
		version: 'v2.3.0',
		why: 'coderepo.go: `module contains a go.mod file, so module path must match major version`',
	},
	'malformed-module-path.log': {
		category: 'module-path',
		why: 'x/mod CheckPath: `malformed module path "x": missing dot in first path element`',
	},
	'disallowed-path-element.log': {
		category: 'module-path',
		why: 'x/mod CheckPath: a Windows-reserved name is `disallowed as path element component`',
	},
	'disallowed-import-path.log': {
		category: 'module-path',
		why: "load/pkg.go: `disallowed import path` (no `go:` prefix: an older go's `can't load package:`)",
	},
};

describe('classify: private modules, VCS and module paths as go and the hosts word them', () => {
	test('every fixture in the directory has an expectation, and every expectation a fixture', () => {
		assert.deepEqual(
			readdirSync(directory)
				.filter((name) => name.endsWith('.log'))
				.toSorted(),
			Object.keys(expected).toSorted(),
		);
	});

	for (const [file, want] of Object.entries(expected)) {
		test(`${file}: ${want.category}${want.module === undefined ? '' : ` for ${want.module}`} (${want.why})`, () => {
			const result = classifyGoOutput(readFileSync(`${directory}${file}`));
			assert.equal(result.kind, 'classified');
			// One failure, one item: no second category for the same failure's other lines.
			assert.deepEqual(
				result.items.map((item) => item.category),
				[want.category],
			);
			const item = result.items[0]!;
			assert.equal(item.module, want.module);
			if (want.version !== undefined) {
				assert.equal(item.version, want.version);
			}

			if (want.host !== undefined) {
				assert.equal(item.host, want.host);
			}

			if (want.goprivate !== undefined) {
				const goprivate = item.fixes.find(
					(fix) => fix.argv?.slice(0, 3).join(' ') === 'go env -w' && fix.argv[3]?.startsWith('GOPRIVATE='),
				);
				assert.equal(goprivate?.argv?.[3], `GOPRIVATE=${want.goprivate}`, 'the narrowest pattern that covers the path');
			}
		});
	}

	test('the token in a pasted URL never reaches the item', () => {
		const text = readFileSync(`${directory}gitlab-http-basic-access-denied.log`, 'utf8').replace(
			"'https://gitlab.com/",
			"'https://oauth2:glpat-Planted0123456789abcd@gitlab.com/",
		);
		const result = classifyGoOutput(text);
		assert.equal(result.primary?.category, 'private-auth');
		assert.ok(!JSON.stringify(result).includes('glpat-Planted0123456789abcd'));
	});
});
