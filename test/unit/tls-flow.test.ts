/*
The TLS flowchart (§2.3's table, the TLS row) as data: it validates, every outcome of the chain check ends where the
guide says; which hosts the investigation checks; and the fixes it makes: SSL_CERT_FILE with a bundle written only
when applied, the system store, GOINSECURE for one private host go fetches directly, never more.
*/
import assert from 'node:assert/strict';
import {mkdtemp, readFile, rm, stat} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import type {AfterContext} from '../../source/diagnose/investigation.js';
import type {TlsSubject} from '../../source/flowcharts/tls/graph.js';
import {tlsErrorUrls, tlsFlowchart, tlsSubjects} from '../../source/flowcharts/tls/index.js';
import {validateFlow} from '../../source/flow/validate-flow.js';
import {startWalk, stepWalk, type Walk} from '../../source/flow/walk.js';
import {caFiles, stateDirectory, tlsFixes, writeFixFiles} from '../../source/fixes/fix-tls.js';
import type {GoSnapshot} from '../../source/go/read-go-settings.js';
import type {Reproduction} from '../../source/go/reproduce-download.js';
import {labCaCertificate, labServerCertificate} from '../../source/lab/lab-tls.js';
import {judgeGoTrust} from '../../source/probes/probe-tls.js';
import {goRootCertificates} from '../../source/system/system-roots.js';
import {nodeFileSystem} from '../../source/system/file-system.js';
import {english} from '../helpers/text.js';

const tlsFlow = tlsFlowchart.flow;

const subject = (fields: Partial<TlsSubject> = {}): TlsSubject => ({
	label: 'https://goproxy.corp.example',
	url: 'https://goproxy.corp.example',
	host: 'goproxy.corp.example',
	port: 443,
	where: 'goproxy.corp.example:443',
	role: 'goproxy',
	insecureAllowed: 'no',
	...fields,
});

function walkTo(outcome: string, fields: Partial<TlsSubject> = {}): Walk<TlsSubject> & {phase: 'done'} {
	const walk = stepWalk(tlsFlow, startWalk(tlsFlow, 'w', subject(fields)), {
		type: 'probe-finished',
		node: 'handshake',
		evidence: {probe: 'tls', tool: 'openssl', command: 'openssl s_client', outcome, summary: 's', durationMs: 1},
	});
	assert.equal(walk.phase, 'done');
	return walk;
}

test('the TLS flowchart validates', () => {
	assert.deepEqual(validateFlow(tlsFlow), []);
	assert.equal(tlsFlow.source, '§2.3');
});

test("each outcome of the chain check ends as the guide's table says", () => {
	const ends = (outcome: string, fields: Partial<TlsSubject> = {}) => {
		const walk = walkTo(outcome, fields);
		return [walk.current, walk.verdict, [...walk.offers]];
	};

	assert.deepEqual(ends('trusted'), ['fine', 'healthy', []]);
	assert.deepEqual(ends('interception'), ['intercepted', 'tls', ['tls-trust-ca', 'tls-system-store']]);
	assert.deepEqual(ends('unknown-ca'), ['unknownCa', 'tls', ['tls-trust-ca', 'tls-system-store']]);
	assert.deepEqual(ends('unknown-ca', {role: 'direct', insecureAllowed: 'yes'}), [
		'unknownCaPrivate',
		'tls',
		['tls-trust-ca', 'tls-system-store', 'tls-goinsecure'],
	]);
	assert.deepEqual(ends('self-signed'), ['selfSigned', 'tls', ['tls-trust-ca', 'tls-system-store']]);
	assert.deepEqual(ends('self-signed', {role: 'direct', insecureAllowed: 'yes'}), [
		'selfSignedInsecure',
		'tls',
		['tls-trust-ca', 'tls-system-store', 'tls-goinsecure'],
	]);
	assert.deepEqual(ends('expired'), ['expired', 'tls', ['goproxy-use-working', 'goproxy-fallback-on-error']]);
	assert.deepEqual(ends('name-mismatch'), ['nameMismatch', 'tls', ['goproxy-use-working', 'goproxy-fallback-on-error']]);
	assert.deepEqual(ends('failed'), ['handshakeFails', 'tls', ['goproxy-use-working', 'goproxy-fallback-on-error']]);
	assert.deepEqual(ends('error'), ['unchecked', 'healthy', []]);
	assert.match(
		english(walkTo('unknown-ca').summary),
		/^The certificate of goproxy\.corp\.example:443 is signed by a CA that go does not trust/,
	);
});

const snapshot = (values: Record<string, string>) => ({kind: 'ok', values, settings: []}) as unknown as GoSnapshot;
const failedWith = (stderr: string): Reproduction => ({
	argv: ['go'],
	exitCode: 1,
	timedOut: false,
	canceled: false,
	missing: false,
	durationMs: 1,
	stdout: '',
	stderr,
	records: [],
	failures: [],
	ok: false,
	headline: stderr,
});
const context = (fields: Partial<AfterContext>): AfterContext =>
	({
		env: {},
		dir: '/tmp',
		snapshot: snapshot({GOSUMDB: 'sum.golang.org'}),
		probeModule: 'golang.org/x/mod',
		candidates: [],
		timeoutMs: 1000,
		...fields,
	}) as unknown as AfterContext;

