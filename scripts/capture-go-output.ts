/*
Regenerates test/fixtures/go-output/<scenario>.txt: what the real `go` prints for each failing lab scenario,
for the error classifier's tests. Run with `npx tsx scripts/capture-go-output.ts [scenario ...]`.

It runs `go mod download -json`, plain `go mod download` and `go mod download -json MODULE@VERSION` (whose
errors go into the JSON `Error` field instead of stderr) in a fresh lab each, so that nothing one run leaves in
the module cache changes the next. The random port numbers are kept as go printed them.

Runs execa directly, like the integration tests, with an argument array, the lab's complete environment
(`extendEnv: false`) and a deadline. (Once `createSystem` exists, its `run` adapter could take over.)
*/
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {execa} from 'execa';
import {listScenarios, type Scenario} from '../source/lab/scenarios.js';
import {startLab} from '../source/lab/start-lab.js';

const fixtureDirectory = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'go-output');

/** How long go may run; a hanging proxy is cut off sooner. */
const timeoutMs = 20_000;
const hangTimeoutMs = 3000;

type Capture = {
	readonly args: readonly string[];
	readonly exitCode: number | undefined;
	readonly timedOut: boolean;
	readonly stdout: string;
	readonly stderr: string;
	readonly goproxy: string;
};

async function runInFreshLab(scenario: Scenario, args: readonly string[]): Promise<Capture> {
	const lab = await startLab(scenario.id);
	try {
		const result = await execa('go', args, {
			cwd: lab.dir,
			// A safety net: should go ever reach `direct`, its HTTPS fetch goes to a closed loopback port, not to
			// DNS and the internet. Go never proxies loopback GOPROXY requests, so the scenarios are unaffected.
			env: {...lab.env, HTTPS_PROXY: 'http://127.0.0.1:1'},
			extendEnv: false,
			reject: false,
			stdin: 'ignore',
			timeout: scenario.goHangs === true ? hangTimeoutMs : timeoutMs,
		});
		return {
			args,
			exitCode: result.exitCode,
			timedOut: result.timedOut,
			stdout: result.stdout,
			stderr: result.stderr,
			goproxy: lab.goproxy,
		};
	} finally {
		await lab.close();
	}
}

async function goVersion(): Promise<string> {
	const lab = await startLab('healthy');
	try {
		const result = await execa('go', ['version'], {env: lab.env, extendEnv: false, reject: false, stdin: 'ignore', timeout: 10_000});
		return result.stdout.trim();
	} finally {
		await lab.close();
	}
}

function section(capture: Capture): string {
	const outcome = capture.timedOut ? `killed after ${hangTimeoutMs / 1000} s (no exit code)` : `exit code ${capture.exitCode ?? 'none'}`;
	return [
		`==> go ${capture.args.join(' ')}`,
		`==> GOPROXY=${capture.goproxy}`,
		`==> ${outcome}`,
		'==> stdout',
		capture.stdout,
		'==> stderr',
		capture.stderr,
		'',
	].join('\n');
}

async function capture(scenario: Scenario, version: string): Promise<string> {
	const json = await runInFreshLab(scenario, ['mod', 'download', '-json']);
	const plain = await runInFreshLab(scenario, ['mod', 'download']);
	const jsonOne = await runInFreshLab(scenario, ['mod', 'download', '-json', 'example.com/lab/hello@v1.0.0']);
	const file = path.join(fixtureDirectory, `${scenario.id}.txt`);
	const header = [
		`# ${scenario.id}: ${scenario.description}`,
		`# Expected verdict: ${scenario.expected.category}, GOPROXY entry ${scenario.expected.entryIndex ?? '-'}.`,
		`# Real output of ${version} in a gomod-doctor lab (hermetic env, GOSUMDB=off, go.sum present).`,
		'# Sections start with "==> "; ports are random and left as go printed them.',
		'# Regenerate: npx tsx scripts/capture-go-output.ts',
		'',
	].join('\n');
	await writeFile(file, header + section(json) + section(plain) + section(jsonOne));
	return file;
}

const wanted = process.argv.slice(2);
const selected = listScenarios().filter((scenario) => scenario.id !== 'healthy' && (wanted.length === 0 || wanted.includes(scenario.id)));
await mkdir(fixtureDirectory, {recursive: true});
const version = await goVersion();
for (const scenario of selected) {
	// One scenario at a time, so that the files appear in a stable order and a small machine is not swamped.
	const file = await capture(scenario, version);
	console.log(path.relative(process.cwd(), file));
}
