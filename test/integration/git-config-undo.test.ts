/*
The insteadOf fix as a user meets it: applied through the wizard's session actions (journal, git config, go run
again), then undone by the built CLI (`gomod-doctor undo`) or the wizard's Undo, which put the global git config
back exactly as it was. Every git and go call has a hermetic HOME, XDG_CONFIG_HOME and GIT_CONFIG_NOSYSTEM=1, and
GOPROXY=off: nothing reaches the real ~/.gitconfig or the network.
*/
import assert from 'node:assert/strict';
import {access, mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {homedir, tmpdir} from 'node:os';
import path from 'node:path';
import {test, type TestContext} from 'node:test';
import {gitGlobalConfigFile} from '../../source/fixes/apply-git-config.js';
import {insteadOfFix} from '../../source/fixes/fix-private.js';
import {createHermeticGoEnv} from '../../source/lab/hermetic-env.js';
import type {Fix} from '../../source/model/report.js';
import {createSessionActions} from '../../source/session/create-session-actions.js';
import type {SessionEvent} from '../../source/session/reduce-session.js';
import {createSystem} from '../../source/system/create-system.js';
import type {Environment} from '../../source/system/types.js';
import {runCli} from '../helpers/cli.js';
import {english} from '../helpers/text.js';
import {textTree} from '../../source/flowcharts/texts.js';

const host = 'git.corp.example';
const key = `url.git@${host}:.insteadOf`;
const system = createSystem();

type Lab = {env: Environment; home: string; project: string; gitconfig: string};

async function gitLab(t: TestContext): Promise<Lab> {
	const root = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-gitconfig-cli-'));
	t.after(async () => rm(root, {recursive: true, force: true}));
	const hermetic = await createHermeticGoEnv({root, goenv: {GOPROXY: 'off', GOSUMDB: 'off'}, extra: {GIT_CONFIG_NOSYSTEM: '1'}});
	const project = path.join(root, 'project');
	await mkdir(project, {recursive: true});
	// A module with no requirements: go's check downloads nothing and reaches nothing.
	await writeFile(path.join(project, 'go.mod'), 'module example.com/app\n\ngo 1.22\n');
	const gitconfig = path.join(hermetic.home, '.gitconfig');
	assert.notEqual(hermetic.home, homedir());
	assert.equal(gitGlobalConfigFile(hermetic.env, project), gitconfig);
	return {env: hermetic.env, home: hermetic.home, project, gitconfig};
}

async function git(lab: Lab, ...args: string[]) {
	return system.run({file: 'git', args, env: lab.env, cwd: lab.project, timeoutMs: 10_000, parseable: true});
}

async function values(lab: Lab): Promise<string[]> {
	const result = await git(lab, 'config', '--global', '--get-all', key);
	if (result.exitCode === 1 && result.stderr === '') {
		return [];
	}

	assert.equal(result.exitCode, 0, result.stderr);
	return result.stdout.split('\n').filter((line) => line !== '');
}

/** Applies `fix` as the wizard does after `y`, and returns the outcome and what it emitted. */
async function applyInWizard(lab: Lab, fix: Fix) {
	const actions = createSessionActions(system, {
		dir: lab.project,
		env: lab.env,
		timeoutMs: 20_000,
		candidates: [],
		toolVersion: 'test',
		tree: textTree('en'),
	});
	const events: SessionEvent[] = [];
	const outcome = await actions.applyFix(
		fix,
		(event) => {
			events.push(event);
		},
		new AbortController().signal,
	);
	return {actions, outcome, events};
}

const fix = (lab: Lab) => insteadOfFix(host, {configFile: lab.gitconfig})!;

test('gomod-doctor undo puts back the value the key had before the wizard applied the fix', async (t) => {
	const lab = await gitLab(t);
	const before = '[user]\n\tname = Dev\n[url "git@git.corp.example:"]\n\tinsteadOf = https://old.corp.example/\n';
	await writeFile(lab.gitconfig, before);
	const {outcome, events} = await applyInWizard(lab, fix(lab));
	assert.equal(outcome.status, 'fixed', english(outcome.summary));
	assert.ok(outcome.journalId !== undefined);
	assert.equal(outcome.undo, undefined, 'undone from the journal, so the wizard offers Undo');
	assert.match(
		english(outcome.summary),
		/Wrote url\.git@git\.corp\.example:\.insteadOf = https:\/\/git\.corp\.example\/ to .+\.gitconfig \(before: "https:\/\/old\.corp\.example\/"\)/,
	);
	assert.match(english(outcome.summary), /“Undo this change” \(or gomod-doctor undo\) puts url\.git@git\.corp\.example:\.insteadOf back/);
	assert.ok(
		events.some((event) => event.type === 'command-finished' && event.argv.join(' ') === `git config --global ${key} https://${host}/`),
	);
	assert.deepEqual(await values(lab), [`https://${host}/`]);

	const undone = await runCli(['undo'], {env: {...lab.env}, cwd: lab.project});
	assert.equal(undone.exitCode, 0, undone.stdout + undone.stderr);
	assert.match(
		undone.stdout,
		new RegExp(String.raw`Restored git config url\.git@git\.corp\.example:\.insteadOf \(journal entry ${outcome.journalId}\)`),
	);
	assert.match(undone.stdout, /is as it was before: "https:\/\/old\.corp\.example\/"/);
	assert.deepEqual(await values(lab), ['https://old.corp.example/']);
	assert.equal(await readFile(lab.gitconfig, 'utf8'), before);
	// Nothing is left to undo.
	const again = await runCli(['undo'], {env: {...lab.env}, cwd: lab.project});
	assert.equal(again.exitCode, 0);
	assert.doesNotMatch(again.stdout, /Restored/);
});

test('gomod-doctor undo removes a key that was unset, and the file the fix created', async (t) => {
	const lab = await gitLab(t);
	const {outcome} = await applyInWizard(lab, fix(lab));
	assert.equal(outcome.status, 'fixed', english(outcome.summary));
	assert.match(english(outcome.summary), /it was unset before/);
	const undone = await runCli(['undo'], {env: {...lab.env}, cwd: lab.project});
	assert.equal(undone.exitCode, 0, undone.stdout + undone.stderr);
	assert.match(undone.stdout, /is unset again, as it was before/);
	assert.deepEqual(await values(lab), []);
	await assert.rejects(access(lab.gitconfig));
});

test('gomod-doctor undo restores a multi-valued key in order', async (t) => {
	const lab = await gitLab(t);
	await git(lab, 'config', '--global', '--add', key, 'https://b.corp.example/');
	await git(lab, 'config', '--global', '--add', key, 'https://a.corp.example/');
	const replaceAll: Fix = {...fix(lab), argv: ['git', 'config', '--global', '--replace-all', key, `https://${host}/`]};
	const {outcome} = await applyInWizard(lab, replaceAll);
	assert.equal(outcome.status, 'fixed', english(outcome.summary));
	assert.deepEqual(await values(lab), [`https://${host}/`]);
	const undone = await runCli(['undo'], {env: {...lab.env}, cwd: lab.project});
	assert.equal(undone.exitCode, 0, undone.stdout + undone.stderr);
	assert.deepEqual(await values(lab), ['https://b.corp.example/', 'https://a.corp.example/']);
});

test('gomod-doctor undo refuses a key changed since, exit 2, and leaves it as it is', async (t) => {
	const lab = await gitLab(t);
	const {outcome} = await applyInWizard(lab, fix(lab));
	assert.equal(outcome.status, 'fixed', english(outcome.summary));
	await git(lab, 'config', '--global', '--add', key, 'https://mine.corp.example/');
	const undone = await runCli(['undo'], {env: {...lab.env}, cwd: lab.project});
	assert.equal(undone.exitCode, 2, undone.stdout + undone.stderr);
	assert.match(undone.stdout, /was changed after gomod-doctor wrote it: it now holds "https:\/\/mine\.corp\.example\/"/);
	assert.deepEqual(await values(lab), [`https://${host}/`, 'https://mine.corp.example/']);
});

test("the wizard's Undo restores its own git config change", async (t) => {
	const lab = await gitLab(t);
	await writeFile(lab.gitconfig, '[url "git@git.corp.example:"]\n\tinsteadOf = https://old.corp.example/\n');
	const {actions, outcome} = await applyInWizard(lab, fix(lab));
	assert.equal(outcome.status, 'fixed', english(outcome.summary));
	assert.deepEqual(await actions.settle?.(), [`git config ${key}`]);
	const undone = await actions.undo(() => undefined, new AbortController().signal);
	assert.equal(undone.ok, true, english(undone.summary));
	assert.match(english(undone.summary), /Restored git config url\.git@git\.corp\.example:\.insteadOf/);
	assert.deepEqual(await values(lab), ['https://old.corp.example/']);
	assert.deepEqual(await actions.settle?.(), []);
});
