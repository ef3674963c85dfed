/*
GOPRIVATE=github.com/* sends every public GitHub module around the proxy (field: goprivate-broad, where github.com
does not resolve). Read with go's result, the setting is the cause, and the fix keeps only the private-looking paths
(none: the setting is removed), written where the setting comes from.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {privatePatternsFlowchart, privatePatternsSubject} from '../../source/flowcharts/private-patterns/index.js';
import {settingsLintFlowchart} from '../../source/flowcharts/settings-lint/index.js';
import type {AfterContext} from '../../source/diagnose/investigation.js';
import {narrowedPrivatePatterns, privatePatternsFix} from '../../source/fixes/fix-private-patterns.js';
import {validateFlow} from '../../source/flow/validate-flow.js';
import {directPatternSetting, lintSettings} from '../../source/go/lint-settings.js';
import {parseGoMod} from '../../source/go/parse-go-mod.js';
import type {Reproduction} from '../../source/go/reproduce-download.js';
import type {GoSnapshot} from '../../source/go/read-go-settings.js';
import type {Setting, SettingSource} from '../../source/model/report.js';
import {reproductionOf} from '../helpers/reproduction.js';
import {english} from '../helpers/text.js';

const goMod = parseGoMod(
	'module github.com/fatih/color\n\ngo 1.25.0\n\nrequire (\n\tgithub.com/mattn/go-colorable v0.1.15\n\tgithub.com/mattn/go-isatty v0.0.22\n\tgolang.org/x/sys v0.46.0\n)\n',
);

/** Go's settings as `go env` shows them: GONOPROXY and GONOSUMDB take GOPRIVATE's value unless set. */
function snapshot(set: Record<string, {value: string; source: SettingSource}>): GoSnapshot {
	const goprivate = set['GOPRIVATE']?.value ?? '';
	const values: Record<string, string> = {
		GOPROXY: 'https://proxy.golang.org,direct',
		GOPRIVATE: goprivate,
		GONOPROXY: goprivate,
		GONOSUMDB: goprivate,
	};
	const settings: Setting[] = [
		{name: 'GOPROXY', value: values['GOPROXY']!, source: 'goroot-env'},
		{name: 'GOPRIVATE', value: goprivate, source: set['GOPRIVATE']?.source ?? 'default'},
		{name: 'GONOPROXY', value: goprivate, source: 'default'},
		{name: 'GONOSUMDB', value: goprivate, source: 'default'},
	];
	for (const [name, item] of Object.entries(set)) {
		values[name] = item.value;
		const index = settings.findIndex((setting) => setting.name === name);
		settings[index === -1 ? settings.length : index] = {name, value: item.value, source: item.source};
	}

	return {
		kind: 'ok',
		goVersion: 'go1.26.8 linux/amd64',
		goroot: '/usr/local/go',
		goenvFile: '/tmp/env',
		goMod: '/tmp/go.mod',
		settings,
		proxyVariables: [],
		values,
		goenvLines: [],
	} as unknown as GoSnapshot;
}

/** What go did with GOPRIVATE=github.com/* where github.com does not resolve: the github.com modules failed. */
function reproduction(fetched: readonly string[] = ['golang.org/x/sys@v0.46.0']): Reproduction {
	const error =
		"github.com/mattn/go-colorable@v0.1.15: git ls-remote -q origin in /tmp/mod/cache/vcs/1: exit status 128:\n\tfatal: unable to access 'https://github.com/mattn/go-colorable/': Could not resolve host: github.com";
	return reproductionOf(`go: ${error}`, {
		durationMs: 300,
		failures: [
			{module: 'github.com/mattn/go-colorable', version: 'v0.1.15', error},
			{module: 'github.com/mattn/go-isatty', version: 'v0.0.22', error: error.replaceAll('colorable', 'isatty')},
		],
		headline: 'github.com/mattn/go-colorable@v0.1.15 failed',
		fetchedInRun: fetched,
	});
}

