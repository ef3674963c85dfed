/*
Issue 14, item 7: children run in process groups of their own, so a SIGKILL of gomod-doctor used to leave go,
git or openssl running. The watchdog (source/system/watchdog.ts) ends them when the tool dies.
*/
import assert from 'node:assert/strict';
import path from 'node:path';
import {test} from 'node:test';
import {setTimeout as sleep} from 'node:timers/promises';
import {execa} from 'execa';

async function sleepersWith(seconds: string): Promise<number[]> {
	const {stdout} = await execa('ps', ['-eo', 'pid=,args=']);
	return stdout.split('\n').flatMap((line) => {
		const [pid, ...args] = line.trim().split(/\s+/);
		return args.join(' ') === `sleep ${seconds}` ? [Number(pid)] : [];
	});
}

test('a child left running when the tool is killed with SIGKILL ends by itself', async () => {
	// A duration no other process uses, to find this test's sleep and nothing else.
	const seconds = `41.${process.pid}`;
	const tool = execa(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, '../fixtures/hostile/run-sleep.ts'), seconds], {
		reject: false,
	});
	let children: number[] = [];
	for (let tries = 0; tries < 100 && children.length === 0; tries++) {
		await sleep(100);

		children = await sleepersWith(seconds);
	}

	assert.equal(children.length, 1, 'the child started');
	// The tool tells the watchdog about the child on its next turn of the event loop, after the spawn: a kill within
	// that moment (which ps can catch on a loaded machine) finds nothing registered. A real kill -9 comes later.
	await sleep(500);
	tool.kill('SIGKILL');
	await tool;
	// The watchdog is a node process of its own: on a loaded machine it may take a few seconds to start and act.
	for (let tries = 0; tries < 200 && (await sleepersWith(seconds)).length > 0; tries++) {
		await sleep(50);
	}

	assert.deepEqual(await sleepersWith(seconds), [], 'the orphan ended itself');
});
