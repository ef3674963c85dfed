import type {FlowchartText} from '../define-flowchart.js';
import type {privatePatternsGraph} from './graph.js';
import type {en} from './text.en.js';

/** 流程图的中文文本：节点 id 与 graph.ts 一致，占位符与英文一致。 */
export const zh: FlowchartText<typeof privatePatternsGraph.nodes, typeof en.messages> = {
	title: '私有路径的模式是否让公共模块绕过了代理？',
	nodes: {
		goFailed: {question: 'go 是否在 {setting}={culprits} 直接发往其主机的模块上失败了（go.mod 中有 {covered} 个）？'},
		proxyServes: {question: '是否有 GOPROXY 条目能提供公共模块？（{proxy}）'},
		sendsPublicDirect: {
			summary:
				'{setting}={value}（来自{from}）让 go.mod 中的 {covered} 个依赖直接从其主机获取，而不是经由能提供公共模块的 {proxy}，而 go 在那里获取失败（{failed}）：原因是模式 {culprits}。只写你的私有模块路径。',
		},
		sendsDirectNoProxy: {
			summary:
				'{setting}={value}（来自{from}）让 go.mod 中的 {covered} 个依赖直接从其主机获取，而 go 在那里获取失败（{failed}）；也没有测量到能提供公共模块的 GOPROXY 条目：请缩小 {setting}，并查看代理的结论。',
		},
		coversPublic: {
			summary: '{setting}（来自{from}）也覆盖了公共模块（{culprits}）：go 会从它们的主机直接获取，而不经由代理。只写你的私有模块路径。',
		},
		narrow: {title: '只在设置中保留私有路径（或删除该设置）'},
		advice: {title: '建议：只写你的私有模块路径'},
	},
	messages: {},
};
