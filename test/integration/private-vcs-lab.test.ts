/*
Private modules, VCS fetches and module paths against the real `go` in the lab: each scenario is diagnosed
(category, module, evidence), and where a fix exists it is applied as the wizard applies it and go really
downloads afterwards. The lab's private host is reached only through its own *.corp.example proxy on 127.0.0.1.
*/
import assert from 'node:assert/strict';
import {readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {describe, test} from 'node:test';
import {privateLogin, privateToken} from '../../source/lab/scenarios/private-vcs.js';
import {startLab} from '../../source/lab/start-lab.js';
import type {Finding} from '../../source/model/report.js';
import {createSessionActions} from '../../source/session/create-session-actions.js';
import {initialSession, reduceSession, type SessionEvent, type SessionState} from '../../source/session/reduce-session.js';
import {createSystem} from '../../source/system/create-system.js';

async function diagnosed(t: {after: (fn: () => Promise<void>) => void}, id: string) {
	const lab = await startLab(id);
	t.after(async () => lab.close());
	const system = createSystem();
	const actions = createSessionActions(system, {dir: lab.dir, env: lab.env, timeoutMs: 8000, candidates: lab.candidates, toolVersion: 'test', transcriptDir: path.join(lab.root, 'transcripts')});
	let state: SessionState = initialSession({startedAt: new Date().toISOString(), dir: lab.dir, toolVersion: 'test'});
	const events: SessionEvent[] = [];
	const emit = (event: SessionEvent) => {
		events.push(event);
		state = reduceSession(state, event);
	};

	await actions.diagnose(emit, new AbortController().signal);
	const findings = state.conclusion?.findings ?? [];
	return {lab, actions, emit, events, findings, state: () => state};
}

function labFinding(findings: readonly Finding[], category: string, subject: string): Finding {
	const finding = findings.find((item) => item.category === category && item.subject === subject);
	assert.ok(finding, `a ${category} finding for ${subject}; got ${JSON.stringify(findings.map((item) => [item.category, item.subject]))}`);
	return finding;
}

describe('private modules, VCS and module paths in the lab', () => {
	test('private-401: no .netrc entry for the host; the .netrc fix with the token makes go download, and undo removes the file', async (t) => {
		const {lab, actions, emit, events, findings, state} = await diagnosed(t, 'private-401');
		const finding = findings.find((item) => item.category === 'private-auth' && item.subject === 'git.corp.example/team/secret');
		assert.ok(finding, JSON.stringify(findings.map((item) => [item.category, item.subject])));
		assert.match(finding.summary, /no credentials for git\.corp\.example/);
		assert.ok(finding.evidence.some((evidence) => evidence.probe === 'file' && evidence.outcome === 'missing' && evidence.command.includes('.netrc')));
		const fix = finding.fixes.find((item) => item.kind === 'netrc');
		assert.ok(fix?.netrc);
		assert.equal(fix.netrc.machine, 'git.corp.example');
		assert.equal(fix.netrc.file, path.join(lab.root, 'home', '.netrc'));

		const outcome = await actions.applyFix(fix, emit, new AbortController().signal, {login: privateLogin, secret: privateToken});
		assert.equal(outcome.status, 'fixed', outcome.summary);
		const written = await readFile(fix.netrc.file, 'utf8');
		assert.equal(written, `machine git.corp.example login ${privateLogin} password ${privateToken}\n`);
		assert.equal((await stat(fix.netrc.file)).mode & 0o777, 0o600);

		// The token is in the file and nowhere else: not in an event, the session's transcript, or its Markdown.
		const exported = await actions.exportTranscript(state());
		const transcript = `${await readFile(exported.markdownPath, 'utf8')}\n${await readFile(exported.jsonPath, 'utf8')}`;
		assert.ok(!JSON.stringify(events).includes(privateToken), 'no event holds the token');
		assert.ok(!JSON.stringify(state()).includes(privateToken), 'the session state does not hold the token');
		assert.ok(!transcript.includes(privateToken), 'the transcript does not hold the token');
		assert.ok(!outcome.summary.includes(privateToken));

		const undone = await actions.undo(emit, new AbortController().signal);
		assert.equal(undone.ok, true, undone.summary);
		await assert.rejects(stat(fix.netrc.file), /ENOENT/);
	});

	test('private-no-goprivate: go asked the checksum database about the private path; GOPRIVATE=git.corp.example makes go download it directly', async (t) => {
		const {lab, actions, emit, findings} = await diagnosed(t, 'private-no-goprivate');
		const finding = labFinding(findings, 'private-auth', 'git.corp.example/team/secret');
		assert.match(finding.summary, /checksum database/);
		assert.match(finding.summary, new RegExp(lab.extras['sumdbUrl']!.replaceAll('.', String.raw`\.`)));
		const fix = finding.fixes.find((item) => item.id === 'goprivate-add');
		assert.deepEqual(fix?.changes, [{key: 'GOPRIVATE', value: 'git.corp.example'}]);
		const outcome = await actions.applyFix(fix!, emit, new AbortController().signal);
		assert.equal(outcome.status, 'fixed', outcome.summary);
		assert.match(await readFile(lab.goenvFile, 'utf8'), /^GOPRIVATE=git\.corp\.example$/m);
	});

	test('vcs-no-git: go needs git for a direct github.com path and PATH has none; the wizard says to install git and applies nothing', async (t) => {
		const {findings} = await diagnosed(t, 'vcs-no-git');
		const finding = labFinding(findings, 'vcs', 'github.com/gomod-doctor-lab/tool');
		assert.match(finding.summary, /go needs git to fetch github\.com\/gomod-doctor-lab\/tool/);
		assert.ok(finding.evidence.some((evidence) => evidence.command === 'git --version' && evidence.outcome === 'missing'));
		assert.deepEqual(finding.fixes.map((fix) => [fix.id, fix.kind]), [['install-git', 'info']]);
		assert.match(finding.fixes[0]!.detail ?? '', /apt-get install git/);
	});

	test('module-path-mismatch: both paths, and the go.mod and main.go lines that name the old one', async (t) => {
		const {findings} = await diagnosed(t, 'module-path-mismatch');
		const finding = labFinding(findings, 'module-path', 'example.com/lab/oldname');
		assert.match(finding.summary, /example\.com\/lab\/oldname v1\.0\.0 declares itself as example\.com\/lab\/newname/);
		const fix = finding.fixes[0]!;
		assert.equal(fix.kind, 'info');
		assert.match(fix.detail ?? '', /go\.mod:\d+, main\.go:\d+/);
	});
});
