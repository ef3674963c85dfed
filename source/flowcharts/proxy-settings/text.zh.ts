import type {FlowchartText} from '../define-flowchart.js';
import type {proxySettingsGraph} from './graph.js';
import type {en} from './text.en.js';

/** 流程图的中文文本：节点 id 与 graph.ts 一致，占位符与英文一致。 */
export const zh: FlowchartText<typeof proxySettingsGraph.nodes, typeof en.messages> = {
	title: 'go 看到的代理设置是你想要的吗？',
	nodes: {
		variables: {question: 'go 从它的环境中读取哪些代理变量？'},
		noProxy: {question: 'NO_PROXY 能让内部主机绕过代理吗？'},
		goenv: {question: 'GOENV 文件是否试图设置代理变量？'},
		profile: {question: 'shell 配置文件设置的代理变量与当前环境一致吗？'},
		allProxyIgnored: {summary: '只设置了 ALL_PROXY：go 忽略它，直接连接。'},
		internalProxied: {summary: '一个内部主机经由代理访问，因为 NO_PROXY 中没有它。'},
		goenvIgnored: {summary: 'GOENV 文件中写了代理，而 go 从不从那里读取。'},
		profileDiffers: {summary: 'shell 配置文件设置的代理与 go 运行时的环境不同。'},
		asMeant: {summary: 'go 看到的代理设置与写下的一致。'},
		bypass: {title: '让内部主机直连：把它加入 NO_PROXY'},
		exportProxy: {title: '在 go 运行的环境中 export 代理'},
	},
	messages: {},
};
