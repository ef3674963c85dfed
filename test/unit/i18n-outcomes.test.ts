/*
Issue 13 item 10: the branch names "Show the evidence" prints after each check (`refused`, `plain`…) are
Chinese in a Chinese session: every branch of every flowchart has its name in source/i18n/zh/outcomes.ts.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {allFlows} from '../../source/diagnose/investigations.js';
import {outcomeName} from '../../source/flowcharts/outcome-names.js';
import {outcomeText, outcomeTranslations} from '../../source/i18n/outcome-text.js';

test('every branch of every flowchart has a Chinese name, and no name is left that no flowchart has', () => {
	const branches = new Set(
		allFlows().flatMap((flow) =>
			Object.values(flow.nodes as Record<string, {readonly edges?: Readonly<Record<string, string>>}>).flatMap((node) =>
				Object.keys(node.edges ?? {}),
			),
		),
	);
	const names = outcomeTranslations('zh') ?? {};
	// A flowchart module names its own branches (text.zh.outcomes); the table names every other one.
	const own = Object.assign({}, ...allFlows().map((flow) => flow.translations?.['zh']?.outcomes ?? {})) as Record<string, string>;
	assert.deepEqual(
		[...branches].filter((branch) => names[branch] === undefined && own[branch] === undefined),
		[],
		'branches without a Chinese name',
	);
	assert.deepEqual(
		Object.keys(names).filter((name) => !branches.has(name)),
		[],
		'names of branches no flowchart has',
	);
	assert.equal(outcomeText('refused', 'zh'), '拒绝连接');
	assert.equal(outcomeText('refused', 'en'), 'refused');
	assert.equal(outcomeName('refused', 'zh'), '拒绝连接');
	for (const [outcome, name] of Object.entries(own)) {
		assert.equal(outcomeName(outcome, 'zh'), name);
	}
});
