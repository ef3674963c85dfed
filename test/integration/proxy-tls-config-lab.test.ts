/*
§2.2 (a broken GOPROXY server), §2.3's TLS row and go's own settings (§3.3, §5), each diagnosed against the
real `go` in the lab: the category, the entry or setting blamed, the evidence, and the offered fix verified by
running the real `go mod download` with an empty module cache. Everything stays on 127.0.0.1; every go run
gets the lab's hermetic environment.
*/
import assert from 'node:assert/strict';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, test} from 'node:test';
import type {Conclusion} from '../../source/diagnose/conclude.js';
import {startLab, type Lab} from '../../source/lab/start-lab.js';
import type {Fix} from '../../source/model/report.js';
import type {SessionState} from '../../source/session/reduce-session.js';
import type {SessionActions} from '../../source/session/session-actions.js';
import {createSystem} from '../../source/system/create-system.js';
import type {Environment} from '../../source/system/types.js';
import {labSession} from '../helpers/lab-session.js';
import {english} from '../helpers/text.js';

const system = createSystem();

async function diagnose(
	t: {after: (fn: () => Promise<void>) => void},
	id: string,
): Promise<{lab: Lab; conclusion: Conclusion; state: SessionState; actions: SessionActions}> {
	const lab = await startLab(id);
	t.after(async () => lab.close());
	const {actions, emit, state} = labSession(lab, {system});
	await actions.diagnose(emit, new AbortController().signal);
	const {conclusion} = state();
	assert.ok(conclusion, 'the diagnosis concludes');
	return {lab, conclusion, state: state(), actions};
}

/** The real `go mod download` in `env` with an empty module cache, as the wizard verifies a fix. */
async function goDownloads(lab: Lab, env: Environment): Promise<{ok: boolean; output: string}> {
	const cache = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-verify-'));
	try {
		const result = await system.run({
			file: 'go',
			args: ['mod', 'download', '-json'],
			env: {...env, GOMODCACHE: cache, GOFLAGS: '-modcacherw'},
			cwd: lab.dir,
			timeoutMs: 20_000,
		});
		return {ok: result.exitCode === 0, output: `${result.stdout}${result.stderr}`};
	} finally {
		await rm(cache, {recursive: true, force: true, maxRetries: 3});
	}
}

/** `env` with a shell fix's variables set or unset, as the profile line would leave it. */
function withShellFix(env: Environment, fix: Fix): Environment {
	const next: Record<string, string | undefined> = {...env};
	for (const [key, value] of Object.entries(fix.env ?? {})) {
		if (value === undefined) {
			delete next[key];
		} else {
			next[key] = value;
		}
	}

	return next;
}

describe('§2.2: a broken GOPROXY server', () => {
	test('proxy-404-mapping: the entry blamed, the canary 404 under the prefix and served without it, the mapping named; the fix makes go succeed', async (t) => {
		const {lab, conclusion, actions} = await diagnose(t, 'proxy-404-mapping');
		const entry = `${lab.server('mapping').url}/goproxy`;
		const before = await goDownloads(lab, lab.env);
		assert.equal(before.ok, false);
		assert.match(before.output, /404 Not Found/);

		const finding = conclusion.findings[0]!;
		assert.equal(finding.category, 'proxy-bad-response');
		assert.equal(finding.subject, entry);
		assert.equal(finding.severity, 'error');
		assert.match(english(finding.summary), /passes the prefix \/goproxy on to the backend \(proxy_pass without the trailing slash\)/);
		assert.match(english(finding.summary), /`,` makes go try the next entry only after a 404 or 410; `\|`/);
		assert.ok(
			finding.evidence.some((item) => item.command === `GET ${entry}/example.com/lab/hello/@v/list` && item.outcome === 'not-found'),
			'the canary 404s under the prefix',
		);
		assert.ok(
			finding.evidence.some(
				(item) => item.command === `GET ${lab.server('mapping').url}/example.com/lab/hello/@v/list` && item.outcome === 'ok',
			),
			'and is served without it',
		);
		assert.ok(
			!conclusion.findings.some((item) => item.category === 'not-found'),
			"go's 404 is explained, not repeated as a missing module",
		);

		const fix = conclusion.fixes.find((item) => item.id === 'goproxy-use-working');
		assert.ok(fix, 'the working candidate is offered');
		assert.ok(!fix.argv?.join(' ').includes(entry));
		const outcome = await actions.applyFix(fix, () => undefined, new AbortController().signal);
		assert.equal(outcome.status, 'fixed', english(outcome.summary));
	});

	test('proxy-502: §2.2 asks the canary too and says the upstream is down', async (t) => {
		const {conclusion, lab} = await diagnose(t, 'proxy-502');
		const server = conclusion.findings.find((item) => english(item.summary).includes('gateway error even for'));
		assert.ok(server, conclusion.findings.map((item) => english(item.summary)).join('\n'));
		assert.equal(server.subject, lab.server('bad-gateway').url);
		// The lab's canary, a module every lab proxy serves (GOMOD_DOCTOR_CANARY).
		assert.ok(server.evidence.some((item) => item.command.endsWith('/example.com/lab/hello/@v/list') && item.outcome === 'upstream'));
		assert.equal(
			conclusion.findings.filter((item) => item.subject === server.subject).length,
			1,
			"one finding for the entry: the walk's and §2.2's merged",
		);
	});
});

