import assert from 'node:assert/strict';
import {test} from 'node:test';
import {formatGoproxyList, parseGoproxyList} from '../../source/go/parse-goproxy-list.js';

test('entries, separators and fall-back rules as cmd/go reads them', () => {
	const parsed = parseGoproxyList('http://127.0.0.1:3000 | https://proxy.example.com, direct');
	assert.deepEqual(parsed.entries, [
		{
			kind: 'url',
			raw: 'http://127.0.0.1:3000',
			url: 'http://127.0.0.1:3000',
			scheme: 'http',
			host: '127.0.0.1',
			port: 3000,
			fallBackOnError: true,
		},
		{
			kind: 'url',
			raw: 'https://proxy.example.com',
			url: 'https://proxy.example.com',
			scheme: 'https',
			host: 'proxy.example.com',
			port: 443,
			fallBackOnError: false,
		},
		{kind: 'direct', raw: 'direct', fallBackOnError: false},
	]);
	assert.deepEqual(parsed.ignored, []);
	assert.deepEqual(parsed.invalid, []);
});

test('a bare host name gets https://; a trailing slash is dropped', () => {
	const [entry] = parseGoproxyList('goproxy.example.cn/').entries;
	assert.equal(entry?.kind, 'url');
	assert.equal(entry?.kind === 'url' ? entry.url : '', 'https://goproxy.example.cn');
	assert.equal(entry?.kind === 'url' ? entry.port : 0, 443);
});

test('direct and off end the list; go ignores what follows', () => {
	assert.deepEqual(parseGoproxyList('direct,https://a.example').ignored, ['https://a.example']);
	const off = parseGoproxyList('https://a.example,off,https://b.example');
	assert.deepEqual(
		off.entries.map((entry) => entry.kind),
		['url', 'off'],
	);
	assert.deepEqual(off.ignored, ['https://b.example']);
});

test('empty tokens are skipped, as go does for "," or " ,"', () => {
	assert.deepEqual(parseGoproxyList(' , ').entries, []);
	assert.equal(parseGoproxyList(',,https://a.example,,').entries.length, 1);
});

test('an entry that is not a URL is listed as invalid', () => {
	assert.deepEqual(parseGoproxyList('http://127.0.0.1:9,bad url,direct').invalid, ['bad url']);
});

test('formatGoproxyList keeps each separator', () => {
	const parsed = parseGoproxyList('https://a.example|https://b.example,direct');
	assert.equal(formatGoproxyList(parsed.entries), 'https://a.example|https://b.example,direct');
});

test('a single word other than direct and off is invalid, as go says "invalid proxy URL missing scheme"', () => {
	const parsed = parseGoproxyList('goproxy,direct');
	assert.deepEqual(parsed.invalid, ['goproxy']);
	assert.deepEqual(
		parsed.entries.map((entry) => entry.kind),
		['direct'],
	);
});

test('a host with a dot, colon or slash gets https://, as go adds it', () => {
	const [entry] = parseGoproxyList('goproxy.cn').entries;
	assert.equal(entry?.kind === 'url' && entry.url, 'https://goproxy.cn');
	const [withPort] = parseGoproxyList('proxy.corp:8443/go').entries;
	assert.equal(withPort?.kind === 'url' && withPort.url, 'https://proxy.corp:8443/go');
	assert.equal(withPort?.kind === 'url' && withPort.port, 8443);
});

test('schemes other than http, https and file are invalid, as go rejects them', () => {
	assert.deepEqual(parseGoproxyList('ftp://mirror.example/go,direct').invalid, ['ftp://mirror.example/go']);
});
