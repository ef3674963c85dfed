/*
What a public proxy answers for a module or version it does not have, read as an expert would (issue 12, items 6,
8, 9 and 10), against the real go: a 403 "This module version is not available." is not a login (no credentials
for a proxy that asked for none); a 404 behind `,direct` is the cause, and the direct fallback's failure (a VCS
host that does not resolve) its consequence; GOPROXY=direct or off with a mirror that works is fixed by GOPROXY;
a GOSUMDB go cannot reach is fixed by the database a measured proxy serves. The modules live under a host name that
no resolver accepts (no query leaves the machine), so go's `direct` fails in DNS as it does on a real network.
*/
import assert from 'node:assert/strict';
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, test} from 'node:test';
import {hashGoMod, hashModuleZip} from '../../source/go/h1-hash.js';
import {missingAnswers, startGoproxyServer, type GoproxyServerOptions} from '../../source/lab/goproxy-server.js';
import {createHermeticGoEnv} from '../../source/lab/hermetic-env.js';
import {labModules} from '../../source/lab/lab-modules.js';
import {buildModuleArtifacts, type LabModule} from '../../source/lab/module-zip.js';
import {labCanary} from '../../source/lab/scenario-kit.js';
import {unresolvableHost} from '../../source/lab/scenarios/network.js';
import {offMachineGuard} from '../../source/lab/start-lab.js';
import type {Conclusion} from '../../source/diagnose/conclude.js';
import {diagnoseHeadless} from '../../source/session/diagnose-headless.js';
import {createSystem} from '../../source/system/create-system.js';
import {english} from '../helpers/text.js';

const color = `${unresolvableHost}/fatih/color`;
const colorModules: LabModule[] = ['v1.17.0', 'v1.18.0', 'v1.19.0'].map((version) => ({
	path: color,
	version,
	files: {'color.go': `package color\n\n// Version is the version.\nconst Version = "${version}"\n`},
}));

type Site = {readonly dir: string; readonly env: Record<string, string | undefined>; readonly proxies: string[]};

/**
A project that requires `color` v1.18.0 (go.sum complete), lab proxies serving it and the lab modules, and a
hermetic go environment with `goenv` in its GOENV file. The unresolvable host is in NO_PROXY, so go (and the
checks) look it up themselves instead of asking the lab's guard proxy.
*/
async function site(
	t: {after: (fn: () => Promise<void>) => void},
	options: {
		readonly proxies: readonly GoproxyServerOptions[];
		readonly goenv: (urls: string[]) => Record<string, string>;
		readonly env?: Record<string, string>;
	},
): Promise<Site> {
	const root = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-answers-'));
	const servers = await Promise.all(
		options.proxies.map(async (proxy) => startGoproxyServer({modules: [...labModules, ...colorModules], ...proxy})),
	);
	t.after(async () => {
		await Promise.all(servers.map(async (server) => server.close()));
		await rm(root, {recursive: true, force: true, maxRetries: 5, retryDelay: 100});
	});
	const dir = path.join(root, 'project');
	await mkdir(dir, {recursive: true});
	const required = buildModuleArtifacts(colorModules[1]!);
	await Promise.all([
		writeFile(path.join(dir, 'go.mod'), `module example.com/lab/app\n\ngo 1.22\n\nrequire ${color} v1.18.0\n`),
		writeFile(
			path.join(dir, 'go.sum'),
			`${color} v1.18.0 ${hashModuleZip(required.zip)}\n${color} v1.18.0/go.mod ${hashGoMod(required.mod)}\n`,
		),
	]);
	const urls = servers.map((server) => server.url);
	const hermetic = await createHermeticGoEnv({
		root,
		goenv: {GOSUMDB: 'off', ...options.goenv(urls)},
		extra: {GOMOD_DOCTOR_CANARY: labCanary, ...offMachineGuard, NO_PROXY: unresolvableHost, ...options.env},
	});
	return {dir, env: hermetic.env, proxies: urls};
}

async function diagnose(
	where: Site,
	options: {readonly module?: string; readonly candidates?: readonly string[]} = {},
): Promise<Conclusion> {
	const state = await diagnoseHeadless(createSystem(), {
		dir: where.dir,
		env: where.env,
		timeoutMs: 8000,
		candidates: options.candidates ?? where.proxies,
		toolVersion: 'test',
		...(options.module === undefined ? {} : {module: options.module}),
	});
	assert.ok(state.conclusion, 'the diagnosis concludes');
	return state.conclusion;
}

function shown(conclusion: Conclusion): string {
	return JSON.stringify(
		conclusion.findings.map((finding) => [
			finding.severity,
			finding.category,
			finding.subject,
			english(finding.summary),
			finding.fixes.map((fix) => fix.id),
		]),
		undefined,
		1,
	);
}

