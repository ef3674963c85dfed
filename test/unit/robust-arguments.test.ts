/*
No shell, and no untrusted value as an option. Values from users, go.mod, error messages and the network
(hosts, module queries, go env values, journal entries) are checked before they become arguments: generated
hostile values (a leading `-`, control characters, line breaks, shell syntax) never reach a command's argv,
and every command in source/ names its program literally.
*/
import assert from 'node:assert/strict';
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, test} from 'node:test';
import fc from 'fast-check';
import {validateCommandArgv} from '../../source/fixes/apply-command.js';
import {goEnvCommands, validateChanges} from '../../source/fixes/apply-go-env.js';
import {reproduceDownload, validateModuleQuery} from '../../source/go/reproduce-download.js';
import {checkHost} from '../../source/probes/probe-support.js';
import {probePing} from '../../source/probes/probe-ping.js';
import {probeTcpConnect} from '../../source/probes/probe-tcp-connect.js';
import {probeTls} from '../../source/probes/probe-tls.js';
import type {CommandSpec, System} from '../../source/system/types.js';
import {createFakeSystem, exited} from '../helpers/fake-system.js';

const root = path.resolve(import.meta.dirname, '../..');

/** Values an attacker (or a corrupt go.mod, or a hostile proxy's error text) could supply. */
const hostile = fc.oneof(
	fc.constantFrom(
		'-oProxyCommand=touch /tmp/pwned',
		'-e/bin/sh',
		'--help',
		'-',
		'-x@v1.0.0',
		'a\nb',
		'a\u0000b',
		'a\rb',
		'a b',
		'$(id)',
		'`id`',
		'a;id',
		'a|id',
		'a&&id',
		"a'b",
		'\u001B[31m',
	),
	fc.string({maxLength: 20}).map((text) => `-${text}`),
	fc
		.tuple(fc.string({maxLength: 10}), fc.constantFrom('\n', '\r', '\u0000', '\u0007', '\u007F', '\t'), fc.string({maxLength: 10}))
		.map(([a, c, b]) => `${a}${c}${b}`),
);

/** A system that records every command and answers nothing (resolution and connections fail). */
function recording(): {system: System; commands: CommandSpec[]} {
	const fake = createFakeSystem({
		net: {
			resolve: (() => ({ok: false, code: 'ENOTFOUND', message: 'no such host', durationMs: 1})) as never,
			connect: (() => ({ok: false, code: 'ECONNREFUSED', message: 'refused', durationMs: 1})) as never,
			tlsHandshake: (() => ({ok: false, code: 'ECONNREFUSED', message: 'refused', durationMs: 1})) as never,
		},
	});
	const system: System = {
		...fake,
		async run(spec) {
			fake.commands.push(spec);
			return exited([spec.file, ...spec.args], 1);
		},
	};
	return {system, commands: fake.commands};
}

function assertNotAnArgument(commands: readonly CommandSpec[], value: string): void {
	for (const spec of commands) {
		for (const argument of spec.args) {
			assert.ok(
				!argument.includes(value) || value === '',
				`${JSON.stringify(value)} became part of ${JSON.stringify([spec.file, ...spec.args])}`,
			);
		}
	}
}

describe('untrusted values never become options or carry control characters into an argv', () => {
	test('host names: checkHost refuses them, and the ping, nc and openssl probes run nothing with them', async () => {
		await fc.assert(
			fc.asyncProperty(hostile, async (host) => {
				assert.notEqual(checkHost(host), undefined, `checkHost accepted ${JSON.stringify(host)}`);
				const {system, commands} = recording();
				const run = {env: {PATH: '/usr/bin'}, timeoutMs: 1000};
				await probePing(system, {...run, host}).catch(() => undefined);
				await probeTcpConnect(system, {...run, host, port: 443}).catch(() => undefined);
				await probeTls(system, {...run, host, port: 443}).catch(() => undefined);
				assertNotAnArgument(commands, host);
			}),
			{numRuns: 300},
		);
	});

	test('module queries (--module, go.mod, error text): refused, and go is never run with them', async () => {
		await fc.assert(
			fc.asyncProperty(hostile, async (module) => {
				assert.equal(validateModuleQuery(module).ok, false, `accepted ${JSON.stringify(module)}`);
				const {system, commands} = recording();
				await reproduceDownload(system, {env: {PATH: '/usr/bin'}, cwd: '/nonexistent', module, timeoutMs: 1000}).catch(() => undefined);
				assertNotAnArgument(commands, module);
			}),
			{numRuns: 300},
		);
	});

	test('go env changes: a key that is not a variable name, or a value with a control character, is refused', () => {
		fc.assert(
			fc.property(hostile, (value) => {
				assert.notEqual(validateChanges([{key: value, value: 'x'}]), undefined);
				if (/[\u0000-\u001F\u007F]/.test(value)) {
					assert.notEqual(validateChanges([{key: 'GOPROXY', value}]), undefined);
				}
			}),
			{numRuns: 500},
		);
		// A value is never an option of go env: it always follows KEY=.
		for (const argv of goEnvCommands([
			{key: 'GOPROXY', value: '-x'},
			{key: 'GOFLAGS', value: undefined},
		])) {
			assert.ok(
				argv.slice(3).every((argument) => !argument.startsWith('-')),
				JSON.stringify(argv),
			);
		}
	});
});

