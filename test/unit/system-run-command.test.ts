import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {setTimeout as delay} from 'node:timers/promises';
import {describe, test} from 'node:test';
import {forceKillAfterMs, outputCapBytes, runCommand} from '../../source/system/run-command.js';

const env = {PATH: process.env['PATH']};

/** True while `pid` exists and is not a zombie. */
async function isRunning(pid: number): Promise<boolean> {
	try {
		const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
		// The state follows the command name in parentheses: `1234 (sleep) S ...`.
		return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
	} catch {
		return false;
	}
}

async function waitUntilGone(pid: number, withinMs: number): Promise<boolean> {
	const deadline = Date.now() + withinMs;
	while (Date.now() < deadline) {
		if (!(await isRunning(pid))) {
			return true;
		}

		await delay(20);
	}

	return !(await isRunning(pid));
}

describe('runCommand', () => {
	invocationTests();
	limitTests();
});

/** How the child is started (argv, environment, locale, stdin) and how a failure or a missing program comes back. */
function invocationTests(): void {
	test('passes arguments as an array, never through a shell', async () => {
		const result = await runCommand({file: 'echo', args: ['$HOME', ';', 'rm -rf /', '`id`'], env, timeoutMs: 5000});
		assert.equal(result.stdout, '$HOME ; rm -rf / `id`');
		assert.equal(result.exitCode, 0);
		assert.deepEqual(result.argv, ['echo', '$HOME', ';', 'rm -rf /', '`id`']);
		assert.equal(result.timedOut, false);
		assert.equal(result.missing, false);
		assert.equal(result.errorMessage, undefined);
	});

	test('the child sees exactly the given environment, nothing inherited', async () => {
		const result = await runCommand({file: 'env', args: [], env: {PATH: env.PATH, ONLY_THIS: 'yes', DROPPED: undefined}, timeoutMs: 5000});
		const names = result.stdout.split('\n').map((line) => line.slice(0, line.indexOf('=')));
		assert.deepEqual(names.toSorted(), ['ONLY_THIS', 'PATH']);
	});

	test('parseable output sets LC_ALL=C and LANG=C', async () => {
		const result = await runCommand({
			file: 'sh',
			args: ['-c', 'echo "$LC_ALL/$LANG"'],
			env: {...env, LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8'},
			parseable: true,
			timeoutMs: 5000,
		});
		assert.equal(result.stdout, 'C/C');
	});

	test('a failing command is data: exit code and stderr', async () => {
		const result = await runCommand({file: 'sh', args: ['-c', 'echo out; echo oops >&2; exit 3'], env, timeoutMs: 5000});
		assert.equal(result.exitCode, 3);
		assert.equal(result.stdout, 'out');
		assert.equal(result.stderr, 'oops');
		assert.equal(result.errorMessage, undefined);
	});

	test('a program that is not installed is reported as missing', async () => {
		const result = await runCommand({file: 'gomod-doctor-no-such-tool', args: ['-v'], env, timeoutMs: 5000});
		assert.equal(result.missing, true);
		assert.equal(result.exitCode, undefined);
		assert.match(result.errorMessage ?? '', /gomod-doctor-no-such-tool: command not found/);
	});

	test('a missing working directory is not mistaken for a missing program', async () => {
		const result = await runCommand({file: 'ls', args: [], env, cwd: '/nonexistent/gomod-doctor', timeoutMs: 5000});
		assert.equal(result.missing, false);
		assert.match(result.errorMessage ?? '', /working directory \/nonexistent\/gomod-doctor does not exist/);
	});

	test('stdin is closed unless input is given', async () => {
		const closed = await runCommand({file: 'cat', args: [], env, timeoutMs: 5000});
		assert.equal(closed.timedOut, false);
		assert.equal(closed.stdout, '');
		const fed = await runCommand({file: 'cat', args: [], env, timeoutMs: 5000, input: 'hello\n'});
		assert.equal(fed.stdout, 'hello');
	});
}

/** Deadlines, SIGKILL, cancellation, the output cap and durations. */
function limitTests(): void {
	test('a deadline kills the child and everything it started', async () => {
		const started = performance.now();
		const result = await runCommand({file: 'sh', args: ['-c', 'sleep 30 & echo $!; wait'], env, timeoutMs: 400});
		const elapsed = performance.now() - started;
		assert.equal(result.timedOut, true);
		assert.equal(result.exitCode, undefined);
		assert.match(result.errorMessage ?? '', /timed out after 400 ms/);
		assert.ok(elapsed < 1500, `returned after ${Math.round(elapsed)} ms`);
		const grandchild = Number(result.stdout);
		assert.ok(Number.isInteger(grandchild) && grandchild > 0, `sleep's pid: ${result.stdout}`);
		assert.equal(await waitUntilGone(grandchild, 1000), true, 'the backgrounded sleep is still running');
	});

	test('a child that ignores SIGTERM is killed with SIGKILL', async () => {
		const started = performance.now();
		const result = await runCommand({file: 'sh', args: ['-c', 'trap "" TERM; sleep 20 & echo $!; wait'], env, timeoutMs: 200});
		const elapsed = performance.now() - started;
		assert.equal(result.timedOut, true);
		assert.ok(elapsed < 200 + forceKillAfterMs + 1000, `returned after ${Math.round(elapsed)} ms`);
		assert.equal(await waitUntilGone(Number(result.stdout), 1000), true);
	});

	test('the caller can cancel; an aborted signal does not even start it', async () => {
		const controller = new AbortController();
		setTimeout(() => {
			controller.abort();
		}, 150);
		const result = await runCommand({file: 'sleep', args: ['20'], env, timeoutMs: 10_000, signal: controller.signal});
		assert.equal(result.canceled, true);
		assert.equal(result.timedOut, false);
		assert.ok(result.durationMs < 1500);

		const before = await runCommand({file: 'sleep', args: ['20'], env, timeoutMs: 10_000, signal: AbortSignal.abort()});
		assert.equal(before.canceled, true);
		assert.equal(before.durationMs < 100, true);
	});

	test('output beyond the cap keeps its beginning and end; the command still succeeds', async () => {
		const total = outputCapBytes + 1_000_000;
		const result = await runCommand({
			file: 'sh',
			args: ['-c', String.raw`echo BEGIN; head -c ${total} /dev/zero | tr '\0' x; echo; echo END`],
			env,
			timeoutMs: 20_000,
		});
		assert.equal(result.exitCode, 0);
		assert.ok(result.stdout.startsWith('BEGIN\nxxx'));
		assert.ok(result.stdout.endsWith('xxx\nEND'));
		assert.match(result.stdout, /\[… \d+ bytes of output dropped …]/);
		assert.ok(result.stdout.length < outputCapBytes + 100);
	});

	test('durations are measured', async () => {
		const result = await runCommand({file: 'sleep', args: ['0.2'], env, timeoutMs: 5000});
		assert.ok(result.durationMs >= 180 && result.durationMs < 2000, `${result.durationMs} ms`);
	});
}
