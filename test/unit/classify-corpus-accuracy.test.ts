import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {loadCorpus, measureAccuracy} from '../../scripts/measure-accuracy.js';
import {downloadCategories} from '../../source/model/taxonomy.js';

/*
The targets of `npm run accuracy` (issue 15), over the real reports of test/corpus/go-errors.json: a change that
makes the classifier worse on real threads fails here. About 200 classifications: well under a second.
*/
const corpus = loadCorpus();
const report = measureAccuracy(corpus);

describe('classify on the corpus of real reports', () => {
	test('the corpus covers every download category, with enough misleading texts', () => {
		assert.ok(corpus.length >= 200, `only ${corpus.length} reports`);
		for (const category of downloadCategories) {
			const count = corpus.filter((entry) => entry.category === category).length;
			assert.ok(count >= 8, `${category}: only ${count} reports`);
		}

		assert.ok(corpus.filter((entry) => entry.surfaceMisleading).length >= 40);
		assert.equal(new Set(corpus.map((entry) => entry.id)).size, corpus.length, 'ids are unique');
	});

	// Issue 15 asks for 95%, and the classifier reaches it (192/202). The misses left are texts go words the same for
	// two causes (a forge's prompt for a missing or a private repository, a public mirror's 404 for a version it failed
	// to fetch), each named as an alternative. Raise the floor with the classifier, never lower it.
	test('the primary is the settled cause on at least 95% of the reports', () => {
		assert.ok(report.primaryRight / report.total >= 0.95, `${report.primaryRight}/${report.total}: ${JSON.stringify(report.misses)}`);
	});

	test('the primary or an alternative is right on 98% of all reports and 90% of the misleading ones', () => {
		assert.ok(report.eitherRight / report.total >= 0.98, `${report.eitherRight}/${report.total}`);
		assert.ok(report.misleadingEitherRight / report.misleadingTotal >= 0.9, `${report.misleadingEitherRight}/${report.misleadingTotal}`);
	});

	test('every report gets a category, and no fix harms the settled cause', () => {
		assert.deepEqual(report.unclassified, []);
		assert.deepEqual(report.harmful, []);
	});
});
