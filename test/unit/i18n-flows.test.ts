/*
Every flowchart speaks Chinese: each node of each flow the diagnosis walks has its text (in its module's
text.zh.ts, else in source/i18n/zh/flows.ts), with the same placeholders as the English, and the translation holds
no node that the flow no longer has. A new flowchart fails here until its nodes are translated; the message lists
exactly the entries to add.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {allFlows, flowTitle} from '../../source/diagnose/investigations.js';
import type {Flow} from '../../source/flow/define-flow.js';
import {startWalk} from '../../source/flow/walk.js';
import {renderMermaid} from '../../source/flow/render-mermaid.js';
import {flowTranslations, type NodeTranslation} from '../../source/i18n/flow-text.js';
import {setLanguage} from '../../source/i18n/index.js';
import {connectivityFlow} from '../../source/flowcharts/connectivity/index.js';

type AnyFlow = Flow<string, never>;

/** Every flow the diagnosis walks (every flowchart is a module now: source/flow/graphs/ is gone), once each. */
function everyFlow(): AnyFlow[] {
	return [...new Map(allFlows().map((flow) => [flow.id, flow])).values()];
}

function placeholders(text: string): string[] {
	return [...new Set([...text.matchAll(/{[A-Za-z]\w*}/g)].map((match) => match[0]))].toSorted();
}

const fieldOf = {probe: 'question', decide: 'question', end: 'summary', fix: 'title'} as const;

test('every node of every flowchart has its Chinese text in source/i18n/zh/flows.ts, with the same placeholders', async () => {
	const zh = flowTranslations('zh') ?? {};
	const flows = everyFlow();
	assert.ok(
		flows.some((flow) => flow.id === 'connectivity'),
		'the connectivity flowchart is found',
	);
	const problems: string[] = [];
	for (const flow of flows) {
		// A flowchart module brings its own translation (source/flowcharts/<id>/); the others are in zh/flows.ts.
		const translation = flow.translations?.['zh'] ?? zh[flow.id];
		if (translation === undefined) {
			problems.push(`flows['${flow.id}'] is missing: add {title: '…' /* ${flow.title} */, nodes: {…}} with every node of ${flow.id}`);
		} else if (placeholders(translation.title).join(',') !== placeholders(flow.title).join(',')) {
			problems.push(
				`flows['${flow.id}'].title has placeholders ${placeholders(translation.title).join(' ') || 'none'}, the English ${placeholders(flow.title).join(' ') || 'none'}`,
			);
		}

		const nodes = flow.nodes as Readonly<Record<string, {kind: keyof typeof fieldOf} & Partial<Record<keyof NodeTranslation, string>>>>;
		for (const [id, node] of Object.entries(nodes)) {
			const field = fieldOf[node.kind];
			const english = node[field] ?? '';
			const chinese = translation?.nodes[id]?.[field];
			if (chinese === undefined) {
				problems.push(`flows['${flow.id}'].nodes.${id}.${field} is missing (English: ${JSON.stringify(english)})`);
			} else if (placeholders(chinese).join(',') !== placeholders(english).join(',')) {
				problems.push(
					`flows['${flow.id}'].nodes.${id}.${field} has placeholders ${placeholders(chinese).join(' ') || 'none'}, the English ${placeholders(english).join(' ') || 'none'} (English: ${JSON.stringify(english)})`,
				);
			} else if (!/\p{Script=Han}/u.test(chinese)) {
				problems.push(`flows['${flow.id}'].nodes.${id}.${field} has no Chinese in it: ${JSON.stringify(chinese)}`);
			}
		}

		for (const id of Object.keys(translation?.nodes ?? {})) {
			if (!(id in nodes)) {
				problems.push(`flows['${flow.id}'].nodes.${id} translates a node ${flow.id} does not have: remove it`);
			}
		}
	}

	for (const id of Object.keys(zh)) {
		if (!flows.some((flow) => flow.id === id)) {
			problems.push(`flows['${id}'] translates a flowchart that does not exist: remove it`);
		}
	}

	assert.deepEqual(problems, [], `source/i18n/zh/flows.ts is incomplete:\n${problems.join('\n')}`);
});

test('a walk in Chinese fills the translated question and summary; in English the flow’s own text', (context) => {
	context.after(() => {
		setLanguage('en');
	});
	const subject = {
		label: 'https://goproxy.cn',
		url: 'https://goproxy.cn',
		scheme: 'https' as const,
		host: 'goproxy.cn',
		port: 443,
		module: 'example.com/m',
	};
	const english = startWalk(connectivityFlow, 'w', subject);
	setLanguage('zh');
	const chinese = startWalk(connectivityFlow, 'w', subject);
	assert.equal(english.visits[0]?.question, 'Does go reach https://goproxy.cn through an HTTP(S) proxy?');
	assert.equal(chinese.visits[0]?.question, 'go 是否经由 HTTP(S) 代理访问 https://goproxy.cn？');
	const proxied = startWalk(connectivityFlow, 'p', {
		...subject,
		proxy: {url: 'http://10.0.0.1:3128', host: '10.0.0.1', port: 3128, variable: 'HTTPS_PROXY'},
	});
	assert.equal(proxied.phase === 'probing' ? proxied.current : '', 'proxyResolve');
	const mermaid = renderMermaid(connectivityFlow, {subject});
	assert.match(mermaid, /resolve\["goproxy\.cn 能解析吗？"]/);
	assert.match(mermaid, /switchEntry{{"修复: 换用可用的 GOPROXY 条目/);
});

test('a flowchart module’s title is its own translation (the walk headings of the report and the wizard)', (context) => {
	context.after(() => {
		setLanguage('en');
	});
	setLanguage('zh');
	assert.equal(flowTitle('mirror-choice'), '这个代理能作为 go 使用的镜像吗？');
	assert.equal(flowTitle('go-sum'), 'go.sum 包含构建需要的每一行吗？');
	assert.equal(flowTitle('unknown-flow'), 'unknown-flow');
	setLanguage('en');
	assert.equal(flowTitle('mirror-choice'), 'Can this proxy be the mirror go uses?');
});
