/*
The git config fix (an insteadOf rule that sends git to SSH) is recorded before it changes anything and undone
exactly: the journal holds the key, its earlier values and the file before git runs; undo puts the values back in
order, refuses when someone changed the key since, and nothing here ever reaches the real ~/.gitconfig: every git
call gets a hermetic HOME, XDG_CONFIG_HOME and GIT_CONFIG_NOSYSTEM=1.
*/
import assert from 'node:assert/strict';
import {access, mkdir, mkdtemp, readFile, rm, stat, writeFile} from 'node:fs/promises';
import {homedir, tmpdir} from 'node:os';
import path from 'node:path';
import {test, type TestContext} from 'node:test';
import {createElement} from 'react';
import {commandUndo, runCommandFix, validateCommandArgv} from '../../source/fixes/apply-command.js';
import {gitGlobalConfigFile, parseGitConfigArgv, resolveGitGlobalConfigFile} from '../../source/fixes/apply-git-config.js';
import {insteadOfFix} from '../../source/fixes/fix-private.js';
import {journalPath, readJournal, type JournalEntry} from '../../source/fixes/journal.js';
import {undoChanges} from '../../source/fixes/undo.js';
import {describeUnfinished, findUnfinishedChanges} from '../../source/fixes/unfinished-changes.js';
import {goModTidyFix} from '../../source/fixes/fix-module.js';
import {createHermeticGoEnv} from '../../source/lab/hermetic-env.js';
import {createSystem} from '../../source/system/create-system.js';
import type {CommandSpec, Environment, System} from '../../source/system/types.js';
import {ConfirmPrompt} from '../../source/ui/confirm-prompt.js';
import {render, waitForFrame} from '../helpers/ink.js';
import {nodeFileSystem} from '../../source/system/file-system.js';
import {english} from '../helpers/text.js';

const host = 'git.corp.example';
const key = `url.git@${host}:.insteadOf`;
const system = createSystem();

type Lab = {env: Environment; home: string; project: string; gitconfig: string};

/** A hermetic HOME for git; checks that git's global file is inside it before any test writes. */
async function gitLab(t: TestContext, extra: Environment = {}): Promise<Lab> {
	const root = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-gitconfig-'));
	t.after(async () => rm(root, {recursive: true, force: true}));
	const hermetic = await createHermeticGoEnv({root, extra: {GIT_CONFIG_NOSYSTEM: '1', ...extra}});
	const project = path.join(root, 'project');
	await mkdir(project, {recursive: true});
	const gitconfig = path.join(hermetic.home, '.gitconfig');
	assert.notEqual(hermetic.home, homedir());
	assert.ok(gitGlobalConfigFile(hermetic.env, project)?.startsWith(root), 'git must write inside the temporary HOME');
	return {env: hermetic.env, home: hermetic.home, project, gitconfig};
}

async function git(lab: Lab, ...args: string[]) {
	return system.run({file: 'git', args, env: lab.env, cwd: lab.project, timeoutMs: 10_000, parseable: true});
}

/** The key's values in the hermetic global config, in order (`[]` when unset). */
async function values(lab: Lab, name = key): Promise<string[]> {
	const result = await git(lab, 'config', '--global', '--get-all', name);
	if (result.exitCode === 1 && result.stderr === '') {
		return [];
	}

	assert.equal(result.exitCode, 0, result.stderr);
	return result.stdout.split('\n').filter((line) => line !== '');
}

async function apply(lab: Lab, argv: readonly string[], run: System = system) {
	return runCommandFix(run, {argv, env: lab.env, dir: lab.project, timeoutMs: 10_000});
}

async function entries(lab: Lab): Promise<readonly JournalEntry[]> {
	const read = await readJournal(nodeFileSystem, journalPath(lab.env));
	assert.ok(read.ok);
	return read.journal.entries;
}

async function undo(lab: Lab) {
	return undoChanges(system, {env: lab.env, cwd: lab.project, timeoutMs: 10_000});
}

