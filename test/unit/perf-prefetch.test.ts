/*
What the checks after go's failure ask starts with the walks: the §3.1 content check's go.mod requests go out
beside the version lists (a slow proxy is waited for once, not twice), its answers are read by the check, not
asked again, and what no check reads is canceled when the diagnosis ends. The §2.2 check reads the walk's
version-list answer instead of asking a third time.
*/
import assert from 'node:assert/strict';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {test, type TestContext} from 'node:test';
import {mirrorChoiceFlowchart} from '../../source/flowcharts/mirror-choice/index.js';
import {proxyServerFlowchart as proxyServerInvestigation} from '../../source/flowcharts/proxy-server/index.js';
import {createPrefetch, runDiagnosis, type DiagnosisEvent} from '../../source/diagnose/run-diagnosis.js';
import type {Walk} from '../../source/flow/walk.js';
import {goEnvNames} from '../../source/go/read-go-settings.js';
import {hashGoMod} from '../../source/go/h1-hash.js';
import type {CommandSpec, HttpRequest, HttpResult} from '../../source/system/types.js';
import {argvKey, createFakeSystem, exited, httpResult, type FakeCommand} from '../helpers/fake-system.js';

const module = 'example.com/lab/greet';
const goModOfModule = `module ${module}\n\ngo 1.21\n`;
const env = {PATH: '/usr/bin:/bin', GOMOD_DOCTOR_CANARY: 'example.com/lab/hello'};

/** A project that requires the module at v1.2.0, with go.sum's hash of its go.mod. */
async function project(t: TestContext): Promise<string> {
	const dir = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-prefetch-'));
	t.after(async () => rm(dir, {recursive: true, force: true}));
	await writeFile(path.join(dir, 'go.mod'), `module example.com/app\n\ngo 1.21\n\nrequire ${module} v1.2.0\n`);
	await writeFile(path.join(dir, 'go.sum'), `${module} v1.2.0/go.mod ${hashGoMod(goModOfModule)}\n`);
	return dir;
}

/** Go's answers for a GOPROXY, the checks' answers for ports that are open (or not). */
function commands(goproxy: string, ports: Record<number, boolean>, extra: Record<string, FakeCommand> = {}): Record<string, FakeCommand> {
	const values = Object.fromEntries(goEnvNames.map((name) => [name, '']));
	Object.assign(values, {GOPROXY: goproxy, GOSUMDB: 'off', GOVERSION: 'go1.26.8', GOMODCACHE: '/nonexistent/mod', GOAUTH: 'netrc'});
	const argv = (spec: CommandSpec) => [spec.file, ...spec.args];
	const answers: Record<string, FakeCommand> = {
		'go version': (spec) => exited(argv(spec), 0, {stdout: 'go version go1.26.8 linux/amd64\n'}),
		[argvKey(['go', 'env', '-json', ...goEnvNames])]: (spec) => exited(argv(spec), 0, {stdout: JSON.stringify(values)}),
		'ping -c 1 -W 1 -n 127.0.0.1': (spec) => exited(argv(spec), 0, {stdout: '1 packets transmitted, 1 received, 0% packet loss\n'}),
		...extra,
	};
	for (const [port, open] of Object.entries(ports)) {
		answers[`nc -zv -n -w 2 127.0.0.1 ${port}`] = (spec) =>
			open
				? exited(argv(spec), 0, {stderr: `Connection to 127.0.0.1 ${port} port [tcp/*] succeeded!\n`})
				: exited(argv(spec), 1, {stderr: `nc: connect to 127.0.0.1 port ${port} (tcp) failed: Connection refused\n`});
	}

	return answers;
}

/** Resolves when `check` holds, polled; rejects after `ms`. */
async function until(check: () => boolean, ms: number, what: string): Promise<void> {
	const deadline = Date.now() + ms;
	while (!check()) {
		if (Date.now() > deadline) {
			throw new Error(`never happened: ${what}`);
		}

		await new Promise((resolve) => {
			setTimeout(resolve, 2);
		});
	}
}

