/*
Interruptions and crashes while gomod-doctor changes go's settings: a process killed with SIGKILL right after
`go env -w` wrote the GOENV file (the journal still says `pending`) is undone exactly by `gomod-doctor undo`, is
named by `diagnose`, and is noticed and offered for undo by the next start of the wizard; a quit while the write
runs never cuts it off halfway; a `go env -w` that fails on an unwritable GOENV file reports go's message and
changes nothing. Every go runs in a hermetic environment; nothing leaves 127.0.0.1.
*/
import assert from 'node:assert/strict';
import {chmod, mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {test, type TestContext} from 'node:test';
import {setTimeout as sleep} from 'node:timers/promises';
import {execa} from 'execa';
import {applyGoEnvChanges} from '../../source/fixes/apply-go-env.js';
import {journalPath, readJournal, type JournalEntry} from '../../source/fixes/journal.js';
import {findUnfinishedChanges} from '../../source/fixes/unfinished-changes.js';
import {createHermeticGoEnv} from '../../source/lab/hermetic-env.js';
import {createSystem} from '../../source/system/create-system.js';
import type {Environment, System} from '../../source/system/types.js';
import {runCli} from '../helpers/cli.js';
import {press, waitFor, waitForFrame} from '../helpers/ink.js';
import {renderLabWizard} from '../helpers/lab-wizard.js';
import {nodeFileSystem} from '../../source/system/file-system.js';
import {english} from '../helpers/text.js';

const system = createSystem();
const original = '# my settings\nGOPROXY=http://127.0.0.1:1\nGOSUMDB=off\n';
const sourceRoot = path.resolve(import.meta.dirname, '../..');

async function hermetic(t: TestContext, goenvText = original) {
	const root = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-interrupt-'));
	t.after(async () => rm(root, {recursive: true, force: true}));
	const made = await createHermeticGoEnv({root, extra: {GOMOD_DOCTOR_CANDIDATES: 'off'}});
	await writeFile(made.goenvFile, goenvText);
	// The diagnosed directory: no go.mod, so a diagnosis ends at once (no-module) without any network.
	const dir = path.join(root, 'project');
	await mkdir(dir);
	return {...made, root, dir};
}

async function entries(env: Environment): Promise<readonly JournalEntry[]> {
	const read = await readJournal(nodeFileSystem, journalPath(env));
	assert.ok(read.ok);
	return read.journal.entries;
}

/**
Applies a change in a child process whose `go env -w` (a wrapper around the real go) writes the file and then
hangs, and kills that child with SIGKILL while it waits: the journal is left `pending`, the file changed.
*/
async function killedMidApply(t: TestContext, made: Awaited<ReturnType<typeof hermetic>>) {
	const realGo = (await execa('go', ['env', 'GOROOT'], {env: made.env as Record<string, string>, extendEnv: false})).stdout.trim();
	const bin = path.join(made.root, 'bin');
	const mark = path.join(made.root, 'go-env-w-done');
	await mkdir(bin);
	// A test double of go, not part of gomod-doctor: after the real `go env -w` it records its pid and hangs.
	await writeFile(
		path.join(bin, 'go'),
		`#!/bin/sh\nif [ "$1" = env ] && [ "$2" = -w ]; then\n  '${realGo}/bin/go' "$@" || exit $?\n  echo $$ > '${mark}'\n  exec sleep 60\nfi\nexec '${realGo}/bin/go' "$@"\n`,
	);
	await chmod(path.join(bin, 'go'), 0o755);
	const child = path.join(made.root, 'apply.mjs');
	await writeFile(
		child,
		[
			`import {applyGoEnvChanges} from ${JSON.stringify(path.join(sourceRoot, 'source/fixes/apply-go-env.ts'))};`,
			`import {createSystem} from ${JSON.stringify(path.join(sourceRoot, 'source/system/create-system.ts'))};`,
			`await applyGoEnvChanges(createSystem(), {env: process.env, cwd: ${JSON.stringify(made.dir)}, changes: [{key: 'GOPROXY', value: 'http://127.0.0.1:2,direct'}], timeoutMs: 120000});`,
		].join('\n'),
	);
	const env: Record<string, string> = {...made.env, PATH: `${bin}:${made.env['PATH'] ?? ''}`};
	const running = execa(process.execPath, ['--import', 'tsx', child], {
		env,
		extendEnv: false,
		reject: false,
		cwd: sourceRoot,
		timeout: 60_000,
	});
	let hung = '';
	const deadline = Date.now() + 30_000;
	while (hung === '' && Date.now() < deadline) {
		hung = (await readFile(mark, 'utf8').catch(() => '')).trim();

		await sleep(20);
	}

	assert.notEqual(hung, '', 'go env -w ran and wrote the file');
	running.kill('SIGKILL');
	const result = await running;
	assert.equal(result.signal, 'SIGKILL');
	// The double's own process group outlives a SIGKILLed parent (nothing can clean up after kill -9).
	t.after(() => {
		try {
			process.kill(-Number(hung), 'SIGKILL');
		} catch {}
	});
	process.kill(-Number(hung), 'SIGKILL');
	assert.equal(
		await readFile(made.goenvFile, 'utf8'),
		'# my settings\nGOPROXY=http://127.0.0.1:2,direct\nGOSUMDB=off\n',
		'the new value was written',
	);
	const [entry] = await entries(made.env);
	assert.equal(entry?.status, 'pending', 'the journal never heard how the change ended');
	return entry;
}

test('kill -9 in the middle of applying a fix: gomod-doctor undo restores the GOENV file exactly', async (t) => {
	const made = await hermetic(t);
	const entry = await killedMidApply(t, made);

	const undo = await runCli(['undo', '--dir', made.dir], {env: made.env});
	assert.equal(undo.exitCode, 0, undo.stdout + undo.stderr);
	assert.match(undo.stdout, new RegExp(String.raw`Restored GOPROXY \(journal entry ${entry.id}\)`));
	assert.match(undo.stdout, /byte for byte as it was/);
	assert.equal(await readFile(made.goenvFile, 'utf8'), original);
	assert.equal((await entries(made.env))[0]?.status, 'undone');
});

test('kill -9 mid-apply: diagnose names the unfinished change, and the next wizard notices it and offers the undo', async (t) => {
	const made = await hermetic(t);
	await killedMidApply(t, made);

	const diagnose = await runCli(['diagnose', '--dir', made.dir], {env: made.env});
	assert.equal(diagnose.exitCode, 1, diagnose.stderr);
	const [first, second, third] = diagnose.stdout.split('\n');
	assert.equal(first, '! gomod-doctor changed a go setting earlier that is not undone');
	assert.match(
		second ?? '',
		/^ {2}GOPROXY \(\d{4}-\d\d-\d\d \d\d:\d\d UTC\): interrupted while it was being applied; .*goenv\/env may or may not have the new value$/,
	);
	assert.match(third ?? '', /gomod-doctor undo restores each file it changed byte for byte/);
	assert.equal(
		await readFile(made.goenvFile, 'utf8'),
		'# my settings\nGOPROXY=http://127.0.0.1:2,direct\nGOSUMDB=off\n',
		'diagnose changes nothing',
	);

	// The next start of the wizard: the notice under the header, and the undo in the menu.
	const unfinished = await findUnfinishedChanges(nodeFileSystem, made.env);
	assert.ok(unfinished.ok);
	const {ui, exits} = renderLabWizard(t, made, {system, timeoutMs: 4000, earlier: unfinished.changes});
	const menu = await waitForFrame(ui, (frame) => /\d\. Undo the earlier changes/.test(frame), 15_000);
	assert.match(
		ui.frames.join('\n'),
		/! gomod-doctor changed a go setting earlier that is not undone\n\s+GOPROXY \(.*\): interrupted while it was being applied/,
	);
	const digit = /(\d)\. Undo the earlier changes/.exec(menu)?.[1];
	assert.ok(digit);
	await press(ui.stdin, digit);
	await waitForFrame(ui, (frame) => /Restored GOPROXY[^]*byte\s+for\s+byte\s+as\s+before/.test(frame), 15_000);
	assert.equal(await readFile(made.goenvFile, 'utf8'), original, 'the GOENV file is as before the interrupted change');
	assert.equal((await entries(made.env))[0]?.status, 'undone');
	assert.doesNotMatch(ui.lastFrame(), /\d\. Undo the earlier changes/, 'offered once');

	await press(ui.stdin, 'q');
	await waitFor(() => exits.length === 1, 'the wizard to exit');
	const notes = exits[0]!.state.transcript.flatMap((item) => (item.kind === 'note' ? [english(item.text)] : []));
	assert.ok(
		notes.some((note) => note.includes('interrupted while it was being applied')),
		'the transcript records the notice',
	);
	const after = await findUnfinishedChanges(nodeFileSystem, made.env);
	assert.ok(after.ok);
	assert.deepEqual(after.changes, [], 'the next start has nothing to notice');
});

test('a quit (abort) while go env -w runs: the write is never cut off, and the journal ends consistent', async (t) => {
	const made = await hermetic(t);
	const controller = new AbortController();
	// Ctrl-C lands the moment go env -w starts.
	const quitting: System = {
		...system,
		async run(spec) {
			if (spec.args[0] === 'env' && spec.args[1] === '-w') {
				controller.abort();
			}

			return system.run(spec);
		},
	};
	const result = await applyGoEnvChanges(quitting, {
		env: made.env,
		cwd: made.dir,
		changes: [{key: 'GOPROXY', value: 'http://127.0.0.1:2'}],
		timeoutMs: 20_000,
		signal: controller.signal,
	});
	assert.equal(result.status, 'applied', result.output);
	assert.equal(await readFile(made.goenvFile, 'utf8'), '# my settings\nGOPROXY=http://127.0.0.1:2\nGOSUMDB=off\n');
	assert.equal((await entries(made.env))[0]?.status, 'applied', 'not left pending');

	// Canceled before anything ran: nothing written, nothing journalled.
	const before = await applyGoEnvChanges(system, {
		env: made.env,
		cwd: made.dir,
		changes: [{key: 'GOPROXY', value: 'off'}],
		timeoutMs: 20_000,
		signal: AbortSignal.abort(),
	});
	assert.equal(before.status, 'failed');
	assert.equal(before.journalId, undefined);
	assert.equal(await readFile(made.goenvFile, 'utf8'), '# my settings\nGOPROXY=http://127.0.0.1:2\nGOSUMDB=off\n');
	assert.equal((await entries(made.env)).length, 1);
});

test("go env -w cannot write the GOENV file (a read-only file system): go's message, nothing changed, journal consistent", async (t) => {
	const made = await hermetic(t);
	// Sysfs refuses to create files, even for root: a GOENV file that cannot be written on every Linux.
	const env = {...made.env, GOENV: '/sys/kernel/gomod-doctor-test-env'};
	const result = await applyGoEnvChanges(system, {env, cwd: made.dir, changes: [{key: 'GOPROXY', value: 'off'}], timeoutMs: 20_000});
	assert.equal(result.status, 'failed');
	assert.equal(result.output, 'go: writing go env config: open /sys/kernel/gomod-doctor-test-env: permission denied');
	const [entry] = await entries(env);
	assert.equal(entry?.status, 'failed');
	assert.equal(entry?.message, result.output);
	assert.equal(await readFile(made.goenvFile, 'utf8'), original, 'the real GOENV file is untouched');
	const unfinished = await findUnfinishedChanges(nodeFileSystem, env);
	assert.ok(unfinished.ok);
	assert.deepEqual(unfinished.changes, [], 'a failed change is nothing to undo');
	const undo = await runCli(['undo', '--dir', made.dir], {env});
	assert.equal(undo.exitCode, 0);
	assert.match(undo.stdout, /Nothing to undo/);
});
