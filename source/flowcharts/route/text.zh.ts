import type {FlowchartText} from '../define-flowchart.js';
import type {routeGraph} from './graph.js';
import type {en} from './text.en.js';

/** 流程图的中文文本：节点 id 与 graph.ts 一致，占位符与英文一致。 */
export const zh: FlowchartText<typeof routeGraph.nodes, typeof en.messages> = {
	title: '发往这个主机的数据包在哪里停下？',
	nodes: {
		trace: {question: '到 {host}（{role}）的路由在哪里中断？'},
		reached: {summary: '数据包能到达 {host}：路由是通的，由端口检查来判断（端口关闭，或主机上的防火墙）。'},
		stops: {summary: '发往 {host} 的数据包在途中停下：这里与 {host} 之间的路由器或防火墙丢弃了它们。'},
		noTool: {summary: '在这里无法追踪到 {host} 的路由。'},
	},
	messages: {},
};
