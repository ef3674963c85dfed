import assert from 'node:assert/strict';
import {test} from 'node:test';
import {classifyGoOutput} from '../../source/classify/classify-go-error.js';

/**
The shapes go prints for a broken GOPROXY server, certificate problems and its own settings, from cmd/go's
templates (modfetch/proxy.go, net/http, crypto/x509, crypto/tls, modget) as different go versions and
proxies word them: the category each belongs to.
*/
const shapes: Array<[string, string]> = [
	// Proxy-bad-response: modfetch's `reading URL: STATUS` with a gateway's status line (nginx, Athens behind a balancer).
	['go: example.com/m@v1.0.0: reading https://goproxy.example/example.com/m/@v/list: 502 Bad Gateway', 'proxy-bad-response'],
	['go: example.com/m@v1.0.0: reading https://athens.corp.example/example.com/m/@v/v1.0.0.info: 504 Gateway Timeout', 'proxy-bad-response'],
	[
		'go: example.com/m@v1.0.0: reading https://athens.corp.example/example.com/m/@v/v1.0.0.info: 503 Service Temporarily Unavailable',
		'proxy-bad-response',
	],
	// Tls: crypto/x509's errors, with and without go 1.20's `tls: failed to verify certificate:` prefix.
	[
		'go: github.com/pkg/errors@v0.9.1: Get "https://proxy.golang.org/github.com/pkg/errors/@v/v0.9.1.mod": x509: certificate signed by unknown authority',
		'tls',
	],
	[
		'go: golang.org/x/mod@v0.17.0: Get "https://proxy.golang.org/golang.org/x/mod/@v/v0.17.0.mod": tls: failed to verify certificate: x509: certificate signed by unknown authority',
		'tls',
	],
	[
		'go: example.com/m@v1.0.0: Get "https://goproxy.cn/example.com/m/@v/v1.0.0.mod": x509: certificate has expired or is not yet valid: current time 2024-01-01T00:00:00Z is after 2023-12-01T00:00:00Z',
		'tls',
	],
	[
		'go: example.com/m@v1.0.0: Get "https://goproxy.io/example.com/m/@v/v1.0.0.mod": tls: failed to verify certificate: x509: certificate is valid for *.example.net, not goproxy.io',
		'tls',
	],
	[
		'verifying example.com/m@v1.0.0: example.com/m@v1.0.0: Get "https://sum.golang.org/lookup/example.com/m@v1.0.0": x509: certificate signed by unknown authority (possibly because of "crypto/rsa: verification error" while trying to verify candidate authority certificate "Zscaler Root CA")',
		'tls',
	],
	// Goproxy-config: modfetch's and modget's own messages (go 1.26 prints them as shown).
	['go: example.com/lab/hello@v1.0.0: GOPROXY list is not the empty string, but contains no entries', 'goproxy-config'],
	['go: example.com/lab/hello@v1.0.0: invalid proxy URL missing scheme: foo', 'goproxy-config'],
	['go: example.com/lab/hello@v1.0.0: module lookup disabled by GOPROXY=off', 'goproxy-config'],
	['go: -insecure flag is no longer supported; use GOINSECURE instead', 'goproxy-config'],
	[
		'go: example.com/lab/hello@v1.0.0: parse "[https://goproxy.cn](https://goproxy.cn)": first path segment in URL cannot contain colon',
		'goproxy-config',
	],
	['go: example.com/m@v1.0.0: invalid proxy URL scheme (must be https, http, file): ftp://mirror.example', 'goproxy-config'],
];

for (const [text, category] of shapes) {
	test(`${category}: ${text.slice(0, 100)}`, () => {
		assert.equal(classifyGoOutput(text).items[0]?.category, category);
	});
}
