/*
Private modules, VCS fetches and module paths against the real `go` in the lab: each scenario is diagnosed
(category, module, evidence), and where a fix exists it is applied as the wizard applies it and go really
downloads afterwards. The lab's private host is reached only through its own *.corp.example proxy on 127.0.0.1.
*/
import assert from 'node:assert/strict';
import {readdir, readFile, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, test} from 'node:test';
import {privateLogin, privateToken} from '../../source/lab/scenarios/private-vcs.js';
import {startLab} from '../../source/lab/start-lab.js';
import type {Finding} from '../../source/model/report.js';
import {journalPath} from '../../source/fixes/journal.js';
import {runCli} from '../helpers/cli.js';
import {labSession} from '../helpers/lab-session.js';
import {english} from '../helpers/text.js';

async function diagnosed(t: {after: (fn: () => Promise<void>) => void}, id: string) {
	const lab = await startLab(id);
	t.after(async () => lab.close());
	const {actions, emit, events, state} = labSession(lab, {timeoutMs: 8000, transcripts: true});

	await actions.diagnose(emit, new AbortController().signal);
	const findings = state().conclusion?.findings ?? [];
	return {lab, actions, emit, events, findings, state};
}

function labFinding(findings: readonly Finding[], category: string, subject: string): Finding {
	const finding = findings.find((item) => item.category === category && item.subject === subject);
	assert.ok(finding, `a ${category} finding for ${subject}; got ${JSON.stringify(findings.map((item) => [item.category, item.subject]))}`);
	return finding;
}

describe('private modules, VCS and module paths in the lab', () => {
	netrcTests();
	goprivateAndPathTests();
});

/** Private-401: the .netrc fix makes go download, and both undos restore what was there; the token leaks nowhere. */
function netrcTests(): void {
	test('private-401: no .netrc entry for the host; the .netrc fix with the token makes go download, and undo removes the file', async (t) => {
		const {lab, actions, emit, events, findings, state} = await diagnosed(t, 'private-401');
		const finding = findings.find((item) => item.category === 'private-auth' && item.subject === 'git.corp.example/team/secret');
		assert.ok(finding, JSON.stringify(findings.map((item) => [item.category, item.subject])));
		assert.match(english(finding.summary), /^git\.corp\.example answers 401 Unauthorized: go has no credentials for it/);
		assert.ok(
			finding.evidence.some(
				(evidence) => evidence.probe === 'file' && evidence.outcome === 'missing' && evidence.command.includes('.netrc'),
			),
		);
		const fix = finding.fixes.find((item) => item.kind === 'netrc');
		assert.ok(fix?.netrc);
		assert.equal(fix.netrc.machine, 'git.corp.example');
		assert.equal(fix.netrc.file, path.join(lab.root, 'home', '.netrc'));

		const outcome = await actions.applyFix(fix, emit, new AbortController().signal, {login: privateLogin, secret: privateToken});
		assert.equal(outcome.status, 'fixed', english(outcome.summary));
		const written = await readFile(fix.netrc.file, 'utf8');
		assert.equal(written, `machine git.corp.example login ${privateLogin} password ${privateToken}\n`);
		assert.equal((await stat(fix.netrc.file)).mode & 0o777, 0o600);

		// The token is in the file and nowhere else: not in an event, the session's transcript, or its Markdown.
		const exported = await actions.exportTranscript(state());
		const transcript = `${await readFile(exported.markdownPath, 'utf8')}\n${await readFile(exported.jsonPath, 'utf8')}`;
		assert.ok(!JSON.stringify(events).includes(privateToken), 'no event holds the token');
		assert.ok(!JSON.stringify(state()).includes(privateToken), 'the session state does not hold the token');
		assert.ok(!transcript.includes(privateToken), 'the transcript does not hold the token');
		assert.ok(!english(outcome.summary).includes(privateToken));

		const undone = await actions.undo(emit, new AbortController().signal);
		assert.equal(undone.ok, true, english(undone.summary));
		await assert.rejects(stat(fix.netrc.file), /ENOENT/);
	});

	test('private-401: gomod-doctor undo restores the .netrc the fix wrote: removed when it did not exist, byte for byte when it did; the token is in no output and not in the journal', async (t) => {
		const {lab, actions, emit, findings} = await diagnosed(t, 'private-401');
		const fix = labFinding(findings, 'private-auth', 'git.corp.example/team/secret').fixes.find((item) => item.kind === 'netrc');
		assert.ok(fix?.netrc);
		const {file} = fix.netrc;
		const journal = journalPath(lab.env);
		const noSecretIn = (text: string, where: string) => {
			assert.ok(!text.includes(privateToken), `${where} holds the token`);
			assert.ok(!text.includes('0ld-passw0rd'), `${where} holds the earlier password`);
		};

		// No .netrc before: the fix creates it, and undo removes it.
		const first = await actions.applyFix(fix, emit, new AbortController().signal, {login: privateLogin, secret: privateToken});
		assert.equal(first.status, 'fixed', english(first.summary));
		noSecretIn(await readFile(journal, 'utf8'), 'the journal');
		const undone = await runCli(['undo', '--dir', lab.dir], {env: lab.env, cwd: lab.dir});
		assert.equal(undone.exitCode, 0, undone.stdout + undone.stderr);
		assert.match(undone.stdout, /Restored \.netrc entry for git\.corp\.example/);
		noSecretIn(undone.stdout + undone.stderr, 'the undo output');
		await assert.rejects(stat(file), /ENOENT/);

		// A .netrc with another machine and a stale entry for the host: undo writes the same bytes back, mode 0600.
		const earlier =
			'# work\nmachine other.example login me password 0ld-passw0rd\n\nmachine git.corp.example\n\tlogin gopher\n\tpassword 0ld-passw0rd\n';
		await writeFile(file, earlier, {mode: 0o600});
		const second = await actions.applyFix(fix, emit, new AbortController().signal, {login: privateLogin, secret: privateToken});
		assert.equal(second.status, 'fixed', english(second.summary));
		assert.match(await readFile(file, 'utf8'), /^machine git\.corp\.example login gopher password glpat-/m);
		const backups = await readdir(path.join(path.dirname(journal), 'netrc-backups'));
		assert.equal(backups.length, 1);
		assert.equal(
			(await stat(path.join(path.dirname(journal), 'netrc-backups', backups[0]!))).mode & 0o777,
			0o600,
			'the copy of the earlier file is private',
		);
		noSecretIn(await readFile(journal, 'utf8'), 'the journal');
		const again = await runCli(['undo', '--dir', lab.dir], {env: lab.env, cwd: lab.dir});
		assert.equal(again.exitCode, 0, again.stdout + again.stderr);
		noSecretIn(again.stdout + again.stderr, 'the undo output');
		assert.equal(await readFile(file, 'utf8'), earlier, 'the .netrc is byte for byte as before');
		assert.equal((await stat(file)).mode & 0o777, 0o600);
		assert.deepEqual(await readdir(path.join(path.dirname(journal), 'netrc-backups')), [], 'the private copy is removed once restored');

		// Both are undone in the journal: neither undo nor the wizard's own Undo restores anything a second time.
		assert.match((await runCli(['undo', '--dir', lab.dir], {env: lab.env, cwd: lab.dir})).stdout, /Nothing to undo/);
		const wizardUndo = await actions.undo(emit, new AbortController().signal);
		assert.equal(wizardUndo.ok, true, english(wizardUndo.summary));
		assert.equal(await readFile(file, 'utf8'), earlier);
	});
}

