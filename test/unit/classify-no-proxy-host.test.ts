/*
`classify` offered NO_PROXY for the module's own host (github.com for github.com/spf13/pflag) when go's request went
to the GOPROXY host through the HTTP proxy: the module host was never contacted, so the line changed nothing
(issue 12, item 14). NO_PROXY is offered only for a host the error shows the request went to through the proxy.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {classifyGoOutput} from '../../source/classify/classify-go-error.js';

const noProxyLines = (error: string) =>
	classifyGoOutput(error).items.flatMap((item) => item.fixes.filter((fix) => fix.id === 'no-proxy-host').flatMap((fix) => fix.shell ?? []));

test("proxyconnect on the GOPROXY host: NO_PROXY names that host, not the module's", () => {
	const lines = noProxyLines(
		'go: github.com/spf13/pflag@v1.0.5: Get "https://proxy.golang.org/github.com/spf13/pflag/@v/v1.0.5.info": proxyconnect tcp: dial tcp 10.0.0.1:3128: connect: connection refused',
	);
	assert.deepEqual(lines, ['export NO_PROXY="${NO_PROXY:+$NO_PROXY,}proxy.golang.org"']);
});

test('a 407 for an internal proxy URL: that host', () => {
	const lines = noProxyLines(
		'go: git.corp.example/team/lib@v1.0.0: reading http://goproxy.corp.example/git.corp.example/team/lib/@v/v1.0.0.info: 407 Proxy Authentication Required',
	);
	assert.deepEqual(lines, ['export NO_PROXY="${NO_PROXY:+$NO_PROXY,}goproxy.corp.example"']);
});

test('no URL shown going through the proxy: no NO_PROXY line at all', () => {
	assert.deepEqual(
		noProxyLines('go: github.com/spf13/pflag@v1.0.5: proxyconnect tcp: dial tcp 10.0.0.1:3128: connect: connection refused'),
		[],
	);
});
