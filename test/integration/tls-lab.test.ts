/*
§2.3's TLS row end to end with the real go, in the lab scenario tls-unknown-ca: the only GOPROXY entry is an HTTPS
proxy on 127.0.0.1 whose certificate comes from the lab CA. The diagnosis says "unknown authority", names the CA,
shows the chain; the SSL_CERT_FILE fix writes its bundle only when applied, and go then downloads with an empty
module cache. Nothing leaves 127.0.0.1 (go never uses a proxy for loopback); the environment is the lab's, hermetic.
*/
import assert from 'node:assert/strict';
import {access, readFile} from 'node:fs/promises';
import {describe, test} from 'node:test';
import type {DiagnoseReport} from '../../source/report/build-report.js';
import {startLab} from '../../source/lab/start-lab.js';
import {runCli} from '../helpers/cli.js';
import {labSession} from '../helpers/lab-session.js';
import {english} from '../helpers/text.js';

const caSubject = 'CN=gomod-doctor lab CA';

describe('tls-unknown-ca with the real go', () => {
	test("the wizard's session: unknown authority, the CA named, the chain shown, SSL_CERT_FILE applied makes go download", async (t) => {
		const lab = await startLab('tls-unknown-ca');
		t.after(async () => lab.close());
		const tlsUrl = lab.extras['tlsUrl']!;
		const {actions, emit, state} = labSession(lab, {timeoutMs: 8000});

		await actions.diagnose(emit, new AbortController().signal);
		const findings = state().conclusion?.findings ?? [];
		const finding = findings.find((item) => item.evidence.some((evidence) => evidence.outcome === 'unknown-ca'));
		assert.ok(
			finding,
			`a finding of the TLS flowchart among: ${findings.map((item) => `${item.category} ${english(item.summary)}`).join(' | ')}`,
		);
		assert.equal(finding.category, 'tls');
		assert.equal(finding.severity, 'error');
		assert.equal(finding.subject, tlsUrl, 'the GOPROXY entry is blamed');
		assert.match(english(finding.summary), /signed by a CA that go does not trust \(x509: certificate signed by unknown authority\)/);
		assert.match(
			english(finding.summary),
			/Issued by CN=gomod-doctor lab CA; chain as presented: CN=git\.corp\.example ← CN=gomod-doctor lab CA\./,
		);
		const chain = finding.evidence.find((evidence) => evidence.outcome === 'unknown-ca')!;
		assert.equal(chain.tool, 'openssl');
		assert.match(chain.output ?? '', /^0 s:CN=git\.corp\.example\n {2}i:CN=gomod-doctor lab CA\n/);
		assert.match(chain.output ?? '', /1 s:CN=gomod-doctor lab CA \(CA\) \(self-signed\)/);
		assert.match(chain.output ?? '', /go says: x509: certificate signed by unknown authority/);
		assert.ok(
			finding.evidence.some(
				(evidence) => evidence.probe === 'go' && english(evidence.summary).includes('certificate signed by unknown authority'),
			),
			"go's own words are evidence",
		);
		assert.equal(
			finding.fixes.some((fix) => fix.id === 'tls-goinsecure'),
			false,
			'no GOINSECURE for a GOPROXY entry',
		);

		const fix = finding.fixes.find((item) => item.id === 'tls-trust-ca');
		assert.ok(fix);
		assert.equal(fix.kind, 'shell');
		const bundle = fix.env?.['SSL_CERT_FILE'] ?? '';
		assert.ok(bundle.startsWith(`${lab.stateDir}/tls/`), `the bundle lives in the state directory: ${bundle}`);
		assert.deepEqual(fix.shell, [`export SSL_CERT_FILE='${bundle}'`]);
		assert.equal(fix.files?.[0]?.content.trim(), lab.extras['caPem']!.trim(), 'the CA as the server presented it');
		await assert.rejects(access(bundle), 'nothing is written before the fix is applied');

		const outcome = await actions.applyFix(fix, emit, new AbortController().signal);
		assert.equal(outcome.status, 'fixed', english(outcome.summary));
		assert.match(
			english(outcome.summary),
			/With these lines, go mod download -json -- example\.com\/lab\/greet@v1\.2\.0 succeeds with an empty module cache/,
		);
		const written = await readFile(bundle, 'utf8');
		assert.ok(written.endsWith(lab.extras['caPem']!), 'the bundle ends with the lab CA');
		assert.ok((written.match(/BEGIN CERTIFICATE/g)?.length ?? 0) > 1, "and holds the system's roots before it");
		assert.ok(
			state().transcript.some((entry) => entry.kind === 'verify' && entry.ok),
			'the verification is in the transcript',
		);
		const goenv = await readFile(lab.goenvFile, 'utf8');
		assert.doesNotMatch(goenv, /SSL_CERT_FILE|GOINSECURE/, "go's settings are not changed");
	});

	test("diagnose --json: the path through the TLS flowchart and the fix, without the bundle's roots in the report", async (t) => {
		const lab = await startLab('tls-unknown-ca');
		t.after(async () => lab.close());
		const run = await runCli(['diagnose', '--json', '--dir', lab.dir, '--timeout', '8'], {env: lab.env});
		assert.equal(run.stderr, '');
		assert.equal(run.exitCode, 1);
		const report = JSON.parse(run.stdout) as DiagnoseReport;
		const walk = report.path.find((item) => item.flow === 'tls');
		assert.ok(walk, 'the TLS flowchart was walked');
		assert.equal(walk.subject, lab.extras['tlsUrl']);
		assert.deepEqual(
			walk.nodes.map((node) => `${node.node}:${node.branch}`),
			['handshake:unknown-ca', 'unknownPrivate:no'],
		);
		assert.equal(walk.end, 'unknownCa');
		const fix = report.findings.flatMap((finding) => finding.fixes).find((item) => item.id === 'tls-trust-ca');
		assert.ok(fix);
		assert.ok(run.stdout.includes(caSubject));
		assert.ok(run.stdout.length < 200_000, `the report holds the CA, not the system's roots (${run.stdout.length} characters)`);
	});
});
