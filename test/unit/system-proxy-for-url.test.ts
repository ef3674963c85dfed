import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {proxyForUrl} from '../../source/go/proxy-for-url.js';

const proxy = 'http://proxy.corp:3128';

/** The proxy go would use, or `direct`. */
function via(url: string, env: Record<string, string | undefined>): string {
	return proxyForUrl(url, env).proxy ?? 'direct';
}

describe('proxyForUrl: which variable applies', () => {
	test('https URLs use HTTPS_PROXY, http URLs use HTTP_PROXY, never the other one', () => {
		const env = {HTTPS_PROXY: 'http://secure:1', HTTP_PROXY: 'http://plain:2'};
		assert.equal(via('https://proxy.golang.org/x/@v/list', env), 'http://secure:1');
		assert.equal(via('http://athens.corp/x/@v/list', env), 'http://plain:2');
		assert.equal(via('https://proxy.golang.org', {HTTP_PROXY: 'http://plain:2'}), 'direct');
		assert.equal(via('http://athens.corp', {HTTPS_PROXY: 'http://secure:1'}), 'direct');
	});

	test('the upper-case name wins; an empty upper-case value counts as unset', () => {
		assert.equal(via('https://a.example', {HTTPS_PROXY: 'http://upper:1', https_proxy: 'http://lower:1'}), 'http://upper:1');
		assert.equal(via('https://a.example', {HTTPS_PROXY: '', https_proxy: 'http://lower:1'}), 'http://lower:1');
		const decision = proxyForUrl('https://a.example', {https_proxy: 'http://lower:1'});
		assert.equal(decision.variable, 'https_proxy');
		assert.equal(decision.reason, 'https_proxy applies to https URLs');
	});

	test('ALL_PROXY is ignored by go', () => {
		const decision = proxyForUrl('https://proxy.golang.org', {ALL_PROXY: 'http://all:1', all_proxy: 'http://all:2'});
		assert.equal(decision.proxy, undefined);
		assert.match(decision.reason, /neither HTTPS_PROXY nor https_proxy is set/);
	});

	test('schemes other than http and https are never proxied', () => {
		assert.equal(via('file:///tmp/goproxy', {HTTPS_PROXY: proxy, HTTP_PROXY: proxy}), 'direct');
		assert.equal(via('ftp://mirror.example/x', {HTTPS_PROXY: proxy, HTTP_PROXY: proxy}), 'direct');
		assert.equal(via('not a url', {HTTPS_PROXY: proxy}), 'direct');
	});

	test('the scheme is compared case-insensitively, as go lower-cases it', () => {
		assert.equal(via('HTTPS://proxy.golang.org', {HTTPS_PROXY: proxy}), proxy);
	});
});

describe('proxyForUrl: the proxy value', () => {
	test('a value without a scheme gets http://', () => {
		assert.equal(via('https://a.example', {HTTPS_PROXY: 'proxy.corp:3128'}), 'http://proxy.corp:3128');
		assert.equal(via('https://a.example', {HTTPS_PROXY: 'localhost:3128'}), 'http://localhost:3128');
		assert.equal(via('https://a.example', {HTTPS_PROXY: '10.0.0.1:8080'}), 'http://10.0.0.1:8080');
		assert.equal(via('https://a.example', {HTTPS_PROXY: 'user:pw@proxy.corp:3128'}), 'http://user:pw@proxy.corp:3128');
	});

	test('a value with a scheme is kept, userinfo and all', () => {
		assert.equal(via('https://a.example', {HTTPS_PROXY: 'https://u:p@proxy.corp:443'}), 'https://u:p@proxy.corp:443');
		assert.equal(via('https://a.example', {HTTPS_PROXY: 'socks5://proxy.corp:1080'}), 'socks5://proxy.corp:1080');
		assert.equal(via('https://a.example', {HTTPS_PROXY: 'HTTP://proxy.corp:3128'}), 'http://proxy.corp:3128');
	});
});

describe('proxyForUrl: never proxied', () => {
	const env = {HTTPS_PROXY: proxy, HTTP_PROXY: proxy};

	test('localhost and loopback addresses go direct even without NO_PROXY', () => {
		for (const url of [
			'http://localhost:4312/x',
			'https://localhost/x',
			'http://127.0.0.1:4312/',
			'http://127.9.8.7/',
			'http://[::1]:8080/',
			'http://[::ffff:127.0.0.1]/',
		]) {
			assert.equal(via(url, env), 'direct', url);
		}

		assert.match(proxyForUrl('http://localhost:1/', env).reason, /never proxies requests to localhost/);
		assert.match(proxyForUrl('http://127.0.0.1:1/', env).reason, /loopback address \(127\.0\.0\.1\)/);
	});

	test('names that merely look local are proxied, as in go', () => {
		assert.equal(via('http://localhost.localdomain/', env), proxy);
		assert.equal(via('http://LOCALHOST/', env), proxy);
		assert.equal(via('http://127.000.0.1/', env), proxy);
		assert.equal(via('http://10.0.0.1/', env), proxy);
	});
});

