/*
The checks of the DNS, route and proxy flowcharts: the CONNECT and the compared request against the lab's own
proxy and servers on 127.0.0.1 (and a loopback alias of /etc/hosts, which go proxies), the lookups with a fake
resolver, the settings checks on temporary files, traceroute's reading; and every new flowchart validates.
*/
import assert from 'node:assert/strict';
import {createServer} from 'node:http';
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, test} from 'node:test';
import {gosumdbTarget} from '../../source/diagnose/urls-that-matter.js';
import {dnsFlowchart} from '../../source/flowcharts/dns/index.js';
import {routeFlowchart} from '../../source/flowcharts/route/index.js';
import {noProxyFix, unsetProxyFix} from '../../source/fixes/fix-http-proxy.js';
import {httpProxyFlowchart} from '../../source/flowcharts/http-proxy/index.js';
import {proxySettingsFlowchart} from '../../source/flowcharts/proxy-settings/index.js';
import {validateFlow} from '../../source/flow/validate-flow.js';
import {labProxyRealm, loopbackAliases, startConnectProxy} from '../../source/lab/connect-proxy.js';
import {loopbackAlias} from '../../source/lab/scenarios/network.js';
import {probeProxyCompare, probeProxyConnect, readProxyAnswer} from '../../source/flowcharts/http-proxy/probe-proxy-connect.js';
import {nodeFileSystem} from '../../source/system/file-system.js';
import {
	checkGoenvProxyLines,
	checkNoProxyCoverage,
	checkProxyVariables,
	checkShellProfile,
	proxyAssignmentsOf,
} from '../../source/flowcharts/proxy-settings/probe-proxy-settings.js';
import {probeResolveHosts} from '../../source/flowcharts/dns/probe-resolve-hosts.js';
import {entryGoFetchedFrom} from '../../source/go/go-reached.js';
import {parseTraceroute, probeTraceroute} from '../../source/flowcharts/route/probe-traceroute.js';
import {createSystem} from '../../source/system/create-system.js';
import {commandResult, createFakeSystem} from '../helpers/fake-system.js';
import {english} from '../helpers/text.js';

const system = createSystem();
const base = {env: {PATH: process.env['PATH']}, timeoutMs: 3000};

/** A server on 127.0.0.1 that answers every request 200 with `ok`. */
async function okServer(t: {after: (fn: () => Promise<void>) => void}): Promise<number> {
	const server = createServer((_request, response) => {
		response.writeHead(200, {'Content-Type': 'text/plain', Connection: 'close'});
		response.end('v1.0.0\n');
	});
	await new Promise<void>((resolve) => {
		server.listen(0, '127.0.0.1', resolve);
	});
	t.after(
		async () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => {
					resolve();
				});
			}),
	);
	const address = server.address();
	return typeof address === 'object' && address !== null ? address.port : 0;
}

describe('every new flowchart validates', () => {
	for (const flow of [dnsFlowchart.flow, routeFlowchart.flow, httpProxyFlowchart.flow, proxySettingsFlowchart.flow]) {
		test(flow.id, () => {
			assert.deepEqual(validateFlow(flow as never), []);
		});
	}
});

