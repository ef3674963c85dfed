/*
The verifier and the change ledger the fix appliers share: what a verification downloads again (what failed,
`--module`, or the whole module graph) and with which cache (an empty one, or the one a fix moved GOMODCACHE to);
which keys a session changed, and that nothing recorded means nothing to undo.
*/
import assert from 'node:assert/strict';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {test, type TestContext} from 'node:test';
import {createChangeLedger} from '../../source/fixes/change-ledger.js';
import {createVerifier} from '../../source/fixes/verify.js';
import type {Reproduction} from '../../source/go/reproduce-download.js';
import {say} from '../../source/i18n/index.js';
import {commandResult, createFakeSystem} from '../helpers/fake-system.js';

const failed = {failures: [{module: 'example.com/a', version: 'v1.0.0'}]} as unknown as Reproduction;

async function project(t: TestContext): Promise<{dir: string; env: Record<string, string>}> {
	const dir = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-verify-'));
	t.after(async () => rm(dir, {recursive: true, force: true}));
	return {dir, env: {HOME: dir, GOMODCACHE: path.join(dir, 'users-cache')}};
}

/** A go that downloads anything: records each download's argv and module cache. */
function downloads() {
	const seen: Array<{argv: string; cache: string | undefined}> = [];
	const answer = (spec: {file: string; args: readonly string[]; env: Readonly<Record<string, string | undefined>>}) => {
		seen.push({argv: [spec.file, ...spec.args].join(' '), cache: spec.env['GOMODCACHE']});
		return commandResult([spec.file, ...spec.args]);
	};

	const system = createFakeSystem({
		commands: {
			'go mod download -json -- example.com/a@v1.0.0': answer,
			'go mod download -json -- example.com/b@v2.0.0': answer,
			'go mod download -json': answer,
		},
	});
	return {system, seen};
}

test('a verification downloads what failed again, into an empty module cache', async (context) => {
	const {dir, env} = await project(context);
	const {system, seen} = downloads();
	const verify = createVerifier(system, {dir, timeoutMs: 5000, reproduced: () => failed});
	assert.equal((await verify({env, signal: AbortSignal.timeout(10_000)})).ok, true);
	assert.equal(seen[0]!.argv, 'go mod download -json -- example.com/a@v1.0.0');
	assert.notEqual(seen[0]!.cache, env['GOMODCACHE'], "not the user's cache");
	assert.match(seen[0]!.cache ?? '', /gomod-doctor-cache-/);
});

test('scope graph downloads the whole module graph; cache own uses the cache the environment names', async (context) => {
	const {dir, env} = await project(context);
	const {system, seen} = downloads();
	const verify = createVerifier(system, {dir, timeoutMs: 5000, reproduced: () => failed});
	await verify({env, signal: AbortSignal.timeout(10_000), scope: 'graph'});
	await verify({env, signal: AbortSignal.timeout(10_000), cache: 'own'});
	assert.deepEqual(
		seen.map((item) => [item.argv, item.cache === env['GOMODCACHE']]),
		[
			['go mod download -json', false],
			['go mod download -json -- example.com/a@v1.0.0', true],
		],
	);
});

test('--module is what every verification downloads', async (context) => {
	const {dir, env} = await project(context);
	const {system, seen} = downloads();
	const verify = createVerifier(system, {dir, module: 'example.com/b@v2.0.0', timeoutMs: 5000, reproduced: () => failed});
	await verify({env, signal: AbortSignal.timeout(10_000), scope: 'graph'});
	assert.equal(seen[0]!.argv, 'go mod download -json -- example.com/b@v2.0.0');
});

test('the ledger lists each key a session changed once; with nothing recorded there is nothing to undo', async (context) => {
	const {dir, env} = await project(context);
	const ledger = createChangeLedger(createFakeSystem(), {env: {...env, GOMOD_DOCTOR_STATE_DIR: dir}, cwd: dir, timeoutMs: 5000});
	assert.deepEqual(await ledger.undo(AbortSignal.timeout(10_000)), {ok: true, summary: say.actions.nothingToUndo, nothingToUndo: true});
	ledger.record('one', ['GOPROXY', 'GOSUMDB']);
	ledger.record('two', ['GOPROXY', 'go.sum']);
	assert.deepEqual(ledger.changedKeys(), ['GOPROXY', 'GOSUMDB', 'go.sum']);
});
