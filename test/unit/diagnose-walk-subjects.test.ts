import assert from 'node:assert/strict';
import {test} from 'node:test';
import {candidatesFrom, defaultCandidates, walkSubjects} from '../../source/diagnose/run-diagnosis.js';

test('every networked GOPROXY entry is walked, then the candidates not among them; direct and off are not', () => {
	const subjects = walkSubjects(
		'https://goproxy.cn,http://127.0.0.1:4312|direct',
		['https://goproxy.cn/', 'https://proxy.golang.org'],
		'golang.org/x/text',
		{},
	);
	assert.deepEqual(
		subjects.map(({subject, role, entryIndex}) => `${role}:${entryIndex ?? '-'}:${subject.url}:${subject.port}`),
		['goproxy:0:https://goproxy.cn:443', 'goproxy:1:http://127.0.0.1:4312:4312', 'candidate:-:https://proxy.golang.org:443'],
	);
	assert.ok(subjects.every(({subject}) => subject.proxy === undefined && subject.module === 'golang.org/x/text'));
});

test("go's HTTP(S) proxy rules decide which walks go through a proxy: never loopback, never a NO_PROXY host", () => {
	const env = {HTTPS_PROXY: 'http://user:pw@proxy.corp:3128', NO_PROXY: 'goproxy.internal'};
	const subjects = walkSubjects('https://goproxy.cn,https://goproxy.internal,http://127.0.0.1:4312', [], 'golang.org/x/text', env);
	const proxies = subjects.map(({subject}) => subject.proxy);
	assert.deepEqual(proxies[0], {url: 'http://user:pw@proxy.corp:3128', host: 'proxy.corp', port: 3128, variable: 'HTTPS_PROXY'});
	assert.equal(proxies[1], undefined, 'NO_PROXY');
	assert.equal(proxies[2], undefined, 'loopback is never proxied');
});

test('candidates: the flag, else GOMOD_DOCTOR_CANDIDATES, else the public proxies', () => {
	assert.deepEqual(candidatesFrom('http://127.0.0.1:1, http://127.0.0.1:2|direct', {}), ['http://127.0.0.1:1', 'http://127.0.0.1:2']);
	assert.deepEqual(candidatesFrom(undefined, {GOMOD_DOCTOR_CANDIDATES: 'http://127.0.0.1:9'}), ['http://127.0.0.1:9']);
	assert.deepEqual(candidatesFrom(undefined, {}), [...defaultCandidates]);
});
