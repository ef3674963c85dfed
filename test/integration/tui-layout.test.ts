/*
Issue 13 items 7 and 11, the built CLI in tmux: the live area after the window is resized (80×24 → 100×30 →
60×20: the menu's question once, not twice), nothing of the key footer left in the scrollback after quitting,
the measured proxies and the menu at 60 columns (no column runs into the next, every URL whole, a wrapped menu
item indented under its text), and --help and the lab's header at 60 columns (wrapped between words, example
commands whole).
*/
import assert from 'node:assert/strict';
import path from 'node:path';
import {test, type TestContext} from 'node:test';
import {setTimeout as sleep} from 'node:timers/promises';
import {displayWidth} from '../../source/i18n/text-width.js';
import {t as text} from '../../source/i18n/index.js';
import {scenarios} from '../../source/lab/scenarios.js';
import {launchInTmux, type Pty} from '../helpers/tmux.js';
import {zhTypographyProblems} from '../helpers/zh-typography.js';

async function launch(t: TestContext, name: string, args: readonly string[], columns: number, rows: number): Promise<Pty> {
	return launchInTmux(t, {
		name,
		args: (directory) => [...args, '--transcript-dir', path.join(directory, 'transcripts')],
		env: (directory) => ({PATH: process.env['PATH'] ?? '', HOME: directory, TERM: 'xterm-256color', CI: 'false', LANG: 'C.UTF-8'}),
		columns,
		rows,
		history: 3000,
	});
}

/** The key footer of a menu, as the English catalog draws it (its last item). */
const footer = /q\/Ctrl-C quit/;

/**
Lines that break a word: `line`'s last word and the next line's first word, glued together, are one word of
`source` (only where the break falls between two letters: a URL broken after its `/` is fine).
*/
function brokenWords(lines: readonly string[], source: string): string[] {
	const words = new Set(source.split(/\s+/));
	const broken: string[] = [];
	for (const [index, line] of lines.entries()) {
		const next = lines[index + 1];
		const last = /(\S+)$/.exec(line)?.[1];
		const first = next === undefined ? undefined : /^\s*(\S+)/.exec(next)?.[1];
		if (last !== undefined && first !== undefined && /[A-Za-z]$/.test(last) && /^[A-Za-z]/.test(first) && words.has(`${last}${first}`)) {
			broken.push(`${last}|${first}`);
		}
	}

	return broken;
}

test('resized 80×24 → 100×30 → 60×20 at the menu: the question once, then nothing of the footer left after q', async (t) => {
	const pty = await launch(t, 'gomod-doctor-resize', ['lab', 'proxy-down'], 80, 24);
	await pty.screenWith(/What now\?[\s\S]*q\/Ctrl-C quit/, 90_000);
	await sleep(300);
	await pty.tmux('resize-window', '-t', pty.session, '-x', '100', '-y', '30');
	await sleep(700);
	await pty.tmux('resize-window', '-t', pty.session, '-x', '60', '-y', '20');
	await sleep(700);
	const after = await pty.screenWith(/What now\?[\s\S]*q\/Ctrl-C quit/);
	assert.equal(after.match(/What now\?/g)?.length, 1, `"What now?" once:\n${after}`);
	assert.equal(footer.exec(after)?.length, 1, `one footer:\n${after}`);
	assert.equal(after.match(/❯ 1\. /g)?.length, 1, `one menu:\n${after}`);
	await pty.keys('q');
	assert.equal(await pty.exitStatus(), '1');
	const history = await pty.screenWith(/Transcript:/);
	assert.doesNotMatch(history, footer, `the key footer is gone after quitting:\n${history}`);
	assert.doesNotMatch(history, /What now\?/, 'so is the menu');
});

