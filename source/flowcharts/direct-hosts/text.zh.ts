import type {FlowchartText} from '../define-flowchart.js';
import type {directHostsGraph} from './graph.js';
import type {en} from './text.en.js';

/** 流程图的中文文本：节点 id 与 graph.ts 一致，占位符与英文一致。 */
export const zh: FlowchartText<typeof directHostsGraph.nodes, typeof en.messages> = {
	title: 'go 能连通直接获取这些模块的主机吗？',
	nodes: {
		resolve: {question: '{host} 能解析吗？'},
		port: {question: '{host} 的端口 {port} 可达吗？'},
		reachable: {summary: '{host} 的端口 {port} 有应答：go 可以从它获取 {count} 个模块。'},
		dnsFails: {summary: '{host} 无法解析：go 无法直接获取它提供的 {count} 个模块。'},
		portClosed: {summary: '{host} 的端口 {port} 拒绝连接：服务已停止，或被防火墙拒绝；go.mod 中有 {count} 个模块直接来自它。'},
		noAnswer: {summary: '{host}:{port} 没有应答（网络策略，或主机已宕机）；go.mod 中有 {count} 个模块直接来自它。'},
		unroutable: {summary: '从这里没有到 {host} 的路由；go.mod 中有 {count} 个模块直接来自它。'},
	},
	messages: {
		modules: (count, shown, more) => `涉及 ${count} 个模块：${shown.join('、')}${more ? '……' : ''}。`,
	},
};
