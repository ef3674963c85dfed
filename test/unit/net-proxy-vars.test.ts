/*
The proxy variables as go's net/http reads them (golang.org/x/net/http/httpproxy: FromEnvironment, ProxyFunc,
useProxy), with the cases its documentation gives: upper case before lower case, an empty value as unset, NO_PROXY
as `*`, `example.com` (and subdomains), `.example.com` (subdomains only), with ports and as CIDR, loopback never
proxied, ALL_PROXY never read, and the CGI rule (REQUEST_METHOD set: HTTP_PROXY refused).
*/
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {internalHostReason, proxyForUrl, readProxySettings, redactProxyValue} from '../../source/go/proxy-for-url.js';

const via = (url: string, env: Record<string, string>) => proxyForUrl(url, env).proxy ?? 'direct';

describe('readProxySettings: which variable go reads', () => {
	test('upper case wins over lower case; the loser is shown as ignored, with why', () => {
		const settings = readProxySettings({HTTPS_PROXY: 'http://upper:1', https_proxy: 'http://lower:2'});
		assert.equal(settings.https?.name, 'HTTPS_PROXY');
		const lower = settings.variables.find((variable) => variable.name === 'https_proxy');
		assert.equal(lower?.used, false);
		assert.match(lower?.ignoredBecause ?? '', /HTTPS_PROXY is set too/);
	});

	test('an empty upper-case value counts as unset: go reads the lower-case one', () => {
		const settings = readProxySettings({HTTP_PROXY: '', http_proxy: 'http://lower:2'});
		assert.equal(settings.http?.name, 'http_proxy');
		assert.match(settings.variables.find((variable) => variable.name === 'HTTP_PROXY')?.ignoredBecause ?? '', /empty/);
		assert.equal(via('http://athens.corp/x', {HTTP_PROXY: '', http_proxy: 'http://lower:2'}), 'http://lower:2');
	});

	test('only ALL_PROXY set: go uses no proxy at all, and that is said', () => {
		const settings = readProxySettings({ALL_PROXY: 'socks5://127.0.0.1:1080'});
		assert.equal(settings.allProxyOnly, true);
		assert.equal(settings.https, undefined);
		assert.match(settings.variables[0]?.ignoredBecause ?? '', /never reads ALL_PROXY/);
		assert.equal(via('https://proxy.golang.org', {ALL_PROXY: 'socks5://127.0.0.1:1080'}), 'direct');
		assert.equal(readProxySettings({ALL_PROXY: 'x', HTTPS_PROXY: 'y'}).allProxyOnly, false);
	});

	test('REQUEST_METHOD (a CGI environment): go refuses HTTP_PROXY for http URLs, but not HTTPS_PROXY', () => {
		const env = {REQUEST_METHOD: 'GET', HTTP_PROXY: 'http://p:1', HTTPS_PROXY: 'http://p:2'};
		assert.equal(readProxySettings(env).cgi, true);
		assert.match(proxyForUrl('http://athens.corp/x', env).error ?? '', /refusing to use HTTP_PROXY value in CGI environment/);
		assert.equal(via('https://proxy.golang.org', env), 'http://p:2');
	});

	test('credentials are redacted wherever a value is shown, with or without a scheme', () => {
		const settings = readProxySettings({HTTPS_PROXY: 'http://alice:s3cret@proxy.corp:3128', http_proxy: 'bob:pw@proxy.corp:3128'});
		assert.deepEqual(
			settings.variables.map((variable) => variable.shown),
			['http://***@proxy.corp:3128', '***@proxy.corp:3128'],
		);
		assert.equal(redactProxyValue('proxy.corp:3128'), 'proxy.corp:3128');
	});
});

describe('NO_PROXY forms, as go matches them', () => {
	const proxy = {HTTPS_PROXY: 'http://p:1', HTTP_PROXY: 'http://p:1'};
	const cases: ReadonlyArray<readonly [string, string, 'direct' | 'proxy']> = [
		['*', 'https://anything.example/x', 'direct'],
		['example.com', 'https://example.com/x', 'direct'],
		['example.com', 'https://sub.example.com/x', 'direct'],
		['example.com', 'https://notexample.com/x', 'proxy'],
		['.example.com', 'https://example.com/x', 'proxy'],
		['.example.com', 'https://sub.example.com/x', 'direct'],
		['*.example.com', 'https://sub.example.com/x', 'direct'],
		['example.com:443', 'https://example.com/x', 'direct'],
		['example.com:8443', 'https://example.com/x', 'proxy'],
		['10.0.0.0/8', 'http://10.1.2.3:3000/x', 'direct'],
		['10.0.0.0/8', 'http://11.1.2.3:3000/x', 'proxy'],
		['10.1.2.3', 'http://10.1.2.3/x', 'direct'],
		['10.0.0.0/8', 'http://athens.corp/x', 'proxy'],
		[' Example.COM , other.org ', 'https://other.org/x', 'direct'],
	];
	for (const [noProxy, url, expected] of cases) {
		test(`NO_PROXY=${JSON.stringify(noProxy)}: ${url} goes ${expected}`, () => {
			assert.equal(via(url, {...proxy, NO_PROXY: noProxy}) === 'direct' ? 'direct' : 'proxy', expected);
		});
	}

	test('no_proxy is read when NO_PROXY is unset; loopback is never proxied, a loopback alias is', () => {
		assert.equal(via('https://example.com/x', {...proxy, no_proxy: 'example.com'}), 'direct');
		assert.equal(via('http://127.0.0.1:4312/x', proxy), 'direct');
		assert.equal(via('http://localhost:4312/x', proxy), 'direct');
		assert.equal(via('http://vm:4312/x', proxy), 'http://p:1');
	});
});

describe('internalHostReason: hosts a corporate proxy is unlikely to reach', () => {
	for (const host of [
		'localhost',
		'10.1.2.3',
		'172.20.0.5',
		'192.168.1.10',
		'athens',
		'vm',
		'goproxy.corp',
		'git.internal',
		'nas.local',
		'mirror.lan',
		'fd00::1',
		'169.254.1.1',
	]) {
		test(`${host} is internal`, () => {
			assert.notEqual(internalHostReason(host), undefined);
		});
	}

	for (const host of ['proxy.golang.org', 'goproxy.cn', '8.8.8.8', '172.32.0.1', 'corp.example.com']) {
		test(`${host} is not`, () => {
			assert.equal(internalHostReason(host), undefined);
		});
	}
});
