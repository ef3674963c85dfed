/*
§3.3 at scale: fifty private modules on three hosts that refuse connections are three findings, one per host,
each naming its modules; not fifty, and not one (go stops at the first failing module). The real go and nc run
against the benchmark's scale fixture (127.0.0.2–4 refuse at once; no name is ever looked up).
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {largeShape, startScaleFixture} from '../../scripts/bench-scale-fixture.js';
import {directHosts} from '../../source/flowcharts/direct-hosts/index.js';
import type {GoSnapshot} from '../../source/go/read-go-settings.js';
import {parseGoMod} from '../../source/go/parse-go-mod.js';
import {diagnoseHeadless} from '../../source/session/diagnose-headless.js';
import {createSystem} from '../../source/system/create-system.js';
import {english} from '../helpers/text.js';

test('directHosts: the direct paths of go.mod grouped by host, as GONOPROXY (else GOPRIVATE) or a proxy-less GOPROXY decide', () => {
	const goMod = parseGoMod(
		'module example.com/app\n\ngo 1.22\n\nrequire (\n\tgit.corp.example/a/one v1.0.0\n\tgit.corp.example/b/two v1.0.0\n\tgithub.com/acme/x v1.0.0\n\tother.corp.example/c v1.0.0\n)\n',
	);
	const snapshot = (values: Record<string, string>) => ({values}) as unknown as GoSnapshot;
	const hosts = directHosts({snapshot: snapshot({GOPROXY: 'https://proxy.golang.org,direct', GOPRIVATE: '*.corp.example'}), goMod});
	assert.deepEqual(
		hosts.map((host) => [host.host, host.modules]),
		[
			['git.corp.example', ['git.corp.example/a/one', 'git.corp.example/b/two']],
			['other.corp.example', ['other.corp.example/c']],
		],
	);
	assert.equal(hosts[0]?.count, 2);
	// GONOPROXY, when set, decides instead of GOPRIVATE (go's rule).
	assert.deepEqual(
		directHosts({
			snapshot: snapshot({GOPROXY: 'https://proxy.golang.org', GOPRIVATE: '*.corp.example', GONOPROXY: 'github.com/acme'}),
			goMod,
		}).map((host) => host.host),
		['github.com'],
	);
	// GONOPROXY=none: go sends even the GOPRIVATE paths through the proxy (go env reports GONOPROXY as it applies).
	assert.deepEqual(
		directHosts({snapshot: snapshot({GOPROXY: 'https://proxy.golang.org', GOPRIVATE: '*.corp.example', GONOPROXY: 'none'}), goMod}),
		[],
	);
	// GOPROXY=direct: every module comes from its own host.
	assert.equal(directHosts({snapshot: snapshot({GOPROXY: 'direct'}), goMod}).length, 3);
	assert.deepEqual(directHosts({snapshot: snapshot({GOPROXY: 'https://proxy.golang.org'}), goMod}), [], 'nothing private, nothing direct');
});

test('50 failing private modules on 3 hosts: one finding per host, with its modules; each host checked once', async (t) => {
	const fixture = await startScaleFixture(largeShape);
	t.after(async () => fixture.close());
	const state = await diagnoseHeadless(createSystem(), {
		dir: fixture.dir,
		env: fixture.env,
		timeoutMs: 5000,
		candidates: [fixture.proxy.url],
		toolVersion: 'test',
	});
	const findings = state.conclusion?.findings ?? [];
	const byHost = findings.filter((finding) => fixture.privateByHost.has(finding.subject));
	assert.deepEqual(
		byHost.map((finding) => finding.subject).toSorted(),
		[...fixture.privateByHost.keys()].toSorted(),
		JSON.stringify(findings.map((finding) => [finding.severity, finding.category, finding.subject])),
	);
	for (const finding of byHost) {
		assert.equal(finding.category, 'refused');
		const modules = fixture.privateByHost.get(finding.subject)!;
		assert.ok(english(finding.summary).includes(`${modules.length} module`), english(finding.summary));
		assert.ok(english(finding.summary).includes(modules[0]!), 'names its modules');
		assert.equal(finding.evidence.filter((evidence) => evidence.probe === 'tcp').length, 1, 'the port is checked once');
	}

	assert.equal(findings[0]?.category, 'refused', 'the host go failed on leads');
	assert.equal(findings[0]?.severity, 'error');
	assert.ok(
		!findings.some((finding) => finding.category === 'refused' && !fixture.privateByHost.has(finding.subject)),
		'go’s own refused message is explained by the host finding, not repeated',
	);
});
