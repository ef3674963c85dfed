/*
A zip cut short (issue 12, item 13): go's `read "URL": unexpected EOF` is a server that answered wrongly, and the
short-read flowchart asks for the file again and says how many bytes of how many came, from which host.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {classifyGoOutput} from '../../source/classify/classify-go-error.js';
import {shortReadFlowchart as shortReadInvestigation} from '../../source/flowcharts/short-read/index.js';
import type {AfterContext} from '../../source/diagnose/investigation.js';
import {failingHosts, type Reproduction} from '../../source/go/reproduce-download.js';
import {probeFileLength} from '../../source/flowcharts/short-read/probe-file-length.js';
import type {HttpResult} from '../../source/system/types.js';
import {createFakeSystem} from '../helpers/fake-system.js';
import {english} from '../helpers/text.js';

const zipUrl = 'https://goproxy.example.com/mirror/github.com/!burnt!sushi/toml/@v/v1.4.0.zip';
const goSays = `go: github.com/BurntSushi/toml@v1.4.0: read "${zipUrl}": unexpected EOF`;

test('go\'s "read URL: unexpected EOF" is a proxy that answered wrongly, from the URL\'s host', () => {
	const [item] = classifyGoOutput(goSays).items;
	assert.equal(item?.category, 'proxy-bad-response');
	assert.equal(item?.host, 'goproxy.example.com');
	// Not a cache problem: the cut came over HTTP (a truncated zip in the cache says "zip: not a valid zip file").
	assert.deepEqual(failingHosts({failures: [], stderr: goSays}), ['goproxy.example.com']);
});

async function measure(answer: Partial<HttpResult>) {
	const system = createFakeSystem({
		http: (request) => ({url: request.url, headers: {}, body: '', bodyBytes: 0, durationMs: 40, ...answer}),
	});
	const evidence = await probeFileLength(system, {url: zipUrl, env: {}, timeoutMs: 4000});
	return {evidence, request: system.requests[0]!};
}

test('the file asked again: fewer bytes than announced and the connection closed is short, with both numbers and the host', async () => {
	const {evidence, request} = await measure({
		headers: {'content-length': '1048576'},
		bodyBytes: 524_288,
		error: {code: 'other', message: 'other side closed'},
	});
	assert.equal(evidence.outcome, 'short');
	assert.equal(
		english(evidence.summary),
		'goproxy.example.com announced 1048576 bytes (Content-Length) and sent 524288 (50%) before the connection ended, in 40 ms: other side closed.',
	);
	assert.equal(request.maxBodyBytes, 0, 'the body is counted, not kept');
});

test('the file asked again: all of it is complete; no length is unannounced; still arriving at the deadline is not a cut', async () => {
	assert.equal((await measure({status: 200, headers: {'content-length': '10'}, bodyBytes: 10})).evidence.outcome, 'complete');
	assert.equal(
		(await measure({headers: {}, bodyBytes: 700, error: {code: 'reset', message: 'read ECONNRESET'}})).evidence.outcome,
		'no-length',
	);
	const late = await measure({
		headers: {'content-length': '1048576'},
		bodyBytes: 100,
		error: {code: 'timeout', message: 'no complete answer'},
	});
	assert.equal(late.evidence.outcome, 'error');
	assert.match(english(late.evidence.summary), /still sending after 40 ms \(100 of 1048576 bytes\)/);
	assert.equal((await measure({status: 502, bodyBytes: 0})).evidence.outcome, 'error');
});

test('the subjects: each cut file go named, under the GOPROXY entry it came from', async () => {
	const reproduction = {
		ok: false,
		stderr: goSays,
		failures: [{module: 'github.com/BurntSushi/toml', version: 'v1.4.0', error: goSays.slice(4)}],
	} as unknown as Reproduction;
	const context = {
		reproduction,
		proxies: [
			{url: 'https://goproxy.example.com', label: 'https://goproxy.example.com', role: 'goproxy'},
			{url: 'https://goproxy.example.com/mirror', label: 'https://goproxy.example.com/mirror/', role: 'goproxy', entryIndex: 1},
		],
	} as unknown as AfterContext;
	const subjects = await shortReadInvestigation.subjects(context);
	assert.deepEqual(subjects, [
		{
			label: 'https://goproxy.example.com/mirror/',
			url: 'https://goproxy.example.com/mirror',
			fileUrl: zipUrl,
			host: 'goproxy.example.com',
			file: 'github.com/BurntSushi/toml@v1.4.0 (zip)',
		},
	]);
	assert.deepEqual(await shortReadInvestigation.subjects({...context, reproduction: {...reproduction, ok: true}}), []);
});
