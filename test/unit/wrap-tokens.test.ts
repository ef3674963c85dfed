import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {displayWidth} from '../../source/i18n/text-width.js';
import {wrapSegments, wrapTokens} from '../../source/model/wrap-tokens.js';

/** What the lines say once joined without the spaces dropped at the breaks. */
function nonSpace(text: string): string {
	return text.replaceAll(/[ \n]/g, '');
}

test('a long go env -w command breaks after = and , but never inside the URL scheme or a host', () => {
	const lines = wrapTokens('$ go env -w GOPROXY=https://goproxy.example.com/some/long/path,https://proxy.golang.org,direct', 40);
	assert.deepEqual(lines, ['$ go env -w GOPROXY=', 'https://goproxy.example.com/some/long/', 'path,https://proxy.golang.org,direct']);
});

test('a URL longer than the line breaks after a slash, not at the column (…/examp | le.com/…)', () => {
	const lines = wrapTokens('GET http://127.0.0.1:41849/example.com/lab/greet/@v/list', 30);
	assert.deepEqual(lines, ['GET http://127.0.0.1:41849/', 'example.com/lab/greet/@v/list']);
	for (const line of lines) {
		assert.ok(displayWidth(line) <= 30, line);
	}
});

test('a path breaks after / (or before - when a / would leave a third of the line empty)', () => {
	assert.deepEqual(wrapTokens('GOENV file: /tmp/gomod-doctor-lab-M0I2Gl/goenv/env/a/b', 32), [
		'GOENV file: /tmp/gomod-doctor',
		'-lab-M0I2Gl/goenv/env/a/b',
	]);
	assert.deepEqual(wrapTokens('GOENV file: /tmp/labM0I2Gl/project/goenv/env', 24), [
		'GOENV file: /tmp/',
		'labM0I2Gl/project/goenv/',
		'env',
	]);
	assert.deepEqual(wrapTokens('/tmp/gomod-doctor-lab-M0I2Gl-abcdef/x', 24), ['/tmp/gomod-doctor-lab', '-M0I2Gl-abcdef/x']);
});

test('words break at spaces; a double space at a break leaves no leading space on the next line', () => {
	assert.deepEqual(wrapTokens('Port 33441 refuses connections:  the service is down', 31), [
		'Port 33441 refuses connections:',
		'the service is down',
	]);
	assert.deepEqual(wrapTokens('refused  12 ms  refused → portClosed', 16), ['refused  12 ms', 'refused →', 'portClosed']);
	for (const line of wrapTokens('a  b  c  d  e  f  g  h  i', 5)) {
		assert.doesNotMatch(line, /^ | $/, JSON.stringify(line));
	}
});

test('a word that fits on a line is moved whole rather than broken at a separator', () => {
	assert.deepEqual(wrapTokens('use http://127.0.0.1:41849,direct now', 30), ['use', 'http://127.0.0.1:41849,direct', 'now']);
});

test('a number keeps its unit; a port stays with its host and a host is cut at a dot only when nothing else fits', () => {
	assert.deepEqual(wrapTokens('port 41002 on 127.0.0.1 is open  1 ms  open → scheme', 36), [
		'port 41002 on 127.0.0.1 is open',
		'1 ms  open → scheme',
	]);
	assert.deepEqual(wrapTokens('go env -w GOPROXY=http://127.0.0.1:41002,direct', 35), [
		'go env -w GOPROXY=',
		'http://127.0.0.1:41002,direct',
	]);
	assert.deepEqual(wrapTokens('https://goproxy.corp.example.com/artifactory', 25), ['https://goproxy.corp.', 'example.com/artifactory']);
	assert.deepEqual(wrapTokens('x https://goproxy.corp.example.com', 20), ['x', 'https://goproxy.', 'corp.example.com']);
});

test('only a token with no separator is cut at the column', () => {
	assert.deepEqual(wrapTokens('x abcdefghijklmnopqrstuvwxyz', 10), ['x', 'abcdefghij', 'klmnopqrst', 'uvwxyz']);
});

test('汉字 take two columns: Chinese text (no spaces) fills lines between characters, never past the width', () => {
	const text = '代理 http://127.0.0.1:33441 拒绝连接：服务已停止，或者防火墙拒绝了连接。';
	const lines = wrapTokens(text, 20);
	for (const line of lines) {
		assert.ok(displayWidth(line) <= 20, `${line} is ${displayWidth(line)} columns`);
		assert.doesNotMatch(line, /^[，。：、]/, 'no line starts with closing punctuation');
	}

	assert.equal(nonSpace(lines.join('')), nonSpace(text));
	assert.ok(lines.includes('http://127.0.0.1:'), lines.join(' | '));
	// An odd width: a 汉字 never straddles the edge.
	for (const line of wrapTokens('校验和不匹配校验和不匹配', 5)) {
		assert.ok(displayWidth(line) <= 5, line);
	}
});

