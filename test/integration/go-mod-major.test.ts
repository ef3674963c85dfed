/*
A go.mod that go rejects although its syntax is fine (issue 12, item 12): `require github.com/spf13/pflag v9.9.9`
lacks the /v9 suffix, and every go command stops with `version "v9.9.9" invalid: should be v0 or v1, not v9`.
gomod-doctor's own parser did not know that rule, so the diagnosis went on to probe the network and its headline
was about DNS. Now it stops with go's message (module-path), exit 1, and asks no proxy anything. Real go;
GOPROXY and the candidate are loopback servers that count what they are asked.
*/
import assert from 'node:assert/strict';
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import {goModSyntaxError} from '../../source/go/check-go-mod-syntax.js';
import {parseGoMod} from '../../source/go/parse-go-mod.js';
import type {Reproduction} from '../../source/go/reproduce-download.js';
import {createHermeticGoEnv} from '../../source/lab/hermetic-env.js';
import {runCli} from '../helpers/cli.js';
import {startHttpServer} from '../helpers/loopback-servers.js';

type Report = {
	headline: string;
	exitCode: number;
	reproduction?: {argv: string[]};
	findings: Array<{category: string; subject: string; summary: string}>;
	path: unknown[];
};

test("require MOD v9.9.9 without /v9: go's message, module-path, exit 1, no network check", async (t) => {
	const proxy = await startHttpServer({status: 404, body: 'not found'});
	t.after(async () => proxy.close());
	const candidate = await startHttpServer({status: 404, body: 'not found'});
	t.after(async () => candidate.close());
	const root = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-go-mod-major-'));
	t.after(async () => rm(root, {recursive: true, force: true}));
	const {env} = await createHermeticGoEnv({root, goenv: {GOPROXY: `${proxy.url},direct`, GOSUMDB: 'off'}});
	const dir = path.join(root, 'project');
	await mkdir(dir);
	await writeFile(
		path.join(dir, 'go.mod'),
		'module example.com/app\n\ngo 1.22\n\nrequire (\n\tgithub.com/fatih/color v1.18.0\n\tgithub.com/spf13/pflag v9.9.9\n)\n',
	);

	const json = await runCli(['diagnose', '--json', '--dir', dir, '--timeout', '5', '--candidates', candidate.url], {env});
	assert.equal(json.exitCode, 1, json.stderr);
	const report = JSON.parse(json.stdout) as Report;
	assert.equal(report.findings.length, 1, JSON.stringify(report.findings));
	const [finding] = report.findings;
	assert.equal(finding?.category, 'module-path');
	assert.equal(finding?.subject, `${path.join(dir, 'go.mod')}:7`);
	assert.match(report.headline, /go\.mod:7:\d+: require github\.com\/spf13\/pflag: version "v9\.9\.9" invalid: should be v0 or v1, not v9/);
	assert.match(report.headline, /no network check was run/);
	assert.deepEqual(report.reproduction?.argv, ['go', 'mod', 'edit', '-json']);
	assert.deepEqual(report.path, [], 'no flowchart was walked');
	assert.equal(proxy.requests.length + candidate.requests.length, 0, 'no proxy was asked anything');
});

test("the parser knows go's major-version rule, in go's words", () => {
	const {errors} = parseGoMod(
		'module m\n\nrequire (\n\tgithub.com/a/b v9.9.9\n\tgithub.com/a/c/v2 v1.0.0\n\tgopkg.in/yaml.v3 v2.0.0\n\tgithub.com/a/d v2.0.0+incompatible\n\tgithub.com/a/e/v3 v3.1.0\n\tgopkg.in/check.v1 v0.0.0-20161208181325-20d25e280405\n)\n',
	);
	assert.deepEqual(errors, [
		{line: 4, message: 'require github.com/a/b: version "v9.9.9" invalid: should be v0 or v1, not v9'},
		{line: 5, message: 'require github.com/a/c/v2: version "v1.0.0" invalid: should be v2, not v1'},
		{line: 6, message: 'require gopkg.in/yaml.v3: version "v2.0.0" invalid: should be v3, not v2'},
	]);
});

test("a reproduction go stopped at go.mod (a rule the parser does not know) is still go.mod's verdict", () => {
	const reproduction = {
		argv: ['go', 'mod', 'download', '-json'],
		ok: false,
		stderr: 'go: errors parsing go.mod:\n/w/go.mod:4: something new go rejects\n',
	} as unknown as Reproduction;
	assert.equal(goModSyntaxError(reproduction), '/w/go.mod:4: something new go rejects');
});
