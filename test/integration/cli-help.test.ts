/*
--help and --version win over anything given with them; -h and `help` are help too; the help is wrapped to the
terminal (80 columns when it is not one) between words, each option's default under the option itself.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {displayWidth} from '../../source/i18n/text-width.js';
import {toolVersion} from '../../source/version.js';
import {runCli} from '../helpers/cli.js';

const env = {PATH: process.env['PATH'] ?? '', HOME: '/nonexistent', LANG: 'C.UTF-8'};

test('--version wins: with --lang, a command or other flags it prints the version and runs nothing', async () => {
	for (const args of [
		['--version', '--lang', 'zh'],
		['lab', 'proxy-down', '--version'],
		['--dir', '/nonexistent', '--version'],
	]) {
		const run = await runCli(args, {env, timeoutMs: 20_000});
		assert.equal(run.stdout.trim(), toolVersion, args.join(' '));
		assert.equal(run.exitCode, 0, args.join(' '));
	}
});

test('-h, help and --help with other flags print the help, wrapped to 80 columns, each default under its option', async () => {
	for (const args of [['-h'], ['help'], ['--lang', 'zh', '--help'], ['diagnose', '--json', '-h']]) {
		const run = await runCli(args, {env, timeoutMs: 20_000});
		assert.equal(run.exitCode, 0, `${args.join(' ')}: ${run.stderr}`);
		assert.match(run.stdout, /gomod-doctor lab \[SCENARIO]/, args.join(' '));
		for (const line of run.stdout.split('\n')) {
			assert.ok(displayWidth(line) <= 80, `${args.join(' ')}: wider than 80 columns: "${line}"`);
		}

		assert.doesNotMatch(run.stdout, /§/, 'no section numbers of a guide the user does not have');
	}

	const english = (await runCli(['--help'], {env, timeoutMs: 20_000})).stdout;
	const candidates = english.slice(english.indexOf('--candidates'), english.indexOf('--traceroute'));
	assert.match(
		candidates.replaceAll(/\s+/g, ' '),
		/default: GOMOD_DOCTOR_CANDIDATES, else proxy\.golang\.org, goproxy\.cn, goproxy\.io, mirrors\.aliyun\.com\/goproxy/,
	);
	assert.match(english, /\n {4}--candidates LIST {6}comma-separated[^\n]*\n {27}\S/, 'a wrapped description continues under its column');
});
