/*
A whole lab session in Simplified Chinese, with the real session actions and the real go (proxy-down): every
frame speaks Chinese where the wizard speaks, the measured proxies still line up with 汉字 in their columns, the
fix is applied and undone from the Chinese menu, and the exported Markdown transcript reads as a Chinese document
while the JSON export keeps its ids.
*/
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {test} from 'node:test';
import {stripVTControlCharacters} from 'node:util';
import {displayWidth} from '../../source/i18n/text-width.js';
import {startLab} from '../../source/lab/start-lab.js';
import {englishProse, quotedOutput} from '../helpers/english-prose.js';
import {press, waitFor, waitForFrame} from '../helpers/ink.js';
import {renderLabWizard} from '../helpers/lab-wizard.js';

test('proxy-down in Chinese: diagnosis, fix, undo, export and quit, every step in Chinese', async (t) => {
	const lab = await startLab('proxy-down');
	t.after(async () => lab.close());
	const before = await readFile(lab.goenvFile);
	const {ui, exits} = renderLabWizard(t, lab, {timeoutMs: 4000, columns: 100, language: 'zh'});

	const menu = await waitForFrame(ui, (frame) => frame.includes('接下来做什么？'), 15_000);
	const screen = stripVTControlCharacters(ui.frames.join('\n'));
	// The settings, the reproduction, the walks and the conclusion, in the guide's terms.
	for (const text of [
		'相关设置',
		'GOENV 文件',
		'复现：go mod download',
		'GOPROXY 第 1 项',
		'的端口',
		'拒绝连接',
		'结论',
		'实测的代理',
		'候选代理',
	]) {
		assert.ok(screen.includes(text), `the screen says ${text}\n${screen}`);
	}

	assert.match(screen, new RegExp(`✗ GOPROXY 第 1 项 · ${lab.servers[0]!.url.replaceAll('.', String.raw`\.`)}`));
	assert.match(
		screen,
		new RegExp(`${lab.servers[0]!.url.replaceAll('.', String.raw`\.`)} +GOPROXY +✗ 拒绝连接`),
		'the table says the symptom in Chinese, not the category id',
	);
	assert.match(menu, /1\. 优先使用 http:\/\/127\.0\.0\.1:\d+/);
	assert.match(menu, /查看证据/);
	assert.match(menu, /e 导出 · \? 帮助 · q\/Ctrl-C 退出/);
	assert.doesNotMatch(menu, /What now|Show the evidence|Export the transcript/);

	// The measured proxies: the verdict, time and bar columns start at the same column on every row, although
	// the role column holds 汉字 (候选) on some rows and ASCII (GOPROXY) on others.
	const rows = screen.split('\n').filter((line) => /^\s+http:\/\/127\.0\.0\.1:\d+\s+(GOPROXY|候选)\s/.test(line));
	assert.ok(rows.length >= 3, `measured rows:\n${rows.join('\n')}`);
	const verdictColumns = new Set(rows.map((line) => displayWidth(line.slice(0, line.search(/[✓✗…] /)))));
	assert.equal(verdictColumns.size, 1, `the verdicts line up:\n${rows.join('\n')}`);

	await press(ui.stdin, '1');
	const confirm = await waitForFrame(ui, (frame) => frame.includes('[y/N]'));
	assert.match(confirm, /应用“优先使用 http:\/\/127\.0\.0\.1:\d+”？/);
	assert.match(confirm, /\$ go env -w GOPROXY=http:\/\/127\.0\.0\.1:\d+,direct/, 'commands are not translated');
	await press(ui.stdin, 'y');
	await waitForFrame(ui, (frame) => frame.includes('撤销这次修改'), 15_000);
	assert.match(stripVTControlCharacters(ui.frames.join('\n')), /✓ 已修复/);

	const undo = /(\d)\. 撤销这次修改/.exec(ui.lastFrame().slice(ui.lastFrame().lastIndexOf('接下来做什么？')));
	assert.ok(undo && undo[1] !== '1', `撤销不是第一项：\n${ui.lastFrame()}`);
	await press(ui.stdin, undo[1]!);
	await waitForFrame(ui, (frame) => frame.includes('撤销吗？[y/N]'));
	await press(ui.stdin, 'y');
	await waitForFrame(ui, (frame) => frame.includes('已撤销'), 15_000);
	assert.deepEqual(await readFile(lab.goenvFile), before, 'undo restores the GOENV file byte for byte');

	await press(ui.stdin, 'e');
	await waitForFrame(ui, (frame) => frame.includes('诊断记录已导出'), 10_000);
	await press(ui.stdin, 'q');
	await waitFor(() => exits.length === 1, 'the wizard to exit');

	const exported = exits[0]?.exported;
	assert.ok(exported);
	const markdown = await readFile(exported.markdownPath, 'utf8');
	for (const heading of [
		'# gomod-doctor 诊断记录',
		'## 设置',
		'## 运行的命令',
		'## 排查流程图的每一步',
		'## 在流程图中走过的路径',
		'## 结论',
		'## 做出的选择',
		'## 修复',
		'## 撤销',
	]) {
		assert.ok(markdown.includes(`${heading}\n`), `the transcript has ${heading}`);
	}

	assert.match(markdown, /- 开始时间：|- 开始时间: /);
	assert.match(markdown, /#### 第 1 步：127\.0\.0\.1 能解析吗？/);
	assert.match(markdown, /- 严重程度: 错误/);
	assert.match(markdown, /graph TD\n\s+route{"go 是否经由/);
	assert.match(markdown, /由 gomod-doctor test 生成/);
	// No English prose on any frame or in the transcript, fix, verification and undo included (the heuristic is
	// explained in test/helpers/english-prose.ts; go's quoted words come from the transcript's output blocks).
	const goOutput = quotedOutput(markdown);
	const frames = stripVTControlCharacters(ui.frames.join('\n'));
	assert.deepEqual([...new Set(englishProse(frames, goOutput))], [], "English prose on the Chinese wizard's frames");
	assert.deepEqual(englishProse(markdown, goOutput), [], 'English prose in the Chinese transcript');
	const json = JSON.parse(await readFile(exported.jsonPath, 'utf8')) as {
		language: string;
		entries: Array<{kind: string; node?: string; findings?: Array<{category: string}>}>;
	};
	assert.equal(json.language, 'zh', 'the JSON says which language its free text is in');
	assert.ok(
		json.entries.some((entry) => entry.kind === 'step' && entry.node === 'port'),
		'the JSON keeps node ids',
	);
	assert.ok(
		json.entries.some((entry) => entry.kind === 'conclusion' && entry.findings?.some((finding) => finding.category === 'refused')),
		'and category ids',
	);
});
