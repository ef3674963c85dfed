import assert from 'node:assert/strict';
import {test} from 'node:test';
import {displayWidth, maxDisplayWidth, padEndDisplay, padStartDisplay} from '../../source/i18n/text-width.js';

test('汉字 and full-width punctuation take two columns, ASCII one, combining marks none', () => {
	assert.equal(displayWidth('GOPROXY'), 7);
	assert.equal(displayWidth('代理'), 4);
	assert.equal(displayWidth('校验和不匹配'), 12);
	assert.equal(displayWidth('（未设置）'), 10);
	assert.equal(displayWidth('GOENV 文件：'), 12);
	assert.equal(displayWidth('e\u0301'), 1);
	assert.equal(displayWidth(''), 0);
	assert.equal(displayWidth('\u001B[1m代理\u001B[22m'), 4);
});

test('padEndDisplay pads to columns, so mixed Chinese and English columns line up', () => {
	const rows = [
		['GOPROXY', '环境变量'],
		['模块缓存', 'GOMODCACHE'],
		['私有模块', '默认值'],
	];
	const width = maxDisplayWidth(rows.map(([name = '']) => name)) + 2;
	const lines = rows.map(([name = '', value = '']) => `${padEndDisplay(name, width)}${value}`);
	const starts = lines.map((line, index) => displayWidth(line) - displayWidth(rows[index]![1]!));
	assert.deepEqual(starts, [10, 10, 10]);
	// `padEnd` counts UTF-16 units and would have put the Chinese rows' second column 4 columns too far right.
	assert.notEqual(displayWidth('模块缓存'.padEnd(width)), width);
	assert.equal(padEndDisplay('代理代理代理', 4), '代理代理代理', 'never cuts');
	assert.equal(padStartDisplay('代理', 6), '  代理');
});
