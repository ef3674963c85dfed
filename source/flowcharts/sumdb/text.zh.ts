import type {FlowchartText} from '../define-flowchart.js';
import type {sumdbGraph} from './graph.js';
import type {en} from './text.en.js';

/** 流程图的中文文本：节点 id 与 graph.ts 一致，占位符与英文一致。 */
export const zh: FlowchartText<typeof sumdbGraph.nodes, typeof en.messages> = {
	title: 'go 能访问校验和数据库吗？',
	nodes: {
		valid: {question: 'GOSUMDB={gosumdb} 是 go 能使用的校验和数据库吗？'},
		viaProxy: {question: '是否有 GOPROXY 条目代理 {name}（<条目>/sumdb/{name}/supported）？'},
		proxied: {question: '该 GOPROXY 条目能否为 {name} 返回由其密钥签名的树头？'},
		direct: {question: '{url} 的 /latest 能否返回由 {name} 签名的树头？'},
		served: {question: '测过的代理中是否有提供默认校验和数据库 sum.golang.org 的（<代理>/sumdb/sum.golang.org/supported）？'},
		mirror: {question: '是否有 {name} 的镜像返回由同一密钥签名的树头？'},
		reachable: {summary: 'go 能访问校验和数据库 {name}，其树头由 go 信任的密钥签名。'},
		wrongKey: {
			summary: '{url} 为 {name} 作了应答，但其树头不是由 GOSUMDB 中的密钥签名的：密钥写错了，或者中间有别的东西代替数据库作了应答。',
		},
		misconfigured: {summary: 'GOSUMDB={gosumdb} 无效：{invalid}。'},
		unreachableMirror: {summary: '按当前配置 go 无法访问校验和数据库 {name}，但同一数据库的镜像可以访问。'},
		unreachable: {summary: 'go 无法访问校验和数据库 {name}，也没有它的镜像应答。'},
		servedByEntry: {
			summary:
				'按 GOSUMDB={gosumdb} 的配置 go 无法访问校验和数据库，但有 GOPROXY 条目提供 go 的默认数据库 sum.golang.org：去掉这个 GOSUMDB 设置，go 就会从那里读取。',
		},
		servedByCandidate: {
			summary: '按 GOSUMDB={gosumdb} 的配置 go 无法访问校验和数据库；没有 GOPROXY 条目提供它，但有一个测过的代理提供 sum.golang.org。',
		},
		useDefault: {title: '改回默认的校验和数据库，它由 GOPROXY 条目提供（go env -u GOSUMDB）'},
		useServed: {title: '经由提供 sum.golang.org 的代理读取它（go env -w GOSUMDB）'},
		useMirror: {title: '改从可访问的镜像读取同一个校验和数据库（go env -w GOSUMDB）'},
		privatePaths: {title: '让私有模块路径不经过校验和数据库（GONOSUMDB / GOPRIVATE）'},
	},
	messages: {
		useMirrorTitle: (mirror) => `改从 ${mirror} 读取校验和数据库（go env -w GOSUMDB）`,
		useMirrorDetail: (name, mirror) =>
			`${mirror} 提供的是同一个数据库：它的树头由 ${name} 的密钥签名，所以 go 的校验与之前完全相同，只是换成了能访问的地址。`,
		privatePathsTitle: '让私有模块路径不经过校验和数据库（GOPRIVATE 或 GONOSUMDB）',
		privatePathsDetail: (paths) =>
			`公共校验和数据库无法知道私有模块。${paths === '' ? '对你的私有路径' : `对 ${paths}`}：go env -w GOPRIVATE=<模式>（同时让它们不经过代理）或 GONOSUMDB=<模式>。这只对这些路径跳过校验；第一次下载之后 go.sum 仍然保护它们。`,
		mirrorFound: (mirror, name) => `${mirror} 返回了由 ${name} 的密钥签名的树头：是同一个数据库的镜像。`,
		mirrorNone: (name) => `没有 ${name} 的镜像应答（已知镜像和 GOMOD_DOCTOR_SUMDB_MIRRORS）。`,
		explicitUrl: (url) => `GOSUMDB 写明了地址（${url}）：go 直接访问它，从不经过 GOPROXY 条目。`,
		noProxy: '没有 GOPROXY 条目代理它：go 直接访问数据库。',
		servedBy: (proxy, role) =>
			`${proxy}（${role === 'goproxy' ? 'GOPROXY 条目' : '候选代理'}）提供 sum.golang.org（/sumdb/sum.golang.org/supported 返回 200）。`,
		servedNone: (asked) => `测过的 ${asked} 个代理都没有提供 sum.golang.org。`,
		servedNoneAsked: '没有测过可供 go 读取 sum.golang.org 的代理。',
		defaultTitle: '经由你的 GOPROXY 使用默认校验和数据库（sum.golang.org）',
		defaultDetail: (gosumdb, proxy) =>
			`GOSUMDB=${gosumdb} 让 go 去访问一个连不上的数据库，而 GOPROXY 中已有的 ${proxy} 提供 sum.golang.org：去掉这个设置后 go 使用 go.env 的默认值，并从那里读取。校验同样严格。`,
		servedTitle: (proxy) => `经由 ${proxy} 读取 sum.golang.org（go env -w GOSUMDB）`,
		servedDetail: (proxy) => `${proxy} 提供 sum.golang.org，所以 go 仍然用同一个密钥对照同一个数据库校验，只是经由能访问的代理。`,
	},
};
