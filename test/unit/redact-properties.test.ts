import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import fc from 'fast-check';
import {createRedactor} from '../../source/redact/redact.js';

const alnum = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'];

/** A secret: long enough that it cannot appear in the surrounding text by chance. */
const secretArbitrary = fc.string({unit: fc.constantFrom(...alnum), minLength: 12, maxLength: 40});

/** Printable text, including the characters the rules care about. */
const textArbitrary = fc.string({
	unit: fc.constantFrom(...'abc XYZ 019 .,;:/@=&?#-_"\'()[]{}<>|*\t'),
	maxLength: 60,
});

/** Each way a secret can be planted; `secret` is what must not survive. */
const forms: ReadonlyArray<{name: string; plant: (secret: string) => string}> = [
	{name: 'url password', plant: (secret) => `https://user:${secret}@goproxy.corp.example/x/@v/list`},
	{name: 'url user only', plant: (secret) => `https://${secret}@github.com/acme/x.git`},
	{name: 'http proxy url', plant: (secret) => `HTTP_PROXY=http://bob:${secret}@proxy.example:3128`},
	{name: 'proxy without scheme', plant: (secret) => `HTTPS_PROXY=bob:${secret}@proxy.example:3128`},
	{name: 'go -x get line', plant: (secret) => `# get https://dev:${secret}@git.corp/team/x?go-get=1: 200 OK (0.1s)`},
	{name: 'authorization basic', plant: (secret) => `Authorization: Basic ${secret}\n`},
	{name: 'authorization bearer', plant: (secret) => `Authorization: Bearer ${secret}\n`},
	{name: 'proxy-authorization', plant: (secret) => `Proxy-Authorization: ${secret}\n`},
	{name: 'bearer', plant: (secret) => `Bearer ${secret}`},
	{name: 'github token', plant: (secret) => `ghp_${secret}${secret}`},
	{name: 'github pat', plant: (secret) => `github_pat_${secret}_${secret}`},
	{name: 'gitlab token', plant: (secret) => `glpat-${secret}${secret}`},
	{name: 'slack token', plant: (secret) => `xoxb-${secret}`},
	{name: 'npm token', plant: (secret) => `npm_${secret}${secret}`},
	{name: 'jwt', plant: (secret) => `eyJ${secret}.eyJ${secret}.${secret}`},
	{name: 'password=', plant: (secret) => `password=${secret}`},
	{name: 'token= in a query', plant: (secret) => `https://h.example/p?x=1&token=${secret}&y=2`},
	{name: 'access_token=', plant: (secret) => `access_token=${secret}`},
	{name: 'secret=', plant: (secret) => `secret=${secret}`},
	{name: 'quoted json', plant: (secret) => `{"password": "${secret}"}`},
	{name: 'netrc line', plant: (secret) => `machine git.corp.example login ${secret} password ${secret}`},
	{name: 'netrc lines', plant: (secret) => `machine git.corp.example\n  login bob\n  password ${secret}\n`},
	{name: 'env value', plant: (secret) => `the value ${secret} appears`},
	{name: 'given secret', plant: (secret) => `extra:${secret}:end`},
];

/** The secret as planted: for token shapes, the whole token is the secret. */
function planted(form: string, secret: string): string {
	switch (form) {
		case 'github token': {
			return `ghp_${secret}${secret}`;
		}

		case 'npm token': {
			return `npm_${secret}${secret}`;
		}

		default: {
			return secret;
		}
	}
}

/** Pieces of the rules' own syntax (URLs, headers, .netrc, tokens, JSON) that the idempotence test mixes at random. */
const fragments = [
	'https://',
	'http://',
	'://',
	'user',
	':',
	'pass',
	'@',
	'host.example',
	'/',
	'?',
	'&',
	'=',
	'token',
	'password',
	'secret',
	'Authorization',
	'Authorization: ',
	'Bearer ',
	'Basic ',
	'machine ',
	'login ',
	'password ',
	'default ',
	'ghp_',
	'abcdefghijklmnopqrstuvwxyz',
	'eyJ',
	'.',
	'"',
	"'",
	' ',
	'\n',
	'\t',
	'*',
	'***',
	'{"token": "',
	'"}',
	'x',
	'12345',
];

describe('redact: properties', () => {
	for (const form of forms) {
		test(`a secret planted as ${form.name} in random text never survives, and redaction is idempotent`, () => {
			fc.assert(
				fc.property(textArbitrary, secretArbitrary, textArbitrary, fc.constantFrom(' ', '\n'), (before, secret, after, separator) => {
					const redactor = createRedactor({
						env: form.name === 'env value' ? {DEPLOY_TOKEN: secret, HOME: '/home/u'} : {HOME: '/home/u'},
						secrets: form.name === 'given secret' ? [secret] : [],
					});
					const text = `${before}${separator}${form.plant(secret)}${separator}${after}`;
					const once = redactor.redact(text);
					assert.ok(!once.includes(planted(form.name, secret)), `survived in ${JSON.stringify(once)}`);
					assert.ok(!once.includes(secret), `part survived in ${JSON.stringify(once)}`);
					assert.equal(redactor.redact(once), once);
				}),
				{numRuns: 150},
			);
		});
	}

	test('several forms in one text, inside JSON through redactDeep', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.tuple(fc.constantFrom(...forms.filter((form) => !['env value', 'given secret'].includes(form.name))), secretArbitrary),
					{minLength: 1, maxLength: 6},
				),
				textArbitrary,
				(plants, filler) => {
					const redactor = createRedactor();
					const value = {
						lines: plants.map(([form, secret]) => `${filler} ${form.plant(secret)} ${filler}`),
						nested: {text: plants.map(([form, secret]) => form.plant(secret)).join('\n')},
					};
					const json = JSON.stringify(redactor.redactDeep(value));
					for (const [, secret] of plants) {
						assert.ok(!json.includes(secret), `${secret} survived in ${json}`);
					}
				},
			),
			{numRuns: 200},
		);
	});

	test("idempotent on adversarial mixtures of the rules' own syntax", () => {
		const redactor = createRedactor({env: {API_TOKEN: 'abcd1234', HTTPS_PROXY: 'http://u:pw-secret@p.example:1'}});
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...fragments), {maxLength: 40}), (parts) => {
				const text = parts.join('');
				const once = redactor.redact(text);
				assert.equal(redactor.redact(once), once, `not idempotent for ${JSON.stringify(text)}`);
			}),
			{numRuns: 3000},
		);
	});

	test('idempotent on arbitrary strings, and ordinary text without secrets is unchanged', () => {
		const redactor = createRedactor();
		fc.assert(
			fc.property(fc.string({maxLength: 200}), (text) => {
				const once = redactor.redact(text);
				assert.equal(redactor.redact(once), once);
			}),
			{numRuns: 1000},
		);
		fc.assert(
			fc.property(fc.string({unit: fc.constantFrom(...'abcdefg ./-_0123456789'), maxLength: 200}), (text) => {
				assert.equal(redactor.redact(text), text);
			}),
			{numRuns: 500},
		);
	});
});
