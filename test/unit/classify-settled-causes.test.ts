/*
Rules that move the primary to the cause real threads settled on (issue 15), each with the case it must not touch.
*/
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {classifyGoOutput} from '../../source/classify/classify-go-error.js';

function primaryOf(text: string): {category: string | undefined; alternatives: string[]} {
	const result = classifyGoOutput(text);
	return {category: result.primary?.category, alternatives: result.alternatives.map((alternative) => alternative.category)};
}

const gopathPrompt = (target: string, clone: string) =>
	[
		`go get ${target}`,
		`# cd .; git clone https://${clone} /home/u/go/src/${clone}`,
		`Cloning into '/home/u/go/src/${clone}'...`,
		"fatal: could not read Username for 'https://github.com': terminal prompts disabled",
		`package ${clone}/sub: exit status 128`,
	].join('\n');

describe('a credentials prompt in GOPATH mode', () => {
	test('for a repository that a public package needs: it is gone or not public (not-found)', () => {
		const {category, alternatives} = primaryOf(gopathPrompt('github.com/owner/tool/cmd/tool', 'github.com/other/dep'));
		assert.equal(category, 'not-found');
		assert.ok(alternatives.includes('private-auth'));
	});

	test('for the repository asked for itself: still most likely credentials', () => {
		const {category, alternatives} = primaryOf(gopathPrompt('github.com/owner/tool', 'github.com/owner/tool'));
		assert.equal(category, 'private-auth');
		assert.ok(alternatives.includes('not-found'));
	});

	test('`package P: exit status 128` is never the primary when the prompt explains it', () => {
		assert.notEqual(primaryOf(gopathPrompt('github.com/owner/tool', 'github.com/owner/tool')).category, 'vcs');
	});
});

describe('a bare "unrecognized import path"', () => {
	test('for a path of the Go project: go fetched directly what a GOPROXY serves (goproxy-config)', () => {
		const {category, alternatives} = primaryOf('package golang.org/x/net: unrecognized import path "golang.org/x/net"');
		assert.equal(category, 'goproxy-config');
		assert.ok(alternatives.includes('http-proxy'));
	});

	test('for a vanity host: its go-import tags are the likelier cause (vcs)', () => {
		assert.equal(primaryOf('package example.org/lib: unrecognized import path "example.org/lib"').category, 'vcs');
	});
});

describe('a 404 for a public module', () => {
	const notFound = (proxy: string) =>
		`go: rsc.io/sampler@v1.3.1: unexpected status (${proxy}/rsc.io/sampler/@v/v1.3.1.info): 404 Not Found`;

	test("from a proxy on the user's machine or network: its own fetch failed (proxy-bad-response)", () => {
		for (const proxy of ['http://localhost:3000', 'http://10.1.2.3:8081', 'https://athens.corp.example']) {
			const {category, alternatives} = primaryOf(notFound(proxy));
			assert.equal(category, 'proxy-bad-response', proxy);
			assert.ok(alternatives.includes('not-found'), proxy);
		}
	});

	test('from a public mirror: the version does not exist (not-found)', () => {
		assert.equal(primaryOf(notFound('https://proxy.golang.org')).category, 'not-found');
	});
});