test("the hosts checked: https entries whose walk ended at TLS, and the hosts go's TLS errors name", () => {
	const connectivity = [
		{url: 'https://goproxy.corp.example', label: 'https://goproxy.corp.example', role: 'goproxy', entryIndex: 0, verdict: 'tls'},
		{url: 'https://127.0.0.1:8443', label: 'https://127.0.0.1:8443', role: 'goproxy', entryIndex: 1, verdict: 'healthy'},
		{url: 'http://127.0.0.1:8080', label: 'http://127.0.0.1:8080', role: 'goproxy', entryIndex: 2, verdict: 'tls'},
		{url: 'https://proxy.golang.org', label: 'https://proxy.golang.org', role: 'candidate', verdict: 'tls'},
	] as const;
	// Nothing failed: only the entry whose own walk ended at TLS.
	assert.deepEqual(
		tlsSubjects(context({connectivity, reproduction: {...failedWith(''), ok: true}})).map((item) => item.where),
		['goproxy.corp.example:443'],
	);

	const stderr = [
		'go: example.com/a@v1.0.0: Get "https://127.0.0.1:8443/example.com/a/@v/v1.0.0.info": tls: failed to verify certificate: x509: certificate signed by unknown authority',
		'verifying example.com/b@v1.0.0: example.com/b@v1.0.0: Get "https://sum.golang.org/lookup/example.com/b@v1.0.0": tls: failed to verify certificate: x509: certificate signed by unknown authority (possibly because of "crypto/rsa: verification error" while trying to verify candidate authority certificate "Zscaler Root CA")',
		'go: git.corp.example/c@v1.0.0: unrecognized import path "git.corp.example/c": https fetch: Get "https://git.corp.example/c?go-get=1": tls: failed to verify certificate: x509: certificate is valid for other.example, not git.corp.example',
		'go: example.com/d@v1.0.0: Get "https://127.0.0.1:9999/x": dial tcp 127.0.0.1:9999: connect: connection refused',
	].join('\n');
	const subjects = tlsSubjects(context({connectivity, reproduction: failedWith(stderr)}));
	assert.deepEqual(
		subjects.map((item) => [item.where, item.role, item.insecureAllowed]),
		[
			['goproxy.corp.example:443', 'goproxy', 'no'],
			['127.0.0.1:8443', 'goproxy', 'no'],
			['sum.golang.org:443', 'sumdb', 'no'],
			['git.corp.example:443', 'direct', 'yes'],
		],
	);
	assert.equal(subjects[3]!.url, 'https://git.corp.example');

	assert.deepEqual(
		tlsSubjects(
			context({
				connectivity: [],
				reproduction: failedWith('go: example.com/a@v1.0.0: Get "https://proxy.example/x": dial tcp: connect: connection refused'),
			}),
		),
		[],
		'not a TLS failure: nothing to check',
	);
	assert.deepEqual(
		tlsErrorUrls(
			'package k8s.io/kubernetes: unrecognized import path "k8s.io/kubernetes" (https fetch: Get https://k8s.io/kubernetes?go-get=1: x509: certificate signed by unknown authority)',
		),
		['https://k8s.io/kubernetes?go-get=1'],
	);
	assert.deepEqual(
		tlsErrorUrls(
			"fatal: unable to access 'https://git.corp.example/c.git/': server certificate verification failed. CAfile: none CRLfile: none",
		),
		['https://git.corp.example/c.git/'],
	);
});

