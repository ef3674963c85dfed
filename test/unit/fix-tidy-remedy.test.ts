/*
`go mod tidy -v` is one remedy: the go-sum-missing category (classify, and a diagnosis that classified go's output)
offers the very fix the go-sum flowchart offers, so a report that has both lists it once, and the wizard can run it.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {classifyGoOutput} from '../../source/classify/classify-go-error.js';
import {renderClassifyText} from '../../source/classify/render-classify-text.js';
import {textTree} from '../../source/flowcharts/texts.js';
import {goModTidyFix, goSumTidyFix, isTidyFix, loadPackagesArgv} from '../../source/fixes/fix-module.js';
import {isRunnable} from '../../source/ui/use-wizard-state.js';

const missingSum =
	'main.go:4:2: missing go.sum entry for module providing package github.com/a/b/pkg (imported by example.com/app); to add:\n\tgo get example.com/app';

test("go-sum-missing offers the go-sum flowchart's tidy fix, which the wizard can run and checks with go list", () => {
	const result = classifyGoOutput(missingSum);
	assert.equal(result.kind, 'classified');
	const tidy = result.items[0]!.fixes.filter((fix) => fix.argv?.[2] === 'tidy' || fix.shell?.some((line) => line.includes('go mod tidy')));
	assert.deepEqual(tidy, [goSumTidyFix()]);
	assert.deepEqual(tidy[0]!.verify, loadPackagesArgv);
	assert.ok(isRunnable(tidy[0]!), 'the wizard runs it');
});

test('the classify report shows the tidy command to copy', () => {
	assert.match(renderClassifyText(classifyGoOutput(missingSum), textTree('en')), /\n +\$ go mod tidy -v\n/);
});

test('both tidy ids are the same command; neither is offered again after itself', () => {
	assert.deepEqual(goModTidyFix().argv, goSumTidyFix().argv);
	assert.equal(goModTidyFix().id, 'go-mod-tidy');
	assert.equal(goSumTidyFix().id, 'go-sum-tidy');
	assert.ok(isTidyFix(goModTidyFix()) && isTidyFix(goSumTidyFix()));
});
