import assert from 'node:assert/strict';
import {test} from 'node:test';
import {exitStatus} from '../../source/diagnose/exit-status.js';

test('go succeeds and nothing is wrong: 0', () => {
	assert.equal(exitStatus({goFailed: false, severities: ['info']}), 0);
	assert.equal(exitStatus({goFailed: false, severities: []}), 0);
	assert.equal(exitStatus({goFailed: false, severities: [], strict: true}), 0);
});

test('warnings never change the status; --strict makes them count', () => {
	assert.equal(exitStatus({goFailed: false, severities: ['warning', 'info']}), 0);
	assert.equal(exitStatus({goFailed: false, severities: ['warning'], strict: false}), 0);
	assert.equal(exitStatus({goFailed: false, severities: ['warning', 'info'], strict: true}), 1);
});

test('an error finding stands: 1, whether go succeeded or not', () => {
	assert.equal(exitStatus({goFailed: false, severities: ['info', 'error']}), 1);
	assert.equal(exitStatus({goFailed: true, severities: ['error']}), 1);
});

test('go fails: 1, even when every finding is a warning or none is', () => {
	assert.equal(exitStatus({goFailed: true, severities: ['warning']}), 1);
	assert.equal(exitStatus({goFailed: true, severities: []}), 1);
	assert.equal(exitStatus({goFailed: true, severities: ['info']}), 1);
});
