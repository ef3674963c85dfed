/*
A query string in a GOPROXY entry (`https://goproxy.corp.example/go?token=x`): go appends each path to the entry's
path and keeps the query after it (cmd/go/internal/web.Join, modfetch/proxy.go). The probes put the path after the
query instead (issue 12, item 14), asking for `…/go?token=x/MOD/@v/list`. The real go and the walks against a lab
proxy that records what it is asked.
*/
import assert from 'node:assert/strict';
import {writeFile} from 'node:fs/promises';
import {test} from 'node:test';
import {joinProxyUrl} from '../../source/go/proxy-url.js';
import {startLab} from '../../source/lab/start-lab.js';
import {createSystem} from '../../source/system/create-system.js';
import {runCli} from '../helpers/cli.js';

test('joinProxyUrl: the path before the query, one slash, no fragment', () => {
	assert.equal(joinProxyUrl('https://h.example/go?token=x', 'm/@v/list'), 'https://h.example/go/m/@v/list?token=x');
	assert.equal(
		joinProxyUrl('https://h.example/go/?a=1&b=2', '/sumdb/sum.golang.org/supported'),
		'https://h.example/go/sumdb/sum.golang.org/supported?a=1&b=2',
	);
	assert.equal(joinProxyUrl('https://h.example', 'm/@v/list'), 'https://h.example/m/@v/list');
	assert.equal(joinProxyUrl('https://h.example/p#frag', 'x'), 'https://h.example/p/x');
	assert.equal(joinProxyUrl(joinProxyUrl('https://h.example?t=1', 'sumdb/s'), 'latest'), 'https://h.example/sumdb/s/latest?t=1');
});

test('a GOPROXY entry with a query: go and every probe ask for PATH?query, never ?query/PATH', async (t) => {
	const lab = await startLab('healthy');
	t.after(async () => lab.close());
	const server = lab.servers[0]!;
	await writeFile(lab.goenvFile, `GOPROXY=${server.url}/?token=lab,direct\nGOSUMDB=off\n`);
	const system = createSystem();
	const download = await system.run({file: 'go', args: ['mod', 'download', '-json'], env: lab.env, cwd: lab.dir, timeoutMs: 20_000});
	assert.equal(download.exitCode, 0, download.stdout);
	const byGo = server.requests.map((request) => request.path);
	assert.ok(byGo.includes('/example.com/lab/greet/@v/v1.2.0.info?token=lab'), byGo.join('\n'));

	const run = await runCli(['diagnose', '--json', '--dir', lab.dir, '--timeout', '5'], {env: lab.env});
	assert.equal(run.exitCode, 0, run.stdout);
	const asked = server.requests.map((request) => request.path).slice(byGo.length);
	assert.ok(asked.includes('/example.com/lab/greet/@v/list?token=lab'), asked.join('\n'));
	assert.ok(!asked.some((path) => path.includes('?token=lab/')), asked.join('\n'));
});