const fixArgv = (): readonly string[] => {
	const fix = insteadOfFix(host);
	assert.ok(fix?.argv !== undefined);
	return fix.argv;
};

test('only git config --global [--add|--replace-all] url.<base>.insteadOf VALUE passes the gate, and it is undoable', () => {
	assert.equal(validateCommandArgv(fixArgv()), undefined);
	assert.equal(commandUndo(fixArgv()), 'git-config');
	assert.deepEqual(parseGitConfigArgv(fixArgv()), {key, value: `https://${host}/`, mode: 'set'});
	assert.deepEqual(parseGitConfigArgv(['git', 'config', '--global', '--replace-all', key, 'https://a/']), {
		key,
		value: 'https://a/',
		mode: 'replace-all',
	});
	for (const argv of [
		['git', 'config', '--global', 'core.sshCommand', 'ssh -i key'],
		['git', 'config', '--global', 'credential.helper', 'store'],
		['git', 'config', '--global', key, '-v'],
		['git', 'config', '--global', key, '--add'],
		['git', 'config', '--global', '--unset', key],
		['git', 'config', '--global', '--unset-all', key],
		['git', 'config', '--file', '/tmp/x', key, 'https://a/'],
		['git', 'config', '--system', key, 'https://a/'],
		['git', 'config', key, 'https://a/'],
		['git', 'config', '--global', key, 'https://a/\nb'],
		['git', 'config', '--global', '-e'],
	]) {
		assert.notEqual(validateCommandArgv(argv), undefined, JSON.stringify(argv));
	}

	// Key names are case-insensitive in git: the gate is too.
	assert.equal(validateCommandArgv(['git', 'config', '--global', `URL.git@${host}:.INSTEADOF`, 'https://a/']), undefined);
	assert.equal(commandUndo(['go', 'clean', '-modcache']), 'none');
});

test('the global git config file, by git rules: GIT_CONFIG_GLOBAL, else ~/.gitconfig unless only the XDG file exists', () => {
	const exists = (files: string[]) => (file: string) => files.includes(file);
	assert.equal(resolveGitGlobalConfigFile({GIT_CONFIG_GLOBAL: '/etc/g', HOME: '/h'}, '/', exists([])), '/etc/g');
	assert.equal(resolveGitGlobalConfigFile({HOME: '/h'}, '/', exists([])), '/h/.gitconfig');
	assert.equal(resolveGitGlobalConfigFile({HOME: '/h'}, '/', exists(['/h/.config/git/config'])), '/h/.config/git/config');
	assert.equal(resolveGitGlobalConfigFile({HOME: '/h', XDG_CONFIG_HOME: '/x'}, '/', exists(['/x/git/config'])), '/x/git/config');
	assert.equal(
		resolveGitGlobalConfigFile({HOME: '/h', XDG_CONFIG_HOME: '/x'}, '/', exists(['/x/git/config', '/h/.gitconfig'])),
		'/h/.gitconfig',
	);
	assert.equal(resolveGitGlobalConfigFile({}, '/', exists([])), undefined);
});

test('the journal holds the key, its earlier value and the file before git runs; after it, the new values', async (t) => {
	const lab = await gitLab(t);
	await writeFile(lab.gitconfig, '[user]\n\tname = Dev\n[url "git@git.corp.example:"]\n\tinsteadOf = https://old.corp.example/\n');
	let seen: JournalEntry | undefined;
	// The journal as it was the moment git was asked to write.
	const watching: System = {
		...system,
		async run(spec: CommandSpec) {
			if (spec.file === 'git' && spec.args.join(' ') === fixArgv().slice(1).join(' ')) {
				seen = (await entries(lab)).at(-1);
				assert.deepEqual(await values(lab), ['https://old.corp.example/'], 'the journal is written before git changes anything');
			}

			return system.run(spec);
		},
	};
	const ran = await apply(lab, fixArgv(), watching);
	assert.equal(ran.status, 'ran', english(ran.message));
	assert.ok(seen !== undefined, 'git config ran');
	assert.equal(seen.status, 'pending');
	assert.equal(seen.goenvFile, lab.gitconfig);
	assert.deepEqual(seen.gitConfig, {
		file: lab.gitconfig,
		key,
		before: ['https://old.corp.example/'],
		value: `https://${host}/`,
		mode: 'set',
	});
	assert.deepEqual(
		seen.changes.map((change) => change.key),
		[`git config ${key}`],
	);
	assert.equal(seen.fileBefore.exists, true);
	assert.equal(seen.fileBefore.content, undefined, 'the git config text is never copied (it can hold credentials)');
	assert.equal((await stat(journalPath(lab.env))).mode & 0o777, 0o600);
	const done = (await entries(lab)).at(-1)!;
	assert.equal(done.status, 'applied');
	assert.deepEqual(done.gitConfig?.after, [`https://${host}/`]);
	assert.equal(ran.journalId, done.id);
	assert.deepEqual(await values(lab), [`https://${host}/`]);
});

