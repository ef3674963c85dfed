import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {classifyGoOutput, withAlternativeCandidates} from '../../source/classify/classify-go-error.js';
import {moduleCacheFlowchart as moduleCacheInvestigation} from '../../source/flowcharts/module-cache/index.js';
import {notFoundFlowchart as notFoundInvestigation} from '../../source/flowcharts/not-found/index.js';
import type {AfterContext} from '../../source/diagnose/investigation.js';
import {settleAlternatives} from '../../source/diagnose/settle-alternatives.js';
import type {Reproduction} from '../../source/go/reproduce-download.js';
import type {Finding} from '../../source/model/report.js';
import {fakeAfterContext} from '../helpers/after-context.js';
import {reproductionOf} from '../helpers/reproduction.js';
import {english} from '../helpers/text.js';

const brokenZip = 'go: example.com/lab/greet@v1.2.0: zip: not a valid zip file\n';

function failed(stderr: string): Reproduction {
	return reproductionOf(stderr);
}

function afterContext(classified: AfterContext['classified'], stderr: string): AfterContext {
	return fakeAfterContext({GOMODCACHE: '/home/u/go/pkg/mod'}, {reproduction: failed(stderr), classified});
}

function finding(category: Finding['category'], severity: Finding['severity'], summary: string): Finding {
	return {category, severity, subject: 'example.com/lab/greet@v1.2.0', summary, evidence: [], fixes: []};
}

describe('diagnose runs the flowcharts of the primary and of each alternative', () => {
	test("a shared forge's credentials prompt: the not-found flowchart runs for the alternative beside the private one", async () => {
		const prompt =
			"go: github.com/acme/widgets@v1.0.0: git ls-remote -q origin in /root/go/pkg/mod/cache/vcs/abc: exit status 128:\n\tfatal: could not read Username for 'https://github.com': terminal prompts disabled\n";
		const {items} = classifyGoOutput(prompt);
		assert.deepEqual(
			items.map((item) => [item.category, item.alternatives.map((alternative) => alternative.category)]),
			[['private-auth', ['not-found']]],
		);
		// Without the alternative as a candidate, nothing would ask whether the repository exists at all.
		assert.deepEqual(await notFoundInvestigation.subjects(afterContext(items, prompt)), []);
		const withCandidates = withAlternativeCandidates(items);
		assert.deepEqual(
			withCandidates.map((item) => [item.category, item.alternativeOf]),
			[
				['private-auth', undefined],
				['not-found', 'private-auth'],
			],
		);
		const subjects = await notFoundInvestigation.subjects(afterContext(withCandidates, prompt));
		assert.deepEqual(
			subjects.map((subject) => subject.label),
			['github.com/acme/widgets@v1.0.0'],
		);
		// A broken zip: the module-cache flowchart runs for the cache alternative too.
		assert.equal(
			(await moduleCacheInvestigation.subjects(afterContext(withAlternativeCandidates(classifyGoOutput(brokenZip).items), brokenZip)))
				.length,
			1,
		);
	});

	test('an item already covering the alternative is not doubled', () => {
		const {items} = classifyGoOutput(
			`${brokenZip}go: example.com/lab/greet@v1.2.0: mkdir /home/u/go/pkg/mod/cache/download/example.com: permission denied\n`,
		);
		const categories = withAlternativeCandidates(items).map((item) => item.category);
		assert.equal(categories.filter((category) => category === 'cache').length, 1);
	});

	test('the conclusion says which candidate the checks confirmed, and which they did not', () => {
		const {primary} = classifyGoOutput(brokenZip);
		const settled = settleAlternatives(primary, [
			finding('cache', 'error', 'A download into an empty module cache works: the cache held a damaged zip.'),
		]);
		assert.equal(settled?.category, 'cache');
		assert.deepEqual(settled?.candidates, ['proxy-bad-response', 'cache']);
		assert.match(english(settled?.statement) ?? '', /settled on cache: A download into an empty module cache works/);
		assert.match(english(settled?.statement) ?? '', /Nothing confirmed proxy-bad-response/);
	});

	test('the primary wins when the checks confirm it; nothing is settled when they confirm neither', () => {
		const {primary} = classifyGoOutput(brokenZip);
		assert.equal(
			settleAlternatives(primary, [finding('proxy-bad-response', 'error', 'The entry serves a zip that is not a zip.')])?.category,
			'proxy-bad-response',
		);
		const open = settleAlternatives(primary, [finding('cache', 'info', 'The module cache is writable and sound.')]);
		assert.equal(open?.category, undefined);
		assert.match(english(open?.statement) ?? '', /did not settle it/);
		// An unambiguous error has nothing to settle.
		assert.equal(
			settleAlternatives(
				classifyGoOutput('go: github.com/a/b@v1.0.0: missing go.sum entry; to add it:\n\tgo mod download github.com/a/b\n').primary,
				[],
			),
			undefined,
		);
	});
});
