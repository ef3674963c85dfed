import assert from 'node:assert/strict';
import {mkdtemp, readFile, rm, stat, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {applyGoEnvChanges, type GoEnvChange} from '../../source/fixes/apply-go-env.js';
import {journalPath, readJournal, type JournalEntry} from '../../source/fixes/journal.js';
import {undoChanges} from '../../source/fixes/undo.js';
import {createHermeticGoEnv, type HermeticGoEnv} from '../../source/lab/hermetic-env.js';
import type {System} from '../../source/system/types.js';
import {createSystem} from '../../source/system/create-system.js';
import {nodeFileSystem} from '../../source/system/file-system.js';
import {english} from '../helpers/text.js';

const system = createSystem();
const timeoutMs = 20_000;
const roots: string[] = [];
after(async () => {
	await Promise.all(roots.map(async (root) => rm(root, {recursive: true, force: true})));
});

/** A hermetic go environment whose GOENV file holds exactly `text` (or does not exist). */
async function setup(text: string | undefined, extra: Record<string, string> = {}): Promise<HermeticGoEnv & {root: string}> {
	const root = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-fix-'));
	roots.push(root);
	const hermetic = await createHermeticGoEnv({root, extra});
	await (text === undefined ? rm(hermetic.goenvFile) : writeFile(hermetic.goenvFile, text));
	return {...hermetic, root};
}

async function goenvText(file: string): Promise<string | undefined> {
	return readFile(file, 'utf8').catch(() => undefined);
}

async function journalEntries(env: HermeticGoEnv['env']): Promise<readonly JournalEntry[]> {
	const read = await readJournal(nodeFileSystem, journalPath(env));
	assert.ok(read.ok);
	return read.journal.entries;
}

async function apply(hermetic: HermeticGoEnv & {root: string}, changes: GoEnvChange[], run: System = system) {
	return applyGoEnvChanges(run, {env: hermetic.env, cwd: hermetic.root, changes, timeoutMs});
}

async function undo(hermetic: HermeticGoEnv & {root: string}, id?: string) {
	return undoChanges(system, {env: hermetic.env, cwd: hermetic.root, timeoutMs, ...(id === undefined ? {} : {id})});
}

test('apply then undo a key that was set, with comments and other keys around it: byte for byte', async () => {
	const original = '# my settings\nGOPRIVATE=example.com/private\nGOPROXY=http://127.0.0.1:1\n\n# checksums\nGOSUMDB=off\n';
	const hermetic = await setup(original);
	const stateMode = (await stat(path.dirname(journalPath(hermetic.env)))).mode & 0o7777;
	const result = await apply(hermetic, [{key: 'GOPROXY', value: 'http://127.0.0.1:2|direct'}]);
	assert.equal(result.status, 'applied', result.output);
	assert.deepEqual(result.argv, ['go', 'env', '-w', 'GOPROXY=http://127.0.0.1:2|direct']);
	assert.deepEqual(result.readBack, {GOPROXY: 'http://127.0.0.1:2|direct'});
	assert.equal(
		await goenvText(hermetic.goenvFile),
		'# my settings\nGOPRIVATE=example.com/private\nGOPROXY=http://127.0.0.1:2|direct\n\n# checksums\nGOSUMDB=off\n',
	);
	const [entry] = await journalEntries(hermetic.env);
	assert.equal(entry?.id, result.journalId);
	assert.equal(entry?.status, 'applied');
	assert.equal(entry?.goenvFile, hermetic.goenvFile);
	assert.deepEqual(entry?.changes, [
		{key: 'GOPROXY', before: {set: true, value: 'http://127.0.0.1:1'}, after: 'http://127.0.0.1:2|direct'},
	]);
	assert.equal((await stat(journalPath(hermetic.env))).mode & 0o777, 0o600);
	// The state directory existed before (the hermetic setup made it): its mode is the user's, never changed (issue 14:
	// a shared GOMOD_DOCTOR_STATE_DIR lost its sticky bit); fix-journal.test.ts checks that one it creates is 0700.
	assert.equal(
		(await stat(path.dirname(journalPath(hermetic.env)))).mode & 0o7777,
		stateMode,
		'an existing state directory keeps its mode',
	);

	const undone = await undo(hermetic);
	assert.equal(undone.ok, true, undone.messages.map((message) => english(message)).join('\n'));
	assert.equal(undone.fileMatches, true, undone.messages.map((message) => english(message)).join('\n'));
	assert.deepEqual(undone.restored, [{id: result.journalId, keys: ['GOPROXY']}]);
	assert.equal(await goenvText(hermetic.goenvFile), original);
	assert.equal((await journalEntries(hermetic.env))[0]?.status, 'undone');
	assert.deepEqual(await undo(hermetic), {restored: [], ok: true, fileMatches: true, messages: []});
});

test('apply then undo a key that was unset (go env -u on undo)', async () => {
	const original = 'GOPROXY=http://127.0.0.1:1\nGOSUMDB=off\n';
	const hermetic = await setup(original);
	const result = await apply(hermetic, [{key: 'GONOSUMDB', value: 'example.com/private'}]);
	assert.equal(result.status, 'applied', result.output);
	assert.equal(result.readBack['GONOSUMDB'], 'example.com/private');
	assert.deepEqual((await journalEntries(hermetic.env))[0]?.changes[0]?.before, {set: false});

	const undone = await undo(hermetic);
	assert.equal(undone.fileMatches, true, undone.messages.map((message) => english(message)).join('\n'));
	assert.equal(await goenvText(hermetic.goenvFile), original);
});

test('apply then undo with the GOENV file initially absent: the file is gone again', async () => {
	const hermetic = await setup(undefined);
	const result = await apply(hermetic, [{key: 'GOPROXY', value: 'off'}]);
	assert.equal(result.status, 'applied', result.output);
	assert.equal(await goenvText(hermetic.goenvFile), 'GOPROXY=off\n');
	assert.deepEqual((await journalEntries(hermetic.env))[0]?.fileBefore, {exists: false});

	const undone = await undo(hermetic);
	assert.equal(undone.fileMatches, true, undone.messages.map((message) => english(message)).join('\n'));
	assert.equal(await goenvText(hermetic.goenvFile), undefined);
});

test('go re-sorts an unsorted file; undo still gives back the exact earlier text', async () => {
	const original = 'GOSUMDB=off\nGOPROXY=http://127.0.0.1:1\nGOPROXY=http://127.0.0.1:3\n';
	const hermetic = await setup(original);
	const result = await apply(hermetic, [{key: 'GOPRIVATE', value: 'example.com'}]);
	assert.equal(result.status, 'applied', result.output);
	// Go dropped the duplicate GOPROXY line and re-sorted: the settings are the same, the text is not.
	const rewritten = await goenvText(hermetic.goenvFile);
	assert.notEqual(rewritten, original);
	assert.deepEqual(rewritten?.split('\n').toSorted(), ['', 'GOPRIVATE=example.com', 'GOPROXY=http://127.0.0.1:3', 'GOSUMDB=off']);

	const undone = await undo(hermetic);
	assert.equal(undone.fileMatches, true);
	assert.ok(
		undone.messages.some((message) => english(message).includes('re-sorted')),
		undone.messages.map((message) => english(message)).join('\n'),
	);
	assert.equal(await goenvText(hermetic.goenvFile), original);
});

test('several changes undone newest first end at the state before the oldest', async () => {
	const original = '# keep me\nGOPROXY=http://127.0.0.1:1\n';
	const hermetic = await setup(original);
	const first = await apply(hermetic, [
		{key: 'GOPROXY', value: 'http://127.0.0.1:2'},
		{key: 'GOFLAGS', value: '-mod=mod'},
	]);
	const second = await apply(hermetic, [
		{key: 'GOPROXY', value: 'http://127.0.0.1:3'},
		{key: 'GOFLAGS', value: undefined},
	]);
	assert.equal(first.status, 'applied', first.output);
	assert.equal(second.status, 'applied', second.output);
	assert.deepEqual(second.commands, [
		['go', 'env', '-w', 'GOPROXY=http://127.0.0.1:3'],
		['go', 'env', '-u', 'GOFLAGS'],
	]);
	const undone = await undo(hermetic);
	assert.deepEqual(
		undone.restored.map((restored) => restored.id),
		[second.journalId, first.journalId],
	);
	assert.equal(undone.fileMatches, true, undone.messages.map((message) => english(message)).join('\n'));
	assert.equal(await goenvText(hermetic.goenvFile), original);
});

test("go rejects the value: go's message, nothing changed, journal says failed, nothing to undo", async () => {
	const original = 'GOPROXY=off\n';
	const hermetic = await setup(original);
	// GOMODCACHE as only the GOENV file would set it (the hermetic environment sets it in the OS environment).
	const {GOMODCACHE: _fromTheEnvironment, ...env} = hermetic.env;
	const result = await applyGoEnvChanges(system, {
		env,
		cwd: hermetic.root,
		changes: [{key: 'GOMODCACHE', value: 'relative/cache'}],
		timeoutMs,
	});
	assert.equal(result.status, 'failed');
	assert.equal(result.output, 'go: GOMODCACHE entry is relative; must be absolute path: "relative/cache"');
	assert.equal(await goenvText(hermetic.goenvFile), original);
	const [entry] = await journalEntries(hermetic.env);
	assert.equal(entry?.status, 'failed');
	assert.equal(entry?.message, result.output);
	assert.deepEqual(await undo(hermetic), {restored: [], ok: true, fileMatches: true, messages: []});
});

test("go cannot write the GOENV file (its directory would be under a regular file): failed, with go's message", async () => {
	const hermetic = await setup('');
	const blocker = path.join(hermetic.root, 'not-a-directory');
	await writeFile(blocker, '');
	const env = {...hermetic.env, GOENV: path.join(blocker, 'env')};
	const result = await applyGoEnvChanges(system, {env, cwd: hermetic.root, changes: [{key: 'GOPROXY', value: 'off'}], timeoutMs});
	assert.equal(result.status, 'failed');
	assert.equal(result.output, `go: reading go env config: open ${path.join(blocker, 'env')}: not a directory`);
	const [entry] = await journalEntries(env);
	assert.equal(entry?.status, 'failed');
	assert.equal((await undoChanges(system, {env, cwd: hermetic.root, timeoutMs})).restored.length, 0);
});

test('the OS environment shadows the change: the GOENV file is left alone, and the shell lines make the change', async () => {
	const hermetic = await setup('GOPRIVATE=example.com/file\n', {GOPROXY: 'http://127.0.0.1:9', GOPRIVATE: 'example.com/env'});
	const result = await apply(hermetic, [
		{key: 'GOPROXY', value: "http://127.0.0.1:8/it's"},
		{key: 'GOPRIVATE', value: undefined},
	]);
	assert.equal(result.status, 'shadowed');
	assert.deepEqual(result.commands, [], 'no go env -w ran');
	assert.equal(result.journalId, undefined);
	assert.match(english(result.notRun ?? ''), /not written: GOPROXY, GOPRIVATE is set in the OS environment/);
	assert.deepEqual(result.shellLines, [String.raw`export GOPROXY='http://127.0.0.1:8/it'\''s'`, 'unset GOPRIVATE']);
	assert.deepEqual(result.shadowedKeys, ['GOPROXY', 'GOPRIVATE']);
	assert.equal(await goenvText(hermetic.goenvFile), 'GOPRIVATE=example.com/file\n', 'the GOENV file is as it was');
	assert.deepEqual(await journalEntries(hermetic.env), [], 'nothing to undo');

	// The shell line, run by a POSIX shell, gives go exactly the value.
	const shell = await system.run({
		file: 'sh',
		args: ['-c', `${result.shellLines?.[0] ?? ''}; unset GOPRIVATE; go env GOPROXY`],
		env: hermetic.env,
		timeoutMs,
	});
	assert.equal(shell.stdout.replace(/\n$/, ''), "http://127.0.0.1:8/it's");
});

test('GOPROXY from the shell and no GOENV file: the file is not created for it (issue 12)', async () => {
	const hermetic = await setup(undefined, {GOPROXY: 'http://127.0.0.1:9'});
	const result = await apply(hermetic, [{key: 'GOPROXY', value: 'http://127.0.0.1:8,direct'}]);
	assert.equal(result.status, 'shadowed');
	assert.deepEqual(result.shellLines, ["export GOPROXY='http://127.0.0.1:8,direct'"]);
	assert.equal(await goenvText(hermetic.goenvFile), undefined, 'no GOENV file was created');
});

test('one key shadowed, one not: the other is written (and undoable), the shadowed one is left to the shell', async () => {
	const hermetic = await setup('GOSUMDB=off\n', {GOPROXY: 'http://127.0.0.1:9'});
	const result = await apply(hermetic, [
		{key: 'GOPROXY', value: 'http://127.0.0.1:8,direct'},
		{key: 'GOPRIVATE', value: 'example.com/p'},
	]);
	assert.equal(result.status, 'shadowed');
	assert.deepEqual(result.shadowedKeys, ['GOPROXY']);
	assert.deepEqual(result.commands, [['go', 'env', '-w', 'GOPRIVATE=example.com/p']]);
	assert.equal(await goenvText(hermetic.goenvFile), 'GOPRIVATE=example.com/p\nGOSUMDB=off\n');
	const undone = await undo(hermetic);
	assert.equal(undone.fileMatches, true, undone.messages.map((message) => english(message)).join('\n'));
	assert.equal(await goenvText(hermetic.goenvFile), 'GOSUMDB=off\n');
});

test('killed mid-apply (journal left pending after go env -w ran): undo restores the file', async () => {
	const original = '# settings\nGOPROXY=http://127.0.0.1:1\nGOSUMDB=off\n';
	const hermetic = await setup(original);
	// A system that dies right after go env -w has written the file, before the journal is updated.
	const dying: System = {
		...system,
		async run(spec) {
			const result = await system.run(spec);
			if (spec.args[0] === 'env' && spec.args[1] === '-w') {
				throw new Error('killed');
			}

			return result;
		},
	};
	await assert.rejects(apply(hermetic, [{key: 'GOPROXY', value: 'http://127.0.0.1:2'}], dying), /killed/);
	assert.equal(await goenvText(hermetic.goenvFile), '# settings\nGOPROXY=http://127.0.0.1:2\nGOSUMDB=off\n');
	const [entry] = await journalEntries(hermetic.env);
	assert.equal(entry?.status, 'pending');

	const undone = await undo(hermetic);
	assert.equal(undone.ok, true, undone.messages.map((message) => english(message)).join('\n'));
	assert.deepEqual(undone.restored, [{id: entry?.id, keys: ['GOPROXY']}]);
	assert.equal(undone.fileMatches, true, undone.messages.map((message) => english(message)).join('\n'));
	assert.equal(await goenvText(hermetic.goenvFile), original);
	assert.equal((await journalEntries(hermetic.env))[0]?.status, 'undone');
});

test('undo of one named entry; undo of a failed or unknown entry', async () => {
	const hermetic = await setup('GOPROXY=http://127.0.0.1:1\n');
	const applied = await apply(hermetic, [{key: 'GOPROXY', value: 'off'}]);
	const undone = await undo(hermetic, applied.journalId);
	assert.deepEqual(undone.restored, [{id: applied.journalId, keys: ['GOPROXY']}]);
	assert.equal(await goenvText(hermetic.goenvFile), 'GOPROXY=http://127.0.0.1:1\n');
	assert.match(english((await undo(hermetic, applied.journalId)).messages[0] ?? ''), /already undone/);
	const unknown = await undo(hermetic, 'no-such-id');
	assert.equal(unknown.ok, false);
	assert.deepEqual(unknown.messages, ['no journal entry no-such-id']);
});

test('invalid changes and GOENV=off are refused before anything runs', async () => {
	const hermetic = await setup('');
	const calls: string[][] = [];
	const recording: System = {
		...system,
		async run(spec) {
			calls.push([...spec.args]);
			return system.run(spec);
		},
	};
	for (const changes of [
		[{key: '-w', value: 'x'}],
		[{key: 'GOPROXY', value: 'a\nGOFLAGS=-x'}],
		[
			{key: 'GOPROXY', value: 'a'},
			{key: 'GOPROXY', value: 'b'},
		],
		[],
	]) {
		const result = await apply(hermetic, changes, recording);
		assert.equal(result.status, 'failed');
		assert.equal(result.journalId, undefined);
		assert.match(english(result.notRun ?? ''), /^not applied: /);
	}

	const off = await applyGoEnvChanges(recording, {
		env: {...hermetic.env, GOENV: 'off'},
		cwd: hermetic.root,
		changes: [{key: 'GOPROXY', value: 'off'}],
		timeoutMs,
	});
	assert.equal(off.status, 'failed');
	assert.match(english(off.notRun ?? ''), /GOENV=off/);
	assert.deepEqual(calls, []);
	assert.equal(await goenvText(hermetic.goenvFile), '');
	assert.deepEqual(await journalEntries(hermetic.env), []);
});

test('a state directory that cannot be created: the cause and the path are named, and nothing is changed', async () => {
	const original = 'GOPROXY=http://127.0.0.1:1\n';
	const hermetic = await setup(original);
	// A regular file where the state directory should be: mkdir fails below it (as it does on a read-only mount).
	const blocker = path.join(hermetic.root, 'not-a-directory');
	await writeFile(blocker, '');
	const env = {...hermetic.env, GOMOD_DOCTOR_STATE_DIR: path.join(blocker, 'state')};
	const result = await applyGoEnvChanges(system, {env, cwd: hermetic.root, changes: [{key: 'GOPROXY', value: 'off'}], timeoutMs});
	assert.equal(result.status, 'failed');
	const notRun = english(result.notRun ?? '');
	assert.match(notRun, /a directory on the way does not exist or is not a directory \(ENOTDIR: /);
	assert.ok(notRun.includes(blocker), notRun);
	assert.doesNotMatch(notRun, /no such file or directory, mkdir/);
	assert.equal(await goenvText(hermetic.goenvFile), original);
});