describe('probeProxyConnect: CONNECT through the lab proxy with nc', () => {
	test('without credentials: 407, and the Proxy-Authenticate challenge is shown', async (t) => {
		const proxy = await startConnectProxy({credentials: {user: 'u', password: 'p'}});
		t.after(async () => proxy.close());
		const evidence = await probeProxyConnect(system, {...base, proxyUrl: proxy.url, targetHost: '127.0.0.1', targetPort: 9});
		assert.equal(evidence.outcome, 'auth-required');
		assert.match(english(evidence.summary), new RegExp(`Proxy-Authenticate: Basic realm="${labProxyRealm}"; none were sent`));
		assert.deepEqual(
			proxy.requests.map((request) => `${request.method} ${request.status}`),
			['CONNECT 407'],
		);
	});

	test('with the right credentials: a tunnel, the far end answers; the password never shows', async (t) => {
		const port = await okServer(t);
		const proxy = await startConnectProxy({credentials: {user: 'u', password: 'hunter2'}});
		t.after(async () => proxy.close());
		const evidence = await probeProxyConnect(system, {
			...base,
			proxyUrl: `http://u:hunter2@127.0.0.1:${proxy.port}`,
			targetHost: '127.0.0.1',
			targetPort: port,
		});
		assert.equal(evidence.outcome, 'tunnel', english(evidence.summary));
		assert.match(english(evidence.summary), /the far end answered: HTTP\/1\.1 200 OK/);
		assert.match(evidence.command, /Proxy-Authorization: Basic \*{3}/);
		assert.doesNotMatch(JSON.stringify(evidence), /hunter2|dTpodW50ZXIy/);
	});

	test('wrong credentials are said to be refused; a target the proxy will not reach is 403', async (t) => {
		const proxy = await startConnectProxy({credentials: {user: 'u', password: 'p'}});
		t.after(async () => proxy.close());
		const wrong = await probeProxyConnect(system, {
			...base,
			proxyUrl: `http://u:nope@127.0.0.1:${proxy.port}`,
			targetHost: '127.0.0.1',
			targetPort: 9,
		});
		assert.match(english(wrong.summary), /the ones in the proxy URL were refused/);
		const open = await startConnectProxy();
		t.after(async () => open.close());
		const forbidden = await probeProxyConnect(system, {...base, proxyUrl: open.url, targetHost: 'example.com', targetPort: 443});
		assert.equal(forbidden.outcome, 'refused');
		assert.match(english(forbidden.summary), /403 Forbidden/);
	});

	test('a proxy that is not there is unreachable; without nc the check says so', async () => {
		const closed = await probeProxyConnect(system, {...base, proxyUrl: 'http://127.0.0.1:1', targetHost: '127.0.0.1', targetPort: 9});
		assert.equal(closed.outcome, 'unreachable');
		const fake = createFakeSystem({missingPrograms: ['nc']});
		const missing = await probeProxyConnect(fake, {...base, proxyUrl: 'http://127.0.0.1:3128', targetHost: 'vm', targetPort: 443});
		assert.equal(missing.outcome, 'error');
		assert.match(english(missing.summary), /nc is not installed/);
	});

	test('readProxyAnswer reads the status line and the headers worth showing', () => {
		const answer = readProxyAnswer(
			'HTTP/1.0 407 Proxy Authentication Required\r\nServer: squid/5.7\r\nProxy-Authenticate: Basic realm="Squid"\r\nX-Cache: MISS\r\n\r\n',
		);
		assert.equal(answer?.status, 407);
		assert.equal(answer?.headers['proxy-authenticate'], 'Basic realm="Squid"');
		assert.deepEqual(answer?.shown, [
			'HTTP/1.0 407 Proxy Authentication Required',
			'Server: squid/5.7',
			'Proxy-Authenticate: Basic realm="Squid"',
		]);
		assert.equal(readProxyAnswer('garbage'), undefined);
	});
});

describe('probeProxyCompare: through the proxy and direct', () => {
	test('a proxy that wants credentials fails the request that works directly', async (t) => {
		const alias = await loopbackAlias();
		const port = await okServer(t);
		const proxy = await startConnectProxy({credentials: {user: 'u', password: 'p'}, aliases: new Map([[alias, '127.0.0.1']])});
		t.after(async () => proxy.close());
		const evidence = await probeProxyCompare(system, {...base, env: {HTTP_PROXY: proxy.url}, url: `http://${alias}:${port}/m/@v/list`});
		assert.equal(evidence.outcome, 'proxy-fails', english(evidence.summary));
		assert.match(evidence.output ?? '', /^direct: 200 OK/m);
	});

	test('an open proxy: both ways work', async (t) => {
		const alias = await loopbackAlias();
		const port = await okServer(t);
		const proxy = await startConnectProxy({aliases: new Map([[alias, '127.0.0.1']])});
		t.after(async () => proxy.close());
		const evidence = await probeProxyCompare(system, {...base, env: {HTTP_PROXY: proxy.url}, url: `http://${alias}:${port}/m/@v/list`});
		assert.equal(evidence.outcome, 'both-work', english(evidence.summary));
		assert.deepEqual(
			proxy.requests.map((request) => request.status),
			[200],
		);
	});
});