test("§3.1: a slow proxy is asked for its go.mod while its version list is still coming; the check reads that answer; a dead proxy's request is canceled", async (t) => {
	const dir = await project(t);
	const started: string[] = [];
	const canceled: string[] = [];
	const system = createFakeSystem({
		commands: commands('http://127.0.0.1:1001,direct', {1001: true, 1002: true, 1003: false}),
		async http(request: HttpRequest): Promise<HttpResult> {
			started.push(request.url);
			const {pathname, port} = new URL(request.url);
			if (port === '1003') {
				// Nothing listens: the request never gets an answer until it is canceled.
				await new Promise((resolve) => {
					request.signal?.addEventListener('abort', resolve, {once: true});
				});
				canceled.push(request.url);
				return {...httpResult(request.url, 0), status: undefined, error: {code: 'canceled', message: 'canceled'}};
			}

			if (pathname.endsWith('/@v/list')) {
				if (port === '1002') {
					// The slow proxy answers its list only once its go.mod has been asked for: the two are not in a row.
					await until(
						() => started.includes('http://127.0.0.1:1002/example.com/lab/greet/@v/v1.2.0.mod'),
						3000,
						'the go.mod request of the slow proxy',
					);
				}

				return httpResult(request.url, 200, 'v1.1.0\nv1.2.0\n');
			}

			return httpResult(request.url, 200, goModOfModule);
		},
	});
	const events: DiagnosisEvent[] = [];
	await runDiagnosis(
		system,
		{
			dir,
			env,
			timeoutMs: 5000,
			candidates: ['http://127.0.0.1:1002', 'http://127.0.0.1:1003'],
			reproduce: false,
			investigations: [mirrorChoiceFlowchart],
		},
		(event) => {
			events.push(event);
		},
	);

	const mods = started.filter((url) => url.endsWith('.mod'));
	assert.deepEqual(
		mods.toSorted(),
		['http://127.0.0.1:1001', 'http://127.0.0.1:1002', 'http://127.0.0.1:1003'].map((base) => `${base}/${module}/@v/v1.2.0.mod`),
		'one go.mod request per proxy, none asked twice',
	);
	const ends = new Map(
		events.flatMap((event) =>
			event.type === 'walk-stepped' && event.walk.phase === 'done' && event.walk.flow === 'mirror-choice'
				? [[(event.walk.subject as unknown as {url: string}).url, (event.walk as Walk & {phase: 'done'}).current] as const]
				: [],
		),
	);
	assert.deepEqual(
		Object.fromEntries(ends),
		{'http://127.0.0.1:1001': 'correct', 'http://127.0.0.1:1002': 'correct'},
		'the proxies that answered are compared; the dead one is not walked',
	);
	assert.deepEqual(canceled, [`http://127.0.0.1:1003/${module}/@v/v1.2.0.mod`], "the dead proxy's request ends with the diagnosis");
});

test("§2.2: the entry's version-list answer from its walk is read again, not asked for a third time", async (t) => {
	const dir = await project(t);
	const failure = `go: ${module}@v1.2.0: reading http://127.0.0.1:1001/${module}/@v/v1.2.0.mod: 404 Not Found\n\tserver response: not found\n`;
	const system = createFakeSystem({
		commands: commands(
			'http://127.0.0.1:1001',
			{1001: true},
			{'go mod download -json': (spec) => exited([spec.file, ...spec.args], 1, {stderr: failure})},
		),
		http: (request) => httpResult(request.url, 404, 'not found', {durationMs: 11}),
	});
	const events: DiagnosisEvent[] = [];
	await runDiagnosis(system, {dir, env, timeoutMs: 5000, candidates: [], investigations: [proxyServerInvestigation]}, (event) => {
		events.push(event);
	});

	const lists = system.requests.map((request) => request.url).filter((url) => url === `http://127.0.0.1:1001/${module}/@v/list`);
	assert.equal(lists.length, 1, `the module's list was asked ${lists.length} times`);
	assert.ok(
		system.requests.some((request) => request.url === 'http://127.0.0.1:1001/example.com/lab/hello/@v/list'),
		'the canary is asked',
	);
	const stepped = events.filter((event): event is DiagnosisEvent & {type: 'walk-stepped'} => event.type === 'walk-stepped');
	const walk = stepped.findLast((event) => event.walk.flow === 'proxy-server')?.walk as (Walk & {phase: 'done'}) | undefined;
	assert.equal(walk?.phase, 'done');
	assert.equal(walk?.current, 'pathMapping', 'a 404 even for the canary: the path mapping is wrong');
	const response = walk?.visits.find((visit) => visit.node === 'response');
	assert.equal(response?.branch, 'not-found');
	assert.match(response?.evidence?.command ?? '', /^GET http:\/\/127\.0\.0\.1:1001\/example\.com\/lab\/greet\/@v\/list$/);
});

test('createPrefetch: the first identical request gets the answer fetched ahead, later and other requests are sent', async () => {
	const system = createFakeSystem({http: (request) => httpResult(request.url, 200, `answer ${request.url}`)});
	const prefetch = createPrefetch(system, {endsAt: Number.POSITIVE_INFINITY});
	const ahead = await prefetch.fetching.http({url: 'http://127.0.0.1:1/a', env, timeoutMs: 1000});
	assert.equal(system.requests.length, 1);
	assert.equal(await prefetch.serving.http({url: 'http://127.0.0.1:1/a', env, timeoutMs: 1000}), ahead, 'served from the prefetch');
	assert.equal(system.requests.length, 1, 'not sent again');
	await prefetch.serving.http({url: 'http://127.0.0.1:1/a', env, timeoutMs: 1000});
	await prefetch.serving.http({url: 'http://127.0.0.1:1/a', env, timeoutMs: 1000, binary: true});
	assert.equal(system.requests.length, 3, 'a second ask, and another kind of request, go out');
	prefetch.cancel();
	assert.equal(system.requests[0]?.signal?.aborted, true, 'cancel ends what was fetched ahead');
});