describe('a proxy that refuses with 403 and asks for no credentials', () => {
	test('a missing version: not-found with the latest release, never .netrc for the proxy', async (t) => {
		const where = await site(t, {proxies: [{missing: missingAnswers.notAvailable}], goenv: ([proxy]) => ({GOPROXY: `${proxy},direct`})});
		const conclusion = await diagnose(where, {module: `${color}@v9.9.9`});
		const first = conclusion.findings[0]!;
		assert.equal(first.category, 'not-found', shown(conclusion));
		assert.equal(first.subject, `${color}@v9.9.9`);
		assert.match(english(first.summary), /latest release is v1\.19\.0/);
		assert.ok(!conclusion.findings.some((finding) => finding.category === 'private-auth'), shown(conclusion));
		assert.ok(!conclusion.fixes.some((fix) => fix.id === 'netrc-entry'), 'no credentials for a proxy that asked for none');
		assert.equal(conclusion.fixes[0]?.id, 'module-go-get', 'go.mod does not name v9.9.9: advice to ask for v1.19.0, no go.mod edit');
		assert.match(
			english(conclusion.fixes[0]?.detail ?? ''),
			new RegExp(String.raw`go mod download ${color.replaceAll('.', String.raw`\.`)}@v1\.19\.0`),
		);
	});

	test('a version go.mod requires: go mod edit -require the nearest one', async (t) => {
		const where = await site(t, {proxies: [{missing: missingAnswers.notAvailable}], goenv: ([proxy]) => ({GOPROXY: `${proxy},direct`})});
		await writeFile(path.join(where.dir, 'go.mod'), `module example.com/lab/app\n\ngo 1.22\n\nrequire ${color} v1.99.0\n`);
		const conclusion = await diagnose(where);
		assert.equal(conclusion.findings[0]?.category, 'not-found', shown(conclusion));
		assert.ok(!conclusion.fixes.some((fix) => fix.id === 'netrc-entry'), shown(conclusion));
		assert.deepEqual(conclusion.fixes[0]?.argv, ['go', 'mod', 'edit', `-require=${color}@v1.19.0`], shown(conclusion));
	});

	test('a mistyped path: the proxy serves the canary, so the path is what it lacks; the likely spelling is named', async (t) => {
		const where = await site(t, {proxies: [{missing: missingAnswers.notAvailable}], goenv: ([proxy]) => ({GOPROXY: `${proxy},direct`})});
		const typo = `${unresolvableHost}/fatih/colr`;
		const conclusion = await diagnose(where, {module: `${typo}@v1.18.0`});
		const first = conclusion.findings[0]!;
		assert.equal(first.category, 'not-found', shown(conclusion));
		assert.match(english(first.summary), new RegExp(`misspelling of ${color.replaceAll('.', String.raw`\.`)}`));
		assert.ok(!conclusion.findings.some((finding) => finding.category === 'private-auth'), shown(conclusion));
		assert.ok(!conclusion.fixes.some((fix) => fix.id === 'netrc-entry'));
	});

	test('a proxy that refuses even the canary: its policy (proxy-bad-response), not credentials', async (t) => {
		const where = await site(t, {
			proxies: [{fault: {kind: 'status', status: 403}}, {}],
			goenv: ([proxy]) => ({GOPROXY: `${proxy},direct`}),
		});
		const conclusion = await diagnose(where, {candidates: [where.proxies[1]!]});
		assert.equal(conclusion.findings[0]?.category, 'proxy-bad-response', shown(conclusion));
		assert.ok(!conclusion.findings.some((finding) => finding.category === 'private-auth'), shown(conclusion));
		assert.ok(!conclusion.fixes.some((fix) => fix.id === 'netrc-entry'));
		assert.equal(conclusion.fixes[0]?.id, 'goproxy-use-working', shown(conclusion));
	});

	test('a proxy that asks for credentials (401 with WWW-Authenticate) still gets them', async (t) => {
		const where = await site(t, {
			proxies: [{fault: {kind: 'status', status: 401}}, {}],
			goenv: ([proxy]) => ({GOPROXY: `${proxy},direct`}),
		});
		const conclusion = await diagnose(where, {candidates: [where.proxies[1]!]});
		assert.ok(
			conclusion.findings.some((finding) => finding.category === 'private-auth'),
			shown(conclusion),
		);
	});
});

describe("a 404 behind ,direct: the proxy's answer is the cause, the fallback's DNS failure its consequence", () => {
	test('a missing version: not-found with the latest release; the direct fallback is explained, not blamed', async (t) => {
		const where = await site(t, {proxies: [{missing: missingAnswers.proxyGolangOrg}], goenv: ([proxy]) => ({GOPROXY: `${proxy},direct`})});
		const conclusion = await diagnose(where, {module: `${color}@v9.9.9`});
		const first = conclusion.findings[0]!;
		assert.equal(first.category, 'not-found', shown(conclusion));
		assert.equal(first.subject, `${color}@v9.9.9`);
		assert.match(english(first.summary), /go then tried direct/);
		assert.match(english(first.summary), /no such host/);
		assert.ok(!conclusion.findings.some((finding) => finding.severity === 'error' && finding.category === 'dns'), shown(conclusion));
		assert.equal(conclusion.fixes[0]?.id, 'module-go-get');
		assert.match(english(conclusion.fixes[0]?.title ?? ''), /@v1\.19\.0/);
	});

	test('a mistyped path: not-found, the likely spelling named, no resolver verdict', async (t) => {
		const where = await site(t, {proxies: [{missing: missingAnswers.proxyGolangOrg}], goenv: ([proxy]) => ({GOPROXY: `${proxy},direct`})});
		const conclusion = await diagnose(where, {module: `${unresolvableHost}/fatih/colr@v1.18.0`});
		const first = conclusion.findings[0]!;
		assert.equal(first.category, 'not-found', shown(conclusion));
		assert.match(english(first.summary), new RegExp(`misspelling of ${color.replaceAll('.', String.raw`\.`)}`));
		assert.ok(
			!conclusion.findings.some(
				(finding) => finding.severity === 'error' && (finding.category === 'dns' || finding.category === 'private-auth'),
			),
			shown(conclusion),
		);
	});
});

