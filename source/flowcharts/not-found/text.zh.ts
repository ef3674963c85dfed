import type {FlowchartText} from '../define-flowchart.js';
import type {notFoundGraph} from './graph.js';
import type {en} from './text.en.js';

/** 流程图的中文文本：节点 id 与 graph.ts 一致，占位符与英文一致。 */
export const zh: FlowchartText<typeof notFoundGraph.nodes, typeof en.messages> = {
	title: '这个模块版本存在吗？',
	nodes: {
		replaced: {question: 'go.mod 是否 replace 了 {module}？'},
		target: {question: '{module} 的替换目标（go.mod 第 {replaceLine} 行）存在吗？'},
		list: {question: '代理上有 {module} 的哪些版本？其中有 {version} 吗？'},
		canary: {question: '代理以 403 拒绝 {module}，且没有要求凭据：它能提供 {canary} 吗？这是一个肯定存在的模块。'},
		spelling: {question: '{module} 是否是某个存在的路径的拼写错误？'},
		hasParent: {question: '{module} 之上还有可以查询的路径吗？'},
		parent: {question: '代理上有 {module} 之上的路径 {parent} 吗？'},
		exists: {summary: '代理上有 {module} {version}：失败的原因不是版本缺失。'},
		replaceFine: {summary: '{module} 的替换目标存在。'},
		cannotCheck: {summary: '无法列出 {module} 的版本；以 go 自己的报错为准。'},
		nearest: {summary: '代理上没有 {module} {version}，但有其他版本。'},
		untagged: {summary: '{module} 存在，但没有打过版本标签，所以找不到 {version}。'},
		misspelled: {summary: '{module} 不存在；这个路径像是 {typo} 的拼写错误。'},
		absent: {summary: '没有任何 GOPROXY 条目有 {module}。'},
		parentExists: {
			summary: '{module} 不存在，但 {parent} 存在：{module} 是它从未发布过的主版本，或是它里面的一个包，而不是一个独立的模块。',
		},
		asksCredentials: {summary: '代理在回答 {module} 之前就要求凭据（401，或 WWW-Authenticate 质询）。'},
		proxyPolicy: {
			summary: '代理连 {canary} 也以 403 拒绝，且没有要求凭据：它的策略拒绝来自这里的请求；问题不在 {module}，提供凭据也无济于事。',
		},
		replaceBroken: {summary: '{module} 的 replace 指令（go.mod 第 {replaceLine} 行）指向的东西不存在。'},
		goGet: {title: '改为依赖存在的最接近版本（go mod edit -require）'},
		useCommit: {title: '改为依赖某个提交（伪版本）'},
		fixPath: {title: '修正模块路径'},
		checkPath: {title: '检查路径：已迁移、是私有模块，还是已删除？'},
		fixReplace: {title: '修正 replace 指令'},
		credentials: {title: '提供代理要求的凭据（.netrc）'},
	},
	messages: {
		nearest: (version) => `最接近的版本：${version}。`,
		nearestOrHigher: (version, higher) => `最接近的版本：${version}（还有 ${higher}）。`,
		noSameMajor: (wanted, latest) => `它完全没有 ${wanted} 这个主版本的任何版本；最新的发布版本是 ${latest}。`,
		fallbackFailed: (line) =>
			`随后 go 尝试了 direct（GOPROXY 的最后一项）——只有代理都返回 404/410 时才会这样——这个回退也失败了：${line} 这个失败是模块缺失的后果，而不是原因。`,
		queryTitle: (module, version) => `改为请求 ${module}@${version}`,
		queryDetail: (module, wanted, version) =>
			`你请求的 ${module}@${wanted} 在代理上不存在；它有的最接近的版本是 ${version}：go mod download ${module}@${version}（要依赖它则用 go get ${module}@${version}）。go.mod 中没有 ${module}@${wanted}，所以无需修改 go.mod。`,
		fixPathTitle: (wrong, right) => `修正模块路径：${wrong} → ${right}`,
		fixPathDetail: (wrong, right) => `${wrong} 不存在，${right} 存在。请修改 require 行和 import（然后运行 go mod tidy）。`,
		untaggedTitle: (module) => `${module} 没有打过版本标签：请依赖某个提交`,
		untaggedDetail: (module) =>
			`没有打标签的发布版本，所以 @latest 什么也找不到。请用提交：go get ${module}@<提交哈希>（go 会为它生成伪版本）。`,
		noModuleTitle: (module) => `代理上不存在 ${module}`,
		noModuleDetail: '请检查路径拼写、仓库是否已迁移或是私有模块（那样需要设置 GOPRIVATE），以及它是否已被删除。',
		fixReplaceTitle: (line) => `修正 go.mod 第 ${line} 行的 replace 指令`,
	},
};
