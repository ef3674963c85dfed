import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {test} from 'node:test';
import {hash1, hashGoMod, hashModuleZip} from '../../source/lab/dirhash.js';
import {labModules} from '../../source/lab/lab-modules.js';
import {buildModuleArtifacts} from '../../source/lab/module-zip.js';

test('hashGoMod reproduces go.sum lines found in countless real projects', () => {
	// Both modules predate go.mod files, so go hashes the synthesized `module PATH\n`.
	assert.equal(hashGoMod('module golang.org/x/text\n'), 'h1:NqM8EUOU14njkJ3fqMW+pc6Ldnwhi/IjpwHt7yyuwOQ=');
	assert.equal(hashGoMod('module github.com/pkg/errors\n'), 'h1:bwawxfHBFNV+L2hUp1rHADufV3IMtnDRdf1r5NINEl0=');
});

test('the h1: hashes of the lab modules equal what go 1.26 printed as Sum and GoModSum', () => {
	// Recorded from `go mod download -json` against the lab proxy (the integration test checks them live too).
	const recorded = new Map([
		[
			'example.com/lab/hello@v1.0.0',
			['h1:ggI0pEChuOcUIzN1iC9wW1KYmR9duEgyjGY5e0i0BEA=', 'h1:+qqPLoD7r9PEn4c4l9c9R4nq+vEdMS0jzfC8KOOUoKE='],
		],
		[
			'example.com/lab/greet@v1.2.0',
			['h1:8bceIoPnAnK3n6ZxUoz7mp9blAVPOgjliuNgfcMAktE=', 'h1:UAeN/Upcl7dl28WEVogJIJz1K38v4DCo8Xgh+Lp3ppk='],
		],
	]);
	for (const [key, [sum, goModSum]] of recorded) {
		const module = labModules.find((item) => `${item.path}@${item.version}` === key);
		assert.ok(module, key);
		const artifacts = buildModuleArtifacts(module);
		assert.equal(hashModuleZip(artifacts.zip), sum, key);
		assert.equal(hashGoMod(artifacts.mod), goModSum, key);
	}
});

test('hash1 sorts by name and does not depend on the order files are given in', () => {
	const a = {name: 'm@v1.0.0/a.go', content: 'package a\n'};
	const b = {name: 'm@v1.0.0/b.go', content: 'package b\n'};
	assert.equal(hash1([a, b]), hash1([b, a]));
	assert.notEqual(hash1([a, b]), hash1([a, {...b, content: 'package c\n'}]));
	assert.match(hash1([a]), /^h1:[A-Za-z\d+/]{43}=$/);
});

test('hash1 is SHA-256 over "hex  name" lines sorted by UTF-8 bytes, as go sorts them', () => {
	// U+FF5A is EF BD BA in UTF-8 and U+1F600 is F0 9F 98 80: go puts U+FF5A first. JavaScript's default
	// string order (UTF-16 code units: FF5A against D83D) would put the emoji first and give another hash.
	const fullwidth = {name: 'm@v1.0.0/\uFF5A.go', content: 'x'};
	const emoji = {name: 'm@v1.0.0/\u{1F600}.go', content: 'y'};
	const line = (file: {name: string; content: string}) => `${createHash('sha256').update(file.content).digest('hex')}  ${file.name}\n`;
	const expected = `h1:${createHash('sha256')
		.update(line(fullwidth) + line(emoji))
		.digest('base64')}`;
	assert.equal(hash1([emoji, fullwidth]), expected);
	assert.equal(hash1([fullwidth, emoji]), expected);
});

test('hash1 refuses a file name with a newline, as go does', () => {
	assert.throws(() => hash1([{name: 'a\nb', content: ''}]), /newline/);
});
