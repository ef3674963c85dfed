import assert from 'node:assert/strict';
import {test} from 'node:test';
import {evidenceCommand} from '../../source/model/evidence-command.js';
import type {Evidence} from '../../source/model/report.js';
import {chinese, english} from '../helpers/text.js';

/** The command as an English reader sees it; undefined when nothing is shown. */
function shown(evidence: Pick<Evidence, 'command' | 'tool'>): string | undefined {
	const command = evidenceCommand(evidence);
	return command === undefined ? undefined : english(command);
}

test('the command is shown as run, with the tool that really ran it when that is another program', () => {
	assert.equal(shown({command: 'nc -zv -w 2 127.0.0.1 4312', tool: 'nc'}), 'nc -zv -w 2 127.0.0.1 4312');
	assert.equal(shown({command: 'GET http://127.0.0.1:4312/x/@v/list', tool: 'undici'}), 'GET http://127.0.0.1:4312/x/@v/list');
	assert.equal(shown({command: 'getent ahosts goproxy.cn', tool: 'node:dns'}), 'getent ahosts goproxy.cn  (via node:dns)');
	assert.equal(shown({command: 'nc -zv -w 2 goproxy.cn 443', tool: 'node:net'}), 'nc -zv -w 2 goproxy.cn 443  (via node:net)');
	assert.equal(shown({command: 'go mod download -json', tool: 'go'}), 'go mod download -json');
});

test('nothing is shown as run when nothing ran', () => {
	assert.equal(shown({command: '', tool: 'node:dns'}), undefined);
});

test('in Chinese the tool that really ran a check is named in Chinese, in full-width parentheses', () => {
	assert.equal(
		chinese(evidenceCommand({command: 'compare the h1: hashes', tool: 'gomod-doctor'})),
		'compare the h1: hashes  （实际由 gomod-doctor 执行）',
	);
});
