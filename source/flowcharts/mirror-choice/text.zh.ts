import type {FlowchartText} from '../define-flowchart.js';
import type {mirrorChoiceGraph} from './graph.js';
import type {en} from './text.en.js';

/** 流程图的中文文本：节点 id 与 graph.ts 一致，占位符与英文一致。 */
export const zh: FlowchartText<typeof mirrorChoiceGraph.nodes, typeof en.messages> = {
	title: '这个代理能作为 go 使用的镜像吗？',
	nodes: {
		known: {question: 'go.sum 是否记录了 {module} {version} 的 go.mod 应有的哈希？'},
		content: {question: '{label} 提供的 {module} {version} 的 go.mod 与 go.sum 记录的一致吗？'},
		correct: {summary: '{label} 提供的 {module} {version} 与 go.sum 记录的一致：go 可以用它作镜像。'},
		unverified: {summary: '{label} 有应答，但它为 {module} {version} 提供的内容无法与 go.sum 对比。'},
		altered: {summary: '{label} 为 {module} {version} 提供的 go.mod 与 go.sum 不一致：内容被篡改（校验和不匹配）。不要把它用作镜像。'},
		useWorking: {title: '把 GOPROXY 换成提供正确内容、且最快的代理（go env -w）'},
	},
	messages: {},
};
