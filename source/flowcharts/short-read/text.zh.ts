import type {FlowchartText} from '../define-flowchart.js';
import type {shortReadGraph} from './graph.js';
import type {en} from './text.en.js';

/** 流程图的中文文本：节点 id 与 graph.ts 一致，占位符与英文一致。 */
export const zh: FlowchartText<typeof shortReadGraph.nodes, typeof en.messages> = {
	title: '服务器把 go 要的文件完整发来了吗？',
	nodes: {
		again: {question: '再次请求 {file} 时，{host} 发来的字节数和它声明的一样多吗？'},
		cutShort: {summary: '{label} 声明了 {file} 的长度，却在发完之前就关闭了连接：go 收到的是被截断的文件（unexpected EOF）。'},
		cameAndWent: {
			summary: '再次请求时，{host} 完整发来了 {file}：go 遇到的截断时有时无（链路不稳定，或者某个代理或服务器会掐断耗时长的传输）。',
		},
		unannounced: {summary: '{host} 发送 {file} 时没有声明长度，因此无法检查它是否完整；go 把它当作被截断（unexpected EOF）。'},
		unchecked: {summary: '无法再次向 {host} 请求 {file}；以 go 自己的消息为准。'},
		useWorking: {title: '改用能完整发送文件的代理'},
	},
	messages: {},
};