test('undo puts a previous value back and leaves the rest of the file alone', async (t) => {
	const lab = await gitLab(t);
	const before = '[user]\n\tname = Dev\n[url "git@git.corp.example:"]\n\tinsteadOf = https://old.corp.example/\n';
	await writeFile(lab.gitconfig, before);
	assert.equal((await apply(lab, fixArgv())).status, 'ran');
	const result = await undo(lab);
	assert.equal(result.ok, true, result.messages.map((message) => english(message)).join('\n'));
	assert.deepEqual(
		result.restored.map((entry) => entry.keys),
		[[`git config ${key}`]],
	);
	assert.deepEqual(await values(lab), ['https://old.corp.example/']);
	assert.deepEqual(await values(lab, 'user.name'), ['Dev']);
	assert.equal(await readFile(lab.gitconfig, 'utf8'), before, 'git replaced the value in place, so the file is byte for byte as before');
	assert.equal(result.fileMatches, true);
	assert.equal((await entries(lab)).at(-1)?.status, 'undone');
	assert.match(result.messages.map((message) => english(message)).join('\n'), /is as it was before: "https:\/\/old\.corp\.example\/"/);
});

test('undo of a key that was unset removes it, and the file it created', async (t) => {
	const lab = await gitLab(t);
	assert.equal((await apply(lab, fixArgv())).status, 'ran');
	assert.deepEqual(await values(lab), [`https://${host}/`]);
	const result = await undo(lab);
	assert.equal(result.ok, true, result.messages.map((message) => english(message)).join('\n'));
	assert.deepEqual(await values(lab), []);
	await assert.rejects(access(lab.gitconfig), 'the file did not exist before');
	assert.equal(result.fileMatches, true);
	// A second undo has nothing left to do.
	const again = await undo(lab);
	assert.deepEqual([again.restored, again.ok, again.messages], [[], true, []]);
});

test('a multi-valued key comes back with every value, in order', async (t) => {
	const lab = await gitLab(t);
	await git(lab, 'config', '--global', '--add', key, 'https://b.corp.example/');
	await git(lab, 'config', '--global', '--add', key, 'https://a.corp.example/');
	// The fix's plain form cannot overwrite two values: git refuses, nothing changes and nothing needs undoing.
	const plain = await apply(lab, fixArgv());
	assert.equal(plain.status, 'failed');
	assert.equal(plain.journalId, undefined);
	assert.equal((await entries(lab)).at(-1)?.status, 'failed');
	const replaced = await apply(lab, ['git', 'config', '--global', '--replace-all', key, `https://${host}/`]);
	assert.equal(replaced.status, 'ran', english(replaced.message));
	assert.deepEqual(await values(lab), [`https://${host}/`]);
	const result = await undo(lab);
	assert.equal(result.ok, true, result.messages.map((message) => english(message)).join('\n'));
	assert.deepEqual(await values(lab), ['https://b.corp.example/', 'https://a.corp.example/']);
});

