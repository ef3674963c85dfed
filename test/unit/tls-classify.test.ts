/*
Classify recognises TLS failures as go 1.18–1.26 word them (crypto/x509, crypto/tls, net/http and cmd/go's
templates, with and without go 1.20's `tls: failed to verify certificate:` prefix), as older go printed URLs
(unquoted), and as corporate interception shows up in real reports (golang/go#45569, #24147, #29059, #27175;
hashicorp/terraform#15713), and names the host the certificate belongs to.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {classifyGoOutput} from '../../source/classify/classify-go-error.js';

const shapes: Array<[string, string]> = [
	// Go 1.18/1.19: crypto/x509's error as it is.
	[
		'go: golang.org/x/mod@v0.17.0: Get "https://proxy.golang.org/golang.org/x/mod/@v/v0.17.0.mod": x509: certificate signed by unknown authority',
		'proxy.golang.org',
	],
	// Go 1.20+: crypto/tls wraps it.
	[
		'go: golang.org/x/mod@v0.17.0: Get "https://goproxy.corp.example/golang.org/x/mod/@v/v0.17.0.info": tls: failed to verify certificate: x509: certificate signed by unknown authority',
		'goproxy.corp.example',
	],
	// An interception CA named by crypto/x509's hint.
	[
		'go: golang.org/x/text@v0.14.0: Get "https://proxy.golang.org/golang.org/x/text/@v/v0.14.0.zip": tls: failed to verify certificate: x509: certificate signed by unknown authority (possibly because of "crypto/rsa: verification error" while trying to verify candidate authority certificate "Zscaler Root CA")',
		'proxy.golang.org',
	],
	// MacOS's verifier (go 1.18+ asks the platform there).
	[
		'go: github.com/pkg/errors@v0.9.1: Get "https://proxy.golang.org/github.com/pkg/errors/@v/v0.9.1.mod": tls: failed to verify certificate: x509: “Fortinet_CA_SSL” certificate is not trusted',
		'proxy.golang.org',
	],
	[
		'go: example.com/m@v1.0.0: Get "https://goproxy.cn/example.com/m/@v/v1.0.0.mod": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2024-03-01T10:00:00+08:00 is after 2024-02-29T23:59:59Z',
		'goproxy.cn',
	],
	[
		'go: example.com/m@v1.0.0: Get "https://goproxy.io/example.com/m/@v/v1.0.0.mod": tls: failed to verify certificate: x509: certificate is valid for *.example.net, example.net, not goproxy.io',
		'goproxy.io',
	],
	[
		'go: example.com/m@v1.0.0: Get "https://10.0.0.5/example.com/m/@v/list": tls: failed to verify certificate: x509: cannot validate certificate for 10.0.0.5 because it doesn\'t contain any IP SANs',
		'10.0.0.5',
	],
	[
		'go: git.corp.example/lib@v1.2.0: unrecognized import path "git.corp.example/lib": https fetch: Get "https://git.corp.example/lib?go-get=1": tls: failed to verify certificate: x509: certificate relies on legacy Common Name field, use SANs instead',
		'git.corp.example',
	],
	[
		'go: example.com/m@v1.0.0: Get "https://goproxy.corp.example/example.com/m/@v/list": remote error: tls: handshake failure',
		'goproxy.corp.example',
	],
	[
		'go: example.com/m@v1.0.0: Get "https://goproxy.corp.example/example.com/m/@v/list": remote error: tls: protocol version not supported',
		'goproxy.corp.example',
	],
	[
		'go: example.com/m@v1.0.0: Get "https://goproxy.corp.example/example.com/m/@v/list": tls: server selected unsupported protocol version 301',
		'goproxy.corp.example',
	],
	[
		'go: example.com/m@v1.0.0: Get "https://goproxy.corp.example/example.com/m/@v/list": local error: tls: unexpected message',
		'goproxy.corp.example',
	],
	// An https GOPROXY entry pointed at a plain-HTTP port.
	[
		'go: example.com/m@v1.0.0: Get "https://127.0.0.1:8080/example.com/m/@v/list": http: server gave HTTP response to HTTPS client',
		'127.0.0.1',
	],
	[
		'go: example.com/m@v1.0.0: Get "https://127.0.0.1:8080/example.com/m/@v/list": tls: first record does not look like a TLS handshake',
		'127.0.0.1',
	],
	// The checksum database behind an interception proxy.
	[
		'verifying golang.org/x/mod@v0.17.0: golang.org/x/mod@v0.17.0: Get "https://sum.golang.org/lookup/golang.org/x/mod@v0.17.0": tls: failed to verify certificate: x509: certificate signed by unknown authority',
		'sum.golang.org',
	],
	// Go before 1.14 printed URLs without quotes (golang/go#24147).
	[
		'package k8s.io/kubernetes: unrecognized import path "k8s.io/kubernetes" (https fetch: Get https://k8s.io/kubernetes?go-get=1: x509: certificate signed by unknown authority)',
		'k8s.io',
	],
];

test('every TLS shape is tls, and the host is the one whose certificate failed', () => {
	for (const [line, host] of shapes) {
		const {items} = classifyGoOutput(`${line}\n`);
		assert.equal(items[0]?.category, 'tls', line);
		assert.equal(items[0]?.host, host, line);
	}
});

test('a TLS handshake timeout is a timeout, not a certificate problem', () => {
	const {items} = classifyGoOutput(
		'go: example.com/m@v1.0.0: Get "https://proxy.golang.org/example.com/m/@v/list": net/http: TLS handshake timeout\n',
	);
	assert.equal(items[0]?.category, 'timeout');
});