describe('probeResolveHosts: every host once', () => {
	const answers: Record<string, {addresses: string[]; code?: string}> = {
		'good.example': {addresses: ['192.0.2.1']},
		'gone.example': {addresses: [], code: 'ENOTFOUND'},
		'slow.example': {addresses: [], code: 'EAI_AGAIN'},
	};
	const fake = () =>
		createFakeSystem({
			net: {
				resolve(host) {
					const answer = answers[host] ?? {addresses: [], code: 'ENOTFOUND'};
					return {
						addresses: answer.addresses,
						durationMs: 3,
						...(answer.code === undefined ? {} : {error: {code: answer.code, message: answer.code}}),
					};
				},
			},
		});

	test('one name fails while another resolves: some-fail; a repeated host is looked up once; proxied hosts and IPs are not', async () => {
		const system = fake();
		const {evidence, lookups} = await probeResolveHosts(system, {
			...base,
			hosts: [
				{host: 'good.example', role: 'GOPROXY entry 1'},
				{host: 'gone.example', role: 'GOPROXY entry 2'},
				{host: 'GOOD.example', role: 'GOSUMDB'},
				{host: '127.0.0.1', role: 'GOPROXY entry 3'},
				{host: 'behind.example', role: 'VCS host', viaProxy: 'http://proxy:3128'},
			],
		});
		assert.deepEqual(system.netCalls, ['resolve good.example', 'resolve gone.example']);
		assert.equal(evidence.outcome, 'some-fail');
		assert.match(
			english(evidence.summary),
			/gone\.example \(GOPROXY entry 2\) does not resolve, while good\.example \(GOPROXY entry 1, GOSUMDB\) does/,
		);
		assert.equal(lookups.find((lookup) => lookup.host === 'behind.example')?.result, 'via-proxy');
	});

	test('nothing resolves: all-fail; one name the resolver says does not exist is that name', async () => {
		const all = await probeResolveHosts(fake(), {
			...base,
			hosts: [
				{host: 'slow.example', role: 'a'},
				{host: 'gone.example', role: 'b'},
			],
		});
		assert.equal(all.evidence.outcome, 'all-fail');
		const one = await probeResolveHosts(fake(), {...base, hosts: [{host: 'gone.example', role: 'a'}]});
		assert.equal(one.evidence.outcome, 'some-fail');
		const silent = await probeResolveHosts(fake(), {...base, hosts: [{host: 'slow.example', role: 'a'}]});
		assert.equal(silent.evidence.outcome, 'all-fail');
	});

	test('every lookup of the run counts: a resolver that answered for another host is not broken, and a host go fetched from resolved', async () => {
		const elsewhere = await probeResolveHosts(fake(), {
			...base,
			hosts: [
				{host: 'slow.example', role: 'a'},
				{host: 'gone.example', role: 'b'},
			],
			elsewhere: ['proxy.golang.org'],
		});
		assert.equal(elsewhere.evidence.outcome, 'some-fail');
		assert.match(english(elsewhere.evidence.summary), /In this run the resolver also answered for proxy\.golang\.org: it works\./);
		assert.match(elsewhere.evidence.output ?? '', /resolved earlier in this run: proxy\.golang\.org/);

		const fetched = await probeResolveHosts(fake(), {
			...base,
			hosts: [{host: 'slow.example', role: 'GOPROXY entry 1'}],
			goFetched: ['slow.example'],
		});
		assert.equal(fetched.evidence.outcome, 'all-resolve');
		assert.equal(fetched.lookups[0]?.result, 'go-fetched');
		assert.match(english(fetched.evidence.summary), /go itself fetched from slow\.example in this run/);
	});
});