describe('a path above the missing one exists', () => {
	test('a major version never published: the proxy has the path without /v2, which is named', async (t) => {
		const where = await site(t, {proxies: [{missing: missingAnswers.proxyGolangOrg}], goenv: ([proxy]) => ({GOPROXY: `${proxy},direct`})});
		const conclusion = await diagnose(where, {module: `${color}/v2@v2.0.0`});
		const first = conclusion.findings[0]!;
		assert.equal(first.category, 'not-found', shown(conclusion));
		assert.match(english(first.summary), /major version it never published/);
		assert.equal(first.fixes[0]?.id, 'module-fix-path', shown(conclusion));
		const title = english(first.fixes[0]?.title ?? '');
		assert.ok(title.includes(`→ ${color}`), title);
	});
});

describe('GOPROXY=direct or off while a measured mirror works', () => {
	test('direct: the first fix puts the mirror before direct', async (t) => {
		const where = await site(t, {proxies: [{}], goenv: () => ({GOPROXY: 'direct'})});
		const conclusion = await diagnose(where);
		assert.equal(conclusion.exitCode, 1);
		assert.deepEqual(conclusion.fixes[0]?.argv, ['go', 'env', '-w', `GOPROXY=${where.proxies[0]!},direct`], shown(conclusion));
		assert.equal(conclusion.findings[0]?.category, 'goproxy-config', shown(conclusion));
	});

	test('off: the first fix sets a mirror; nothing says go cannot fetch directly, nor reach the checksum database (with off it tries neither)', async (t) => {
		const where = await site(t, {proxies: [{}], goenv: () => ({GOPROXY: 'off', GOSUMDB: `sum.golang.org https://${unresolvableHost}`})});
		const conclusion = await diagnose(where);
		assert.deepEqual(conclusion.fixes[0]?.argv, ['go', 'env', '-w', `GOPROXY=${where.proxies[0]!},direct`], shown(conclusion));
		assert.equal(conclusion.findings[0]?.category, 'goproxy-config');
		assert.ok(!conclusion.findings.some((finding) => english(finding.summary).includes('directly')), shown(conclusion));
		assert.ok(!conclusion.findings.some((finding) => finding.category === 'sumdb'), shown(conclusion));
	});
});

describe('a GOSUMDB go cannot reach, while a measured proxy serves sum.golang.org', () => {
	// Sum.golang.google.cn as seen where it does not resolve: the default database, read from a URL go cannot reach.
	const unreachable = `sum.golang.org https://${unresolvableHost}`;

	test('a GOPROXY entry serves it: go env -u GOSUMDB first, and no private-path advice for a project without private paths', async (t) => {
		const where = await site(t, {
			proxies: [{sumdb: {name: 'sum.golang.org', url: 'http://127.0.0.1:1'}}],
			goenv: ([proxy]) => ({GOPROXY: `${proxy},direct`, GOSUMDB: unreachable}),
		});
		const conclusion = await diagnose(where);
		const sumdb = conclusion.findings.find((finding) => finding.category === 'sumdb');
		assert.ok(sumdb, shown(conclusion));
		assert.deepEqual(sumdb.fixes[0]?.argv, ['go', 'env', '-u', 'GOSUMDB'], shown(conclusion));
		assert.equal(conclusion.fixes[0]?.id, 'sumdb-default');
		assert.ok(!conclusion.fixes.some((fix) => fix.id === 'sumdb-private-paths'), shown(conclusion));
	});

	test('only a candidate serves it: GOSUMDB names the database through that proxy', async (t) => {
		const where = await site(t, {
			proxies: [{}, {sumdb: {name: 'sum.golang.org', url: 'http://127.0.0.1:1'}}],
			goenv: ([proxy]) => ({GOPROXY: `${proxy},direct`, GOSUMDB: unreachable}),
		});
		const conclusion = await diagnose(where);
		const sumdb = conclusion.findings.find((finding) => finding.category === 'sumdb');
		assert.deepEqual(
			sumdb?.fixes[0]?.argv,
			['go', 'env', '-w', `GOSUMDB=sum.golang.org ${where.proxies[1]!}/sumdb/sum.golang.org`],
			shown(conclusion),
		);
		assert.ok(!conclusion.fixes.some((fix) => fix.id === 'sumdb-private-paths'));
	});
});
