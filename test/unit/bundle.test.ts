/*
The built bundle (dist/, from `npm run build`, which `npm test` runs first) as users get it: it runs, the
wizard draws in a terminal (Ink loads yoga-layout with a top-level await: a bundle that breaks it fails
only there), and the start-up paths read only what they need, checked on the build's own metafile
(dist/metafile.json): `--version` reads no package at all, a command's first module reads no UI, no
process or HTTP library, and the wizard reads execa and undici only when its first check runs.
*/
import assert from 'node:assert/strict';
import {readFile, mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import {execa} from 'execa';
import {createHermeticGoEnv} from '../../source/lab/hermetic-env.js';
import {toolVersion} from '../../source/version.js';
import {cliPath, runCli} from '../helpers/cli.js';

const root = path.resolve(import.meta.dirname, '../..');

type Metafile = {
	outputs: Record<
		string,
		{entryPoint?: string; imports: Array<{path: string; kind: string; external?: boolean}>; inputs: Record<string, unknown>}
	>;
};

async function metafile(): Promise<Metafile> {
	return JSON.parse(await readFile(path.join(root, 'dist', 'metafile.json'), 'utf8')) as Metafile;
}

/** The output file built from `entryPoint` (the bundle's entry, or a module that is imported dynamically). */
function outputOf(meta: Metafile, entryPoint: string): string {
	const found = Object.entries(meta.outputs).find(([, output]) => output.entryPoint === entryPoint);
	assert.ok(found, `the build has an output for ${entryPoint}`);
	return found[0];
}

/** Every source file that is read when `output` is loaded: its static imports, transitively. */
function loadedInputs(meta: Metafile, output: string): Set<string> {
	const inputs = new Set<string>();
	const seen = new Set<string>();
	const pending = [output];
	for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
		if (seen.has(file)) {
			continue;
		}

		seen.add(file);
		const entry = meta.outputs[file];
		assert.ok(entry, `${file} is in the build`);
		for (const input of Object.keys(entry.inputs)) {
			inputs.add(input);
		}

		for (const imported of entry.imports) {
			if (imported.kind === 'import-statement' && imported.external !== true) {
				pending.push(imported.path);
			}
		}
	}

	return inputs;
}

function packagesIn(inputs: Set<string>): Set<string> {
	return new Set([...inputs].map((input) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1]).filter((name) => name !== undefined));
}

test('the bundle runs: --version, --help, and classify on a log', async (t) => {
	const directory = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-bundle-'));
	t.after(async () => rm(directory, {recursive: true, force: true}));
	const env = {PATH: process.env['PATH'], HOME: directory, LANG: 'C.UTF-8'};

	const version = await runCli(['--version'], {env, timeoutMs: 20_000});
	assert.equal(version.exitCode, 0);
	assert.equal(version.stdout, toolVersion);

	const help = await runCli(['--help'], {env, timeoutMs: 20_000});
	assert.equal(help.exitCode, 0);
	for (const command of ['diagnose', 'classify', 'undo', 'lab']) {
		assert.match(help.stdout, new RegExp(String.raw`gomod-doctor ${command}\b`));
	}

	const classified = await runCli(['classify', '--json', path.join(root, 'test/fixtures/go-output/proxy-502.txt')], {
		env,
		timeoutMs: 20_000,
	});
	assert.equal(classified.exitCode, 1, classified.stderr);
	const report = JSON.parse(classified.stdout) as {kind: string; primary?: {category: string}};
	assert.equal(report.kind, 'classified');
	assert.equal(report.primary?.category, 'proxy-bad-response');
});