describe("entryGoFetchedFrom: go's own result decides", () => {
	const values = {GOPROXY: 'https://a.example,https://b.example,direct'};
	test('a public module fetched in the run proves the first entry, unless | lets go skip it or nothing was fetched', () => {
		assert.deepEqual(entryGoFetchedFrom(['github.com/x/y@v1.0.0'], values), {url: 'https://a.example', raw: 'https://a.example'});
		assert.equal(entryGoFetchedFrom([], values), undefined, 'everything came from the cache');
		assert.equal(entryGoFetchedFrom(undefined, values), undefined);
		assert.equal(entryGoFetchedFrom(['github.com/x/y@v1.0.0'], {GOPROXY: 'https://a.example|https://b.example'}), undefined);
		assert.equal(entryGoFetchedFrom(['github.com/x/y@v1.0.0'], {GOPROXY: 'direct'}), undefined);
		assert.equal(
			entryGoFetchedFrom(['corp.example/x@v1.0.0'], {...values, GOPRIVATE: 'corp.example'}),
			undefined,
			'a private path never goes to a proxy',
		);
	});
});

describe('gosumdbTarget: GOSUMDB as go reads it', () => {
	test('the forms', () => {
		assert.equal(gosumdbTarget('')?.host, 'sum.golang.org');
		assert.equal(gosumdbTarget('off'), undefined);
		assert.equal(gosumdbTarget('sum.golang.google.cn')?.url, 'https://sum.golang.google.cn');
		assert.equal(gosumdbTarget('sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8')?.host, 'sum.golang.org');
		const mirrored = gosumdbTarget('sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8 https://sum.golang.google.cn');
		assert.deepEqual(mirrored, {name: 'sum.golang.org', url: 'https://sum.golang.google.cn', host: 'sum.golang.google.cn'});
		assert.equal(gosumdbTarget('sumdb.corp+key sumdb.corp:8443/x')?.url, 'https://sumdb.corp:8443/x');
	});
});

describe('the proxy settings checks', () => {
	test('checkProxyVariables: ALL_PROXY alone is called out; a set proxy is shown redacted', () => {
		assert.equal(checkProxyVariables({all_proxy: 'socks5://127.0.0.1:1080'}).outcome, 'all-proxy-only');
		const set = checkProxyVariables({https_proxy: 'http://u:pw@proxy:3128', HTTPS_PROXY: ''});
		assert.equal(set.outcome, 'set');
		assert.match(english(set.summary), /https_proxy=http:\/\/\*\*\*@proxy:3128/);
		assert.equal(checkProxyVariables({}).outcome, 'none');
	});

	test('checkNoProxyCoverage: an internal host sent to the proxy, until NO_PROXY names it', () => {
		const hosts = [
			{url: 'http://athens:3000', role: 'GOPROXY entry 1'},
			{url: 'https://proxy.golang.org', role: 'GOPROXY entry 2'},
		];
		const missing = checkNoProxyCoverage({HTTP_PROXY: 'http://p:1', HTTPS_PROXY: 'http://p:1'}, hosts);
		assert.equal(missing.outcome, 'internal-proxied');
		assert.deepEqual(missing.missing, ['athens']);
		assert.equal(checkNoProxyCoverage({HTTP_PROXY: 'http://p:1', NO_PROXY: 'athens'}, hosts).outcome, 'covered');
	});

	test('checkGoenvProxyLines: a proxy line in the GOENV file is one go never reads', async (t) => {
		const dir = await mkdtemp(path.join(tmpdir(), 'net-goenv-'));
		t.after(async () => rm(dir, {recursive: true, force: true}));
		const file = path.join(dir, 'env');
		await writeFile(file, 'GOPROXY=https://goproxy.cn\nHTTPS_PROXY=http://u:pw@proxy:3128\n');
		const found = await checkGoenvProxyLines(nodeFileSystem, file);
		assert.equal(found.outcome, 'ignored');
		assert.match(english(found.summary), /unknown go command variable/);
		assert.equal(found.output, 'HTTPS_PROXY=http://***@proxy:3128');
		assert.equal((await checkGoenvProxyLines(nodeFileSystem, path.join(dir, 'absent'))).outcome, 'none');
	});

	test('checkShellProfile: a profile line this environment does not have', async (t) => {
		const home = await mkdtemp(path.join(tmpdir(), 'net-home-'));
		t.after(async () => rm(home, {recursive: true, force: true}));
		await writeFile(
			path.join(home, '.bashrc'),
			'export PATH=$PATH:~/go/bin\nexport HTTPS_PROXY="http://proxy.corp:3128"\nexport NO_PROXY=$NO_PROXY,corp\n',
		);
		await mkdir(path.join(home, '.config', 'fish'), {recursive: true});
		await writeFile(path.join(home, '.config', 'fish', 'config.fish'), 'set -gx HTTP_PROXY http://proxy.corp:3128\n');
		const differs = await checkShellProfile(nodeFileSystem, {HOME: home});
		assert.equal(differs.outcome, 'differs');
		assert.deepEqual(
			differs.differences.map((item) => item.name),
			['HTTPS_PROXY', 'HTTP_PROXY'],
		);
		const same = await checkShellProfile(nodeFileSystem, {
			HOME: home,
			HTTPS_PROXY: 'http://proxy.corp:3128',
			HTTP_PROXY: 'http://proxy.corp:3128',
		});
		assert.equal(same.outcome, 'same');
	});

	test('proxyAssignmentsOf reads sh, bash and fish forms, and unset', () => {
		assert.deepEqual(
			proxyAssignmentsOf(
				"export https_proxy='http://a:1'\nHTTP_PROXY=http://b:2 # corp\nset -x NO_PROXY corp\nunset ALL_PROXY\nexport OTHER=1\n",
			),
			[
				{name: 'https_proxy', value: 'http://a:1'},
				{name: 'HTTP_PROXY', value: 'http://b:2'},
				{name: 'NO_PROXY', value: 'corp'},
				{name: 'ALL_PROXY', value: undefined},
			],
		);
	});

	test('the shell fixes: NO_PROXY keeps what is there; unset names both cases', () => {
		const fix = noProxyFix({no_proxy: 'localhost,.corp'}, ['athens']);
		assert.deepEqual(fix.shell, ['export NO_PROXY=localhost,.corp,athens', 'export no_proxy=localhost,.corp,athens']);
		assert.deepEqual(fix.env, {NO_PROXY: 'localhost,.corp,athens', no_proxy: 'localhost,.corp,athens'});
		const unset = unsetProxyFix('https_proxy', 'http://***@p:1');
		assert.deepEqual(unset.shell, ['unset HTTPS_PROXY https_proxy']);
		assert.deepEqual(Object.keys(unset.env ?? {}), ['HTTPS_PROXY', 'https_proxy']);
	});
});

