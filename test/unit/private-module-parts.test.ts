import assert from 'node:assert/strict';
import {test} from 'node:test';
import {goprivateFix, mergePattern, narrowestPrivatePattern, privateMatch} from '../../source/fixes/fix-private.js';
import {matchGoImport, parseGoImportMeta} from '../../source/go/go-import-meta.js';
import {modulePathFlowchart} from '../../source/flowcharts/module-path/index.js';
import {privateModuleFlowchart} from '../../source/flowcharts/private-module/index.js';
import {vcsFlowchart} from '../../source/flowcharts/vcs/index.js';
import {validateFlow} from '../../source/flow/validate-flow.js';
import {proxyServerFlowchart as proxyServerInvestigation} from '../../source/flowcharts/proxy-server/index.js';
import type {AfterContext} from '../../source/diagnose/investigation.js';
import {classifyGoOutput} from '../../source/classify/classify-go-error.js';

test('narrowestPrivatePattern: owner on shared hosting, the host for a company host, nothing for globs', () => {
	assert.equal(narrowestPrivatePattern('github.com/acme/tool/v2'), 'github.com/acme');
	assert.equal(narrowestPrivatePattern('gitlab.com/group/sub/repo'), 'gitlab.com/group');
	assert.equal(narrowestPrivatePattern('git.corp.example/team/secret'), 'git.corp.example');
	assert.equal(narrowestPrivatePattern('github.com'), undefined);
	assert.equal(narrowestPrivatePattern('git.corp.example/*'), undefined);
	assert.equal(narrowestPrivatePattern('localhost/x'), undefined);
});

test('mergePattern keeps existing patterns and adds nothing when one already covers the path', () => {
	assert.deepEqual(mergePattern('', 'git.corp.example', 'git.corp.example/a'), {value: 'git.corp.example', changed: true});
	assert.deepEqual(mergePattern('github.com/acme,', 'git.corp.example', 'git.corp.example/a'), {
		value: 'github.com/acme,git.corp.example',
		changed: true,
	});
	assert.deepEqual(mergePattern('*.corp.example', 'git.corp.example', 'git.corp.example/a'), {value: '*.corp.example', changed: false});
});

test('privateMatch follows go: GONOPROXY and GONOSUMDB default to GOPRIVATE; goprivateFix also extends a GONOSUMDB that misses', () => {
	assert.deepEqual(privateMatch({GOPRIVATE: 'git.corp.example'}, 'git.corp.example/x'), {
		goprivate: true,
		gonoproxy: true,
		gonosumdb: true,
	});
	assert.deepEqual(privateMatch({GOPRIVATE: 'git.corp.example', GONOPROXY: 'none'}, 'git.corp.example/x'), {
		goprivate: true,
		gonoproxy: false,
		gonosumdb: true,
	});
	const fix = goprivateFix('git.corp.example/team/x', {GOPRIVATE: 'github.com/acme', GONOSUMDB: 'other.example'});
	assert.deepEqual(fix?.changes, [
		{key: 'GOPRIVATE', value: 'github.com/acme,git.corp.example'},
		{key: 'GONOSUMDB', value: 'other.example,git.corp.example'},
	]);
	assert.equal(goprivateFix('git.corp.example/x', {GOPRIVATE: 'git.corp.example'}), undefined);
});

test('parseGoImportMeta reads the head only, decodes entities, skips malformed tags; matchGoImport prefers mod', () => {
	const html = `<!DOCTYPE html><html><head>
<meta name=go-import content="example.org/pkg git https://code.example.org/pkg.git">
<META NAME="go-import" CONTENT='example.org/pkg mod https://proxy.example.org?a=1&amp;b=2'>
<meta name="go-import" content="too few">
<meta name="go-source" content="example.org/pkg x y z">
</head><body><meta name="go-import" content="example.org/pkg svn https://evil.example"></body></html>`;
	const imports = parseGoImportMeta(html);
	assert.deepEqual(imports, [
		{prefix: 'example.org/pkg', vcs: 'git', repoRoot: 'https://code.example.org/pkg.git'},
		{prefix: 'example.org/pkg', vcs: 'mod', repoRoot: 'https://proxy.example.org?a=1&b=2'},
	]);
	assert.deepEqual(matchGoImport(imports, 'example.org/pkg/sub'), {match: imports[1]});
	assert.deepEqual(matchGoImport(imports, 'example.org/pkgx'), {error: 'none'});
	assert.deepEqual(parseGoImportMeta('<meta name="go-import" content="a.example/b git https://x/b sub/dir">')[0]?.subdir, 'sub/dir');
	assert.deepEqual(parseGoImportMeta('<'.repeat(200_000)), []);
});

