/*
Every lab scenario has its Chinese description in source/i18n/zh/scenarios.ts (and the table holds no scenario that
no longer exists), and `lab --list` shows the descriptions in the session's language. A new scenario fails here
until it is described in Chinese; the message names it.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {scenarioTranslations} from '../../source/i18n/scenario-text.js';
import {describeScenario, formatScenarioList, listScenarios} from '../../source/lab/scenarios.js';

test('every lab scenario has a Chinese description, and no description is left for a scenario that is gone', () => {
	const zh = scenarioTranslations('zh') ?? {};
	const ids = listScenarios().map((scenario) => scenario.id);
	assert.ok(ids.includes('proxy-down') && ids.length > 10, 'the scenarios are found');
	const missing = listScenarios()
		// A flowchart module's scenario brings its own description (text.zh.scenarios of source/flowcharts/<id>/).
		.filter((scenario) => zh[scenario.id] === undefined && scenario.translations?.zh === undefined)
		.map((scenario) => `'${scenario.id}': '…', // ${scenario.description}`);
	assert.deepEqual(missing, [], `add these to source/i18n/zh/scenarios.ts:\n${missing.join('\n')}`);
	assert.deepEqual(
		Object.keys(zh).filter((id) => !ids.includes(id)),
		[],
		'descriptions of scenarios that no longer exist',
	);
	const own = listScenarios().flatMap((scenario) =>
		scenario.translations?.zh === undefined ? [] : [[scenario.id, scenario.translations.zh] as const],
	);
	const notChinese = [...Object.entries(zh), ...own].filter(([, text]) => !/\p{Script=Han}/u.test(text)).map(([id]) => id);
	assert.deepEqual(notChinese, [], 'these Chinese descriptions hold no Chinese');
});

test('lab --list and the lab header describe a scenario in the session language; English is the definition', () => {
	const proxyDown = listScenarios().find((scenario) => scenario.id === 'proxy-down')!;
	assert.match(describeScenario(proxyDown, 'zh'), /拒绝连接/);
	const line = formatScenarioList('zh').find((text) => text.startsWith('proxy-down '));
	assert.match(line ?? '', /^proxy-down +第一个 GOPROXY 条目拒绝连接/);
	assert.equal(describeScenario(proxyDown, 'en'), proxyDown.description);
	assert.ok(formatScenarioList('en').some((text) => text.endsWith(proxyDown.description)));
});
