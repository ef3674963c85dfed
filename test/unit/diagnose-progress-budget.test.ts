/*
A go that keeps progressing past the deadline and then fails took no check's time: the checks after its failure
get a deadline of their own from its end, not the half second left to checks after a go that hung.
*/
import assert from 'node:assert/strict';
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import {shortReadFlowchart as shortReadInvestigation} from '../../source/flowcharts/short-read/index.js';
import {runDiagnosis, type DiagnosisEvent} from '../../source/diagnose/run-diagnosis.js';
import {goEnvNames} from '../../source/go/read-go-settings.js';
import type {CommandSpec} from '../../source/system/types.js';
import {argvKey, createFakeSystem, exited} from '../helpers/fake-system.js';
import {english} from '../helpers/text.js';

test('after a go that progressed past the deadline, the checks of its failure get the whole deadline again', async (t) => {
	const root = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-budget-'));
	t.after(async () => rm(root, {recursive: true, force: true}));
	const dir = path.join(root, 'project');
	const cache = path.join(root, 'mod');
	await mkdir(dir);
	const modules = Array.from({length: 8}, (_unused, index) => `example.com/m${index}`);
	await writeFile(
		path.join(dir, 'go.mod'),
		`module example.com/app\n\ngo 1.22\n\nrequire (\n${modules.map((module) => `\t${module} v1.0.0\n`).join('')})\n`,
	);
	const zipUrl = 'http://127.0.0.1:1/example.com/m7/@v/v1.0.0.zip';
	const values = Object.fromEntries(goEnvNames.map((name) => [name, '']));
	Object.assign(values, {GOPROXY: 'off', GOSUMDB: 'off', GOVERSION: 'go1.26.8', GOMODCACHE: cache, GOAUTH: 'netrc'});
	const argv = (spec: CommandSpec) => [spec.file, ...spec.args];
	const system = createFakeSystem({
		now: () => performance.now(),
		commands: {
			'go version': (spec) => exited(argv(spec), 0, {stdout: 'go version go1.26.8 linux/amd64\n'}),
			[argvKey(['go', 'env', '-json', ...goEnvNames])]: (spec) => exited(argv(spec), 0, {stdout: JSON.stringify(values)}),
			// One module every 200 ms for 1.6 s, twice the deadline, then a zip cut short.
			async 'go mod download -json'(spec) {
				for (const module of modules) {
					await new Promise((resolve) => {
						setTimeout(resolve, 200);
					});
					const versions = path.join(cache, 'cache', 'download', module, '@v');

					await mkdir(versions, {recursive: true});

					await writeFile(path.join(versions, 'v1.0.0.zip'), module);
				}

				return exited(argv(spec), 1, {stderr: `go: example.com/m7@v1.0.0: read "${zipUrl}": unexpected EOF\n`, durationMs: 1600});
			},
		},
		http: (request) => ({
			url: request.url,
			headers: {'content-length': '100'},
			body: '',
			bodyBytes: 50,
			durationMs: 3,
			error: {code: 'other', message: 'other side closed'},
		}),
	});
	const events: DiagnosisEvent[] = [];
	await runDiagnosis(
		system,
		{dir, env: {PATH: '/usr/bin:/bin'}, timeoutMs: 800, candidates: [], investigations: [shortReadInvestigation]},
		(event) => {
			events.push(event);
		},
	);
	const finished = events.find((event) => event.type === 'reproduction-finished');
	assert.ok(finished?.type === 'reproduction-finished');
	assert.equal(finished.reproduction.timedOut, false, english(finished.reproduction.headline));
	assert.ok(finished.reproduction.durationMs >= 1500);
	const asked = system.requests.find((request) => request.url === zipUrl);
	assert.ok(asked, 'the cut zip was asked for again');
	assert.ok(asked.timeoutMs >= 700, `the check had ${asked.timeoutMs} ms, the deadline again (not the half second after a hang)`);
});
