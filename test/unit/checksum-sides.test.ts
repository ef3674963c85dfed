import assert from 'node:assert/strict';
import {test} from 'node:test';
import {classifyGoOutput} from '../../source/classify/classify-go-error.js';
import {validateFlow} from '../../source/flow/validate-flow.js';
import {checksumFlowchart} from '../../source/flowcharts/checksum/index.js';
import {judgeChecksumSides, type ChecksumFacts} from '../../source/flowcharts/checksum/probe-checksum-sides.js';
import {sumdbFlowchart} from '../../source/flowcharts/sumdb/index.js';
import {verificationOffFlowchart} from '../../source/flowcharts/verification-off/index.js';
import {parseChecksumMismatches} from '../../source/go/sumdb-mismatch.js';

const good = 'h1:8bceIoPnAnK3n6ZxUoz7mp9blAVPOgjliuNgfcMAktE=';
const bad = 'h1:hXeEmT6lTfPVyArBACS9ojsxp8tch/FZK3wivICIAVE=';
const other = 'h1:AMnecM1pu7JrjSqREy4XZWbdhIqfTssANqW/4LhpfMI=';
const facts = (extra: Partial<ChecksumFacts>): ChecksumFacts => ({
	module: 'example.com/m',
	version: 'v1.0.0',
	part: 'zip',
	sources: [],
	...extra,
});
const source = (label: string, hash?: string) => ({label, url: label, ...(hash === undefined ? {} : {hash})});

test('go.sum is the wrong side when the database and every proxy agree on another hash', () => {
	const judged = judgeChecksumSides(facts({goSum: other, database: good, sources: [source('https://a', good), source('https://b', good)]}));
	assert.equal(judged.side, 'go-sum');
});

test('a mirror is the wrong side when it alone disagrees with the database and the other proxies', () => {
	const judged = judgeChecksumSides(
		facts({goSum: good, database: good, sources: [source('https://tampered', bad), source('https://good', good)]}),
	);
	assert.equal(judged.side, 'mirror');
	assert.deepEqual(
		judged.altered.map((item) => item.label),
		['https://tampered'],
	);
	assert.deepEqual(
		judged.agreeing.map((item) => item.label),
		['https://good'],
	);
});

test('without a database, go.sum and an agreeing proxy still outvote a tampered one', () => {
	assert.equal(
		judgeChecksumSides(facts({goSum: good, sources: [source('https://tampered', bad), source('https://good', good)]})).side,
		'mirror',
	);
	assert.equal(
		judgeChecksumSides(facts({goSum: good, sources: [source('https://one', bad), source('https://two', bad)]})).side,
		'unknown',
		'go.sum alone against agreeing proxies: undecidable',
	);
});

test('a re-tag: the database has the old hash, every proxy that fetched later agrees on the new content', () => {
	assert.equal(
		judgeChecksumSides(facts({goSum: good, database: good, sources: [source('https://a', bad), source('https://b', bad)]})).side,
		'retagged',
	);
	const alone = judgeChecksumSides(facts({goSum: good, database: good, sources: [source('https://a', bad)]}));
	assert.equal(alone.side, 'mirror', 'one source cannot tell a re-tag from a mirror');
	assert.equal(alone.single, true);
	assert.equal(
		judgeChecksumSides(facts({database: good, sources: [source('https://a', bad), source('https://b', other)]})).side,
		'unknown',
	);
});

test('a corrupted cache wins over everything else, and agreement everywhere is not blamed on anyone', () => {
	assert.equal(
		judgeChecksumSides(
			facts({goSum: good, database: good, sources: [source('https://a', good)], cache: {outcome: 'corrupt', ziphash: bad, zip: good}}),
		).side,
		'cache',
	);
	assert.equal(
		judgeChecksumSides(facts({goSum: good, database: good, sources: [source('https://a', good)], cache: {outcome: 'consistent'}})).side,
		'agree',
	);
	assert.equal(judgeChecksumSides(facts({sources: [source('https://a', good)]})).side, 'unknown', 'nothing recorded to compare with');
	assert.equal(
		judgeChecksumSides(facts({goSum: other, database: good, downloaded: good, sources: []})).side,
		'go-sum',
		'what go downloaded stands in for the proxies',
	);
});

