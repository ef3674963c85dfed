import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {classifyGoOutput} from '../../source/classify/classify-go-error.js';
import type {Category} from '../../source/model/taxonomy.js';

/*
Error shapes of the network categories as go words them: cmd/go's and net/http's templates (`dial tcp: lookup
HOST on IP:53: …`, `proxyconnect tcp: …`, the bare status text of a refused CONNECT), Windows' connectex texts,
and lines from real reports (goproxy.cn, athens and golang/go issues). Hosts and modules are varied.
*/
const cases: ReadonlyArray<readonly [Category, string]> = [
	[
		'dns',
		'go: example.com/x@v1.0.0: Get "https://proxy.golang.org/example.com/x/@v/v1.0.0.info": dial tcp: lookup proxy.golang.org on 10.0.0.2:53: no such host',
	],
	[
		'dns',
		'go: golang.org/x/mod@v0.17.0: Get "https://proxy.golang.org/golang.org/x/mod/@v/v0.17.0.mod": dial tcp: lookup proxy.golang.org on 127.0.0.53:53: server misbehaving',
	],
	[
		'dns',
		'go: github.com/a/b@v1.2.3: Get "https://goproxy.cn/github.com/a/b/@v/v1.2.3.zip": dial tcp: lookup goproxy.cn on [::1]:53: read udp [::1]:52319->[::1]:53: read: connection refused',
	],
	[
		'dns',
		'go: github.com/a/b@v1.2.3: Get "https://goproxy.cn/github.com/a/b/@v/v1.2.3.zip": dial tcp: lookup goproxy.cn on 192.168.1.1:53: read udp 192.168.1.5:40000->192.168.1.1:53: i/o timeout',
	],
	[
		'dns',
		'go: downloading github.com/a/b v1.0.0\ngo: github.com/a/b@v1.0.0: Get "https://proxy.golang.org/github.com/a/b/@v/v1.0.0.zip": dial tcp: lookup proxy.golang.org: Temporary failure in name resolution',
	],
	[
		'dns',
		'go: github.com/a/b@v1.0.0: Get "https://proxy.golang.org/github.com/a/b/@v/v1.0.0.zip": dial tcp: lookup proxy.golang.org: no such host',
	],
	[
		'dns',
		'go: module github.com/a/b: Get "https://goproxy.io/github.com/a/b/@v/list": dial tcp: lookup goproxy.io on 8.8.8.8:53: dial udp 8.8.8.8:53: connect: network is unreachable',
	],
	[
		'timeout',
		'go: github.com/a/b@v1.0.0: Get "https://proxy.golang.org/github.com/a/b/@v/v1.0.0.info": dial tcp 142.251.215.241:443: i/o timeout',
	],
	['timeout', 'go: golang.org/x/lint/golint: Get "https://goproxy.cn/golang.org/x/lint/@v/list": net/http: TLS handshake timeout'],
	[
		'timeout',
		'go: github.com/a/b@v1.0.0: Get "https://proxy.golang.org/github.com/a/b/@v/v1.0.0.zip": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
	],
	[
		'timeout',
		'go get github.com/parnurzeal/gorequest@develop: Get https://goproxy.cn/github.com/parnurzeal/gorequest/@v/develop.info: dial tcp 35.186.235.12:443: connectex: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.',
	],
	[
		'timeout',
		'go: github.com/a/b@v1.0.0: Get "https://proxy.golang.org/github.com/a/b/@v/v1.0.0.zip": net/http: timeout awaiting response headers',
	],
	['timeout', 'go: github.com/a/b@v1.0.0: read tcp 10.0.0.5:51234->142.250.1.1:443: read: connection timed out'],
	[
		'refused',
		'go: example.com/lab/greet@v1.2.0: Get "http://127.0.0.1:33441/example.com/lab/greet/@v/v1.2.0.info": dial tcp 127.0.0.1:33441: connect: connection refused',
	],
	[
		'refused',
		'go: github.com/a/b@v1.0.0: Get "https://proxy.golang.org/github.com/a/b/@v/v1.0.0.zip": dial tcp [::1]:443: connectex: No connection could be made because the target machine actively refused it.',
	],
	[
		'refused',
		'go: github.com/a/b@v1.0.0: Get "https://proxy.golang.org/github.com/a/b/@v/v1.0.0.zip": read tcp 10.0.0.5:51234->142.250.1.1:443: read: connection reset by peer',
	],
	[
		'refused',
		'go: github.com/a/b@v1.0.0: Get "https://proxy.golang.org/github.com/a/b/@v/v1.0.0.zip": dial tcp 142.250.1.1:443: connect: network is unreachable',
	],
	[
		'refused',
		'go: github.com/a/b@v1.0.0: Get "https://proxy.golang.org/github.com/a/b/@v/v1.0.0.zip": dial tcp 142.250.1.1:443: connect: no route to host',
	],
	['refused', 'go: github.com/a/b@v1.0.0: Get "https://proxy.golang.org/github.com/a/b/@v/v1.0.0.zip": EOF'],
	[
		'http-proxy',
		'go: rsc.io/quote@v1.5.2: Get "http://vm:1/rsc.io/quote/@v/v1.5.2.info": proxyconnect tcp: dial tcp 127.0.0.1:9: connect: connection refused',
	],
	[
		'http-proxy',
		'go: github.com/a/b@v1.0.0: Get "https://proxy.golang.org/github.com/a/b/@v/v1.0.0.zip": proxyconnect tcp: dial tcp 10.1.1.1:7890: i/o timeout',
	],
	[
		'http-proxy',
		'go: github.com/a/b@v1.0.0: Get "https://proxy.golang.org/github.com/a/b/@v/v1.0.0.zip": proxyconnect tcp: dial tcp: lookup proxy.corp on 10.0.0.2:53: no such host',
	],
	['http-proxy', 'go: github.com/a/b@v1.0.0: Get "https://proxy.golang.org/github.com/a/b/@v/v1.0.0.zip": Proxy Authentication Required'],
	['http-proxy', 'go: github.com/a/b@v1.0.0: reading http://vm:4312/github.com/a/b/@v/v1.0.0.info: 407 Proxy Authentication Required'],
	['http-proxy', 'go: github.com/a/b@v1.0.0: Get "https://proxy.golang.org/github.com/a/b/@v/v1.0.0.zip": Forbidden'],
	[
		'http-proxy',
		'go: github.com/a/b@v1.0.0: Get "https://proxy.golang.org/github.com/a/b/@v/v1.0.0.zip": proxyconnect tcp: tls: first record does not look like a TLS handshake',
	],
	[
		'http-proxy',
		'go: github.com/a/b@v1.0.0: Get "https://proxy.golang.org/github.com/a/b/@v/v1.0.0.zip": proxyconnect tcp: dial tcp 127.0.0.1:7892: connectex: No connection could be made because the target machine actively refused it.',
	],
];

