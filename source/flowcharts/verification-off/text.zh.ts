import type {FlowchartText} from '../define-flowchart.js';
import type {verificationOffGraph} from './graph.js';
import type {en} from './text.en.js';

/** 流程图的中文文本：节点 id 与 graph.ts 一致，占位符与英文一致。 */
export const zh: FlowchartText<typeof verificationOffGraph.nodes, typeof en.messages> = {
	title: '关闭校验能否显示真实错误？',
	nodes: {
		stopped: {question: 'go 是否在校验 {module} {version}（go.sum 或校验和数据库）时停下，下载本身还没来得及失败？'},
		exempt: {question: '{module} 是否已经不经过校验和数据库（GONOSUMDB、GOPRIVATE）？'},
		isolateContent: {
			summary:
				'校验在 {module} {version} 处拦住了 go：在项目之外（没有 go.sum）、用空的模块缓存、GOSUMDB=off 下载一次，就能看到各代理实际提供的内容。',
		},
		isolateDatabase: {summary: '校验和数据库在 {module} {version} 处拦住了 go：用 GONOSUMDB={module} 下载一次，就能看出下载本身是否正常。'},
		nothingHidden: {summary: '校验没有拦住 {module} {version}：关闭校验不会显示任何新信息。'},
		isolate: {title: '只在该进程中关闭校验复现一次（会降低安全性）'},
	},
	messages: {},
};