test('every command in source/ names its program literally (go, ping, nc, openssl) or passes the go/git gate, and none is a shell', async () => {
	const entries = await readdir(path.join(root, 'source'), {recursive: true, withFileTypes: true});
	const files = entries
		.filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
		.map((entry) => path.join(entry.parentPath, entry.name));
	const programs = new Set<string>();
	for (const file of [...files, path.join(root, 'cli.tsx')]) {
		const text = await readFile(file, 'utf8');
		const relative = path.relative(root, file);
		for (const match of text.matchAll(/\.run\({\s*file:\s*([^,}\s]+)/g)) {
			const program = match[1]!;
			if (relative === 'source/probes/probe-support.ts' && program === 'argv[0]!') {
				continue;
			}

			// A command fix's argv comes from data: allowed only behind the go/git gate, checked below.
			if (program.endsWith('[0]!') && text.includes('validateCommandArgv(')) {
				continue;
			}

			assert.match(program, /^'[a-z]+'$/, `${relative} runs ${program}: programs are named literally`);
			programs.add(program.slice(1, -1));
		}

		// `const argv = ['ping', …]`, or a function that makes one (`const argvFor = (address) => ['ping', …]`).
		for (const match of text.matchAll(/const argv(?:For)? = (?:\([^)]*\) => )?\[\s*'([^']+)'/g)) {
			programs.add(match[1]!);
		}

		if (relative === 'source/system/watchdog.ts') {
			// The one other starter, and why: the watchdog must outlive this process (the run adapter waits for its
			// children and kills them at its deadline). It starts only this node with its own constant program, and
			// stty (in that program and for `stty -g`), with argument arrays and never a shell.
			const starts = [...text.matchAll(/\b(spawn|spawnSync)\(([^,]+),/g)].map((match) => `${match[1]}(${match[2]}`);
			assert.deepEqual(new Set(starts), new Set(["spawnSync('stty'", 'spawn(process.execPath']), `${relative}: ${starts.join(', ')}`);
			assert.doesNotMatch(text, /(?<!\.)\bexec\(|execSync|execFile|shell:\s*(?:true|['"`])/, `${relative} runs a shell`);
			continue;
		}

		assert.doesNotMatch(
			text,
			/(?<!\.)\bspawn\(|(?<!\.)\bexec\(|execSync|spawnSync|execFile|shell:\s*(?:true|['"`])/,
			`${relative} starts processes outside the run adapter or through a shell`,
		);
	}

	for (const program of programs) {
		// Tools are added as the flowcharts grow (traceroute, du...); none may be a shell or an interpreter.
		assert.doesNotMatch(
			program,
			/^(?:ba|da|z|k|c|tc|fi)?sh$|^(?:env|xargs|nohup|sudo|su|eval|exec|node|python3?|perl|ruby|awk|busybox)$/,
			`${program} would run a shell or interpret text`,
		);
	}

	// The gate for command fixes: only go and git, no control characters.
	for (const argv of [['sh', '-c', 'id'], ['bash'], ['/bin/sh'], ['env', 'go'], ['-x'], ['go', 'mod', 'tidy\nid'], ['git', 'a\u0000b']]) {
		assert.notEqual(validateCommandArgv(argv), undefined, JSON.stringify(argv));
	}

	assert.equal(validateCommandArgv(['go', 'mod', 'tidy']), undefined);
	assert.ok(programs.has('go') && programs.has('ping') && programs.has('nc') && programs.has('openssl'), [...programs].join(' '));
});
