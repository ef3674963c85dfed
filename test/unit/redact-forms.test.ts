import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {createRedactor, looksSecretName, redactionMarker} from '../../source/redact/redact.js';

const plain = createRedactor();

function check(input: string, expected: string, redactor = plain): void {
	const once = redactor.redact(input);
	assert.equal(once, expected);
	assert.equal(redactor.redact(once), once, 'idempotent');
}

describe('redact: credentials in URLs', () => {
	test('user:password in an https URL', () => {
		check('Get "https://alice:s3cretPass@goproxy.corp.example/x/@v/list": 401', 'Get "https://***@goproxy.corp.example/x/@v/list": 401');
	});

	test('a user (a token) alone in an http(s) URL', () => {
		check('https://ghtoken1234567@github.com/acme/x.git', 'https://***@github.com/acme/x.git');
		check('http://oauth2@proxy.corp.example:8080', 'http://***@proxy.corp.example:8080');
	});

	test('an @ inside an unencoded password: everything before the last @ goes', () => {
		check('https://bob:p@ss@host.example/path', 'https://***@host.example/path');
	});

	test('proxy URLs without a scheme', () => {
		check('HTTPS_PROXY=bob:hunter22@proxy.corp.example:3128', 'HTTPS_PROXY=***@proxy.corp.example:3128');
		check('proxy is user:pa55word@10.0.0.1:3128 today', 'proxy is ***@10.0.0.1:3128 today');
	});

	test('a GOPROXY list with credentials in one entry', () => {
		check(
			'GOPROXY=https://goproxy.cn,https://ci:tok3n-value@athens.corp.example|direct',
			'GOPROXY=https://goproxy.cn,https://***@athens.corp.example|direct',
		);
	});

	test('socks and git+ssh URLs with a password', () => {
		check('ALL_PROXY=socks5://u:pw12345@127.0.0.1:1080', 'ALL_PROXY=socks5://***@127.0.0.1:1080');
		check('ssh://git:sshpass99@git.corp.example/x', 'ssh://***@git.corp.example/x');
	});

	test('ssh user names and scp-like addresses are not secrets', () => {
		check('ssh://git@github.com/acme/x.git', 'ssh://git@github.com/acme/x.git');
		check('git@github.com:acme/x.git', 'git@github.com:acme/x.git');
	});

	test('inside go -x output: # get https://user:tok@git.corp/…', () => {
		check(
			'# get https://dev:glpat-abcdefghijklmnop1234@git.corp/team/x?go-get=1\n# get https://dev:glpat-abcdefghijklmnop1234@git.corp/team/x?go-get=1: 200 OK (0.120s)',
			'# get https://***@git.corp/team/x?go-get=1\n# get https://***@git.corp/team/x?go-get=1: 200 OK (0.120s)',
		);
	});
});

describe('redact: headers and bearer tokens', () => {
	test('Authorization with any scheme', () => {
		check('Authorization: Basic YWxpY2U6c2VjcmV0', 'Authorization: Basic ***');
		check('authorization: Bearer abc.def.ghi', 'authorization: Bearer ***');
		check('Authorization: token 0123456789abcdef', 'Authorization: token ***');
		check('Authorization: Digest username="a", response="b"', 'Authorization: Digest ***');
		check('Authorization: SomethingCustom xyz', 'Authorization: ***');
	});

	test('Proxy-Authorization, and a header inside quotes keeps its closing quote', () => {
		check('curl -H "Proxy-Authorization: Basic Ym9iOmh1bnRlcg==" https://x', 'curl -H "Proxy-Authorization: Basic ***" https://x');
	});

	test('multi-line: only the header line is touched', () => {
		check(
			'> GET / HTTP/1.1\n> Authorization: Bearer tok_123\n> Accept: */*',
			'> GET / HTTP/1.1\n> Authorization: Bearer ***\n> Accept: */*',
		);
	});

	test('a bearer token outside a header', () => {
		check('sent Bearer abcDEF123.xyz_-~+/= to the server', 'sent Bearer *** to the server');
	});

	test('prose about bearer tokens is left alone', () => {
		check('the server wants a Bearer token', 'the server wants a Bearer token');
	});
});

describe('redact: well-known token shapes', () => {
	const tokens = [
		'ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij',
		'gho_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij',
		'ghu_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij',
		'ghs_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij',
		'ghr_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij',
		'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz',
		'glpat-AbCdEfGhIjKlMnOpQrSt',
		'xoxb-1234567890-0987654321-AbCdEfGhIjKl',
		'xoxp-1234567890-abcdef',
		'npm_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789',
		'AKIAIOSFODNN7EXAMPLE',
		'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
	];
	for (const token of tokens) {
		test(token.slice(0, 12), () => {
			check(`before ${token} after`, 'before *** after');
			check(`x=${token}`, 'x=***');
			check(`prefix${token}`, 'prefix***');
		});
	}
});