describe("go's own settings", () => {
	test('goproxy-off: go says "module lookup disabled by GOPROXY=off"; the wizard blames GOPROXY from the GOENV file and sets a measured proxy', async (t) => {
		const {lab, conclusion, actions} = await diagnose(t, 'goproxy-off');
		const before = await goDownloads(lab, lab.env);
		assert.match(before.output, /module lookup disabled by GOPROXY=off/);

		const finding = conclusion.findings[0]!;
		assert.equal(finding.category, 'goproxy-config');
		assert.equal(finding.subject, 'GOPROXY');
		assert.match(english(finding.summary), /GOPROXY=off \(the GOENV file\)/);
		assert.ok(finding.evidence.some((item) => item.probe === 'config' && english(item.summary) === 'GOPROXY=off (from goenv-file)'));
		assert.ok(
			finding.evidence.some((item) => item.outcome === 'found'),
			'a proxy was measured to replace it',
		);
		assert.equal(conclusion.findings.filter((item) => item.category === 'goproxy-config').length, 1, "go's own message is not repeated");

		const fix = finding.fixes[0]!;
		assert.equal(fix.kind, 'go-env');
		assert.deepEqual(fix.argv, ['go', 'env', '-w', `GOPROXY=${lab.server('good').url},direct`]);
		const outcome = await actions.applyFix(fix, () => undefined, new AbortController().signal);
		assert.equal(outcome.status, 'fixed', english(outcome.summary));
	});

	test('env-shadows-goenv: the environment hides the GOENV value; unset in the shell works, go env -w does not', async (t) => {
		const {lab, conclusion, actions} = await diagnose(t, 'env-shadows-goenv');
		const down = lab.server('down').url;
		assert.equal(conclusion.findings[0]?.category, 'refused');
		assert.equal(conclusion.findings[0]?.subject, down);

		const shadow = conclusion.findings.find((item) => item.category === 'goproxy-config' && item.subject === 'GOPROXY');
		assert.ok(shadow, 'the shadowing is named');
		assert.match(english(shadow.summary), /set in the OS environment, which hides the value go env -w wrote/);
		assert.ok(shadow.evidence.some((item) => english(item.summary).includes(`goenv-file holds GOPROXY=${lab.server('good').url},direct`)));
		const fix = shadow.fixes[0]!;
		assert.equal(fix.kind, 'shell');
		assert.deepEqual(fix.shell, ['unset GOPROXY']);

		assert.equal((await goDownloads(lab, lab.env)).ok, false);
		const verified = await goDownloads(lab, withShellFix(lab.env, fix));
		assert.equal(verified.ok, true, verified.output);

		// Go env -w writes the GOENV file, which the environment still hides.
		const goEnvFix = conclusion.fixes.find((item) => item.id === 'goproxy-use-working');
		assert.ok(goEnvFix);
		const outcome = await actions.applyFix(goEnvFix, () => undefined, new AbortController().signal);
		assert.equal(outcome.status, 'shadowed', english(outcome.summary));
	});
});