const context = (
	snap: GoSnapshot,
	repro: Reproduction | undefined = reproduction(),
	mod = goMod,
): Pick<AfterContext, 'snapshot' | 'goMod' | 'reproduction' | 'connectivity'> => ({
	snapshot: snap,
	goMod: mod,
	...(repro === undefined ? {} : {reproduction: repro}),
	connectivity: [{url: 'https://proxy.golang.org', label: 'https://proxy.golang.org', role: 'goproxy', entryIndex: 0, verdict: 'healthy'}],
});

test('the flowchart validates', () => {
	assert.deepEqual(validateFlow(privatePatternsFlowchart.flow as never), []);
});

test('GOPRIVATE=github.com/* in the shell, go failed on the github.com modules: the setting is the cause, remove it (field: goprivate-broad)', () => {
	const subject = privatePatternsSubject(context(snapshot({GOPRIVATE: {value: 'github.com/*', source: 'environment'}})));
	assert.ok(subject);
	assert.equal(subject.setting, 'GOPRIVATE');
	assert.equal(subject.culprits, 'github.com/*');
	assert.equal(subject.covered, 2);
	assert.equal(subject.failedCount, 2);
	assert.equal(subject.failed, 'github.com/mattn/go-colorable@v0.1.15, github.com/mattn/go-isatty@v0.0.22');
	// Go fetched golang.org/x/sys through the first entry: it serves public modules.
	assert.equal(subject.proxy, 'https://proxy.golang.org');
	assert.equal(subject.narrowed, '');
	const fix = privatePatternsFix({setting: 'GOPRIVATE', source: 'environment', narrowed: subject.narrowed, kept: []});
	assert.equal(fix.kind, 'shell');
	assert.deepEqual(fix.shell, ['unset GOPRIVATE']);
	assert.equal(fix.weakensSecurity, false);
});

test('written with go env -w: go env -u; a narrowed value: go env -w with it', () => {
	const unset = privatePatternsFix({setting: 'GOPRIVATE', source: 'goenv-file', narrowed: '', kept: []});
	assert.deepEqual(unset.argv, ['go', 'env', '-u', 'GOPRIVATE']);
	assert.deepEqual(unset.changes, [{key: 'GOPRIVATE', value: undefined}]);
	const narrowed = privatePatternsFix({
		setting: 'GOPRIVATE',
		source: 'goenv-file',
		narrowed: 'github.com/acme',
		kept: ['github.com/acme/lib'],
	});
	assert.deepEqual(narrowed.argv, ['go', 'env', '-w', 'GOPRIVATE=github.com/acme']);
	assert.match(english(narrowed.detail ?? ''), /github\.com\/acme\/lib/);
});

test('the private-looking paths stay: a company host, and a covered module go did fetch from its host while others failed', () => {
	const mod = parseGoMod(
		'module example.com/app\n\ngo 1.22\n\nrequire (\n\tbitbucket.org/acme/secret v1.0.0\n\tgithub.com/mattn/go-isatty v0.0.22\n\tgit.corp.example/team/lib v1.2.0\n)\n',
	);
	const subject = privatePatternsSubject(
		context(
			snapshot({GOPRIVATE: {value: '*,git.corp.example/team', source: 'goenv-file'}}),
			reproduction(['bitbucket.org/acme/secret@v1.0.0']),
			mod,
		),
	);
	assert.ok(subject);
	assert.equal(subject.culprits, '*');
	assert.equal(subject.kept, 'bitbucket.org/acme/secret, git.corp.example/team/lib');
	// The kept pattern already covers the company host's module; the owner of the module fetched directly is added.
	assert.equal(subject.narrowed, 'git.corp.example/team,bitbucket.org/acme');
	// Fetched from github.com, where go failed on other modules: that host is not shown to work, nothing is kept.
	const same = privatePatternsSubject(
		context(snapshot({GOPRIVATE: {value: 'github.com/*', source: 'environment'}}), reproduction(['github.com/mattn/go-colorable@v0.1.15'])),
	);
	assert.equal(same?.kept, '');
	// Both host-wide patterns go (gitlab.com covers every module there too); the private module's owner stays.
	assert.equal(narrowedPrivatePatterns('github.com/*,,gitlab.com', ['gitlab.com/x/y']), 'gitlab.com/x');
	assert.equal(narrowedPrivatePatterns('*', []), '');
});

