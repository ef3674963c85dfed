import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {AfterContext} from '../../source/diagnose/investigation.js';
import {classifyGoOutput} from '../../source/classify/classify-go-error.js';
import {
	compareGoVersions,
	looksUnreleased,
	parseGotoolchain,
	toolchainForGoLine,
	toolchainModuleVersion,
	wantedToolchain,
} from '../../source/go/toolchain.js';

test('go lines name toolchains as cmd/go does: 1.21 and later mean the .0 release', () => {
	assert.equal(toolchainForGoLine('1.22'), 'go1.22.0');
	assert.equal(toolchainForGoLine('1.22.3'), 'go1.22.3');
	assert.equal(toolchainForGoLine('1.20'), 'go1.20');
	assert.equal(toolchainForGoLine('1.23rc1'), 'go1.23rc1');
	assert.equal(wantedToolchain({go: '1.21', toolchain: 'go1.22.4'}), 'go1.22.4', 'the toolchain line when it is newer');
	assert.equal(wantedToolchain({go: '1.23.1', toolchain: 'go1.22.4'}), 'go1.23.1');
	assert.equal(wantedToolchain({go: '1.22', toolchain: 'default'}), 'go1.22.0');
	assert.equal(wantedToolchain({}), undefined);
});

test('Go versions order as gover: 1.21 < 1.21rc1 < 1.21.0 < 1.21.1 < 1.22', () => {
	const ordered = ['go1.20.14', 'go1.21', 'go1.21rc1', 'go1.21rc2', 'go1.21.0', 'go1.21.1', 'go1.22.0', 'go1.99.0'];
	assert.deepEqual(
		ordered.toReversed().toSorted((a, b) => compareGoVersions(a, b)),
		ordered,
	);
	assert.equal(compareGoVersions('1.26.8', 'go1.26.8'), 0);
	assert.equal(looksUnreleased('go1.99.0', 'go1.26.8'), true);
	assert.equal(looksUnreleased('go1.27.0', 'go1.26.8'), false, 'the next release may well exist');
});

test('GOTOOLCHAIN: local forbids switching; auto, path and name+auto allow it', () => {
	assert.deepEqual(parseGotoolchain('local'), {mode: 'local', switches: false});
	assert.deepEqual(parseGotoolchain(''), {mode: 'auto', switches: true});
	assert.deepEqual(parseGotoolchain('go1.22.0+auto'), {mode: 'auto', minimum: 'go1.22.0', switches: true});
	assert.deepEqual(parseGotoolchain('local+path'), {mode: 'path', switches: true});
	assert.equal(toolchainModuleVersion('go1.23.0', 'linux', 'amd64'), 'v0.0.1-go1.23.0.linux-amd64');
});

test('classify: toolchain failures as go versions word them', () => {
	const shapes = [
		// Go 1.21.x on `go 1.22` (golang/go#62278), as in CI logs and dependabot runs.
		'go: downloading go1.22 (linux/amd64)\ngo: download go1.22 for linux/amd64: toolchain not available\n',
		'go: downloading go1.99.0 (linux/amd64)\ngo: download go1.99.0 for linux/amd64: toolchain not available\n',
		'go: go.mod requires go >= 1.23 (running go 1.21.0; GOTOOLCHAIN=local)\n',
		'go: downloading go1.99 (linux/amd64)\ngo: invalid toolchain: go1.99 is a language version but not a toolchain version (go1.99.x)\n',
		'level=error msg="Running error: context loading failed: failed to load packages: err: exit status 1: stderr: go: downloading go1.22 (linux/amd64)\\ngo: download go1.22 for linux/amd64: toolchain not available\\n"\n',
	];
	for (const shape of shapes) {
		assert.equal(classifyGoOutput(shape).primary?.category, 'toolchain', shape);
	}
});

test('the toolchain go tried to download is the one examined: go 1.21 asks for go1.22 on a `go 1.22` line', async () => {
	const {toolchainFlowchart: toolchainInvestigation} = await import('../../source/flowcharts/toolchain/index.js');
	const {parseGoMod} = await import('../../source/go/parse-go-mod.js');
	const stderr = 'go: downloading go1.22 (linux/amd64)\ngo: download go1.22 for linux/amd64: toolchain not available\n';
	const context = {
		reproduction: {ok: false, stderr, failures: []},
		goMod: parseGoMod('module m\n\ngo 1.22\n'),
		snapshot: {goVersion: 'go1.21.0 linux/amd64', values: {GOTOOLCHAIN: '', GOOS: 'linux', GOARCH: 'amd64'}},
		classified: classifyGoOutput(stderr).items,
	} as unknown as AfterContext;
	assert.deepEqual(await toolchainInvestigation.subjects(context), [
		{
			label: 'go1.22',
			wanted: 'go1.22',
			local: 'go1.21.0',
			gotoolchain: 'auto',
			newer: true,
			switches: true,
			goos: 'linux',
			goarch: 'amd64',
		},
	]);
});
