/*
Issue 14, item 5: every parser and pattern that reads go.mod, go.sum, go's output or a server's is linear in its
input. Each case below took from 15 s to minutes before (a pattern tried at every character of a long token
rescanned the rest of it; a spread copied the list per requirement); each must now take well under a second.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {classifyGoOutput} from '../../source/classify/classify-go-error.js';
import {directHosts} from '../../source/flowcharts/direct-hosts/index.js';
import {parseGoMod} from '../../source/go/parse-go-mod.js';
import {parseGoSum} from '../../source/go/parse-go-sum.js';
import {parseStderrFailures} from '../../source/go/reproduce-download.js';
import {parseChecksumMismatches} from '../../source/go/sumdb-mismatch.js';
import {clipLongLines} from '../../source/model/format.js';

const megabyte = 'a'.repeat(1_000_000);

/** Runs `run` and checks the CPU time it took (not the wall time, which a loaded machine stretches). */
function within(name: string, limitMs: number, run: () => unknown): void {
	const started = process.cpuUsage();
	run();
	const {user, system} = process.cpuUsage(started);
	const took = (user + system) / 1000;
	assert.ok(took < limitMs, `${name}: ${Math.round(took)} ms of CPU`);
}

test('checksum mismatches, go stderr and classify: a 1 MB token or hash is read in linear time', () => {
	// Before: 100 KB took 40 s in parseChecksumMismatches and 60 s in parseStderrFailures.
	within('sumdb shape over a 1 MB hash', 1000, () =>
		parseChecksumMismatches(
			`example.com/m@v1.0.0: verifying module: checksum mismatch\n\tdownloaded: h1:${megabyte}\n\tsum.golang.org: h1:${megabyte}\n`,
		),
	);
	within('sumdb shape over a 1 MB token', 1000, () => parseChecksumMismatches(megabyte));
	within('stderr failures over a 1 MB line', 1000, () => parseStderrFailures(`go: ${megabyte}\n`));
	within('classify over a 1 MB line', 1000, () => classifyGoOutput(`go: example.com/m@v1.0.0: ${megabyte}\n`));
	within('classify over a 1 MB hash', 1000, () =>
		classifyGoOutput(`verifying example.com/m@v1.0.0: checksum mismatch\n\tdownloaded: h1:${megabyte}\n\tgo.sum: h1:${megabyte}\n`),
	);
	assert.deepEqual(
		parseStderrFailures('go: example.com/m@v1.2.3: 404 Not Found\n').map((failure) => failure.module),
		['example.com/m'],
		'still found at a token start',
	);
	assert.equal(
		parseChecksumMismatches(
			`x example.com/m@v1.0.0: verifying go.mod: checksum mismatch\n\tdownloaded: h1:${'A'.repeat(43)}=\n\tsum.golang.org: h1:${'B'.repeat(43)}=\n`,
		)[0]?.module,
		'example.com/m',
	);
});

test('go.mod with 100,000 requirements of one host and go.sum with a 1 MB hash', () => {
	const requires = Array.from({length: 100_000}, (_, index) => `\tgit.corp.example/m${index} v1.0.${index}`).join('\n');
	let goMod: ReturnType<typeof parseGoMod> | undefined;
	within('parseGoMod', 2000, () => {
		goMod = parseGoMod(`module x\n\ngo 1.22\n\nrequire (\n${requires}\n)\n// ${megabyte}\n`);
	});
	assert.equal(goMod?.requires.length, 100_000);
	// Before: 66 s (each requirement copied its host's list).
	within('directHosts', 2000, () => {
		const hosts = directHosts({
			snapshot: {values: {GOPROXY: 'https://proxy.golang.org,direct', GOPRIVATE: 'git.corp.example'}},
			goMod,
		} as never);
		assert.equal(hosts[0]?.count, 100_000);
	});
	within('parseGoSum', 1000, () => parseGoSum(`example.com/m v1.0.0 h1:${megabyte}=\nexample.com/m v1.0.0/go.mod h1:${megabyte}\n`));
});

test('clipLongLines bounds every line and keeps the short ones as they are', () => {
	const clipped = clipLongLines(`first\n${megabyte}\nlast`);
	const lines = clipped.split('\n');
	assert.equal(lines.length, 3);
	assert.equal(lines[0], 'first');
	assert.equal(lines[2], 'last');
	assert.ok(lines[1]!.length <= 4096, String(lines[1]!.length));
	assert.match(lines[1]!, /… \[995960 characters left out] …/);
	assert.equal(clipLongLines('short\ntext'), 'short\ntext');
});