// Go's templates (cmd/go/internal/modfetch/fetch.go), as go 1.26 prints them.
const goSumMismatch = `verifying example.com/lab/greet@v1.2.0: checksum mismatch\n\tdownloaded: ${good}\n\tgo.sum:     ${other}\n\nSECURITY ERROR\nThis download does NOT match an earlier download recorded in go.sum.\n`;
const goModMismatch = `go: verifying example.com/lab/greet@v1.2.0/go.mod: checksum mismatch\n\tdownloaded: ${bad}\n\tgo.sum:     ${good}\n\nSECURITY ERROR\n`;
const sumdbMismatch = `go: example.com/lab/hello@v1.0.0: verifying module: checksum mismatch\n\tdownloaded: ${bad}\n\tsum.golang.org: ${good}\n\nSECURITY ERROR\nThis download does NOT match the one reported by the checksum server.\n`;

test('the mismatch shapes of go are read: which module, which part, against go.sum or the database, both hashes', () => {
	assert.deepEqual(parseChecksumMismatches(goSumMismatch), [
		{module: 'example.com/lab/greet', version: 'v1.2.0', part: 'zip', against: 'go.sum', downloaded: good, recorded: other},
	]);
	assert.equal(parseChecksumMismatches(goModMismatch)[0]?.part, 'go.mod');
	assert.deepEqual(parseChecksumMismatches(sumdbMismatch), [
		{
			module: 'example.com/lab/hello',
			version: 'v1.0.0',
			part: 'zip',
			against: 'sumdb',
			downloaded: bad,
			recorded: good,
			database: 'sum.golang.org',
		},
	]);
	assert.deepEqual(parseChecksumMismatches('go: downloading example.com/x v1.0.0\n'), []);
});

test('classify: checksum mismatches and checksum-database failures, as go words them', () => {
	const category = (text: string) => classifyGoOutput(text).primary?.category;
	assert.equal(category(goSumMismatch), 'checksum-mismatch');
	assert.equal(category(goModMismatch), 'checksum-mismatch');
	assert.equal(category(sumdbMismatch), 'checksum-mismatch');
	// Verifying … : reading https://sum.golang.org/lookup/…: 410 Gone (a public database asked about a public path): the
	// database could not fetch that version, which real threads (test/corpus) settle as a version that does not exist;
	// the database itself stays an alternative.
	const gone = classifyGoOutput(
		'go: github.com/acme/tool@v1.2.3: verifying module: github.com/acme/tool@v1.2.3: reading https://sum.golang.org/lookup/github.com/acme/tool@v1.2.3: 410 Gone\n\tserver response: not found\n',
	).primary;
	assert.equal(gone?.category, 'not-found');
	assert.ok(gone?.alternatives.some((item) => item.category === 'sumdb'));
	assert.equal(
		category(
			'go: golang.org/x/text@v0.14.0: verifying go.mod: golang.org/x/text@v0.14.0/go.mod: Get "https://sum.golang.org/lookup/golang.org/x/text@v0.14.0": dial tcp 142.250.1.1:443: i/o timeout\n',
		),
		'sumdb',
	);
	assert.equal(
		category(
			'go: example.com/lab/greet@v1.2.0: verifying go.mod: example.com/lab/greet@v1.2.0/go.mod: Get "http://127.0.0.1:9/lookup/example.com/lab/greet@v1.2.0": dial tcp 127.0.0.1:9: connect: connection refused\n',
		),
		'sumdb',
	);
	assert.equal(category('go: example.com/lab/greet@v1.2.0: verifying module: invalid GOSUMDB: malformed verifier id\n'), 'sumdb');
});

test('the checksum, checksum-database and verification-off flowcharts validate', () => {
	assert.deepEqual(validateFlow(checksumFlowchart.flow), []);
	assert.deepEqual(validateFlow(sumdbFlowchart.flow), []);
	assert.deepEqual(validateFlow(verificationOffFlowchart.flow), []);
});