describe('proxyForUrl: NO_PROXY', () => {
	const withNoProxy = (noProxy: string) => ({HTTPS_PROXY: proxy, HTTP_PROXY: proxy, NO_PROXY: noProxy});

	test('* sends everything direct', () => {
		const decision = proxyForUrl('https://proxy.golang.org', withNoProxy('*'));
		assert.equal(decision.proxy, undefined);
		assert.equal(decision.noProxyEntry, '*');
		assert.match(decision.reason, /NO_PROXY is \*/);
	});

	test('a bare domain matches itself and its subdomains, not look-alikes', () => {
		const env = withNoProxy('corp.example');
		assert.equal(via('https://corp.example/x', env), 'direct');
		assert.equal(via('https://git.corp.example/x', env), 'direct');
		assert.equal(via('https://a.b.corp.example/x', env), 'direct');
		assert.equal(via('https://notcorp.example/x', env), proxy);
		assert.equal(via('https://corp.example.com/x', env), proxy);
	});

	test('.domain and *.domain match subdomains only', () => {
		for (const entry of ['.corp.example', '*.corp.example']) {
			const env = withNoProxy(entry);
			assert.equal(via('https://git.corp.example/x', env), 'direct', entry);
			assert.equal(via('https://corp.example/x', env), proxy, entry);
		}
	});

	test('entries are comma-separated, trimmed and case-insensitive; spaces alone do not separate', () => {
		const env = withNoProxy(' Foo.Example , ,GIT.corp.example ');
		assert.equal(via('https://foo.example', env), 'direct');
		assert.equal(via('https://git.corp.example', env), 'direct');
		assert.equal(via('https://GIT.CORP.EXAMPLE', env), 'direct');
		const spaced = withNoProxy('a.example b.example');
		assert.equal(via('https://a.example', spaced), proxy);
		assert.equal(via('https://b.example', spaced), proxy);
	});

	test('an entry with a port matches that port only (the scheme default counts)', () => {
		const env = withNoProxy('corp.example:8443,10.1.2.3:80');
		assert.equal(via('https://git.corp.example:8443/x', env), 'direct');
		assert.equal(via('https://git.corp.example/x', env), proxy);
		assert.equal(via('http://10.1.2.3/x', env), 'direct');
		assert.equal(via('http://10.1.2.3:8080/x', env), proxy);
		assert.equal(via('https://10.1.2.3/x', env), proxy);
	});

	test('IP addresses and CIDR ranges match IP hosts', () => {
		const env = withNoProxy('10.0.0.0/8,192.168.1.5,2001:db8::/32,[2001:db9::1]:443');
		assert.equal(via('https://10.20.30.40/x', env), 'direct');
		assert.equal(via('https://11.0.0.1/x', env), proxy);
		assert.equal(via('https://192.168.1.5/x', env), 'direct');
		assert.equal(via('https://192.168.1.6/x', env), proxy);
		assert.equal(via('https://[2001:db8:1::5]/x', env), 'direct');
		assert.equal(via('https://[2001:db7::5]/x', env), proxy);
		assert.equal(via('https://[2001:db9::1]/x', env), 'direct');
		assert.equal(via('https://[2001:db9::1]:8443/x', env), proxy);
	});

	test('an IPv4 CIDR also matches the IPv4-mapped IPv6 form', () => {
		assert.equal(via('https://[::ffff:10.1.1.1]/x', withNoProxy('10.0.0.0/8')), 'direct');
	});

	test('domain entries never match IP hosts and IP entries never match names', () => {
		assert.equal(via('https://10.0.0.1/x', withNoProxy('0.0.1')), proxy);
		assert.equal(via('https://ten.example/x', withNoProxy('10.0.0.0/8')), proxy);
	});

	test('malformed entries are ignored, the rest still apply', () => {
		const env = withNoProxy(':8080,[::1,corp.example');
		assert.equal(via('https://git.corp.example', env), 'direct');
		assert.equal(via('https://proxy.golang.org', env), proxy);
	});

	test('no_proxy is read when NO_PROXY is unset or empty, and the reason names the entry', () => {
		const decision = proxyForUrl('https://git.corp.example/x', {
			HTTPS_PROXY: proxy,
			NO_PROXY: '',
			no_proxy: 'other.example,.corp.example',
		});
		assert.equal(decision.proxy, undefined);
		assert.equal(decision.noProxyEntry, '.corp.example');
		assert.equal(decision.reason, 'no_proxy entry .corp.example matches git.corp.example, so go connects directly');
	});

	test('internationalised names are compared in their ASCII form', () => {
		assert.equal(via('https://git.bücher.example/x', withNoProxy('bücher.example')), 'direct');
		assert.equal(via('https://git.xn--bcher-kva.example/x', withNoProxy('bücher.example')), 'direct');
	});
});

describe('proxyForUrl: CGI', () => {
	test('go refuses HTTP_PROXY for http URLs when REQUEST_METHOD is set', () => {
		const decision = proxyForUrl('http://athens.corp/x', {HTTP_PROXY: proxy, REQUEST_METHOD: 'GET'});
		assert.equal(decision.proxy, undefined);
		assert.match(decision.error ?? '', /refusing to use HTTP_PROXY value in CGI environment/);
		assert.equal(via('https://athens.corp/x', {HTTPS_PROXY: proxy, REQUEST_METHOD: 'GET'}), proxy);
	});
});
