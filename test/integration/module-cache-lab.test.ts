/**
The module flowcharts end to end with the real go against the lab: each scenario is diagnosed (the category, what
it blames, the evidence), the offered fix is applied through the wizard's own actions and checked by go, and undo
puts go.mod and go.sum back where the fix changed them.
*/
import assert from 'node:assert/strict';
import {access, readFile, writeFile} from 'node:fs/promises';
import {test} from 'node:test';
import {startLab, type Lab} from '../../source/lab/start-lab.js';
import {missingGreetVersion} from '../../source/lab/scenarios/module-cache.js';
import {createSystem} from '../../source/system/create-system.js';
import type {Finding} from '../../source/model/report.js';
import {labSession} from '../helpers/lab-session.js';
import {english} from '../helpers/text.js';

const system = createSystem();
const timeoutMs = 15_000;

async function diagnoseLab(t: {after: (fn: () => Promise<void>) => void}, id: string) {
	const lab: Lab = await startLab(id);
	t.after(async () => lab.close());
	const {actions, emit, events, state} = labSession(lab, {system, timeoutMs});

	const controller = new AbortController();
	await actions.diagnose(emit, controller.signal);
	const {conclusion} = state();
	assert.ok(conclusion, 'the diagnosis concludes');
	return {lab, actions, emit, events, conclusion, signal: controller.signal, state};
}

function finding(findings: readonly Finding[], category: string): Finding {
	const found = findings.find((item) => item.category === category);
	assert.ok(
		found,
		`a ${category} finding among: ${findings.map((item) => `${item.category} ${item.subject}: ${english(item.summary)}`).join('\n')}`,
	);
	return found;
}

test('not-found-version: the missing version is named, v1.2.0 suggested, required instead makes go succeed, undo restores go.mod', async (t) => {
	const {lab, actions, emit, events, conclusion, signal} = await diagnoseLab(t, 'not-found-version');
	const first = conclusion.findings[0]!;
	assert.equal(first.category, 'not-found', english(conclusion.headline));
	assert.equal(first.subject, `example.com/lab/greet@${missingGreetVersion}`);
	assert.match(english(first.summary), /Nearest: v1\.2\.0/);
	assert.ok(
		first.evidence.some((item) => item.outcome === 'missing-version' && english(item.summary).includes('v1.1.0, v1.2.0')),
		JSON.stringify(first.evidence),
	);
	const fix = first.fixes.find((item) => item.id === 'require-version');
	assert.deepEqual(fix?.argv, ['go', 'mod', 'edit', '-require=example.com/lab/greet@v1.2.0']);
	const goModBefore = await readFile(`${lab.dir}/go.mod`, 'utf8');
	const outcome = await actions.applyFix(fix, emit, signal);
	assert.equal(outcome.status, 'fixed', english(outcome.summary));
	assert.equal(outcome.undo, 'files');
	assert.ok(
		outcome.diffs?.some(
			(diff) =>
				diff.file === 'go.mod' && diff.lines.some((line) => line.kind === 'added' && line.text.includes('example.com/lab/greet v1.2.0')),
		),
		JSON.stringify(outcome.diffs),
	);
	assert.deepEqual(
		outcome.followUps?.map((item) => item.id),
		['go-mod-tidy'],
		'go mod tidy -v is offered after a fix that works',
	);
	assert.ok(
		events.some(
			(event) => event.type === 'command-finished' && event.argv.join(' ') === 'go list -deps -export ./...' && event.exitCode === 0,
		),
		'the code was compiled against the other version before the fix counted as working',
	);
	await assert.rejects(access(`${lab.dir}/app`), 'the check writes no binary into the module');
	const undone = await actions.undo(emit, signal);
	assert.equal(undone.ok, true, english(undone.summary));
	assert.equal(await readFile(`${lab.dir}/go.mod`, 'utf8'), goModBefore);
});

test('not-found-version: a version that lacks what the code calls is not "Fixed"; the compiler\'s message says why', async (t) => {
	const {lab, actions, emit, conclusion, signal} = await diagnoseLab(t, 'not-found-version');
	// The code uses what only the missing version has: v1.2.0 downloads, but the code does not build with it.
	await writeFile(`${lab.dir}/only.go`, 'package main\n\nimport "example.com/lab/greet"\n\nvar _ = greet.OnlyInV130\n');
	const fix = conclusion.findings[0]!.fixes.find((item) => item.id === 'require-version');
	assert.ok(fix);
	const outcome = await actions.applyFix(fix, emit, signal);
	assert.equal(outcome.status, 'not-fixed', english(outcome.summary));
	assert.match(
		english(outcome.summary),
		/The download works, but the code does not build: go list -deps -export \.\/\.\.\. fails: .*undefined: greet\.OnlyInV130/,
	);
	assert.equal(outcome.followUps, undefined, 'no tidy after a fix that did not work');
});

