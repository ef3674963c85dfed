import assert from 'node:assert/strict';
import {mkdtemp, readdir, readFile, rm, stat, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import {applyNetrc} from '../../source/fixes/apply-netrc.js';
import {readJournal} from '../../source/fixes/journal.js';
import {undoChanges} from '../../source/fixes/undo.js';
import type {System} from '../../source/system/types.js';
import {describeNetrcEntry, findNetrcEntry, netrcPath, parseNetrc, upsertNetrcEntry} from '../../source/go/netrc.js';
import {nodeFileSystem} from '../../source/system/file-system.js';
import {english} from '../helpers/text.js';

test('parseNetrc reads entries as go does: pairs per line, machine resets, macdef skipped to the blank line, default ends the file', () => {
	const text = [
		'machine a.example login alice password one',
		'machine b.example',
		'login bob',
		'password two',
		'macdef init',
		'machine hidden.example login x password y',
		'',
		'machine c.example login carol password three',
		// Go stops at a `default` that ends a line's pairs (here alone on its line).
		'default',
		'login anyone password four',
		'machine after.example login d password five',
	].join('\n');
	assert.deepEqual(
		parseNetrc(text).map((entry) => entry.machine),
		['a.example', 'b.example', 'c.example'],
	);
	assert.equal(parseNetrc('machine only.example login x').length, 0, 'an entry without a password is not kept');
	assert.equal(parseNetrc('machine a.example login x password').length, 0, 'a key without a value on its line is dropped');
	// Like go: `default` read as a key of a pair does not end the file.
	assert.equal(parseNetrc('default login anyone password four\nmachine z.example login z password z').length, 1);
});

test('findNetrcEntry: the first entry wins; a port must be in the machine name for go 1.24+', () => {
	const entries = parseNetrc(
		'machine h.example login first password p1\nmachine h.example login second password p2\nmachine 127.0.0.1 login l password p\n',
	);
	assert.equal(findNetrcEntry(entries, 'h.example')?.entry.login, 'first');
	assert.deepEqual(findNetrcEntry(entries, '127.0.0.1:8443')?.portIgnored, true);
	assert.equal(findNetrcEntry(entries, 'other.example'), undefined);
	assert.equal(describeNetrcEntry(entries[0]!), 'machine h.example login first password ***');
});

test('netrcPath: $NETRC, else $HOME/.netrc', () => {
	assert.equal(netrcPath({NETRC: '/x/netrc', HOME: '/h'}), '/x/netrc');
	assert.equal(netrcPath({HOME: '/h'}), '/h/.netrc');
	assert.equal(netrcPath({}), undefined);
});

test('upsertNetrcEntry replaces every line of the machine, keeps the rest, inserts before default', () => {
	const before =
		'machine a.example login alice password one\nmachine git.corp.example\n  login old\n  password stale\n# a comment\nmachine b.example login bob password two\n';
	const after = upsertNetrcEntry(before, {machine: 'git.corp.example', login: 'gopher', password: 'tok'});
	assert.equal(
		after,
		'machine a.example login alice password one\nmachine git.corp.example login gopher password tok\n# a comment\nmachine b.example login bob password two\n',
	);
	assert.equal(findNetrcEntry(parseNetrc(after), 'git.corp.example')?.entry.password, 'tok');
	assert.equal(
		upsertNetrcEntry('default login x password y\n', {machine: 'm.example', login: 'l', password: 'p'}),
		'machine m.example login l password p\ndefault login x password y\n',
	);
	assert.equal(upsertNetrcEntry('', {machine: 'm.example', login: 'l', password: 'p'}), 'machine m.example login l password p\n');
	assert.throws(() => upsertNetrcEntry('', {machine: 'm.example', login: 'l', password: 'has space'}), /white space/);
});

test("a journalled .netrc change: no secret in the journal; undo checks the private copy's hash first, and keeps entries added since to a file it created", async (t) => {
	const root = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-netrc-'));
	t.after(async () => rm(root, {recursive: true, force: true}));
	const state = path.join(root, 'state');
	const journalFile = path.join(state, 'journal.json');
	const env = {GOMOD_DOCTOR_STATE_DIR: state};
	// A .netrc undo runs no command: a System that throws proves it.
	const system = {run: async () => assert.fail('undo of a .netrc entry runs nothing'), fs: nodeFileSystem} as unknown as System;
	// Undo writes only the .netrc go reads: NETRC names the file of each part of the test.
	const undo = async (netrc: string) => undoChanges(system, {env: {...env, NETRC: netrc}, cwd: root, timeoutMs: 1000});
	const token = 'ghp_PlantedTokenValue0123456789abcdefABCD';

	const file = path.join(root, 'existing.netrc');
	const before = 'machine other.example login me password 0ld-passw0rd\n';
	await writeFile(file, before, {mode: 0o600});
	const written = await applyNetrc({
		fs: nodeFileSystem,
		file,
		machine: 'git.corp.example',
		login: 'gopher',
		token,
		backupDir: path.join(state, 'netrc-backups'),
		journalFile,
	});
	assert.ok(written.ok);
	const journalText = await readFile(journalFile, 'utf8');
	assert.ok(
		!journalText.includes(token) && !journalText.includes('0ld-passw0rd'),
		"the journal holds neither the token nor the earlier file's passwords",
	);
	const read = await readJournal(nodeFileSystem, journalFile);
	assert.ok(read.ok);
	assert.deepEqual(
		read.journal.entries.map((entry) => [entry.status, entry.changes[0]?.key, entry.netrc?.existed]),
		[['applied', '.netrc entry for git.corp.example', true]],
	);

	// A copy that is not the earlier file is never written back.
	const backup = written.change.backup!;
	await writeFile(backup, 'machine evil.example login x password y\n');
	const refused = await undo(file);
	assert.equal(refused.ok, false);
	assert.match(refused.messages.map((message) => english(message)).join(' '), /SHA-256 differs/);
	assert.match(await readFile(file, 'utf8'), /git\.corp\.example/, 'the file is left as it is');
	await writeFile(backup, before);
	const restored = await undo(file);
	assert.equal(restored.ok, true, restored.messages.map((message) => english(message)).join(' '));
	assert.equal(restored.fileMatches, true);
	assert.equal(await readFile(file, 'utf8'), before);
	assert.equal((await stat(file)).mode & 0o777, 0o600);
	assert.deepEqual(await readdir(path.dirname(backup)), []);

	// A file the change created, with another machine's entry added since: undo does not throw that entry away.
	const created = path.join(root, 'created.netrc');
	const second = await applyNetrc({
		fs: nodeFileSystem,
		file: created,
		machine: 'git.corp.example',
		login: 'gopher',
		token,
		backupDir: path.join(state, 'netrc-backups'),
		journalFile,
	});
	assert.ok(second.ok);
	assert.equal(second.change.backup, undefined);
	await writeFile(created, `${await readFile(created, 'utf8')}machine added.example login a password b\n`);
	const kept = await undo(created);
	assert.equal(kept.ok, false);
	// The file changed after the entry was written: undo refuses before it looks inside.
	assert.match(kept.messages.map((message) => english(message)).join(' '), /created\.netrc changed after gomod-doctor wrote it/);
	assert.ok((await readFile(created, 'utf8')).includes('added.example'));
	assert.ok(
		!kept.messages
			.map((message) => english(message))
			.join(' ')
			.includes(token),
	);
});
