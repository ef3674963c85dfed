import type {FlowchartText} from '../define-flowchart.js';
import type {dnsGraph} from './graph.js';
import type {en} from './text.en.js';

/** 流程图的中文文本：节点 id 与 graph.ts 一致，占位符与英文一致。 */
export const zh: FlowchartText<typeof dnsGraph.nodes, typeof en.messages> = {
	title: 'go 需要的主机都能解析吗？',
	nodes: {
		hosts: {question: '{hosts} 能解析吗？'},
		someResolver: {question: '由哪些 nameserver 应答查询（/etc/resolv.conf）？'},
		allResolver: {question: '由哪些 nameserver 应答查询（/etc/resolv.conf）？'},
		resolved: {summary: 'go 需要的每个主机都能解析。'},
		notChecked: {summary: '在这里无法查询这些名字。'},
		nameFails: {summary: '有些名字无法解析，而解析器能应答其他名字：这些名字有误、已停用，或只在另一个网络中存在。'},
		resolverBroken: {summary: '没有一个主机能解析，而且 /etc/resolv.conf 中没有能应答的 nameserver：本机 DNS 已损坏。'},
		nameserversFail: {summary: '没有一个主机能解析：/etc/resolv.conf 中的 nameserver 没有应答，或者这个网络封锁了 DNS。'},
		fixResolver: {title: '修复域名解析（/etc/resolv.conf 中的 nameserver）'},
		switchEntry: {title: '换用能解析的 GOPROXY 条目，或让 go 越过这个条目回退'},
	},
	messages: {},
};