test('go-sum-missing: go mod download succeeds, go list finds the missing lines; go mod tidy fixes it and its diff is shown', async (t) => {
	const {lab, actions, emit, conclusion, signal} = await diagnoseLab(t, 'go-sum-missing');
	const found = finding(conclusion.findings, 'go-sum-missing');
	assert.equal(conclusion.findings[0], found);
	assert.ok(found.evidence.some((item) => item.command === 'go list -deps ./...' && item.outcome === 'missing'));
	assert.match(english(found.summary), /example\.com\/lab\/greet/);
	const download = found.fixes.find((item) => item.id === 'go-mod-download');
	assert.deepEqual(download?.argv, ['go', 'mod', 'download', 'example.com/lab/greet', 'example.com/lab/hello']);
	const tidy = found.fixes.find((item) => item.id === 'go-sum-tidy');
	assert.ok(tidy);
	const outcome = await actions.applyFix(tidy, emit, signal);
	assert.equal(outcome.status, 'fixed', english(outcome.summary));
	const sum = outcome.diffs?.find((diff) => diff.file === 'go.sum');
	// The reproduction's go mod download already recorded the go.mod hashes; tidy adds the two zip hashes.
	assert.ok(
		sum?.added === 2 && sum.lines.every((line) => line.kind !== 'added' || line.text.includes(' h1:')),
		JSON.stringify(outcome.diffs),
	);
	assert.match(await readFile(`${lab.dir}/go.sum`, 'utf8'), /example\.com\/lab\/greet v1\.2\.0 h1:/);
	assert.equal(outcome.followUps, undefined, 'tidy is not offered after tidy');
});

test('cache-corrupt: an empty cache works, so the cache is blamed with its size; go clean -modcache fixes it and cannot be undone', async (t) => {
	const {lab, actions, emit, conclusion, signal} = await diagnoseLab(t, 'cache-corrupt');
	const found = finding(conclusion.findings, 'cache');
	assert.equal(conclusion.findings[0], found);
	assert.equal(found.subject, lab.extras['modcache']);
	assert.deepEqual(
		found.evidence.map((item) => item.outcome),
		['writable', 'succeeds', 'measured'],
	);
	const clean = found.fixes.find((item) => item.id === 'go-clean-modcache');
	assert.deepEqual(clean?.argv, ['go', 'clean', '-modcache']);
	assert.match(english(clean.title), /\d+(\.\d)? KB|bytes/);
	const outcome = await actions.applyFix(clean, emit, signal);
	assert.equal(outcome.status, 'fixed', english(outcome.summary));
	assert.equal(outcome.undo, 'none');
	assert.equal(outcome.journalId, undefined);
});

test('cache-readonly: the cache cannot be written; GOMODCACHE moved with go env -w makes go download', async (t) => {
	const {lab, actions, emit, conclusion, signal} = await diagnoseLab(t, 'cache-readonly');
	const found = finding(conclusion.findings, 'cache');
	assert.equal(found.subject, lab.extras['modcache']);
	assert.equal(found.evidence[0]?.outcome, 'not-writable');
	const move = found.fixes.find((item) => item.id === 'gomodcache-elsewhere');
	assert.deepEqual(move?.changes, [{key: 'GOMODCACHE', value: lab.extras['writable']}]);
	assert.ok(found.fixes.some((item) => item.id === 'cache-chown' && item.kind === 'info'));
	const outcome = await actions.applyFix(move, emit, signal);
	assert.equal(outcome.status, 'fixed', english(outcome.summary));
	// Checked with the cache the fix points at, not a temporary one: the download landed there.
	await access(`${lab.extras['writable']!}/cache/download/example.com/lab/greet/@v/v1.2.0.zip`);
	const undone = await actions.undo(emit, signal);
	assert.equal(undone.ok, true, english(undone.summary));
});

test('toolchain-missing: go.mod wants go1.99.0, no proxy serves it; the wizard says no such Go exists and lowering the go line works', async (t) => {
	const {lab, actions, emit, conclusion, signal} = await diagnoseLab(t, 'toolchain-missing');
	const found = finding(conclusion.findings, 'toolchain');
	assert.equal(conclusion.findings[0], found);
	assert.equal(found.subject, 'go1.99.0');
	assert.ok(found.evidence.some((item) => item.outcome === 'not-served'));
	assert.match(english(found.summary), /not a released Go version/);
	assert.ok(found.fixes.some((item) => item.id === 'toolchain-none' && item.kind === 'info'));
	const lower = found.fixes.find((item) => item.id === 'toolchain-lower-go');
	assert.equal(lower?.kind, 'command');
	const before = await readFile(`${lab.dir}/go.mod`, 'utf8');
	const outcome = await actions.applyFix(lower, emit, signal);
	assert.equal(outcome.status, 'fixed', english(outcome.summary));
	assert.doesNotMatch(await readFile(`${lab.dir}/go.mod`, 'utf8'), /^go 1\.99$/m);
	const undone = await actions.undo(emit, signal);
	assert.equal(undone.ok, true, english(undone.summary));
	assert.equal(await readFile(`${lab.dir}/go.mod`, 'utf8'), before);
});
