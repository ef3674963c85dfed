/*
Bad input and bad environments, through the built CLI: each gets a clear message or finding, the documented
exit status (0 nothing wrong, 1 a problem found, 2 usage or tool failure) and never a stack trace. go missing
from PATH; ping, nc and openssl missing (the checks fall back on Node and say so); git missing (explained); a
directory without go.mod; a malformed go.mod; GOPROXY values go cannot parse; flags that are wrong in every
way; NO_COLOR; stdin closed. Nothing leaves 127.0.0.1: candidates are off or loopback.
*/
import assert from 'node:assert/strict';
import {mkdir, mkdtemp, rm, symlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, test, type TestContext} from 'node:test';
import {execa} from 'execa';
import {createHermeticGoEnv} from '../../source/lab/hermetic-env.js';
import {startLab} from '../../source/lab/start-lab.js';
import {cliPath, runCli} from '../helpers/cli.js';

async function hermetic(t: TestContext, goMod?: string) {
	const root = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-robust-'));
	t.after(async () => rm(root, {recursive: true, force: true}));
	const made = await createHermeticGoEnv({root, goenv: {GOPROXY: 'off', GOSUMDB: 'off'}, extra: {GOMOD_DOCTOR_CANDIDATES: 'off'}});
	const dir = path.join(root, 'project');
	await mkdir(dir);
	if (goMod !== undefined) {
		await writeFile(path.join(dir, 'go.mod'), goMod);
	}

	return {root, dir, env: made.env};
}

/** A directory to use as PATH holding only the named programs (symlinks to the real ones). */
async function pathWith(root: string, programs: readonly string[]): Promise<string> {
	const bin = path.join(root, 'bin');
	await mkdir(bin, {recursive: true});
	for (const program of programs) {
		const real = (await execa('sh', ['-c', `command -v ${program}`])).stdout.trim();

		await symlink(real, path.join(bin, program));
	}

	return bin;
}

function noStackTrace(text: string): void {
	assert.doesNotMatch(text, /\n\s+at .+:\d+:\d+|node:internal|TypeError|ReferenceError/, `no stack trace:\n${text}`);
}

describe('bad environments', () => {
	missingProgramTests();
	badInputTests();
});