test('a key someone changed since is not undone: undo says so and changes nothing', async (t) => {
	const lab = await gitLab(t);
	assert.equal((await apply(lab, fixArgv())).status, 'ran');
	await git(lab, 'config', '--global', '--add', key, 'https://mine.corp.example/');
	const text = await readFile(lab.gitconfig, 'utf8');
	const result = await undo(lab);
	assert.equal(result.ok, false);
	assert.match(
		result.messages.map((message) => english(message)).join('\n'),
		/was changed after gomod-doctor wrote it: it now holds "https:\/\/mine\.corp\.example\/"/,
	);
	assert.equal(await readFile(lab.gitconfig, 'utf8'), text);
	assert.equal((await entries(lab)).at(-1)?.status, 'applied', 'the entry stays to be undone');
});

test('a key whose value has credentials in it is not changed: the journal would have to hold them', async (t) => {
	const lab = await gitLab(t);
	await git(lab, 'config', '--global', key, 'https://dev:s3cr3t-token@git.corp.example/');
	const ran = await apply(lab, fixArgv());
	assert.equal(ran.status, 'refused');
	assert.match(english(ran.message), /never copies credentials into its journal/);
	assert.deepEqual(await values(lab), ['https://dev:s3cr3t-token@git.corp.example/']);
	assert.deepEqual(await entries(lab), []);
	await assert.rejects(readFile(journalPath(lab.env), 'utf8'));
});

test('the XDG file when only it exists: recorded, written and restored there', async (t) => {
	const lab = await gitLab(t);
	const xdg = path.join(lab.home, '.config', 'git', 'config');
	await mkdir(path.dirname(xdg), {recursive: true});
	await writeFile(xdg, '[core]\n\tautocrlf = false\n');
	assert.equal((await apply(lab, fixArgv())).status, 'ran');
	assert.equal((await entries(lab)).at(-1)?.gitConfig?.file, xdg);
	assert.match(await readFile(xdg, 'utf8'), /insteadOf = https:\/\/git\.corp\.example\//);
	await assert.rejects(access(lab.gitconfig));
	assert.equal((await undo(lab)).ok, true);
	assert.equal(await readFile(xdg, 'utf8'), '[core]\n\tautocrlf = false\n');
});

test('the earlier-changes notice lists it as "git config KEY" in the file it changed', async (t) => {
	const lab = await gitLab(t);
	assert.equal((await apply(lab, fixArgv())).status, 'ran');
	const read = await findUnfinishedChanges(nodeFileSystem, lab.env);
	assert.ok(read.ok);
	assert.deepEqual(
		read.changes.map((change) => [change.keys, change.goenvFile, change.state]),
		[[[`git config ${key}`], lab.gitconfig, 'in-place']],
	);
	assert.match(
		describeUnfinished(read, 'cli')
			.map((line) => english(line))
			.join('\n'),
		/git config url\.git@git\.corp\.example:\.insteadOf \(.+\): still in place in .+\.gitconfig/,
	);
});

test('the confirm screen names the file, says it can be undone; a go command shows where it runs', async (t) => {
	const fix = insteadOfFix(host, {configFile: '/home/dev/.gitconfig'})!;
	const rendered = render(t, createElement(ConfirmPrompt, {fix, goenvFile: '/home/dev/.config/go/env', dir: '/home/dev/app'}));
	const frame = await waitForFrame(rendered, (text) => text.includes('(y/N)') || text.includes('y/N'));
	assert.match(frame, /git config --global url\.git@git\.corp\.example:\.insteadOf https:\/\/git\.corp\.example\//);
	assert.match(frame, /This writes your global git config, \/home\/dev\/\.gitconfig/);
	assert.match(frame, /This can be undone/);
	assert.doesNotMatch(frame, /cannot be undone|GOENV file|Runs in/);
	const tidy = render(t, createElement(ConfirmPrompt, {fix: goModTidyFix(), goenvFile: '/home/dev/.config/go/env', dir: '/home/dev/app'}));
	const tidyFrame = await waitForFrame(tidy, (text) => text.includes('go mod tidy -v'));
	assert.match(tidyFrame, /Runs in \/home\/dev\/app/);
	assert.doesNotMatch(tidyFrame, /GOENV file/);
});