test("the main module's organisation under the patterns: keeping it is offered second (if its code is private)", () => {
	const mod = parseGoMod(
		'module github.com/acme/app\n\ngo 1.22\n\nrequire (\n\tgithub.com/acme/lib v1.0.0\n\tgithub.com/mattn/go-isatty v0.0.22\n)\n',
	);
	const subject = privatePatternsSubject(
		context(snapshot({GOPRIVATE: {value: 'github.com/*', source: 'environment'}}), reproduction(['golang.org/x/sys@v0.46.0']), mod),
	);
	assert.equal(subject?.narrowed, '');
	assert.equal(subject?.withOwner, 'github.com/acme');
	const second = privatePatternsFix({setting: 'GOPRIVATE', source: 'environment', narrowed: subject.withOwner, kept: [], owner: true});
	assert.deepEqual(second.shell, ["export GOPRIVATE='github.com/acme'"]);
	assert.equal(second.id, 'settings-narrow-private-owner');
	// Fatih/color requires nothing under github.com/fatih: no such alternative.
	assert.equal(
		privatePatternsSubject(context(snapshot({GOPRIVATE: {value: 'github.com/*', source: 'environment'}})))?.withOwner,
		undefined,
	);
});

test('go did not fail because of it: a warning (the walk ends at coversPublic); nothing broad: no subject', () => {
	const ok = {...reproduction(['github.com/mattn/go-isatty@v0.0.22']), failures: [], exitCode: 0, ok: true, stderr: ''};
	const subject = privatePatternsSubject(context(snapshot({GOPRIVATE: {value: 'github.com', source: 'environment'}}), ok));
	assert.equal(subject?.failedCount, 0);
	// A module fetched from its host is no sign of privacy when every fetch worked: nothing is kept.
	assert.equal(subject?.kept, '');
	assert.equal(privatePatternsSubject(context(snapshot({GOPRIVATE: {value: 'git.corp.example', source: 'environment'}}))), undefined);
	assert.equal(privatePatternsSubject(context(snapshot({}))), undefined);
});

test("GONOPROXY set: its patterns decide what go fetches directly, and GOPRIVATE's breadth stays the settings check's", () => {
	const snap = snapshot({GOPRIVATE: {value: 'github.com', source: 'environment'}, GONOPROXY: {value: '*', source: 'goenv-file'}});
	assert.equal(directPatternSetting(snap.settings, snap.values), 'GONOPROXY');
	assert.equal(privatePatternsSubject(context(snap))?.setting, 'GONOPROXY');
	const lints = settingsLintFlowchart.subjects({snapshot: snap} as AfterContext) as ReadonlyArray<{kind: string; setting: string}>;
	assert.deepEqual(
		lints.map((lint) => `${lint.kind} ${lint.setting}`),
		['too-broad GOPRIVATE'],
	);
});

test("the settings check says GOPRIVATE's breadth once: not again for the GONOPROXY and GONOSUMDB that inherit it, and leaves it to private-patterns", () => {
	const snap = snapshot({GOPRIVATE: {value: 'github.com/*', source: 'environment'}});
	assert.deepEqual(
		lintSettings(snap.settings, snap.values).map((lint) => `${lint.kind} ${lint.setting}`),
		['too-broad GOPRIVATE'],
	);
	assert.deepEqual(settingsLintFlowchart.subjects({snapshot: snap} as AfterContext), []);
	// GONOSUMDB set on its own is still checked.
	const own = snapshot({
		GOPRIVATE: {value: 'github.com/*', source: 'environment'},
		GONOSUMDB: {value: 'github.com', source: 'environment'},
	});
	assert.deepEqual(
		lintSettings(own.settings, own.values).map((lint) => `${lint.kind} ${lint.setting}`),
		['too-broad GOPRIVATE', 'too-broad GONOSUMDB'],
	);
});