test('the private-module, vcs and module-path flows validate', () => {
	for (const flow of [privateModuleFlowchart.flow, vcsFlowchart.flow, modulePathFlowchart.flow]) {
		assert.deepEqual(validateFlow(flow as never), [], flow.id);
	}
});

test('classify: private-auth, vcs and module-path as go and hosts word them', () => {
	const cases: Array<[string, string]> = [
		[
			"go: github.com/acme/private@v1.0.0: invalid version: git ls-remote -q origin in /home/u/go/pkg/mod/cache/vcs/abc: exit status 128:\n\tfatal: could not read Username for 'https://github.com': terminal prompts disabled\nConfirm the import path was entered correctly.\nIf this is a private repository, see https://golang.org/doc/faq#git_https for additional information.",
			'private-auth',
		],
		[
			'go: gitlab.corp.example/team/lib@v0.3.1: verifying module: gitlab.corp.example/team/lib@v0.3.1: reading https://sum.golang.org/lookup/gitlab.corp.example/team/lib@v0.3.1: 410 Gone\n\tserver response: not found: gitlab.corp.example/team/lib@v0.3.1: unrecognized import path "gitlab.corp.example/team/lib": https fetch: Get "https://gitlab.corp.example/team/lib?go-get=1": dial tcp: lookup gitlab.corp.example on 8.8.8.8:53: no such host',
			'private-auth',
		],
		[
			'go: git.corp.example/team/secret@v1.0.0: unrecognized import path "git.corp.example/team/secret": reading https://git.corp.example/team/secret?go-get=1: 401 Unauthorized\n\tserver response: Unauthorized',
			'private-auth',
		],
		[
			"go: bitbucket.org/acme/repo@v1.2.0: invalid version: git ls-remote -q origin in /tmp/x: exit status 128:\n\tremote: Invalid username or password.\n\tfatal: Authentication failed for 'https://bitbucket.org/acme/repo/'",
			'private-auth',
		],
		[
			'go: github.com/gomod-doctor-lab/tool@v1.0.0: unable to resolve git version: failed to execute git version: exec: "git": executable file not found in $PATH',
			'vcs',
		],
		[
			'go: example.com/lab/oldname@v1.0.0: parsing go.mod:\n\tmodule declares its path as: example.com/lab/newname\n\t        but was required as: example.com/lab/oldname',
			'module-path',
		],
	];
	for (const [text, category] of cases) {
		assert.equal(classifyGoOutput(text).primary?.category, category, text.split('\n')[0]);
	}
});

test('§2.2 walks a GOPROXY entry that answered 404 when go failed, except for a private module: a proxy is right not to have it', async () => {
	const reproduction = {ok: false} as unknown as NonNullable<AfterContext['reproduction']>;
	const context = (module: string, category: 'private-auth' | 'not-found'): AfterContext =>
		({
			env: {},
			probeModule: module,
			reproduction,
			classified: [{category, module, line: '', explanation: '', fixes: []}],
			connectivity: [
				{url: 'http://127.0.0.1:1', label: 'http://127.0.0.1:1', role: 'goproxy', entryIndex: 0, verdict: 'healthy'},
				{url: 'http://127.0.0.1:2', label: 'http://127.0.0.1:2', role: 'goproxy', entryIndex: 1, verdict: 'proxy-bad-response'},
			],
		}) as unknown as AfterContext;
	const walked = async (ctx: AfterContext) => (await proxyServerInvestigation.subjects(ctx)).map((subject) => subject.url);
	// A public module the first entry lacks: its 404 is worth the canary check; the 5xx entry always is.
	assert.deepEqual(await walked(context('example.com/lab/missing', 'not-found')), ['http://127.0.0.1:1', 'http://127.0.0.1:2']);
	// A private module: the 404 is correct (go should not have asked), so only the broken entry is walked.
	assert.deepEqual(await walked(context('git.corp.example/team/secret', 'private-auth')), ['http://127.0.0.1:2']);
});
