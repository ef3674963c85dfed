/*
Every flowchart speaks Chinese: each node of each flow the diagnosis walks has its text (in its module's
text.zh.ts), with the same placeholders as the English, and the translation holds
no node that the flow no longer has. A new flowchart fails here until its nodes are translated; the message lists
exactly the entries to add.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {allFlows, flowTitle} from '../../source/diagnose/investigations.js';
import {chinese, english} from '../helpers/text.js';
import type {Flow} from '../../source/flow/define-flow.js';
import {startWalk} from '../../source/flow/walk.js';
import {renderMermaid} from '../../source/flow/render-mermaid.js';
import {textTree} from '../../source/flowcharts/texts.js';
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

test('every node of every flowchart has its Chinese text in its module, with the same placeholders', async () => {
	const flows = everyFlow();
	assert.ok(
		flows.some((flow) => flow.id === 'connectivity'),
		'the connectivity flowchart is found',
	);
	const problems: string[] = [];
	for (const flow of flows) {
		// Every flowchart module brings its own translation (source/flowcharts/<id>/text.zh.ts).
		const translation = flow.translations?.['zh'];
		if (translation === undefined) {
			problems.push(`flows['${flow.id}'] is missing: add {title: '…' /* ${flow.title} */, nodes: {…}} with every node of ${flow.id}`);
		} else if (placeholders(translation.title).join(',') !== placeholders(flow.title).join(',')) {
			problems.push(
				`flows['${flow.id}'].title has placeholders ${placeholders(translation.title).join(' ') || 'none'}, the English ${placeholders(flow.title).join(' ') || 'none'}`,
			);
		}

		const nodes = flow.nodes as Readonly<
			Record<string, {kind: keyof typeof fieldOf} & Partial<Record<'question' | 'summary' | 'title', string>>>
		>;
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

	assert.deepEqual(problems, [], `a flowchart's Chinese text is incomplete:\n${problems.join('\n')}`);
});

test('a walk in Chinese fills the translated question and summary; in English the flow’s own text', () => {
	const subject = {
		label: 'https://goproxy.cn',
		url: 'https://goproxy.cn',
		scheme: 'https' as const,
		host: 'goproxy.cn',
		port: 443,
		module: 'example.com/m',
	};
	const walk = startWalk(connectivityFlow, 'w', subject);
	// One walk, said in either language: it holds the question as a message.
	assert.equal(english(walk.visits[0]!.question), 'Does go reach https://goproxy.cn through an HTTP(S) proxy?');
	assert.equal(chinese(walk.visits[0]!.question), 'go 是否经由 HTTP(S) 代理访问 https://goproxy.cn？');
	const proxied = startWalk(connectivityFlow, 'p', {
		...subject,
		proxy: {url: 'http://10.0.0.1:3128', host: '10.0.0.1', port: 3128, variable: 'HTTPS_PROXY'},
	});
	assert.equal(proxied.phase === 'probing' ? proxied.current : '', 'proxyResolve');
	const mermaid = renderMermaid(connectivityFlow, {subject, tree: textTree('zh')});
	assert.match(mermaid, /resolve\["goproxy\.cn 能解析吗？"]/);
	assert.match(mermaid, /switchEntry{{"修复: 换用可用的 GOPROXY 条目/);
});

test('a flowchart module’s title is its own translation (the walk headings of the report and the wizard)', () => {
	assert.equal(chinese(flowTitle('mirror-choice')), '这个代理能作为 go 使用的镜像吗？');
	assert.equal(chinese(flowTitle('go-sum')), 'go.sum 包含构建需要的每一行吗？');
	assert.equal(chinese(flowTitle('unknown-flow')), 'unknown-flow');
	assert.equal(english(flowTitle('mirror-choice')), 'Can this proxy be the mirror go uses?');
});