/** Programs missing from PATH: go, ping, nc and openssl, git. */
function missingProgramTests(): void {
	test('go is not on PATH: a go-missing finding that says how to install it, exit 1; undo still answers', async (t) => {
		const {root, dir, env} = await hermetic(t, 'module example.com/m\n\ngo 1.22\n');
		const bare = {...env, PATH: await pathWith(root, [])};
		const text = await runCli(['diagnose', '--dir', dir], {env: bare});
		assert.equal(text.exitCode, 1, text.stderr);
		assert.match(text.stdout, /go is not installed or not on PATH/);
		assert.match(text.stdout, /https:\/\/go\.dev\/dl\//);
		noStackTrace(text.stdout + text.stderr);
		const json = await runCli(['diagnose', '--json', '--dir', dir], {env: bare});
		assert.equal((JSON.parse(json.stdout) as {findings: Array<{category: string}>}).findings[0]?.category, 'go-missing');
		// The bare command without a terminal prints the same report.
		const wizard = await runCli(['--dir', dir], {env: bare});
		assert.equal(wizard.exitCode, 1);
		assert.match(wizard.stdout, /go is not installed/);
		const undo = await runCli(['undo', '--dir', dir], {env: bare});
		assert.equal(undo.exitCode, 0);
		assert.match(undo.stdout, /Nothing to undo/);
	});

	test("ping, nc and openssl are missing: ping is explained, nc falls back on Node's net, and the run still concludes (lab: proxy-down)", async (t) => {
		const lab = await startLab('proxy-down');
		t.after(async () => lab.close());
		const root = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-robust-'));
		t.after(async () => rm(root, {recursive: true, force: true}));
		const env = {...lab.env, PATH: await pathWith(root, ['go'])};
		const run = await runCli(['diagnose', '--dir', lab.dir, '--timeout', '4', '--candidates', lab.candidates.join(',')], {env});
		assert.equal(run.exitCode, 1, run.stderr);
		noStackTrace(run.stdout + run.stderr);
		assert.match(
			run.stdout.replaceAll(/\n\s+/g, ' '),
			/Conclusion: GOPROXY entry 1 \(http:\/\/127\.0\.0\.1:\d+\) refuses connections; go stops there\./,
		);
		assert.match(run.stdout, /ping is not installed: ICMP cannot be checked here; the port check decides\./, 'ping: explained');
		assert.match(
			run.stdout,
			/\$ nc -zv -n -w \d+ 127\.0\.0\.1 \d+ {2}\(via node:net\)/,
			'nc: Node checked instead, and the command says so',
		);
		assert.match(run.stdout, /nc is not installed, so Node's net\.connect checked instead/);
	});

	test("git is missing: go's error is explained as vcs, with what to do", async (t) => {
		const {env} = await hermetic(t);
		const log = 'go: example.com/private/lib@v1.0.0: git ls-remote -q origin in /tmp/x: exec: "git": executable file not found in $PATH\n';
		const run = await runCli(['classify', '--json'], {env, input: log});
		assert.equal(run.exitCode, 1);
		const result = JSON.parse(run.stdout) as {primary: {category: string; explanation: string; fixes: Array<{title: string}>}};
		assert.equal(result.primary.category, 'vcs');
		assert.match(`${result.primary.explanation} ${result.primary.fixes.map((fix) => fix.title).join(' ')}`, /git/i);
	});
}

/** No go.mod, a malformed one, GOPROXY values go cannot parse, NO_COLOR without a terminal, stdin closed. */
function badInputTests(): void {
	test('a directory without go.mod: a no-module finding, exit 1', async (t) => {
		const {dir, env} = await hermetic(t);
		const run = await runCli(['diagnose', '--dir', dir], {env});
		assert.equal(run.exitCode, 1);
		assert.match(run.stdout, /There is no go\.mod in /);
		noStackTrace(run.stdout + run.stderr);
	});

	test("a malformed go.mod: go's own parse error with its line, exit 1", async (t) => {
		const {dir, env} = await hermetic(t, 'module \u0000bad\ngo 1.2.3.4\nrequire (\n');
		const run = await runCli(['diagnose', '--dir', dir, '--timeout', '5'], {env});
		assert.equal(run.exitCode, 1, run.stderr);
		assert.match(run.stdout, /errors parsing go\.mod:\s*\S*go\.mod:1:\d+/);
		noStackTrace(run.stdout + run.stderr);
	});

	for (const goproxy of [':::', 'ht!tp://x', 'http://127.0.0.1:1\u0001x', '-x']) {
		test(`GOPROXY ${JSON.stringify(goproxy)} that go cannot parse: a goproxy-config finding, exit 1`, async (t) => {
			const {dir, env} = await hermetic(t, 'module example.com/m\n\ngo 1.22\n\nrequire example.com/lab/greet v1.2.0\n');
			const run = await runCli(['diagnose', '--json', '--dir', dir, '--timeout', '5'], {env: {...env, GOPROXY: goproxy}});
			assert.equal(run.exitCode, 1, run.stderr);
			const report = JSON.parse(run.stdout) as {findings: Array<{category: string}>};
			assert.ok(
				report.findings.some((finding) => finding.category === 'goproxy-config'),
				JSON.stringify(report.findings.map((finding) => finding.category)),
			);
			noStackTrace(run.stderr);
		});
	}

	test('NO_COLOR and no terminal: plain text, no escape sequences', async (t) => {
		const {dir, env} = await hermetic(t);
		for (const args of [['diagnose', '--dir', dir], ['--dir', dir], ['classify']]) {
			const run = await runCli(args, {env: {...env, NO_COLOR: '1', TERM: 'dumb'}, input: 'go: x@v1: 502 Bad Gateway\n'});

			assert.doesNotMatch(run.stdout + run.stderr, /\u001B\[/, args.join(' '));
		}
	});

	test('stdin closed (not even /dev/null): the wizard falls back to the report, classify says there was nothing', async (t) => {
		const {dir, env} = await hermetic(t);
		const closed = async (args: string[]) =>
			execa('sh', ['-c', `exec "$0" "$@" <&-`, process.execPath, cliPath, ...args], {
				env: {...(env as Record<string, string>), CI: 'true'},
				extendEnv: false,
				reject: false,
				timeout: 30_000,
			});
		const wizard = await closed(['--dir', dir]);
		assert.equal(wizard.exitCode, 1, wizard.stderr);
		assert.match(wizard.stderr, /no terminal here/);
		noStackTrace(wizard.stderr);
		const classify = await closed(['classify']);
		assert.ok(classify.exitCode === 0 || classify.exitCode === 2, `exit ${classify.exitCode}`);
		assert.notEqual(`${classify.stdout}${classify.stderr}`.trim(), '');
		noStackTrace(classify.stdout + classify.stderr);
	});
}

describe('bad flags: a short message on stderr, exit 2', () => {
	const cases: Array<[string[], RegExp]> = [
		[['diagnose', '--frobnicate'], /Unknown flag/],
		[['undo', '--frobnicate'], /Unknown flag/],
		[['diagnose', '--timeout', '-1'], /--timeout "-1": give the deadline in seconds, from 0\.5 to 600/],
		[['diagnose', '--timeout', '1e9'], /--timeout "1e9"/],
		[['diagnose', '--timeout', 'NaN'], /--timeout "NaN"/],
		[['diagnose', '--timeout', 'Infinity'], /--timeout "Infinity"/],
		[['diagnose', '--timeout='], /--timeout ""/],
		[['diagnose', '--timeout', '0x10'], /--timeout "0x10"/],
		[['lab', 'proxy-down', '--timeout', 'soon'], /--timeout "soon"/],
		[['diagnose', '--dir', '/dev/null'], /--dir \/dev\/null: not a directory/],
		[['diagnose', '--dir', '/nonexistent/deeper/still'], /no such directory/],
		[['diagnose', '--module', 'example.com/x@v1\u0001'], /--module/],
		[['diagnose', '--module', '--dir'], /--module|--dir/],
		[['classify', 'a', 'b'], /unexpected argument "b"/],
		[['diagnose', 'extra'], /unexpected argument "extra"/],
		// Issue 14: these gave "internal error: The flag --timeout can only be set once" and "Unknown flag --module".
		[['diagnose', '--timeout', '5', '--timeout', '6'], /--timeout is given twice: give it once/],
		[['diagnose', '--timeout=5', '--timeout=6'], /--timeout is given twice/],
		[
			['diagnose', '--module=example.com/x\nexample.com/y'],
			/--module "example\.com\/x\\nexample\.com\/y": .* contains whitespace or control characters/,
		],
	];
	for (const [args, message] of cases) {
		test(args.map((arg) => JSON.stringify(arg)).join(' '), async (t) => {
			const {env} = await hermetic(t);
			const run = await runCli(args, {env});
			assert.equal(run.exitCode, 2, `${run.stdout}${run.stderr}`);
			assert.match(run.stderr, message);
			assert.ok(run.stderr.trim().split('\n').length <= 2, `short: ${run.stderr}`);
			noStackTrace(run.stderr);
		});
	}
});

test('a working directory whose name is not UTF-8: diagnosed, not "no such directory" (issue 14)', async (t) => {
	const {env, root} = await hermetic(t, 'module example.com/app\n\ngo 1.22\n');
	// Node cannot name such a directory: the shell makes it and starts the CLI in it ("proj" and the byte 0xff).
	const run = await execa(
		'sh',
		[
			'-c',
			String.raw`dir="$1/proj$(printf "\377")" && mkdir "$dir" && cp "$1/project/go.mod" "$dir/" && cd "$dir" && exec "$2" "$3" diagnose --json --timeout 3`,
			'sh',
			root,
			process.execPath,
			cliPath,
		],
		{
			env: {...(env as Record<string, string>), CI: 'true'},
			extendEnv: false,
			reject: false,
		},
	);
	assert.ok(run.exitCode === 0 || run.exitCode === 1, `${run.stdout}${run.stderr}`);
	assert.doesNotMatch(run.stderr, /no such directory/);
	const report = JSON.parse(run.stdout) as {go?: unknown};
	assert.ok(report.go !== undefined, 'go was asked for its settings in that directory');
});

test('a --dir the user may not read: a usage error that says so, not a go that "cannot report its settings" (issue 14)', async (t) => {
	const {root, dir, env} = await hermetic(t, 'module example.com/app\n\ngo 1.22\n');
	await execa('chmod', ['000', dir]);
	// Root reads every directory, so as root the CLI runs as nobody, from a world-readable copy of the build.
	let command = [process.execPath, cliPath];
	let runEnv = env as Record<string, string>;
	if (process.getuid?.() === 0) {
		const app = path.join(root, 'app');
		await execa('cp', ['-r', path.dirname(cliPath), app]);
		const home = path.join(root, 'nobody-home');
		await mkdir(home);
		await execa('chmod', ['-R', 'a+rX', root]);
		await execa('chmod', ['000', dir]);
		await execa('chown', ['nobody', home]);
		command = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, path.join(app, 'cli.js')];
		runEnv = {
			...runEnv,
			HOME: home,
			GOENV: path.join(home, 'env'),
			GOMODCACHE: path.join(home, 'mod'),
			GOPATH: path.join(home, 'gopath'),
			GOCACHE: path.join(home, 'cache'),
		};
	}

	const [file, ...args] = command as [string, ...string[]];
	let run;
	try {
		run = await execa(file, [...args, 'diagnose', '--dir', dir, '--timeout', '3'], {
			env: {...runEnv, CI: 'true'},
			extendEnv: false,
			reject: false,
			cwd: tmpdir(),
		});
	} finally {
		await execa('chmod', ['755', dir]);
	}

	assert.equal(run.exitCode, 2, `${run.stdout}${run.stderr}`);
	assert.match(run.stderr, /--dir \S+: cannot be read: permission denied \(EACCES\)/);
	assert.doesNotMatch(`${run.stdout}${run.stderr}`, /cannot report its settings|goproxy-config/);
});

test('GOENV is a FIFO (go env hangs on it): one deadline covers the whole run, not one per go command (issue 14)', async (t) => {
	const {env, root, dir} = await hermetic(t, 'module example.com/app\n\ngo 1.22\n');
	const fifo = path.join(root, 'goenv-fifo');
	await execa('mkfifo', [fifo]);
	// NETRC too: the redactor reads .netrc for the passwords to hide, and must not wait on a FIFO either.
	const run = await runCli(['diagnose', '--dir', dir, '--timeout', '2'], {env: {...env, GOENV: fifo, NETRC: fifo}, timeoutMs: 30_000});
	// Before: 2 s for go version and go env, then 2 s more for the same commands again with GOTOOLCHAIN=local. The
	// report's own duration leaves node's start-up out, which a loaded machine stretches.
	const took = Number(/Took ([\d.]+) s/.exec(run.stdout)?.[1]);
	assert.ok(took < 2 + 1.5, `${took} s`);
	// The report is wrapped to 80 columns: the sentence may break at any space.
	assert.match(run.stdout, /cannot\s+report\s+its\s+settings:\s+go\s+version\s+did\s+not\s+finish\s+in\s+2\s+s/);
});
