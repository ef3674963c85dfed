import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {classifyGoOutput, explainCategory} from '../../source/classify/classify-go-error.js';
import {renderClassifyText} from '../../source/classify/render-classify-text.js';
import {textTree} from '../../source/flowcharts/texts.js';
import {categoryTitles} from '../../source/i18n/category-title.js';
import {downloadCategories, stateCategories} from '../../source/model/taxonomy.js';
import {english} from '../helpers/text.js';

const en = textTree('en');

describe('explainCategory', () => {
	test('every category has its own paragraph', () => {
		const all = [...downloadCategories, ...stateCategories];
		const paragraphs = all.map((category) => english(explainCategory(category)));
		for (const [index, paragraph] of paragraphs.entries()) {
			assert.ok(paragraph.length > 40, all[index]);
			assert.doesNotMatch(paragraph, /\n/, 'one paragraph');
		}

		assert.equal(new Set(paragraphs).size, paragraphs.length);
	});
});

describe('renderClassifyText', () => {
	test('a classified error: category, module, version, host, explanation and fixes to try', () => {
		const text = renderClassifyText(
			classifyGoOutput(
				'go: example.com/x@v1.0.0: Get "https://proxy.golang.org/example.com/x/@v/v1.0.0.info": dial tcp: lookup proxy.golang.org on 10.0.0.1:53: no such host',
			),
			en,
		);
		assert.match(text, /^One problem found; the root cause is most likely dns \(example\.com\/x\)\./);
		assert.ok(text.includes(`1. dns: ${categoryTitles.dns}`));
		assert.match(text, /module: +example\.com\/x\n/);
		assert.match(text, /version: v1\.0\.0\n/);
		assert.match(text, /host: +proxy\.golang\.org\n/);
		assert.ok(text.includes('go could not resolve proxy.golang.org while fetching example.com/x@v1.0.0.'));
		assert.ok(text.includes('Fixes to try:'));
		assert.match(text, /\$ go env -w 'GOPROXY=https:\/\/goproxy\.cn\|https:\/\/goproxy\.io\|direct'/);
	});

	test('several problems: numbered, the primary one marked, weakening fixes flagged', () => {
		const text = renderClassifyText(
			classifyGoOutput(
				[
					'go: github.com/a/b@v1.0.0: invalid version: unknown revision v1.0.0',
					'go: corp.example/lib@v1.0.0: Get "https://goproxy.corp.example/corp.example/lib/@v/v1.0.0.info": x509: certificate signed by unknown authority',
				].join('\n'),
			),
			en,
		);
		assert.match(text, /^2 problems found; the root cause is most likely tls \(corp\.example\/lib\)\./);
		assert.match(text, /\n1\. not-found: /);
		assert.match(text, /\n2\. tls: .*\(primary\)\n/);
		assert.ok(
			text.includes('- Skip certificate checks for goproxy.corp.example only: GOINSECURE=goproxy.corp.example [weakens security]\n'),
		);
		assert.ok(text.includes('$ go env -w GOINSECURE=goproxy.corp.example\n'));
	});

	test('empty, binary and no-error input each get a clear message', () => {
		assert.match(renderClassifyText(classifyGoOutput(''), en), /^No input to classify: it was empty\.\n.*2>&1 \| gomod-doctor classify\n$/);
		assert.match(
			renderClassifyText(classifyGoOutput(new Uint8Array(3000)), en),
			/^The input \(2\.9 KB\) looks like binary data, not go's error output; nothing was classified\./,
		);
		assert.match(
			renderClassifyText(classifyGoOutput('go: downloading github.com/a/b v1.0.0\n'), en),
			/^No go error found in the input \(38 bytes\)\./,
		);
	});
});