/** GOPRIVATE missing, git missing, and a module that declares another path. */
function goprivateAndPathTests(): void {
	test('private-no-goprivate: go asked the checksum database about the private path; GOPRIVATE=git.corp.example makes go download it directly', async (t) => {
		const {lab, actions, emit, findings, state} = await diagnosed(t, 'private-no-goprivate');
		const finding = labFinding(findings, 'private-auth', 'git.corp.example/team/secret');
		// The proxy that answered 404 for the private path is right, and the checksum database is up (it signs its tree
		// head): neither is blamed; go asking them at all is the finding.
		assert.deepEqual(
			findings.map((item) => [item.category, item.subject]),
			[['private-auth', 'git.corp.example/team/secret']],
		);
		assert.ok(
			!state().walks.some((view) => view.walk.flow === 'proxy-server'),
			'the §2.2 flowchart is not walked for a proxy that correctly lacks a private module',
		);
		assert.match(english(finding.summary), /checksum database/);
		assert.match(english(finding.summary), new RegExp(lab.extras['sumdbUrl']!.replaceAll('.', String.raw`\.`)));
		const fix = finding.fixes.find((item) => item.id === 'goprivate-add');
		assert.deepEqual(fix?.changes, [{key: 'GOPRIVATE', value: 'git.corp.example'}]);
		const outcome = await actions.applyFix(fix, emit, new AbortController().signal);
		assert.equal(outcome.status, 'fixed', english(outcome.summary));
		assert.match(await readFile(lab.goenvFile, 'utf8'), /^GOPRIVATE=git\.corp\.example$/m);
	});

	test('vcs-no-git: go needs git for a direct github.com path and PATH has none; the wizard says to install git and applies nothing', async (t) => {
		const {findings} = await diagnosed(t, 'vcs-no-git');
		const finding = labFinding(findings, 'vcs', 'github.com/gomod-doctor-lab/tool');
		assert.match(english(finding.summary), /go needs git to fetch github\.com\/gomod-doctor-lab\/tool/);
		assert.ok(finding.evidence.some((evidence) => evidence.command === 'git --version' && evidence.outcome === 'missing'));
		assert.deepEqual(
			finding.fixes.map((fix) => [fix.id, fix.kind]),
			[['install-git', 'info']],
		);
		assert.match(english(finding.fixes[0]!.detail ?? ''), /apt-get install git/);
	});

	test('module-path-mismatch: both paths, and the go.mod and main.go lines that name the old one', async (t) => {
		const {findings} = await diagnosed(t, 'module-path-mismatch');
		const finding = labFinding(findings, 'module-path', 'example.com/lab/oldname');
		assert.match(english(finding.summary), /example\.com\/lab\/oldname v1\.0\.0 declares itself as example\.com\/lab\/newname/);
		const fix = finding.fixes[0]!;
		assert.equal(fix.kind, 'info');
		assert.match(english(fix.detail ?? ''), /go\.mod:\d+, main\.go:\d+/);
	});
}
