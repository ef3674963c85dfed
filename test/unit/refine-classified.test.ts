/*
The diagnose side of the rule agreed with the classifier (issues 12 and 15): a 403, 404 or 410 from a GOPROXY entry,
for a path no private pattern covers and that does not look private, is a missing module, never private-auth.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {classifyGoOutput} from '../../source/classify/classify-go-error.js';
import {english} from '../helpers/text.js';
import {refineClassified} from '../../source/diagnose/refine-classified.js';

const forbidden =
	'go: github.com/fatih/color@v9.9.9: reading https://proxy.golang.org/github.com/fatih/color/@v/v9.9.9.info: 403 Forbidden\n\tserver response: This module version is not available.\n';

test("a public proxy's 403 for a public path becomes not-found, with not-found's fixes", () => {
	const {items} = classifyGoOutput(forbidden);
	const [item] = refineClassified(items, {GOPROXY: 'https://proxy.golang.org,direct'});
	assert.equal(item?.category, 'not-found');
	assert.equal(item?.module, 'github.com/fatih/color');
	assert.ok(!item?.fixes.some((fix) => /netrc|credential/i.test(`${fix.id} ${english(fix.title)}`)), JSON.stringify(item?.fixes));
});

test('it stays private-auth where a private pattern covers the path, or the URL is not a GOPROXY entry', () => {
	const {items} = classifyGoOutput(forbidden);
	const before = items[0]?.category;
	assert.equal(refineClassified(items, {GOPROXY: 'https://proxy.golang.org,direct', GOPRIVATE: 'github.com/fatih'})[0]?.category, before);
	assert.equal(refineClassified(items, {GOPROXY: 'https://goproxy.cn,direct', GONOSUMDB: ''})[0]?.category, before);
	const privateHost = forbidden.replaceAll('github.com/fatih/color', 'git.corp.example/team/lib');
	assert.equal(
		refineClassified(classifyGoOutput(privateHost).items, {GOPROXY: 'https://proxy.golang.org'})[0]?.category,
		classifyGoOutput(privateHost).items[0]?.category,
	);
});

test("a public mirror's bare 403, read from the text alone as its policy, is walked as not-found with the settings", () => {
	const {items} = classifyGoOutput(forbidden);
	assert.equal(items[0]?.category, 'proxy-bad-response');
	const [item] = refineClassified(items, {GOPROXY: 'https://proxy.golang.org,direct'});
	assert.equal(item?.category, 'not-found');
});