describe('classify: dns, timeout, refused and http-proxy as go words them', () => {
	for (const [category, text] of cases) {
		test(`${category}: …${text.slice(-60)}`, () => {
			const result = classifyGoOutput(text);
			assert.equal(result.primary?.category, category, JSON.stringify(result.primary));
		});
	}

	test('a resolver that refuses or cannot be reached is a dns failure, not a refused connection to the proxy', () => {
		const item = classifyGoOutput(cases[2]![1]).primary;
		assert.equal(item?.category, 'dns');
		assert.equal(item?.host, 'goproxy.cn');
	});

	test('a proxyconnect failure blames the proxy and says what went wrong underneath', () => {
		const refused = classifyGoOutput(
			'go: rsc.io/quote@v1.5.2: Get "http://vm:1/rsc.io/quote/@v/v1.5.2.info": proxyconnect tcp: dial tcp 127.0.0.1:9: connect: connection refused',
		).primary;
		assert.equal(refused?.host, '127.0.0.1');
		assert.equal(refused?.cause, 'refused');
		assert.equal(refused?.module, 'rsc.io/quote');
		const lookup = classifyGoOutput(
			'go: a.example/m@v1.0.0: Get "https://proxy.golang.org/a.example/m/@v/v1.0.0.zip": proxyconnect tcp: dial tcp: lookup proxy.corp on 10.0.0.2:53: no such host',
		).primary;
		assert.equal(lookup?.host, 'proxy.corp');
		assert.equal(lookup?.cause, 'dns');
	});

	test("a server's own 403 is not mistaken for a proxy refusing CONNECT", () => {
		const item = classifyGoOutput('go: a.example/m@v1.0.0: reading https://goproxy.corp/a.example/m/@v/v1.0.0.info: 403 Forbidden').primary;
		assert.equal(item?.category, 'private-auth');
	});
});
