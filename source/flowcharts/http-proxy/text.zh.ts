import type {FlowchartText} from '../define-flowchart.js';
import type {httpProxyGraph} from './graph.js';
import type {en} from './text.en.js';

/** 流程图的中文文本：节点 id 与 graph.ts 一致，占位符与英文一致。 */
export const zh: FlowchartText<typeof httpProxyGraph.nodes, typeof en.messages> = {
	title: 'HTTP(S) 代理能承载 go 的请求吗？',
	nodes: {
		reach: {question: '代理 {proxyHost}:{proxyPort} 可达吗？'},
		connect: {question: '代理能打开到 {entryHost}:{entryPort} 的隧道（CONNECT）吗？'},
		compare: {question: '经由代理访问 {entry} 的结果与直连一致吗？'},
		proxyDown: {summary: '代理 {proxyHost}:{proxyPort}（{variable}）不存在：没有进程接受连接，所以 go 经由它发出的每个请求都会失败。'},
		proxySilent: {summary: '代理 {proxyHost}:{proxyPort}（{variable}）没有应答：go 会一直等到放弃。'},
		needsCredentials: {
			summary: '代理 {proxyHost}:{proxyPort}（{variable}）要求凭据（407 Proxy Authentication Required），而 go 没有发送。',
		},
		connectRefused: {
			summary: '代理 {proxyHost}:{proxyPort}（{variable}）拒绝连接 {entryHost}:{entryPort}（403/405）：它的规则禁止这样做。',
		},
		proxyBreaks: {summary: '经由代理 {proxyHost}:{proxyPort}（{variable}）访问 {entry} 失败，而直连可以。'},
		proxyNeeded: {summary: '代理能承载 go 的请求，而且这个网络需要它：直连的请求过不去。'},
		proxyWorks: {summary: '代理能承载 go 发往 {entry} 的请求。'},
		notTheProxy: {summary: '{entry} 经由代理和直连都失败：原因不在代理。'},
		bypass: {title: '让该主机直连：把它加入 NO_PROXY'},
		unset: {title: '取消代理变量，让 go 直接连接'},
		credentials: {title: '在代理 URL 中写入代理的凭据'},
	},
	messages: {},
};