test('mirrors at 60×20: the measured proxies stay apart and whole, the menu wraps under its text, the header between words', async (t) => {
	const pty = await launch(t, 'gomod-doctor-narrow', ['lab', 'mirrors'], 60, 20);
	const screen = await pty.screenWith(/What now\?[\s\S]*q\/Ctrl-C quit/, 90_000);
	await sleep(300);
	const lines = (await pty.screenWith(footer)).split('\n');
	const title = lines.findIndex((line) => line.startsWith('Measured proxies'));
	assert.ok(title !== -1, screen);
	const table = lines.slice(title + 1, lines.indexOf('', title));
	// The four mirrors, as the settings name the GOPROXY entry and the trace the candidates.
	const urls = [...new Set(screen.match(/(?<=GOPROXY entry 1 · |Candidate · )http:\/\/127\.0\.0\.1:\d+/g))];
	assert.equal(urls.length, 4, screen);
	for (const line of table) {
		// -J joins what the terminal wrapped: a line wider than 60 here ran past the edge.
		assert.ok(displayWidth(line) <= 60, `${displayWidth(line)} columns: "${line}"\n${table.join('\n')}`);
	}

	for (const url of urls) {
		const row = table.find((line) => line.includes(url));
		assert.ok(row !== undefined, `${url} whole on one line:\n${table.join('\n')}`);
		assert.match(row.slice(row.indexOf(url) + url.length), /^(?: {2}\S|$)/, `the next column keeps its distance: "${row}"`);
	}

	assert.match(table.join('\n'), /ALTERED/);
	// The menu: every row is an item, or a continuation (a wrapped item, its command) indented under its text.
	const menu = lines.slice(
		lines.findLastIndex((line) => line.startsWith('What now?')) + 1,
		lines.findLastIndex((line) => line.startsWith('↑/↓ move')),
	);
	assert.ok(menu.length >= 5, lines.join('\n'));
	for (const line of menu) {
		assert.match(line, /^[ ❯] \d\. \S| {5}\S/, `"${line}" is an item or indented under one\n${menu.join('\n')}`);
	}

	// The lab's header: wrapped between words.
	const description = scenarios.find((scenario) => scenario.id === 'mirrors')?.description ?? '';
	const header = lines.slice(
		0,
		lines.findIndex((line) => line.startsWith('gomod-doctor ')),
	);
	assert.deepEqual(brokenWords(header, description), [], header.join('\n'));
	for (const line of header) {
		assert.ok(displayWidth(line) <= 60, `"${line}"`);
	}

	await pty.keys('q');
	await pty.exitStatus();
});

test('--help at 60 columns, English and Chinese: wrapped between words, each example command whole on its line', async (t) => {
	for (const language of ['en', 'zh'] as const) {
		const pty = await launch(t, `gomod-doctor-help-${language}`, ['--help', '--lang', language], 60, 20);

		await pty.exitStatus();

		const lines = (await pty.screenWith(/lab proxy-down/)).split('\n');
		const {help} = text(language).cli;
		assert.deepEqual(brokenWords(lines, help), [], lines.join('\n'));
		const examples = help
			.split('\n')
			.map((line) => line.trim())
			.filter((line) => line.startsWith('$ ') && !/\s{2,}/.test(line));
		assert.ok(examples.length >= 4, help);
		for (const example of examples) {
			assert.ok(
				lines.some((line) => line.trim() === example),
				`"${example}" whole on a line of its own:\n${lines.join('\n')}`,
			);
		}

		for (const line of lines.filter((line) => !examples.includes(line.trim()))) {
			assert.ok(displayWidth(line) <= 60, `${displayWidth(line)} columns: "${line}"`);
		}

		// A usage line's description under it, not one word dangling after the command.
		assert.match(lines.join('\n'), /\n {4}\$ gomod-doctor \[--dir DIR] \[--module MOD@VER]\n {8}\S/);
	}
});

/** One drawn character and the attributes it was drawn with. */
type Cell = {readonly char: string; readonly dim: boolean; readonly foreground: string};

