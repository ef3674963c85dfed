import assert from 'node:assert/strict';
import {test} from 'node:test';
import {isInteractive, type Terminal} from '../../source/commands/run-wizard.js';

function terminal(stdinTty: boolean, stdoutTty: boolean): Terminal {
	return {stdin: {isTTY: stdinTty}, stdout: {isTTY: stdoutTty}, stderr: {}} as unknown as Terminal;
}

test('the wizard needs a terminal on both ends that can move the cursor; otherwise the report is printed', () => {
	assert.equal(isInteractive(terminal(true, true), {TERM: 'xterm-256color'}), true);
	assert.equal(isInteractive(terminal(true, true), {}), true);
	assert.equal(isInteractive(terminal(true, true), {TERM: 'dumb'}), false);
	assert.equal(isInteractive(terminal(false, true), {TERM: 'xterm'}), false);
	assert.equal(isInteractive(terminal(true, false), {TERM: 'xterm'}), false);
});