describe('redact: key=value secrets', () => {
	test('query strings', () => {
		check('https://git.corp.example/x.git?private_token=abc123&ref=main', 'https://git.corp.example/x.git?private_token=***&ref=main');
		check('GET /lookup?access_token=t0k&x=1 HTTP/1.1', 'GET /lookup?access_token=***&x=1 HTTP/1.1');
	});

	test('running text and shell assignments', () => {
		check('password=hunter2 secret=shh token=t GITHUB_TOKEN=ghx', 'password=*** secret=*** token=*** GITHUB_TOKEN=***');
		check("export API_KEY='a b c'; echo ok", 'export API_KEY=***; echo ok');
		check('db_password="x y"', 'db_password=***');
	});

	test('JSON-looking text', () => {
		check('{"username": "bob", "password": "p4ss", "api_key":"k"}', '{"username": "bob", "password": "***", "api_key":"***"}');
	});

	test('ordinary key=value text stays', () => {
		check(
			'GOFLAGS=-mod=mod GOPROXY=https://proxy.golang.org,direct GOAUTH=netrc',
			'GOFLAGS=-mod=mod GOPROXY=https://proxy.golang.org,direct GOAUTH=netrc',
		);
		check('git config credential.helper=store', 'git config credential.helper=store');
	});
});

describe('redact: .netrc', () => {
	test('one line', () => {
		check('machine git.corp.example login bob password s3cr3t', 'machine git.corp.example login *** password ***');
	});

	test('several entries over several lines, with default and port', () => {
		check(
			'machine a.example\n\tlogin alice\n\tpassword pa\nmachine b.example port 443 login bob password pb\ndefault login anonymous password me',
			'machine a.example\n\tlogin ***\n\tpassword ***\nmachine b.example port 443 login *** password ***\ndefault login *** password ***',
		);
	});

	test('go and git messages about passwords are not .netrc', () => {
		check(
			"fatal: could not read Password for 'https://gitlab.com': terminal prompts disabled",
			"fatal: could not read Password for 'https://gitlab.com': terminal prompts disabled",
		);
		check('the default login is used', 'the default login is used');
	});
});

describe('redact: secrets from the environment', () => {
	const env = {
		GITHUB_TOKEN: 'plain-looking-value-42',
		MY_SERVICE_SECRET: 'Zebra-Orchid-77',
		DB_PASSWORD: 'correct horse',
		LEGACY_PASSWD: 'pw-legacy-1',
		STRIPE_API_KEY: 'sk_live_xyz789',
		GOOGLE_CREDENTIALS: 'cred-blob-123',
		NPM_CONFIG__AUTH: 'bnBtOmF1dGg=',
		HTTPS_PROXY: 'http://proxyuser:Pr0xyPass@proxy.corp.example:3128',
		GOPROXY: 'https://ci:athens-tok-9@athens.corp.example,direct',
		GOAUTH: 'command /usr/local/bin/auth-helper --header "Authorization: Bearer goauth-bearer-123"',
		GIT_AUTHOR_NAME: 'Alice Example',
		HOME: '/home/alice',
		FEATURE_TOKEN_ENABLED: 'true',
	};
	const redactor = createRedactor({env, secrets: ['extra-secret-value']});

	test('their literal values are removed wherever they appear', () => {
		const text = [
			'got plain-looking-value-42 from the API',
			'Zebra-Orchid-77',
			'connecting with correct horse',
			'pw-legacy-1 sk_live_xyz789 cred-blob-123 bnBtOmF1dGg=',
			'proxy said Pr0xyPass was wrong; athens-tok-9; goauth-bearer-123',
			'and extra-secret-value',
			'percent-encoded: correct%20horse',
		].join('\n');
		const out = redactor.redact(text);
		for (const secret of [
			'plain-looking-value-42',
			'Zebra-Orchid-77',
			'correct horse',
			'correct%20horse',
			'pw-legacy-1',
			'sk_live_xyz789',
			'cred-blob-123',
			'bnBtOmF1dGg=',
			'Pr0xyPass',
			'athens-tok-9',
			'goauth-bearer-123',
			'extra-secret-value',
		]) {
			assert.ok(!out.includes(secret), `${secret} survived: ${out}`);
		}

		assert.equal(redactor.redact(out), out);
	});

	test('names that are not secret, and harmless values of secret-looking names, stay', () => {
		const out = redactor.redact('Author: Alice Example, home /home/alice, feature true, user proxyuser');
		assert.equal(out, 'Author: Alice Example, home /home/alice, feature true, user proxyuser');
	});

	test('secret-looking names', () => {
		for (const name of [
			'GITHUB_TOKEN',
			'CI_JOB_TOKEN',
			'AWS_SECRET_ACCESS_KEY',
			'DB_PASSWORD',
			'PASSWD',
			'STRIPE_API_KEY',
			'GOOGLE_APPLICATION_CREDENTIALS',
			'NPM_CONFIG__AUTH',
			'password',
			'access_token',
		]) {
			assert.ok(looksSecretName(name), name);
		}

		for (const name of ['GOAUTH', 'GOPROXY', 'GIT_AUTHOR_NAME', 'HOME', 'GOFLAGS', 'credential.helper', 'GIT_ASKPASS', 'PWD']) {
			assert.ok(!looksSecretName(name), name);
		}
	});
});

