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
	'settings-lint': {
		title: 'go 自身的配置正确吗？',
		nodes: {
			problem: {question: '{setting}（来自{from}）有什么问题？'},
			replacement: {question: 'GOPROXY={value} 让 go 什么也下载不了：哪个代理能提供 {module}？'},
			unusable: {summary: 'GOPROXY={value}（来自{from}）没有给 go 留下可用的代理（{culprits}）：请设置为一个可用的代理，direct 放在最后。'},
			unusableNoProxy: {summary: 'GOPROXY={value}（来自{from}）没有给 go 留下可用的代理（{culprits}），而测量过的代理都不能提供 {module}：请先检查网络。'},
			invalidEntries: {summary: 'GOPROXY（来自{from}）中有 go 拒绝的条目（{culprits}）：每次下载都会以 "invalid proxy URL" 失败。保留有效的条目。'},
			pasted: {summary: 'GOPROXY（来自{from}）中的条目带着 markdown、引号或空格粘贴进来（{culprits}）：go 无法解析。'},
			directFirst: {summary: 'GOPROXY（来自{from}）把 direct 放在 {culprits} 之前：go 在 direct 处停下，从不访问这些镜像。'},
			neverMatches: {summary: '{setting}（来自{from}）中的模式无法匹配任何模块路径（{culprits}）：模式是路径前缀，例如 git.corp.example/team，不带协议前缀和空格。'},
			tooBroad: {summary: '{setting}（来自{from}）也覆盖了公共模块（{culprits}）：只写你的私有模块路径。'},
			insecureFlag: {summary: 'GOFLAGS（来自{from}）中仍有 {culprits}：go 会拒绝它（"-insecure flag is no longer supported; use GOINSECURE instead"）。'},
			shadowed: {summary: '{setting} 设置在操作系统环境变量中，遮蔽了 go env -w 写入的值：go env -w 改变不了 go 实际使用的值。'},
			setInGoenv: {title: '用 go env -w 写入更正后的值（或用 go env -u 删除）'},
			setInShell: {title: '在 shell 设置它的地方修改这个变量（export/unset）'},
			advice: {title: '建议：需要手动修改的内容'},
		},
	},
};
