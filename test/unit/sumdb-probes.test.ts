import assert from 'node:assert/strict';
import {test} from 'node:test';
import {sumdbMirrors} from '../../source/flowcharts/sumdb/probe-sumdb-mirror.js';
import {parseGosumdb} from '../../source/go/sumdb-config.js';
import {parseVerifierKey} from '../../source/go/sumdb-note.js';
import {startGoproxyServer} from '../../source/lab/goproxy-server.js';
import {labGoSum} from '../../source/lab/lab-project.js';
import {createLabSumdbSigner, startSumdbServer} from '../../source/lab/sumdb-server.js';
import {probeSumdbLatest, probeSumdbLookup, probeSumdbSupported, sumdbRoute} from '../../source/probes/probe-sumdb.js';
import {createSystem} from '../../source/system/create-system.js';

const system = createSystem();
const run = {env: {PATH: process.env['PATH']}, timeoutMs: 5000};

test('the lab database answers /latest with a tree head its key verifies; another key or a closed port is told apart', async (t) => {
	const sumdb = await startSumdbServer();
	const down = await startSumdbServer({refuse: true});
	t.after(async () => sumdb.close());
	const key = parseVerifierKey(sumdb.verifierKey);
	const stranger = parseVerifierKey(createLabSumdbSigner().verifierKey);
	assert.ok(!('error' in key) && !('error' in stranger));
	assert.equal((await probeSumdbLatest(system, {base: sumdb.url, key, ...run})).outcome, 'ok');
	assert.equal((await probeSumdbLatest(system, {base: sumdb.url, key: stranger, ...run})).outcome, 'bad-signature');
	assert.equal((await probeSumdbLatest(system, {base: down.url, key, ...run})).outcome, 'refused');
});

test("a lookup returns go.sum's own lines for the version, and not-found for a module the database never saw", async (t) => {
	const sumdb = await startSumdbServer();
	t.after(async () => sumdb.close());
	const key = parseVerifierKey(sumdb.verifierKey);
	assert.ok(!('error' in key));
	const {result} = await probeSumdbLookup(system, {base: sumdb.url, key, module: 'example.com/lab/greet', version: 'v1.2.0', ...run});
	assert.equal(result.outcome, 'found');
	assert.ok(labGoSum().includes(`example.com/lab/greet v1.2.0 ${result.zip}\n`));
	assert.ok(labGoSum().includes(`example.com/lab/greet v1.2.0/go.mod ${result.mod}\n`));
	const missing = await probeSumdbLookup(system, {base: sumdb.url, key, module: 'example.com/lab/nothing', version: 'v1.0.0', ...run});
	assert.equal(missing.result.outcome, 'not-found');
	const hostile = await probeSumdbLookup(system, {base: sumdb.url, key, module: '-x', version: 'v1.0.0', ...run});
	assert.equal(hostile.result.outcome, 'error');
	assert.equal(sumdb.requests.length, 2, 'an invalid module path is never requested');
});

test("go's route to the database: a proxy that says it proxies it, else the database's own URL; GOSUMDB's URL skips the proxies", async (t) => {
	const sumdb = await startSumdbServer();
	const proxying = await startGoproxyServer({sumdb: {name: sumdb.name, url: sumdb.url}});
	const plain = await startGoproxyServer();
	t.after(async () => Promise.all([sumdb.close(), proxying.close(), plain.close()]));
	assert.equal((await probeSumdbSupported(system, {entryUrl: proxying.url, name: sumdb.name, ...run})).outcome, 'supported');
	assert.equal((await probeSumdbSupported(system, {entryUrl: plain.url, name: sumdb.name, ...run})).outcome, 'unsupported');

	const keyOnly = parseGosumdb(sumdb.verifierKey);
	assert.equal(keyOnly.kind, 'on');
	if (keyOnly.kind !== 'on') {
		return;
	}

	const route = await sumdbRoute(system, keyOnly, `${plain.url},${proxying.url},direct`, run);
	assert.equal(route.base, `${proxying.url}/sumdb/${sumdb.name}`);
	assert.equal(route.proxy, proxying.url);
	assert.equal(
		(await probeSumdbLatest(system, {base: route.base, key: keyOnly.key, ...run})).outcome,
		'ok',
		'the relayed tree head verifies',
	);
	assert.equal((await sumdbRoute(system, keyOnly, `${plain.url},direct`, run)).base, `https://${sumdb.name}`);
	const explicit = parseGosumdb(sumdb.gosumdb);
	assert.equal(explicit.kind === 'on' ? (await sumdbRoute(system, explicit, proxying.url, run)).base : '', sumdb.url);
});

test("mirrors: go's own alias for sum.golang.org and GOMOD_DOCTOR_SUMDB_MIRRORS, never the URL already failing", () => {
	assert.deepEqual(sumdbMirrors('sum.golang.org', {}, 'https://sum.golang.org'), ['https://sum.golang.google.cn']);
	assert.deepEqual(sumdbMirrors('sum.golang.org', {}, 'https://sum.golang.google.cn'), []);
	assert.deepEqual(sumdbMirrors('sum.lab.example', {GOMOD_DOCTOR_SUMDB_MIRRORS: 'http://127.0.0.1:9/, not a url'}, 'http://127.0.0.1:8'), [
		'http://127.0.0.1:9',
	]);
});