describe('redact: ordinary text stays intact', () => {
	test('go error messages, module paths, versions, h1: hashes, URLs without userinfo', () => {
		const text = [
			'go: example.com/x@v1.0.0: reading https://proxy.golang.org/example.com/x/@v/v1.0.0.info: 404 Not Found',
			'\tserver response: not found: example.com/x@v1.0.0: invalid version: unknown revision v1.0.0',
			'verifying github.com/!burnt!sushi/toml@v1.3.2/go.mod: checksum mismatch',
			'\tdownloaded: h1:NZ2rlb/TeTUyzSvzH8LuJcWqLr3/bmVw/bMoRQ7hkP4=',
			'\tgo.sum:     h1:ggI0pEChuOcUIzN1iC9wW1KYmR9duEgyjGY5e0i0BEA=',
			'go: github.com/a/b@v0.0.0-20240101120000-abcdef123456: Get "https://goproxy.cn/github.com/a/b/@v/list": dial tcp 1.2.3.4:443: i/o timeout',
			'go: module lookup disabled by GOPROXY=off',
			'go env -w GOPRIVATE=gitlab.company.com GONOSUMDB=gitlab.company.com',
			'mailto-free text with an @ sign: go get example.com/tool@latest',
		].join('\n');
		assert.equal(plain.redact(text), text);
	});

	test('the marker is three asterisks', () => {
		assert.equal(redactionMarker, '***');
	});
});

describe('redactDeep', () => {
	const redactor = createRedactor({env: {GITHUB_TOKEN: 'ghx-deep-secret-1'}});

	test('strings everywhere in objects and arrays, secret-named keys, {name, value} settings', () => {
		const input = {
			settings: [
				{name: 'GOPROXY', value: 'https://u:pw123456@proxy.corp.example', source: 'environment'},
				{name: 'GITHUB_TOKEN', value: 'short', source: 'environment', shadowed: {source: 'goenv-file', value: 'older'}},
				{name: 'GOFLAGS', value: '-mod=mod', source: 'default'},
			],
			headers: {authorization: 'Basic abc', 'content-type': 'text/html'},
			password: 'p',
			authorizationError: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
			nested: [['token=abc', 'fine'], {note: 'saw ghx-deep-secret-1'}],
			count: 3,
			ok: true,
			missing: undefined,
			nothing: null,
		};
		const out = redactor.redactDeep(input);
		assert.deepEqual(out, {
			settings: [
				{name: 'GOPROXY', value: 'https://***@proxy.corp.example', source: 'environment'},
				{name: 'GITHUB_TOKEN', value: '***', source: 'environment', shadowed: {source: 'goenv-file', value: '***'}},
				{name: 'GOFLAGS', value: '-mod=mod', source: 'default'},
			],
			headers: {authorization: '***', 'content-type': 'text/html'},
			password: '***',
			authorizationError: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
			nested: [['token=***', 'fine'], {note: 'saw ***'}],
			count: 3,
			ok: true,
			missing: undefined,
			nothing: null,
		});
		assert.equal(input.password, 'p', 'the input is not changed');
	});

	test('a {key, value} change, a cycle, and JSON round trip', () => {
		const cyclic: Record<string, unknown> = {key: 'GITLAB_TOKEN', value: 'glx-123456'};
		cyclic['self'] = cyclic;
		const out = redactor.redactDeep(cyclic);
		assert.equal(out['value'], '***');
		assert.equal(out['self'], out);

		const json = JSON.stringify(
			redactor.redactDeep(JSON.parse('{"a":["https://x:yyyyyy@h.example"],"b":{"c":"Authorization: Bearer zzz"}}')),
		);
		assert.equal(json, '{"a":["https://***@h.example"],"b":{"c":"Authorization: Bearer ***"}}');
	});
});

