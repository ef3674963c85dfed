import assert from 'node:assert/strict';
import {generateKeyPairSync} from 'node:crypto';
import {test} from 'node:test';
import {parseGosumdb} from '../../source/go/sumdb-config.js';
import {formatVerifierKey, knownSumdbKeys, openNote, parseVerifierKey, rawEd25519PublicKey, signNote} from '../../source/go/sumdb-note.js';
import {
	formatTree,
	hashTileData,
	nodeHash,
	parseLookupAnswer,
	parseTilePath,
	parseTree,
	recordHash,
	recordHashes,
	tilePath,
	treeHash,
} from '../../source/go/sumdb-tlog.js';

// The example of golang.org/x/mod/sumdb/note's documentation: a key and a note go verifies.
const peterKey = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const peterNote =
	"If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n\n— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

test("go's documented note verifies with its key, and fails when the text or the key changes", () => {
	const key = parseVerifierKey(peterKey);
	assert.ok(!('error' in key));
	assert.equal(key.name, 'PeterNeumann');
	assert.equal(key.hash, 0xc7_4f_20_a3);
	assert.equal(openNote(peterNote, key).kind, 'verified');
	assert.equal(openNote(peterNote.replace('cryptography', 'Cryptography'), key).kind, 'bad-signature');
	const other = parseVerifierKey(formatVerifierKey('PeterNeumann', rawEd25519PublicKey(generateKeyPairSync('ed25519').publicKey)));
	assert.ok(!('error' in other));
	assert.equal(openNote(peterNote, other).kind, 'unverified', 'signed by another key of the same name');
	assert.equal(openNote('no blank line\n— PeterNeumann x08go\n', key).kind, 'malformed');
});

test("sum.golang.org's key (go's known key) parses, and a wrong hash or algorithm is refused as go refuses it", () => {
	const key = parseVerifierKey(knownSumdbKeys['sum.golang.org']!);
	assert.ok(!('error' in key));
	assert.equal(key.name, 'sum.golang.org');
	assert.deepEqual(parseVerifierKey(peterKey.replace('c74f20a3', 'c74f20a4')), {error: 'invalid verifier hash'});
	assert.deepEqual(parseVerifierKey('PeterNeumann+c74f20a3'), {error: 'malformed verifier id'});
});

test('a lab key (base64 with +) signs notes that open, whatever its bytes', () => {
	for (let index = 0; index < 20; index++) {
		const {publicKey, privateKey} = generateKeyPairSync('ed25519');
		const raw = rawEd25519PublicKey(publicKey);
		const text = formatVerifierKey('sum.lab.example', raw);
		const key = parseVerifierKey(text);
		assert.ok(!('error' in key), text);
		const note = signNote(
			formatTree(3, treeHash([recordHash('a\n'), recordHash('b\n'), recordHash('c\n')])),
			'sum.lab.example',
			raw,
			privateKey,
		);
		const opened = openNote(note, key);
		assert.equal(opened.kind, 'verified');
		assert.equal(opened.kind === 'verified' ? parseTree(opened.text)?.size : undefined, 3);
	}
});

test('GOSUMDB is read as go reads it: off, the default, the google.cn alias, a key with a URL, nonsense', () => {
	assert.deepEqual(parseGosumdb('off'), {kind: 'off'});
	const byDefault = parseGosumdb('');
	assert.equal(byDefault.kind === 'on' ? byDefault.base : '', 'https://sum.golang.org');
	const alias = parseGosumdb('sum.golang.google.cn');
	assert.equal(alias.kind === 'on' ? `${alias.name} ${alias.base}` : '', 'sum.golang.org https://sum.golang.google.cn');
	const explicit = parseGosumdb(`${peterKey} http://127.0.0.1:9/`);
	assert.equal(explicit.kind === 'on' ? explicit.url : '', 'http://127.0.0.1:9/');
	assert.equal(parseGosumdb('a b c').kind, 'invalid');
	assert.equal(parseGosumdb('sum.example.com').kind, 'invalid');
});

test('tree hashes follow RFC 6962: the left subtree is the largest power of two', () => {
	const leaves = ['a', 'b', 'c'].map((text) => recordHash(`${text}\n`));
	assert.deepEqual(treeHash(leaves), nodeHash(nodeHash(leaves[0]!, leaves[1]!), leaves[2]!));
	assert.deepEqual(hashTileData({height: 8, level: 0, index: 0, width: 3}, leaves), Buffer.concat(leaves));
	assert.equal(hashTileData({height: 8, level: 0, index: 0, width: 4}, leaves), undefined);
});

test("tile paths are go's: 3-digit groups with x, .p/W for partial tiles, data tiles", () => {
	assert.equal(tilePath({height: 8, level: 0, index: 0, width: 4}), 'tile/8/0/000.p/4');
	assert.equal(tilePath({height: 8, level: -1, index: 1_234_067, width: 256}), 'tile/8/data/x001/x234/067');
	assert.deepEqual(parseTilePath('tile/8/0/x001/234.p/5'), {height: 8, level: 0, index: 1234, width: 5});
	assert.equal(parseTilePath('tile/8/0/1234'), undefined, 'not a canonical path');
	assert.equal(parseTilePath('tile/8/0/000.p/256'), undefined, 'a full tile has no .p');
});

test('a lookup answer is split as tlog.ParseRecord does and its lines read for the version', () => {
	const record = 'example.com/m v1.0.0 h1:zip=\nexample.com/m v1.0.0/go.mod h1:mod=\n';
	const answer = parseLookupAnswer(`7\n${record}\ngo.sum database tree\n8\nHASH\n\n— x sig\n`);
	assert.equal(answer?.id, 7);
	assert.equal(answer?.record, record);
	assert.match(answer?.treeNote ?? '', /^go\.sum database tree\n8\n/);
	assert.deepEqual(recordHashes(record, 'example.com/m', 'v1.0.0'), {zip: 'h1:zip=', mod: 'h1:mod='});
	assert.equal(parseLookupAnswer('x\nrest'), undefined);
});
