import assert from 'node:assert/strict';
import {test} from 'node:test';
import {rankFixes} from '../../source/diagnose/rank-fixes.js';
import type {Finding, Fix} from '../../source/model/report.js';

const useWorking: Fix = {
	id: 'goproxy-use-working',
	title: 'Use http://b.test first',
	kind: 'go-env',
	argv: ['go', 'env', '-w', 'GOPROXY=http://b.test,direct'],
	changes: [{key: 'GOPROXY', value: 'http://b.test,direct'}],
	scope: 'persistent',
	weakensSecurity: false,
};
const unsetShell: Fix = {
	id: 'env-unset-goproxy',
	title: 'Unset GOPROXY in your shell',
	kind: 'shell',
	shell: ['unset GOPROXY'],
	scope: 'session',
	weakensSecurity: false,
};
const noProxy: Fix = {
	id: 'proxy-no-proxy',
	title: 'Send corp.test direct',
	kind: 'shell',
	shell: ['export NO_PROXY=corp.test'],
	env: {NO_PROXY: 'corp.test'},
	scope: 'session',
	weakensSecurity: false,
};
const finding = (category: Finding['category']): Finding => ({
	category,
	severity: 'error',
	subject: 's',
	summary: 's',
	evidence: [],
	fixes: [],
});

test('a go env -w of a variable the OS environment sets is never first: the shell line is', () => {
	const ranked = rankFixes([useWorking, unsetShell], {fromEnvironment: new Set(['GOPROXY']), findings: [finding('refused')]});
	assert.deepEqual(
		ranked.map((fix) => fix.id),
		['env-unset-goproxy', 'goproxy-use-working'],
	);
	assert.deepEqual(
		rankFixes([useWorking, unsetShell], {fromEnvironment: new Set(), findings: [finding('refused')]}).map((fix) => fix.id),
		['goproxy-use-working', 'env-unset-goproxy'],
		'not shadowed: the order stays',
	);
});

test('when an HTTP(S) proxy on the route fails, NO_PROXY or credentials come before replacing the GOPROXY list', () => {
	const ranked = rankFixes([useWorking, noProxy], {fromEnvironment: new Set(), findings: [finding('http-proxy')]});
	assert.deepEqual(
		ranked.map((fix) => fix.id),
		['proxy-no-proxy', 'goproxy-use-working'],
	);
});
