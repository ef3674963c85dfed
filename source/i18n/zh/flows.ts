import type {FlowTranslations} from '../flow-text.js';

/**
排查流程图的中文文本，按流程图 id 和节点 id 组织。占位符（`{host}`、`{port}`、`{url}`、`{module}`、`{label}`、
`{proxy}`……）必须与英文原文一致，查到译文后再填入。test/unit/i18n-flows.test.ts 会检查每个流程图的每个节点。
*/
export const flows: FlowTranslations = {
	connectivity: {
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
			slowAnswer: {summary: '{label} 接受了连接，但没有在时限内应答：go 会一直等它而卡住。'},
			tlsFails: {summary: '与 {host} 的 TLS 握手失败：请检查证书链。'},
			badResponse: {summary: '{label} 连得上，但响应不正确（错误状态码，或不符合 GOPROXY 协议）。'},
			needsAuth: {summary: '{label} 要求提供凭据（401/403）。'},
			proxyUnresolved: {summary: '{proxy}的主机名无法解析：go 无法经由它访问 {label}。'},
			proxyDown: {summary: '连不上{proxy}，所以 go 无法经由它访问 {label}。'},
			httpProxy: {summary: '环境变量中的 HTTP(S) 代理让对 {label} 的请求失败了。'},
			switchEntry: {title: '换用可用的 GOPROXY 条目，或者让 go 跳过这个条目回退到下一个'},
			useWorking: {title: '换用可用的 GOPROXY 条目'},
		},
	},
	'mirror-choice': {
		title: '这个代理能作为 go 使用的镜像吗？',
		nodes: {
			known: {question: 'go.sum 是否记录了 {module} {version} 的 go.mod 应有的哈希？'},
			content: {question: '{label} 提供的 {module} {version} 的 go.mod 与 go.sum 记录的一致吗？'},
			correct: {summary: '{label} 提供的 {module} {version} 与 go.sum 记录的一致：go 可以用它作镜像。'},
			unverified: {summary: '{label} 有应答，但它为 {module} {version} 提供的内容无法与 go.sum 对比。'},
			altered: {summary: '{label} 为 {module} {version} 提供的 go.mod 与 go.sum 不一致：内容被篡改（校验和不匹配）。不要把它用作镜像。'},
			useWorking: {title: '把 GOPROXY 换成提供正确内容、且最快的代理（go env -w）'},
		},
	},
};
