/*
The built CLI in Simplified Chinese, end to end: --lang zh and the locale choose it, an unknown --lang is a usage
error, --help, classify and diagnose's report speak Chinese (commands, env names and go's own text untouched),
and --json stays English whatever the language. Every run gets a hermetic environment; diagnose runs in the lab.
*/
import assert from 'node:assert/strict';
import {readFile, mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import {createHermeticGoEnv} from '../../source/lab/hermetic-env.js';
import {startLab} from '../../source/lab/start-lab.js';
import {runCli} from '../helpers/cli.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');

async function hermetic(t: {after: (fn: () => Promise<void>) => void}) {
	const root = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-cli-zh-'));
	t.after(async () => rm(root, {recursive: true, force: true}));
	const {env} = await createHermeticGoEnv({root, goenv: {GOPROXY: 'off', GOSUMDB: 'off'}});
	return {env: {...env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8'}};
}

test('--help in Chinese, with --lang zh or from LANG=zh_CN.UTF-8; LC_ALL=en_US wins over LANG', async (t) => {
	const {env} = await hermetic(t);
	for (const run of [await runCli(['--lang', 'zh', '--help'], {env}), await runCli(['--help'], {env: {...env, LANG: 'zh_CN.UTF-8'}})]) {
		assert.equal(run.exitCode, 0, run.stderr);
		for (const text of ['用法', '选项', '退出状态', '--lang zh|en', 'gomod-doctor lab proxy-down']) {
			assert.ok(run.stdout.includes(text), `--help says ${text}:\n${run.stdout}`);
		}
	}

	const english = await runCli(['--help'], {env: {...env, LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8'}});
	assert.match(english.stdout, /Usage/);
	assert.doesNotMatch(english.stdout, /用法/);
});

test('an unknown --lang is a usage error (exit 2), and usage errors speak the chosen language', async (t) => {
	const {env} = await hermetic(t);
	const bad = await runCli(['--lang', 'fr', 'classify', '-'], {env, input: ''});
	assert.equal(bad.exitCode, 2);
	assert.match(bad.stderr, /--lang "fr": give zh or en/);
	const unknown = await runCli(['--lang=zh', 'frobnicate'], {env});
	assert.equal(unknown.exitCode, 2);
	assert.match(unknown.stderr, /未知命令 "frobnicate"/);
});

test('classify in Chinese explains in the guide’s terms; --json stays English with the same ids', async (t) => {
	const {env} = await hermetic(t);
	const log = await readFile(path.join(fixtures, 'go-output/altered-zip.txt'));
	const human = await runCli(['classify', '--lang', 'zh'], {env, input: log});
	assert.equal(human.exitCode, 1, human.stderr);
	assert.match(human.stdout, /^发现 \d+ 个问题；根本原因最可能是 checksum-mismatch/);
	assert.match(human.stdout, /checksum-mismatch: 校验和不匹配/);
	assert.match(human.stdout, /可以尝试的修复：/);
	assert.match(human.stdout, /\$ go clean -modcache/, 'commands stay as they are');
	// The detail labels share one column although they are 汉字.
	const labels = human.stdout.split('\n').filter((line) => /^ {3}(模块|版本|主机|原文)：/.test(line));
	assert.ok(labels.length >= 2);
	assert.equal(
		new Set(labels.map((line) => line.search(/：\s+\S/) + line.slice(line.search(/：/)).search(/[^：\s]/))).size,
		1,
		labels.join('\n'),
	);

	const json = await runCli(['classify', '--json', '--lang', 'zh'], {env, input: log});
	const english = await runCli(['classify', '--json'], {env, input: log});
	assert.equal(json.stdout, english.stdout, 'the JSON is the same whatever --lang says');
	assert.doesNotMatch(json.stdout, /\p{Script=Han}/u);
});

test('diagnose in the lab, in Chinese: the report, its walks and its conclusion; --json English', async (t) => {
	const lab = await startLab('proxy-down');
	t.after(async () => lab.close());
	const args = ['diagnose', '--dir', lab.dir, '--candidates', lab.candidates.join(','), '--timeout', '5'];
	const run = await runCli([...args, '--lang', 'zh'], {env: lab.env});
	assert.equal(run.exitCode, 1, run.stderr);
	for (const text of [
		'gomod-doctor 诊断：',
		'复现：go mod download',
		'GOPROXY 第 1 项',
		'可达吗？',
		'拒绝连接',
		'结论：GOPROXY 第 1 项（http://127.0.0.1:',
		'拒绝连接，go 就停在这里。',
		'可以尝试的修复',
		'优先使用 http://127.0.0.1:',
		'[错误] http://127.0.0.1:',
	]) {
		assert.ok(run.stdout.includes(text), `the report says ${text}:\n${run.stdout}`);
	}

	assert.match(run.stdout, /\$ go env -w GOPROXY=http:\/\/127\.0\.0\.1:\d+,direct/);
	const json = await runCli([...args, '--json', '--lang', 'zh'], {env: lab.env});
	assert.doesNotMatch(json.stdout, /\p{Script=Han}/u, 'diagnose --json carries ids and English text');
	assert.match(json.stdout, /"category": "refused"/);
});

test('lab --list describes every scenario in Chinese with --lang zh, in English without', async (t) => {
	const {env} = await hermetic(t);
	const zh = await runCli(['lab', '--list', '--lang', 'zh'], {env});
	assert.equal(zh.exitCode, 0, zh.stderr);
	const lines = zh.stdout
		.split('\n')
		.slice(1)
		.filter((line) => line.trim() !== '');
	assert.ok(lines.length > 10, zh.stdout);
	assert.deepEqual(
		lines.filter((line) => !/\p{Script=Han}/u.test(line)),
		[],
		'every scenario line holds Chinese',
	);
	assert.match(zh.stdout, /proxy-down +第一个 GOPROXY 条目拒绝连接/);
	const en = await runCli(['lab', '--list'], {env});
	assert.match(en.stdout, /proxy-down +The first GOPROXY entry refuses connections/);
	assert.doesNotMatch(en.stdout, /\p{Script=Han}/u);
});