/** The lines of a `capture-pane -e` screen as cells: SGR codes read (bold, dim, colours), the rest dropped. */
function cellsOf(coloured: string): Cell[][] {
	return coloured.split('\n').map((line) => {
		const cells: Cell[] = [];
		let dim = false;
		let foreground = '';
		for (const token of line.match(/\u001B\[[\d;]*[A-Za-z]|\u001B[^[]|[^\u001B]/gu) ?? []) {
			const sgr = /^\u001B\[([\d;]*)m$/.exec(token);
			if (sgr !== null) {
				const codes = (sgr[1] === '' ? '0' : sgr[1]!).split(';').map(Number);
				for (let index = 0; index < codes.length; index++) {
					const code = codes[index]!;
					switch (code) {
						case 0: {
							dim = false;
							foreground = '';

							break;
						}

						case 2: {
							dim = true;

							break;
						}

						case 22: {
							dim = false;

							break;
						}

						default: {
							if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) {
								foreground = String(code);
							} else if (code === 39) {
								foreground = '';
							} else if (code === 38) {
								const extended = codes[index + 1] === 5 ? codes.slice(index, index + 3) : codes.slice(index, index + 5);
								foreground = extended.join(';');
								index += extended.length - 1;
							}
						}
					}
				}
			} else if (!token.startsWith('\u001B')) {
				cells.push({char: token, dim, foreground});
			}
		}

		return cells;
	});
}

/** Yellow as terminals draw it: the 16-colour codes and their 256-colour equals. */
const yellow = new Set(['33', '93', '38;5;3', '38;5;11']);

/** What in `cells` from `from` on is dim or yellow (the characters that are), empty when none. */
function faint(cells: readonly Cell[], from = 0): string {
	return cells
		.slice(from)
		.filter((cell) => cell.char.trim() !== '' && (cell.dim || yellow.has(cell.foreground)))
		.map((cell) => cell.char)
		.join('');
}

test('contrast: commands to copy carry $ and warnings ! or a word, and neither is dim or yellow (light themes)', async (t) => {
	const pty = await launch(t, 'gomod-doctor-contrast', ['lab', 'env-shadows-goenv'], 100, 40);
	await pty.screenWith(/What now\?[\s\S]*q\/Ctrl-C quit/, 90_000);
	await sleep(300);
	const menuScreen = cellsOf(await pty.coloured());
	await pty.keys('1');
	await pty.screenWith(/\[y\/N]/);
	await sleep(300);
	const confirmScreen = cellsOf(await pty.coloured());
	for (const screen of [menuScreen, confirmScreen]) {
		const lines = screen.map((cells) => cells.map((cell) => cell.char).join(''));
		const commands = lines.flatMap((line, index) => (/^\s*\$ \S/.test(line) ? [index] : []));
		const warnings = lines.flatMap((line, index) => (/^\s*! \S/.test(line) ? [index] : []));
		assert.ok(commands.length > 0 && warnings.length > 0, lines.join('\n'));
		for (const index of [...commands, ...warnings]) {
			const start = lines[index]!.search(/\S/);
			assert.equal(faint(screen[index]!, start), '', `dim or yellow: "${lines[index]!}"`);
		}

		// Nothing at all is yellow.
		assert.deepEqual(
			lines.filter((_, index) => screen[index]!.some((cell) => yellow.has(cell.foreground))),
			[],
			'yellow measured 1.7–3.9:1 on light palettes',
		);
	}

	const menuLines = menuScreen.map((cells) => cells.map((cell) => cell.char).join(''));
	const chosen = menuLines.findLastIndex((line) => line.startsWith('❯ 1. '));
	assert.match(
		menuLines[chosen + 1] ?? '',
		/^ {5}\$ \S/,
		`the highlighted fix's command carries $:\n${menuLines.slice(chosen - 2, chosen + 4).join('\n')}`,
	);
	const shadowed = menuLines.findIndex((line) => line.includes('shadows the GOENV file value'));
	assert.match(menuLines[shadowed] ?? '', /^\s+! shadows/, 'the shadowed setting is a warning with its glyph');
	await pty.keys('n');
	await pty.keys('q');
	await pty.exitStatus();
});

test('a Chinese session (mirrors, with the evidence shown): Chinese typography on every line, no hash split, no English tool note', async (t) => {
	const pty = await launch(t, 'gomod-doctor-zh', ['lab', 'mirrors', '--lang', 'zh'], 100, 40);
	const menu = await pty.screenWith(/接下来做什么？[\s\S]*q\/Ctrl-C 退出/, 90_000);
	const row = /(\d)\. 查看证据/.exec(menu)?.[1];
	assert.ok(row, menu);
	await pty.keys(row);
	const screen = await pty.screenWith(/\n证据\n[\s\S]*接下来做什么？[\s\S]*q\/Ctrl-C 退出/);
	const lines = screen.split('\n');
	const problems = lines
		.filter((line) => !/^\s*\$ /.test(line))
		.flatMap((line) => zhTypographyProblems(line.trim()).filter((problem) => !problem.startsWith('unbalanced')));
	assert.deepEqual(problems, [], screen);
	const opened = [...screen].filter((char) => char === '（').length;
	assert.equal(opened, [...screen].filter((char) => char === '）').length, 'every （ is closed');
	const hashes = lines.filter((line) => /h1:[A-Za-z\d+/]/.test(line));
	assert.ok(hashes.length > 0, screen);
	for (const line of hashes) {
		assert.match(line, /h1:[A-Za-z\d+/]{43}=/, `a hash whole on its line: "${line}"`);
	}

	assert.doesNotMatch(screen, /\(via /, 'the tool note is Chinese');
	assert.match(screen, /（实际由 gomod-doctor 执行）/);
	assert.doesNotMatch(screen, /(?:^|\s)(?:refused|checksum-mismatch|mismatch|plain) · /m, 'branch names are Chinese');
	await pty.keys('q');
	await pty.exitStatus();
});
