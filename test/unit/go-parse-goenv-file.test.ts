import assert from 'node:assert/strict';
import {test} from 'node:test';
import {goEnvFileHas, parseGoEnvFile} from '../../source/go/parse-goenv-file.js';

test('reads KEY=VALUE lines in order, keeping empty values as set', () => {
	const parsed = parseGoEnvFile('GOPRIVATE=example.com/*\nGOPROXY=\nGOSUMDB=off\n');
	assert.deepEqual(parsed.entries, [
		{key: 'GOPRIVATE', value: 'example.com/*', line: 1},
		{key: 'GOPROXY', value: '', line: 2},
		{key: 'GOSUMDB', value: 'off', line: 3},
	]);
	assert.equal(goEnvFileHas(parsed, 'GOPROXY'), true);
	assert.equal(parsed.values['GOPROXY'], '');
	assert.equal(goEnvFileHas(parsed, 'GOFLAGS'), false);
});

test('ignores comments, blank lines, lines without = and lines not starting with A-Z, as go does', () => {
	const parsed = parseGoEnvFile('# GOPROXY=commented\n\n  GOPROXY=indented\nlowercase=x\nGOFLAGS\n=value\nGONOSUMDB=a=b\n');
	assert.deepEqual(parsed.values, {GONOSUMDB: 'a=b'});
});

test('keeps whitespace and a carriage return exactly: go trims nothing', () => {
	const parsed = parseGoEnvFile('GOPROXY =spaced key\nGOSUMDB= c \r\nGOAUTH=netrc');
	assert.deepEqual(parsed.values, {'GOPROXY ': 'spaced key', GOSUMDB: ' c \r', GOAUTH: 'netrc'});
});

test('the last line for a key wins and duplicates are listed', () => {
	const parsed = parseGoEnvFile('GOPROXY=a\nGOSUMDB=off\nGOPROXY=b\nGOPROXY=c\n');
	assert.equal(parsed.values['GOPROXY'], 'c');
	assert.deepEqual(parsed.duplicates, ['GOPROXY']);
	assert.equal(parsed.entries.length, 4);
});

test('reads $GOROOT/go.env with its comments', () => {
	const text = [
		'# This file contains the initial defaults for go command configuration.',
		'',
		'# Use the Go module mirror and checksum database by default.',
		'GOPROXY=https://proxy.golang.org,direct',
		'GOSUMDB=sum.golang.org',
		'',
		'GOTOOLCHAIN=auto',
		'',
	].join('\n');
	assert.deepEqual(parseGoEnvFile(text).values, {
		GOPROXY: 'https://proxy.golang.org,direct',
		GOSUMDB: 'sum.golang.org',
		GOTOOLCHAIN: 'auto',
	});
});

test('an empty file has no entries', () => {
	assert.deepEqual(parseGoEnvFile(''), {entries: [], values: {}, duplicates: []});
});
