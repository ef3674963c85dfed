import assert from 'node:assert/strict';
import {test} from 'node:test';
import {setLanguage} from '../../source/i18n/index.js';
import {evidenceCommand} from '../../source/model/evidence-command.js';

test('the command is shown as run, with the tool that really ran it when that is another program', () => {
	assert.equal(evidenceCommand({command: 'nc -zv -w 2 127.0.0.1 4312', tool: 'nc'}), 'nc -zv -w 2 127.0.0.1 4312');
	assert.equal(evidenceCommand({command: 'GET http://127.0.0.1:4312/x/@v/list', tool: 'undici'}), 'GET http://127.0.0.1:4312/x/@v/list');
	assert.equal(evidenceCommand({command: 'getent ahosts goproxy.cn', tool: 'node:dns'}), 'getent ahosts goproxy.cn  (via node:dns)');
	assert.equal(evidenceCommand({command: 'nc -zv -w 2 goproxy.cn 443', tool: 'node:net'}), 'nc -zv -w 2 goproxy.cn 443  (via node:net)');
	assert.equal(evidenceCommand({command: 'go mod download -json', tool: 'go'}), 'go mod download -json');
});

test('nothing is shown as run when nothing ran', () => {
	assert.equal(evidenceCommand({command: '', tool: 'node:dns'}), undefined);
});

test('in Chinese the tool that really ran a check is named in Chinese, in full-width parentheses', (t) => {
	setLanguage('zh');
	t.after(() => {
		setLanguage('en');
	});
	assert.equal(
		evidenceCommand({command: 'compare the h1: hashes', tool: 'gomod-doctor'}),
		'compare the h1: hashes  （实际由 gomod-doctor 执行）',
	);
});
