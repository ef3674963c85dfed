import type {FlowchartText} from '../define-flowchart.js';
import type {connectivityGraph} from './graph.js';

/** 连通性流程图的中文文本：节点 id 与 graph.ts 一致，占位符与英文一致。 */
export const zh: FlowchartText<typeof connectivityGraph.nodes, Record<string, never>> = {
	title: 'go 能连通这个 GOPROXY 条目吗？',
	nodes: {
		route: {question: 'go 是否经由 HTTP(S) 代理访问 {label}？'},
		proxyResolve: {question: '{proxy}的主机名能解析吗？'},
		proxyPort: {question: '{proxy}连得上吗？'},
		resolve: {question: '{host} 能解析吗？'},
		ping: {question: '{host} 能 ping 通吗？'},
		port: {question: '{host} 的端口 {port} 可达吗？'},
		scheme: {question: '{label} 使用 TLS 吗？'},
		tls: {question: '与 {host} 的 TLS 握手成功吗？'},
		list: {question: '{label} 能提供 {module} 的版本列表吗？'},
		healthy: {summary: '{label} 能正常响应 go 的请求。'},
		notHere: {summary: '{label} 可用，但没有 {module}（404/410）：用 `,` 分隔时 go 会尝试下一个条目。'},
		dnsFails: {summary: '主机名 {host} 无法解析：请检查 DNS，或换用其他条目。'},
		portClosed: {summary: '{host} 的端口 {port} 拒绝连接：服务已停止，或被防火墙拒绝。'},
		unroutable: {summary: '从这里无法到达 {host}（没有路由）：请检查本地网络与路由。'},
		noAnswer: {summary: '{host}:{port} 没有应答：网络策略丢弃了流量，或者主机已宕机。'},
		slowAnswer: {summary: '{label} 接受了连接，但被问到 {module} 时没有在时限内应答：go 会一直等它而卡住。'},
		tlsFails: {summary: '与 {host} 的 TLS 握手失败：请检查证书链。'},
		badResponse: {summary: '{label} 连得上，但响应不正确（错误状态码，或不符合 GOPROXY 协议）。'},
		needsAuth: {summary: '{label} 要求提供凭据（401，或 WWW-Authenticate 质询）。'},
		refusesModule: {
			summary: '{label} 有应答，但以 403 拒绝 {module}，且没有要求凭据：该模块在那里不可用，或者它的策略拒绝；go 在这个条目处停下。',
		},
		proxyUnresolved: {summary: '{proxy}的主机名无法解析：go 无法经由它访问 {label}。'},
		proxyDown: {summary: '连不上{proxy}，所以 go 无法经由它访问 {label}。'},
		httpProxy: {summary: '环境变量中的 HTTP(S) 代理让对 {label} 的请求失败了。'},
		switchEntry: {title: '换用可用的 GOPROXY 条目，或者让 go 跳过这个条目回退到下一个'},
		useWorking: {title: '换用可用的 GOPROXY 条目'},
	},
	messages: {},
};