test('the fixes: SSL_CERT_FILE with a bundle written only when applied, the system store, never GOINSECURE for a proxy', () => {
	const env = {HOME: '/home/dev', GOMOD_DOCTOR_STATE_DIR: '/var/state/gmd'};
	const judgement = judgeGoTrust({
		host: '127.0.0.1',
		pems: [labServerCertificate, labCaCertificate],
		roots: goRootCertificates({}),
		now: new Date(),
	});
	assert.equal(judgement?.outcome, 'unknown-ca');
	const offers: string[] = ['tls-trust-ca', 'tls-system-store', 'tls-goinsecure'];
	// A GOPROXY entry: the walk offers no GOINSECURE (go never applies it to a proxy).
	const fixes = tlsFixes(walkTo('unknown-ca').offers, {host: '127.0.0.1', judgement, env, goinsecure: '', platform: 'linux'});
	assert.deepEqual(
		fixes.map((fix) => fix.id),
		['tls-trust-ca', 'tls-system-store'],
	);
	const trust = fixes.find((fix) => fix.id === 'tls-trust-ca');
	const files = caFiles(env, judgement.anchor!.fingerprint);
	assert.equal(path.dirname(files.bundle), '/var/state/gmd/tls');
	assert.equal(trust?.kind, 'shell');
	assert.deepEqual(trust.shell, [`export SSL_CERT_FILE='${files.bundle}'`]);
	assert.deepEqual(trust.env, {SSL_CERT_FILE: files.bundle});
	assert.deepEqual(trust.files, [
		{path: files.bundle, content: labCaCertificate, mode: 0o644, withSystemRoots: true},
		{path: files.ca, content: labCaCertificate, mode: 0o644},
	]);
	assert.equal(trust.weakensSecurity, false);
	assert.match(english(trust.title), /CN=gomod-doctor lab CA/);
	const store = fixes.find((fix) => fix.id === 'tls-system-store');
	assert.equal(store?.kind, 'info');
	assert.match(
		english(store.detail ?? ''),
		new RegExp(`sudo cp ${files.ca.replaceAll('.', String.raw`\.`)} /usr/local/share/ca-certificates/.*update-ca-certificates`),
	);
	assert.match(english(store.detail ?? ''), /macOS: sudo security add-trusted-cert/);
	assert.deepEqual(
		tlsFixes(offers, {host: '127.0.0.1', judgement, env, goinsecure: '', platform: 'linux'}).map((fix) => fix.id),
		['tls-trust-ca', 'tls-system-store'],
		'an IP address is no GOINSECURE pattern',
	);

	// GOINSECURE, for one private host go fetches directly: that host added to what GOINSECURE holds, nothing broader.
	const direct = tlsFixes(['tls-goinsecure'], {host: 'git.corp.example', judgement, env, goinsecure: 'old.corp.example'});
	assert.deepEqual(
		direct.map((fix) => ({...fix, title: english(fix.title)})),
		[
			{
				id: 'tls-goinsecure',
				title: 'GOINSECURE=git.corp.example: skip certificate checks for this private host only',
				detail: direct[0]!.detail,
				kind: 'go-env',
				argv: ['go', 'env', '-w', 'GOINSECURE=old.corp.example,git.corp.example'],
				changes: [{key: 'GOINSECURE', value: 'old.corp.example,git.corp.example'}],
				scope: 'persistent',
				weakensSecurity: true,
			},
		],
	);

	// On macOS and Windows go ignores SSL_CERT_FILE: the store is the way.
	assert.deepEqual(
		tlsFixes(offers, {host: '127.0.0.1', judgement, env, goinsecure: '', platform: 'darwin'}).map((fix) => fix.id),
		['tls-system-store'],
	);
	// A server that does not send its CA: advice to save it, nothing written.
	const leafOnly = judgeGoTrust({host: '127.0.0.1', pems: [labServerCertificate], roots: goRootCertificates({}), now: new Date()});
	const save = tlsFixes(['tls-trust-ca'], {host: '127.0.0.1', judgement: leafOnly, env, goinsecure: '', platform: 'linux'});
	assert.equal(save[0]?.kind, 'info');
	assert.equal(save[0].files, undefined);
	assert.match(english(save[0].title), /Save CN=gomod-doctor lab CA/);
});

test("the state directory follows the journal's rules", () => {
	assert.equal(stateDirectory({GOMOD_DOCTOR_STATE_DIR: '/s', HOME: '/h'}), '/s');
	assert.equal(stateDirectory({XDG_STATE_HOME: '/x', HOME: '/h'}), '/x/gomod-doctor');
	assert.equal(stateDirectory({XDG_STATE_HOME: 'relative', HOME: '/h'}), '/h/.local/state/gomod-doctor');
});

test("writeFixFiles writes go's roots, then the CA: a complete bundle, with the mode asked for", async (t) => {
	const root = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-tls-files-'));
	t.after(async () => rm(root, {recursive: true, force: true}));
	const bundle = path.join(root, 'state', 'tls', 'bundle.pem');
	const ca = path.join(root, 'state', 'tls', 'ca.pem');
	const written = await writeFixFiles(
		nodeFileSystem,
		[
			{path: bundle, content: labCaCertificate, mode: 0o644, withSystemRoots: true},
			{path: ca, content: labCaCertificate, mode: 0o600},
		],
		{},
	);
	assert.deepEqual(written, {ok: true, written: [bundle, ca]});
	const text = await readFile(bundle, 'utf8');
	const roots = goRootCertificates({}) ?? [];
	assert.equal(text.match(/BEGIN CERTIFICATE/g)?.length, roots.length + 1);
	assert.ok(text.endsWith(labCaCertificate));
	assert.equal(await readFile(ca, 'utf8'), labCaCertificate);
	assert.equal((await stat(ca)).mode & 0o777, 0o600);
	assert.deepEqual(await writeFixFiles(nodeFileSystem, [{path: 'relative.pem', content: 'x', mode: 0o644}], {}), {
		ok: false,
		message: 'relative.pem is not an absolute path',
	});
});
