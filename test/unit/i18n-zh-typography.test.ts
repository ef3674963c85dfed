/*
Issue 13 item 10: the whole Chinese catalog follows Chinese typography (test/helpers/zh-typography.ts): every
string, what every function returns for sample arguments, the flowcharts' node texts and the lab's scenario
descriptions.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {flowcharts} from '../../source/flowcharts/index.js';
import {t} from '../../source/i18n/index.js';
import {scenarioTranslations} from '../../source/i18n/scenario-text.js';
import {zhTypographyProblems} from '../helpers/zh-typography.js';

/** Arguments to call a message function with: a function gets each set in turn, and every set that works counts. */
const sampleArguments: ReadonlyArray<(count: number) => unknown[]> = [
	(count) => Array.from({length: count}, (_, index) => `value${index}`),
	(count) => Array.from({length: count}, (_, index) => index + 2),
	(count) => Array.from({length: count}, () => 1),
	(count) => Array.from({length: count}, () => true),
	(count) => Array.from({length: count}, () => false),
	(count) => Array.from({length: count}, () => undefined),
	(count) => Array.from({length: count}, (_, index) => [`item${index}a`, `item${index}b`]),
	(count) => Array.from({length: count}, (_, index) => (index === 0 ? `value${index}` : index + 1)),
	(count) => Array.from({length: count}, (_, index) => (index === 0 ? 2 : `value${index}`)),
	(count) => Array.from({length: count}, (_, index) => (index === 0 ? `value${index}` : true)),
];

/** Parameters that take a sentence of their own (a summary, a detail): given a Chinese sentence, to catch how it is joined. */
const sentenceParameter = /^(?:summary|detail|details|sentence|note|notes|why|reason|message|cause|evidence|measured)$/;

/** A function's parameter names, from its source (message functions are plain arrow functions). */
function parameterNames(fn: (...arguments_: never[]) => unknown): string[] {
	const source = fn.toString();
	const list = /^\s*(?:async\s*)?\(([^)]*)\)\s*=>/.exec(source)?.[1] ?? /^\s*(\w+)\s*=>/.exec(source)?.[1] ?? '';
	return list.split(',').map((name) => name.trim().replace(/[\s=:].*$/, ''));
}

type Leaf = {readonly path: string; readonly text: string};

function leaves(value: unknown, path: string, uncalled: string[]): Leaf[] {
	if (typeof value === 'string') {
		return [{path, text: value}];
	}

	if (typeof value === 'function') {
		const results: Leaf[] = [];
		const names = parameterNames(value as (...arguments_: never[]) => unknown);
		const sentences = sampleArguments.map(
			(make) => (count: number) =>
				make(count).map((argument, index) => (sentenceParameter.test(names[index] ?? '') ? '这是一句话。' : argument)),
		);
		for (const [index, make] of [...sampleArguments, ...sentences].entries()) {
			try {
				const result: unknown = (value as (...arguments_: unknown[]) => unknown)(...make(value.length));
				results.push(...leaves(result, `${path}(#${index})`, []));
			} catch {
				// This set of arguments does not fit the function; another may.
			}
		}

		if (results.length === 0) {
			uncalled.push(path);
		}

		return results;
	}

	if (Array.isArray(value)) {
		return value.flatMap((item, index) => leaves(item, `${path}[${index}]`, uncalled));
	}

	if (typeof value === 'object' && value !== null) {
		return Object.entries(value).flatMap(([key, item]) => leaves(item, `${path}.${key}`, uncalled));
	}

	return [];
}

test('the Chinese catalog, its flowcharts and its scenarios follow Chinese typography', () => {
	const uncalled: string[] = [];
	const all = [
		...leaves(t('zh'), 'zh', uncalled),
		...flowcharts.flatMap((chart) => leaves(chart.flow.translations?.['zh'], `flowcharts.${chart.id}`, uncalled)),
		...flowcharts.flatMap((chart) => leaves(chart.messages?.zh, `flowcharts.${chart.id}.messages`, uncalled)),
		...flowcharts.flatMap((chart) =>
			chart.scenarios.flatMap((scenario) =>
				leaves(scenario.lab.translations?.zh, `flowcharts.${chart.id}.scenarios.${scenario.lab.id}`, uncalled),
			),
		),
		...leaves(scenarioTranslations('zh'), 'scenarios', uncalled),
	];
	const functions = all.filter((leaf) => leaf.path.includes('(#')).length;
	assert.ok(all.length > 1000 && functions > 300, `${all.length} texts, ${functions} from functions`);
	assert.ok(uncalled.length < 10, `functions no sample arguments fit: ${uncalled.join(', ')}`);
	const problems = [
		...new Set(
			all.flatMap(({path, text}) =>
				zhTypographyProblems(text).map((problem) => `${path.replaceAll(/\(#\d+\)/g, '()')}: ${problem.replace(/: …[\s\S]*$/, '')}`),
			),
		),
	];
	assert.deepEqual(problems, [], `${problems.length} problems:\n${problems.join('\n')}`);
});

test('the rules catch what they are for', () => {
	for (const bad of [
		'可用。 经由代理',
		'这是一句话。 这是一句话。',
		'列表：a、b 。',
		' 经由代理 x。',
		'前缀（a）（b）',
		'(经由代理)',
		'（未设置)',
		'比较 h1: 哈希 (via gomod-doctor)',
		'它与 go.sum 以及 a、b 不一致（缺少',
		'镜像, 源站',
	]) {
		assert.notDeepEqual(zhTypographyProblems(bad), [], bad);
	}

	for (const good of [
		'可用。经由代理 http://127.0.0.1:1。',
		'（未设置）',
		'go.sum、某个代理、源站',
		'GET http://a/b (HTTP/1.1)',
		'$ go env -w GOPROXY=a,direct',
		'GONOPROXY    （未设置）  默认值',
		'镜像吗？ · http://127.0.0.1:1',
		'已拒绝。  744 ms',
	]) {
		assert.deepEqual(zhTypographyProblems(good), [], good);
	}
});

test('lists in Chinese take 、: the shared list and the version list a proxy answers', () => {
	const zh = t('zh');
	assert.equal(zh.common.list(['v1.1.0', 'v1.2.0']), 'v1.1.0、v1.2.0');
	assert.equal(
		zh.probes.http.versions('200 OK', '14 字节', zh.common.list(['v1.1.0', 'v1.2.0']), zh.probes.http.moreVersions(7)),
		'200 OK，14 字节：v1.1.0、v1.2.0……（共 7 个版本）。',
	);
	assert.equal(t('en').common.list(['v1.1.0', 'v1.2.0']), 'v1.1.0, v1.2.0');
});