test('the bundled wizard draws its first frame in a terminal (Ink, React and yoga load) and quits on q', async (t) => {
	const directory = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-bundle-'));
	t.after(async () => rm(directory, {recursive: true, force: true}));
	const {env} = await createHermeticGoEnv({root: directory, goenv: {GOPROXY: 'off', GOSUMDB: 'off'}});
	const quote = (word: string) => `'${word.replaceAll("'", String.raw`'\''`)}'`;
	const line = `stty cols 100 rows 40; exec ${[process.execPath, cliPath, '--dir', directory, '--transcript-dir', path.join(directory, 'transcripts')].map((word) => quote(word)).join(' ')}`;
	// Util-linux `script` gives the wizard a pseudo-terminal.
	const child = execa('script', ['-qfc', line, '/dev/null'], {
		env: {...(env as Record<string, string>), SHELL: '/bin/sh', TERM: 'xterm-256color', CI: 'false', LANG: 'C.UTF-8'},
		extendEnv: false,
		reject: false,
		stdin: 'pipe',
		timeout: 30_000,
		forceKillAfterDelay: 1000,
	});
	let output = '';
	let quit = false;
	child.stdout.on('data', (chunk: Buffer) => {
		output += chunk.toString('utf8');
		if (!quit && /gomod-doctor \S+ · /.test(output)) {
			quit = true;
			child.stdin.write('q');
		}
	});
	const result = await child;
	assert.equal(result.timedOut, false, `the wizard ended after q; it showed:\n${output}`);
	assert.match(
		output,
		new RegExp(
			`gomod-doctor ${toolVersion.replaceAll('.', String.raw`\.`)} · ${directory.replaceAll(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`)}`,
		),
	);
});

test('--version reads no package; a command starts without UI, process or HTTP libraries', async () => {
	const meta = await metafile();
	const versionPath = loadedInputs(meta, 'dist/cli.js');
	assert.deepEqual([...packagesIn(versionPath)], [], '--version is answered by the entry alone');
	assert.ok(![...versionPath].includes('cli.tsx'), 'cli.tsx (meow, the catalogs) loads after --version is answered');

	const commandLine = packagesIn(loadedInputs(meta, outputOf(meta, 'cli.tsx')));
	for (const heavy of ['ink', 'react', 'yoga-layout', 'undici', 'execa', 'meow', 'fflate']) {
		assert.ok(!commandLine.has(heavy), `cli.tsx loads ${heavy} only for the command that needs it`);
	}

	const classify = packagesIn(loadedInputs(meta, outputOf(meta, 'source/commands/run-classify.ts')));
	for (const heavy of ['ink', 'react', 'yoga-layout', 'undici', 'execa']) {
		assert.ok(!classify.has(heavy), `classify runs nothing and draws nothing: it does not load ${heavy}`);
	}

	const wizard = packagesIn(loadedInputs(meta, outputOf(meta, 'source/commands/run-wizard.tsx')));
	assert.ok(wizard.has('ink') && wizard.has('yoga-layout'), 'the wizard module brings Ink and yoga');
	for (const adapter of ['undici', 'execa']) {
		assert.ok(!wizard.has(adapter), `the wizard draws its first frame before ${adapter} loads (create-lazy-system)`);
	}
});

test('the HTTP adapter reads undici’s agents and request API, not its index (fetch, WebSocket, caches, mocks)', async () => {
	const meta = await metafile();
	const http = [...loadedInputs(meta, outputOf(meta, 'source/system/http-client.ts'))].filter((input) =>
		input.includes('node_modules/undici/'),
	);
	for (const needed of ['lib/dispatcher/agent.js', 'lib/dispatcher/proxy-agent.js', 'lib/api/api-request.js', 'lib/api/api-connect.js']) {
		assert.ok(
			http.some((input) => input.endsWith(`undici/${needed}`)),
			`undici's ${needed} is in the adapter`,
		);
	}

	for (const unused of [
		'undici/index.js',
		'undici/lib/web/fetch/index.js',
		'undici/lib/web/websocket/',
		'undici/lib/web/eventsource/',
		'undici/lib/mock/',
		'undici/lib/cache/',
	]) {
		assert.ok(!http.some((input) => input.includes(unused)), `the adapter does not read ${unused}`);
	}
});