test('line feeds are kept, an empty line stays, indentation stays on the first line only', () => {
	assert.deepEqual(wrapTokens('one\n\n  two three four', 9), ['one', '', '  two', 'three', 'four']);
});

test('styled pieces keep their style across a break', () => {
	const lines = wrapSegments(
		[{text: 'healthy: http://127.0.0.1:41849 answers'}, {text: '  69 ms  ', dimColor: true}, {text: 'ok → healthy', color: 'cyan'}],
		20,
	);
	assert.deepEqual(
		lines.map((line) => line.map((piece) => [piece.text, piece.color ?? (piece.dimColor ? 'dim' : '')])),
		[
			[['healthy:', '']],
			[['http://127.0.0.1:', '']],
			[
				['41849 answers', ''],
				['  69 ms', 'dim'],
			],
			[['ok → healthy', 'cyan']],
		],
	);
});

test('for any text and width: no line is wider than the width, none starts or ends with a space, nothing is lost', () => {
	const piece = fc.oneof(
		fc.constantFrom(
			'go',
			'env',
			'-w',
			'GOPROXY=https://proxy.golang.org,direct',
			'代理',
			'校验和不匹配。',
			'/tmp/a-b/c',
			'  ',
			' ',
			'e\u0301',
			'|',
			'://',
		),
		fc.string({maxLength: 12}).map((text) => text.replaceAll(/[\n\u0000-\u001F\u007F]/g, '')),
	);
	fc.assert(
		fc.property(fc.array(piece, {maxLength: 12}), fc.integer({min: 2, max: 50}), (pieces, width) => {
			const text = pieces.join(' ');
			const lines = wrapTokens(text, width);
			for (const line of lines) {
				assert.ok(
					displayWidth(line) <= width || displayWidth(line) === displayWidth([...line][0] ?? ''),
					`${JSON.stringify(line)} > ${width}`,
				);
				assert.doesNotMatch(line, /\S {1,} *$/u, 'no trailing space');
			}

			for (const line of lines.slice(1)) {
				assert.doesNotMatch(line, /^ /, 'no leading space on a continuation line');
			}

			assert.equal(nonSpace(lines.join('')), nonSpace(text));
		}),
		{numRuns: 500},
	);
});

test('a number and its unit wider than the line break at their space, leaving no trailing space (was a flaky counterexample)', () => {
	assert.deepEqual(wrapTokens('0 s', 2), ['0', 's']);
	assert.deepEqual(wrapTokens('x 12 ms', 4), ['x 12', 'ms']);
	assert.deepEqual(wrapTokens('took 12 ms', 5), ['took', '12 ms']);
});

test('layout is linear in its input: a 200 KB token, 20,000 words and 20,000 styled pieces each take well under two seconds', () => {
	// Before, the segmenter copied the whole text into every grapheme and each line recounted the rest of a long
	// token: 10 KB took 200 MB, 100 KB ran out of memory.
	const token = 'https://proxy.example/' + 'a'.repeat(200_000);
	const words = Array.from({length: 20_000}, (_, index) => `v1.0.${index}`).join(', ');
	const segments = Array.from({length: 20_000}, (_, index) => ({text: `v1.0.${index} `, ...(index % 2 === 0 ? {bold: true} : {})}));
	for (const [name, run] of [
		['token', () => wrapTokens(token, 80).length],
		['words', () => wrapTokens(words, 80).length],
		['segments', () => wrapSegments(segments, 80).length],
	] as const) {
		// CPU time, not wall time: a loaded machine stretches the latter.
		const started = process.cpuUsage();
		const lines = run();
		const {user, system} = process.cpuUsage(started);
		const took = (user + system) / 1000;
		assert.ok(lines > 1000, name);
		assert.ok(took < 2000, `${name}: ${Math.round(took)} ms`);
	}
});

test('a go.sum hash is never split, also inside Chinese text that has no spaces to break at', () => {
	const hash = 'h1:ggI0pEChuOcUIzN1iC9wW1KYmR9duEgyjGY5e0i0BEA=';
	const text = `4 个 GOPROXY 条目中有 4 个提供了它：http://127.0.0.1:46805 zip ${hash}。未检查 direct`;
	for (let width = 50; width <= 100; width++) {
		const lines = wrapTokens(text, width);
		assert.ok(
			lines.some((line) => line.includes(hash)),
			`width ${width}:\n${lines.join('\n')}`,
		);
	}

	assert.ok(
		wrapTokens(`go.sum records ${hash}, but`, 50).some((line) => line.includes(hash)),
		'on a line of its own when the line is long enough for it',
	);
});
