import type {FlowchartText} from '../define-flowchart.js';
import type {proxyServerGraph} from './graph.js';
import type {en} from './text.en.js';

/** 流程图的中文文本：节点 id 与 graph.ts 一致，占位符与英文一致。 */
export const zh: FlowchartText<typeof proxyServerGraph.nodes, typeof en.messages> = {
	title: '这个 GOPROXY 服务器配置有误吗？',
	nodes: {
		response: {question: '{label} 对 {module} 返回什么响应码？'},
		backend: {question: '网关错误：{label} 的后端还能访问吗（它能提供 {canary} 吗）？'},
		canary: {question: '404：{label} 能提供 {canary} 吗？这是一个肯定存在的模块。'},
		prefixed: {question: '{label} 是否带有由反向代理映射的路径前缀（{prefix}）？'},
		withoutPrefix: {question: '同一个服务器去掉前缀（{origin}）后能提供 {canary} 吗？'},
		answersNow: {summary: '{label} 现在能提供 {module}：失败是暂时的，或者来自其他条目。'},
		unchecked: {summary: '无法再次询问 {label}；以上的连通性检查结论不变。'},
		upstreamModule: {
			summary: '{label} 对 {module} 返回网关错误，但能提供 {canary}：它的上游在这个模块上失败（代理访问不到它要拉取的源站）。',
		},
		upstreamDown: {summary: '{label} 连 {canary} 也返回网关错误：它背后的服务器已宕机，或代理访问不到它（请检查代理自身的网络路径）。'},
		serverError: {summary: '{label} 返回服务器错误（5xx）：代理本身出了故障。'},
		interception: {summary: '{label} 返回的是 HTML 页面而不是 GOPROXY 协议：中间有强制门户、登录页或拦截代理。'},
		malformed: {summary: '{label} 返回的内容不符合 GOPROXY 协议。'},
		missingHere: {summary: '{label} 能提供 {canary}，说明路径映射正常；它没有 {module}。'},
		refusedCanary: {question: '403 但没有要求凭据：{label} 能提供 {canary} 吗？这是一个肯定存在的模块。'},
		refusedHere: {
			summary:
				'{label} 能提供 {canary}，却以 403 拒绝 {module}，且没有要求凭据：{module} 在那里不可用（版本或路径不存在，或者代理对它的策略如此）；提供凭据也不会改变这一点。',
		},
		refusesAll: {
			summary: '{label} 连 {canary} 也以 403 拒绝，且没有要求凭据：它的策略拒绝来自这里的所有请求（地址或网络规则）；提供凭据也无济于事。',
		},
		pathMapping: {
			summary: '{label} 连肯定存在的 {canary} 也返回 404：它的路径映射有误（反向代理的 location/proxy_pass，带或不带末尾斜杠）。',
		},
		prefixMapping: {
			summary: '{label} 对所有模块都返回 404，但 {origin} 能提供：反向代理把前缀 {prefix} 也转发给了后端（proxy_pass 缺少末尾斜杠）。',
		},
		switchEntry: {title: '换用可用的 GOPROXY 条目，或者用 `|` 让 go 在任何错误之后跳过这个条目'},
	},
	messages: {
		separators:
			'在 GOPROXY 中，`,` 只在 404 或 410 之后让 go 尝试下一个条目；`|` 在任何错误（5xx、连接被拒绝、TLS 失败）之后都会尝试下一个条目。',
	},
};
