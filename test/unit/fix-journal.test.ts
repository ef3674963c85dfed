import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {chmod, mkdtemp, readdir, readFile, rm, stat, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {
	findUnfinished,
	journalPath,
	newEntryId,
	readJournal,
	snapshotFile,
	updateEntry,
	writeJournal,
	type Journal,
	type JournalEntry,
} from '../../source/fixes/journal.js';
import {nodeFileSystem} from '../../source/system/file-system.js';
import {english} from '../helpers/text.js';

const roots: string[] = [];
after(async () => {
	await Promise.all(roots.map(async (root) => rm(root, {recursive: true, force: true})));
});

async function temporaryRoot(): Promise<string> {
	const root = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-journal-'));
	roots.push(root);
	return root;
}

function entry(id: string, status: JournalEntry['status']): JournalEntry {
	return {
		id,
		createdAt: '2026-01-01T00:00:00.000Z',
		goenvFile: '/home/u/.config/go/env',
		changes: [{key: 'GOPROXY', before: {set: true, value: 'https://proxy.golang.org,direct'}, after: 'http://127.0.0.1:1'}],
		fileBefore: {exists: true, sha256: 'ab'},
		status,
	};
}

test('journalPath: GOMOD_DOCTOR_STATE_DIR, then XDG_STATE_HOME, then HOME; relative values ignored', () => {
	assert.equal(journalPath({GOMOD_DOCTOR_STATE_DIR: '/s', XDG_STATE_HOME: '/x', HOME: '/h'}), '/s/journal.json');
	assert.equal(journalPath({XDG_STATE_HOME: '/x', HOME: '/h'}), '/x/gomod-doctor/journal.json');
	assert.equal(journalPath({XDG_STATE_HOME: 'relative', HOME: '/h'}), '/h/.local/state/gomod-doctor/journal.json');
	assert.equal(journalPath({GOMOD_DOCTOR_STATE_DIR: '', HOME: '/h'}), '/h/.local/state/gomod-doctor/journal.json');
	assert.throws(() => journalPath({}), /no state directory/);
});

test('a missing journal reads as empty; writing creates the directory, mode 0600, no temporary file left', async () => {
	const root = await temporaryRoot();
	const file = path.join(root, 'state', 'deep', 'journal.json');
	assert.deepEqual(await readJournal(nodeFileSystem, file), {ok: true, journal: {version: 1, entries: []}});
	const journal: Journal = {version: 1, entries: [entry('a', 'applied')]};
	await writeJournal(nodeFileSystem, file, journal);
	assert.deepEqual(await readJournal(nodeFileSystem, file), {ok: true, journal});
	assert.equal((await stat(file)).mode & 0o777, 0o600);
	assert.deepEqual(await readdir(path.dirname(file)), ['journal.json']);
});

test('rewriting replaces the file (rename), it is never half-written', async () => {
	const root = await temporaryRoot();
	const file = path.join(root, 'journal.json');
	await writeJournal(nodeFileSystem, file, {version: 1, entries: [entry('a', 'pending')]});
	const before = (await stat(file)).ino;
	await writeJournal(nodeFileSystem, file, {version: 1, entries: [entry('a', 'applied')]});
	assert.notEqual((await stat(file)).ino, before);
	assert.equal(JSON.parse(await readFile(file, 'utf8')).entries[0].status, 'applied');
});

test('a corrupt journal is reported, not overwritten', async () => {
	const root = await temporaryRoot();
	const file = path.join(root, 'journal.json');
	await writeFile(file, '{"version": 1, "entries": [');
	const read = await readJournal(nodeFileSystem, file);
	assert.equal(read.ok, false);
	assert.match(read.ok ? '' : english(read.message), /not valid JSON/);
	await writeFile(file, '{"version": 2, "entries": []}');
	const other = await readJournal(nodeFileSystem, file);
	assert.match(other.ok ? '' : english(other.message), /is not a gomod-doctor journal/);
	assert.equal(await readFile(file, 'utf8'), '{"version": 2, "entries": []}');
});

test('findUnfinished: pending (killed mid-apply) and applied entries, not failed or undone', () => {
	const journal: Journal = {
		version: 1,
		entries: [entry('1', 'applied'), entry('2', 'failed'), entry('3', 'undone'), entry('4', 'pending')],
	};
	assert.deepEqual(
		findUnfinished(journal).map((candidate) => candidate.id),
		['1', '4'],
	);
	assert.deepEqual(
		findUnfinished(updateEntry(journal, '1', {status: 'undone'})).map((candidate) => candidate.id),
		['4'],
	);
});

test('entry ids are unique and sort by time', () => {
	const first = newEntryId(new Date('2026-01-01T00:00:00Z'));
	const second = newEntryId(new Date('2026-01-01T00:00:01Z'));
	assert.match(first, /^20260101T000000Z-[\da-f]{6}$/);
	assert.ok(first < second);
	assert.notEqual(newEntryId(), newEntryId());
});

test('snapshotFile: existence, sha256 and exact text', async () => {
	const root = await temporaryRoot();
	const file = path.join(root, 'env');
	assert.deepEqual(await snapshotFile(nodeFileSystem, file), {exists: false});
	await writeFile(file, 'GOPROXY=off\n');
	const snapshot = await snapshotFile(nodeFileSystem, file);
	assert.equal(snapshot.exists, true);
	// What `sha256sum env` prints for this file.
	assert.equal(snapshot.sha256, createHash('sha256').update('GOPROXY=off\n').digest('hex'));
	assert.equal(snapshot.content, 'GOPROXY=off\n');
	await writeFile(file, Buffer.from([0x47, 0xff, 0x0a]));
	assert.equal((await snapshotFile(nodeFileSystem, file)).content, undefined);
});

test('an existing state directory keeps its mode (a shared one its sticky bit); one the journal creates is 0700', async (t) => {
	const root = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-state-mode-'));
	t.after(async () => rm(root, {recursive: true, force: true}));
	await chmod(root, 0o1777);
	await writeJournal(nodeFileSystem, path.join(root, 'journal.json'), {version: 1, entries: []});
	// Before: chmod 0700, which dropped the sticky bit of a shared directory.
	assert.equal((await stat(root)).mode & 0o7777, 0o1777);
	await writeJournal(nodeFileSystem, path.join(root, 'fresh', 'journal.json'), {version: 1, entries: []});
	assert.equal((await stat(path.join(root, 'fresh'))).mode & 0o7777, 0o700);
});
