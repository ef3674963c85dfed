/*
Secrets planted everywhere they live, checked everywhere output leaves gomod-doctor: userinfo in GOPROXY and in
HTTPS_PROXY, a token in GOAUTH's command, a .netrc in the (hermetic) HOME, GITHUB_TOKEN and CI tokens in the
environment, and an Authorization header in go's -x output. None may appear in any frame the wizard draws, in
the Markdown or JSON transcript, in diagnose's text, --json or --markdown, in classify's output, or in the
journal (which keeps verbatim only the earlier GOENV values it must restore; see journal.ts).
*/
import assert from 'node:assert/strict';
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {test} from 'node:test';
import {journalPath} from '../../source/fixes/journal.js';
import {startLab} from '../../source/lab/start-lab.js';
import {runCli} from '../helpers/cli.js';
import {press, waitFor, waitForFrame} from '../helpers/ink.js';
import {renderLabWizard} from '../helpers/lab-wizard.js';

const secrets = {
	goproxy: 'gp-s3cret-Zq81xv',
	httpsProxy: 'hp-s3cret-Rk27wm',
	goauth: 'ga-s3cret-Lm45tp',
	netrc: 'nr-s3cret-Yb93qd',
	github: 'ghp_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7c',
	ci: 'ci-s3cret-Hx62fn',
	header: 'QWxhZGRpbjpvcGVuIHNlc2FtZQ-hdr-s3cret',
};

function assertNoSecret(text: string, where: string): void {
	for (const [name, secret] of Object.entries(secrets)) {
		assert.ok(!text.includes(secret), `the ${name} secret appears in ${where}`);
	}
}

test('planted secrets appear in no wizard frame, transcript, diagnose output, classify output or the journal', async (t) => {
	const lab = await startLab('proxy-down');
	t.after(async () => lab.close());
	const good = new URL(lab.candidates[0]!);
	const broken = lab.goproxy.split(',')[0]!;
	await writeFile(path.join(lab.env['HOME']!, '.netrc'), `machine 127.0.0.1 login builder password ${secrets.netrc}\n`, {mode: 0o600});
	const env = {
		...lab.env,
		// The OS environment wins over the GOENV file: the working server, reached with credentials in the URL.
		GOPROXY: `${broken},http://builder:${secrets.goproxy}@${good.host},direct`,
		HTTPS_PROXY: `http://proxyuser:${secrets.httpsProxy}@127.0.0.1:9`,
		NO_PROXY: '127.0.0.1,localhost',
		GOAUTH: `/bin/true --token=${secrets.goauth}`,
		GITHUB_TOKEN: secrets.github,
		CI_JOB_TOKEN: secrets.ci,
	};

	// The wizard: diagnose, apply the first fix (shadowed by the OS GOPROXY), export.
	const {ui, exits} = renderLabWizard(t, lab, {env, timeoutMs: 4000});
	await waitForFrame(ui, (frame) => frame.includes('What now?'), 20_000);
	assert.match(ui.frames.join('\n'), /builder:\*\*\*@|\*\*\*@127\.0\.0\.1/, 'the userinfo is shown redacted');
	await press(ui.stdin, '1');
	await waitForFrame(ui, (frame) => frame.includes('[y/N]'));
	await press(ui.stdin, 'y');
	await waitForFrame(ui, (frame) => frame.includes('What next?'), 20_000);
	await press(ui.stdin, 'e');
	await waitForFrame(ui, (frame) => frame.includes('JSON:'), 10_000);
	await press(ui.stdin, 'q');
	await waitFor(() => exits.length === 1, 'the wizard to exit');
	for (const [index, frame] of ui.frames.entries()) {
		assertNoSecret(frame, `frame ${index}`);
	}

	const exported = exits[0]?.exported;
	assert.ok(exported);
	for (const file of [exported.markdownPath, exported.jsonPath]) {
		assertNoSecret(await readFile(file, 'utf8'), file);
	}

	// The fix is shadowed by the OS GOPROXY: it is the shell line, and neither the GOENV file nor the journal is
	// written for it (issue 12). Whatever journal there is holds no secret.
	const journal = await readFile(journalPath(env), 'utf8').catch(() => '');
	assertNoSecret(journal, 'the journal');

	// Diagnose, in its three forms, and undo's output.
	for (const format of [[], ['--json'], ['--markdown']]) {
		const run = await runCli(['diagnose', '--dir', lab.dir, '--timeout', '4', '--candidates', lab.candidates.join(','), ...format], {env});
		assert.ok(run.exitCode === 0 || run.exitCode === 1, run.stderr);
		assertNoSecret(run.stdout + run.stderr, `diagnose ${format.join(' ')}`);
	}

	const undo = await runCli(['undo', '--dir', lab.dir], {env});
	assert.equal(undo.exitCode, 0, undo.stdout);
	assertNoSecret(undo.stdout + undo.stderr, 'undo');

	// Go -x output with the Authorization header go sends, pasted into classify.
	const trace = [
		`# get http://builder:${secrets.goproxy}@127.0.0.1:1/example.com/x/@v/list`,
		`> GET /example.com/x/@v/list HTTP/1.1`,
		`> Authorization: Basic ${secrets.header}`,
		`> Proxy-Authorization: Basic ${secrets.httpsProxy}`,
		`# get http://127.0.0.1:1/example.com/x/@v/list: 401 Unauthorized (0.002s)`,
		`go: example.com/x@v1.0.0: reading http://builder:${secrets.goproxy}@127.0.0.1:1/example.com/x/@v/v1.0.0.info: 401 Unauthorized`,
		`GITHUB_TOKEN=${secrets.github}`,
	].join('\n');
	for (const args of [['classify'], ['classify', '--json']]) {
		const run = await runCli(args, {env, input: trace});
		assert.equal(run.exitCode, 1);
		assertNoSecret(run.stdout + run.stderr, args.join(' '));
	}
});
