/*
Issue 14, item 4: a forged journal must not make `undo` write or delete any file. Each entry below was carried
out by `gomod-doctor undo` before; now undo refuses the whole journal, changes nothing and runs nothing.
*/
import assert from 'node:assert/strict';
import {chmod, mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {test, type TestContext} from 'node:test';
import {type JournalEntry, sha256} from '../../source/fixes/journal.js';
import {undoChanges} from '../../source/fixes/undo.js';
import {nodeFileSystem} from '../../source/system/file-system.js';
import type {System} from '../../source/system/types.js';
import {runCli} from '../helpers/cli.js';
import {english} from '../helpers/text.js';

type Place = {
	readonly root: string;
	readonly state: string;
	readonly project: string;
	readonly victim: string;
	readonly env: Record<string, string>;
};

async function place(t: TestContext): Promise<Place> {
	const root = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-forged-'));
	t.after(async () => rm(root, {recursive: true, force: true}));
	const state = path.join(root, 'state');
	const project = path.join(root, 'project');
	await mkdir(state, {mode: 0o700});
	await mkdir(project);
	await mkdir(path.join(root, 'home'));
	const victim = path.join(root, 'victim.txt');
	await writeFile(victim, 'precious\n');
	const env = {
		HOME: path.join(root, 'home'),
		GOMOD_DOCTOR_STATE_DIR: state,
		GOENV: path.join(root, 'home', 'goenv'),
		PATH: process.env['PATH'] ?? '',
	};
	return {root, state, project, victim, env};
}

function entry(fields: Partial<JournalEntry> & Pick<JournalEntry, 'goenvFile'>): JournalEntry {
	return {
		id: '20260101T000000Z-forged',
		createdAt: '2026-01-01T00:00:00.000Z',
		changes: [{key: 'GOPROXY', before: {set: true, value: 'x'}, after: undefined}],
		fileBefore: {exists: true},
		status: 'applied',
		...fields,
	};
}

async function writeJournal(p: Place, entries: readonly JournalEntry[], mode = 0o600): Promise<void> {
	const file = path.join(p.state, 'journal.json');
	await writeFile(file, JSON.stringify({version: 1, entries}), {mode});
	await chmod(file, mode);
}

const nothingRuns = {run: async () => assert.fail('undo ran a command for a forged entry'), fs: nodeFileSystem} as unknown as System;

async function assertRefused(p: Place, pattern: RegExp): Promise<void> {
	const result = await undoChanges(nothingRuns, {env: p.env, cwd: p.project, timeoutMs: 1000});
	assert.equal(result.ok, false);
	assert.equal(result.refused, true);
	assert.match(result.messages.map((message) => english(message)).join('\n'), pattern);
	assert.equal(await readFile(p.victim, 'utf8'), 'precious\n', 'the victim file is untouched');
}

test('a .netrc entry that deletes any file is refused', async (t) => {
	const p = await place(t);
	await writeJournal(p, [
		entry({
			goenvFile: p.victim,
			changes: [{key: '.netrc entry for x', before: {set: false}, after: undefined}],
			fileBefore: {exists: false},
			status: 'pending',
			netrc: {file: p.victim, machine: 'x', existed: false},
		}),
	]);
	await assertRefused(p, /not the \.netrc go reads/);
});

test('a .netrc entry that overwrites any file with a "backup" is refused', async (t) => {
	const p = await place(t);
	const backup = path.join(p.root, 'evil');
	await writeFile(backup, 'owned\n');
	await writeJournal(p, [
		entry({
			goenvFile: p.victim,
			status: 'pending',
			netrc: {file: p.victim, machine: 'x', existed: true, backup, sha256: sha256('owned\n')},
		}),
	]);
	await assertRefused(p, /not the \.netrc go reads/);
	// Even for the real .netrc, a backup from outside the tool's backup directories is refused.
	const netrc = path.join(p.env['HOME']!, '.netrc');
	await writeJournal(p, [
		entry({goenvFile: netrc, status: 'pending', netrc: {file: netrc, machine: 'x', existed: true, backup, sha256: sha256('owned\n')}}),
	]);
	await assertRefused(p, /not in a backup directory of gomod-doctor/);
});

test('a files entry that overwrites a go.mod or go.sum outside the project undo runs in is refused', async (t) => {
	const p = await place(t);
	const other = path.join(p.root, 'other');
	await mkdir(other);
	await writeFile(path.join(other, 'go.mod'), 'module other\n');
	await writeJournal(p, [
		entry({
			goenvFile: path.join(other, 'go.mod'),
			status: 'pending',
			files: [{path: path.join(other, 'go.mod'), exists: true, content: 'module evil\n'}],
		}),
	]);
	await assertRefused(p, /not the go\.mod or go\.sum of/);
	assert.equal(await readFile(path.join(other, 'go.mod'), 'utf8'), 'module other\n');
	await writeJournal(p, [
		entry({goenvFile: path.join(p.project, 'go.mod'), status: 'pending', files: [{path: p.victim, exists: true, content: 'evil\n'}]}),
	]);
	await assertRefused(p, /not the go\.mod or go\.sum of/);
});

test('a GOENV entry that sets GOFLAGS=-toolexec (or runs a GOAUTH command, or sets a key no fix sets) is refused', async (t) => {
	const p = await place(t);
	for (const [key, value, pattern] of [
		['GOFLAGS', '-toolexec=/tmp/evil', /GOFLAGS to a value that runs or replaces programs/],
		['GOFLAGS', '-mod=mod -overlay=/tmp/o.json', /GOFLAGS/],
		['GOFLAGS', '-exec=/tmp/evil', /GOFLAGS/],
		['GOAUTH', 'command /tmp/evil', /GOAUTH to run a command/],
		['CC', '/tmp/evil', /CC, which no fix of gomod-doctor changes/],
	] as const) {
		await writeJournal(p, [entry({goenvFile: p.env['GOENV']!, changes: [{key, before: {set: true, value}, after: undefined}]})]);

		await assertRefused(p, pattern);
	}
});

test('a GOENV entry (or a fileBefore to write back) for any other file is refused', async (t) => {
	const p = await place(t);
	await writeJournal(p, [entry({goenvFile: p.victim, fileBefore: {exists: true, sha256: 'x', content: 'GOPROXY=x\nevil\n'}})]);
	await assertRefused(p, /not the GOENV file go uses/);
});

test('an applied .netrc entry without the hash of what it wrote, or whose file changed since, is refused', async (t) => {
	const p = await place(t);
	const netrc = path.join(p.env['HOME']!, '.netrc');
	await writeFile(netrc, 'machine mine login me password mine\n');
	const record = {file: netrc, machine: 'x', existed: false} as const;
	await writeJournal(p, [entry({goenvFile: netrc, netrc: record})]);
	await assertRefused(p, /records no hash/);
	await writeJournal(p, [entry({goenvFile: netrc, netrc: record, afterSha256: {[netrc]: sha256('machine x login a password b\n')}})]);
	await assertRefused(p, /changed after gomod-doctor wrote it/);
	assert.equal(await readFile(netrc, 'utf8'), 'machine mine login me password mine\n');
});

test('a journal others can write (or in a directory others can write) is not believed', async (t) => {
	const p = await place(t);
	await writeJournal(p, [entry({goenvFile: p.env['GOENV']!})], 0o666);
	await assertRefused(p, /can be written by others \(mode 666\)/);
	await writeJournal(p, [entry({goenvFile: p.env['GOENV']!})]);
	await chmod(p.state, 0o777);
	await assertRefused(p, /journal directory .* can be written by others \(mode 777\)/);
});

test('gomod-doctor undo: a forged entry is refused with a clear message and exit 2', async (t) => {
	const p = await place(t);
	await writeJournal(p, [
		entry({
			goenvFile: p.victim,
			changes: [{key: '.netrc entry for x', before: {set: false}, after: undefined}],
			fileBefore: {exists: false},
			status: 'pending',
			netrc: {file: p.victim, machine: 'x', existed: false},
		}),
	]);
	const run = await runCli(['undo'], {env: p.env, cwd: p.project});
	assert.equal(run.exitCode, 2, run.stdout + run.stderr);
	assert.match(
		run.stdout,
		/undo refused, nothing was changed: journal entry 20260101T000000Z-forged was not written by a fix of gomod-doctor/,
	);
	assert.equal(await readFile(p.victim, 'utf8'), 'precious\n');
});