describe('redact: hostile input', () => {
	test("megabyte runs of the rules' own syntax return, and over-long tokens are removed whole", () => {
		const redactor = createRedactor({env: {API_TOKEN: 'abcd1234'}});
		const shapes = [
			'=',
			'token=',
			'@',
			'a:b@',
			'https://',
			'Authorization: ',
			'Bearer ',
			'machine ',
			'machine h login ',
			'"a": "',
			'"password":',
			'eyJ',
			'ghp_',
			'password="',
		];
		for (const shape of shapes) {
			const text = shape.repeat(Math.ceil(1_000_000 / shape.length));
			const once = redactor.redact(text);
			assert.equal(typeof once, 'string');
		}

		assert.equal(redactor.redact(`ghp_${'a'.repeat(5000)} x`), '*** x');
		assert.equal(redactor.redact(`Bearer ${'a'.repeat(6000)} x`), 'Bearer *** x');
		assert.equal(redactor.redact(`x eyJ${'a'.repeat(3000)}.${'b'.repeat(3000)}. x`), 'x ***. x');
	});
});

describe('redact: credentials a server echoes back (issue 14)', () => {
	test('header forms: name=value, JSON header maps, PRIVATE-TOKEN, Cookie, Authorization in any of them', () => {
		check('proxy-authorization=Basic Ym9iOmh1bnRlcg== next', 'proxy-authorization=***');
		check('{"Proxy-Authorization":["Basic Ym9iOmh1bnRlcg=="],"Accept":["*/*"]}', '{"Proxy-Authorization":["Basic ***"],"Accept":["*/*"]}');
		check('{"authorization": ["Bearer abc.def"]}', '{"authorization": ["Bearer ***"]}');
		check('PRIVATE-TOKEN: glp-1234567890abcdef', 'PRIVATE-TOKEN: ***');
		check('> Cookie: session=abc123; csrftoken=xyz\n> Accept: */*', '> Cookie: ***\n> Accept: */*');
		check('{"Cookie":["session=abc123"]}', '{"Cookie":["***"]}');
		check('Set-Cookie: id=a3fWa; Secure', 'Set-Cookie: ***');
	});

	test('every credential the run knows, raw, as base64 of user:pass and URL-encoded: .netrc, the GOENV file, proxy userinfo, GOAUTH', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'gomod-doctor-redact-'));
		try {
			writeFileSync(path.join(dir, 'netrc'), 'machine proxy.corp.example login netrcuser password s3cret/NETRC\n');
			writeFileSync(
				path.join(dir, 'goenv'),
				'GOPROXY=https://gpuser:gp%40ss1234@goproxy.corp.example\nGOAUTH=command /usr/local/bin/helper --token=tok3nARG; netrc\n',
			);
			const redactor = createRedactor({
				env: {NETRC: path.join(dir, 'netrc'), GOENV: path.join(dir, 'goenv'), HTTPS_PROXY: 'http://pxuser:pxPASS99@proxy:3128'},
			});
			const basic = (pair: string) => Buffer.from(pair).toString('base64');
			for (const secret of [
				's3cret/NETRC',
				encodeURIComponent('s3cret/NETRC'),
				basic('netrcuser:s3cret/NETRC'),
				'gp@ss1234',
				'gp%40ss1234',
				basic('gpuser:gp@ss1234'),
				'pxPASS99',
				basic('pxuser:pxPASS99'),
				'tok3nARG',
			]) {
				const text = `the server said: ${secret} (echoed)`;
				assert.equal(redactor.redact(text), 'the server said: *** (echoed)', secret);
			}

			assert.equal(
				createRedactor({env: {NETRC: path.join(dir, 'netrc')}, files: false}).redact('s3cret/NETRC'),
				's3cret/NETRC',
				'files: false reads nothing',
			);
		} finally {
			rmSync(dir, {recursive: true, force: true});
		}
	});
});

test("the placeholders gomod-doctor writes for the user's own credentials stay readable; real ones are masked", () => {
	const {redact} = createRedactor({});
	assert.equal(redact('export HTTP_PROXY=http://USER:PASSWORD@proxy.corp:3128'), 'export HTTP_PROXY=http://USER:PASSWORD@proxy.corp:3128');
	assert.equal(redact('HTTPS_PROXY=USER:TOKEN@proxy.corp:3128'), 'HTTPS_PROXY=USER:TOKEN@proxy.corp:3128');
	assert.equal(
		redact('http://USER:s3cret@proxy.corp and ADMIN:PASSWORD@proxy.corp:1'),
		`http://${redactionMarker}@proxy.corp and ${redactionMarker}@proxy.corp:1`,
	);
});