describe('traceroute, only on request', () => {
	test('parseTraceroute reads hops and the silent ones', () => {
		const hops = parseTraceroute(
			'traceroute to 10.9.9.9 (10.9.9.9), 10 hops max, 60 byte packets\n 1  192.168.1.1  0.512 ms\n 2  *\n 3  *\n',
		);
		assert.deepEqual(hops, [{hop: 1, address: '192.168.1.1'}, {hop: 2}, {hop: 3}]);
	});

	test('the route stops after the last hop that answers', async () => {
		const argv = ['traceroute', '-n', '-w', '1', '-q', '1', '-m', '10', '10.9.9.9'];
		const fake = createFakeSystem({commands: {[argv.join(' ')]: commandResult(argv, {stdout: ' 1  192.168.1.1  0.5 ms\n 2  *\n'})}});
		const evidence = await probeTraceroute(fake, {...base, host: '10.9.9.9'});
		assert.equal(evidence.outcome, 'stops');
		assert.match(english(evidence.summary), /after hop 1 \(192\.168\.1\.1\)/);
	});

	test('traceroute to 127.0.0.1 with the real tool, or says it is not installed', async () => {
		const evidence = await probeTraceroute(system, {...base, host: '127.0.0.1'});
		if (evidence.outcome === 'unavailable') {
			assert.match(english(evidence.summary), /traceroute is not installed/);
		} else {
			assert.equal(evidence.outcome, 'reached', english(evidence.summary));
		}

		assert.equal(evidence.command, 'traceroute -n -w 1 -q 1 -m 10 127.0.0.1');
	});
});

test('loopbackAliases: names of /etc/hosts for 127.x other than localhost', () => {
	assert.deepEqual(
		loopbackAliases('127.0.0.1 localhost\n127.0.0.1 runsc vm # lab\n::1 ip6-localhost\n127.0.1.1 box.localhost box\n10.0.0.1 other\n'),
		['runsc', 'vm', 'box'],
	);
});
