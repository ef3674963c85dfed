import type {FlowTranslations} from '../flow-translations.js';

/**
排查流程图的中文文本，按流程图 id 和节点 id 组织。占位符（`{host}`、`{port}`、`{url}`、`{module}`、`{label}`、
`{proxy}`……）必须与英文原文一致，查到译文后再填入。test/unit/i18n-flows.test.ts 会检查每个流程图的每个节点。
*/
export const flows: FlowTranslations = {

	'not-found': {
		title: '这个模块版本存在吗？',
		nodes: {
			replaced: {question: 'go.mod 是否 replace 了 {module}？'},
			target: {question: '{module} 的替换目标（go.mod 第 {replaceLine} 行）存在吗？'},
			list: {question: '代理上有 {module} 的哪些版本？其中有 {version} 吗？'},
			spelling: {question: '{module} 是否是某个存在的路径的拼写错误？'},
			exists: {summary: '代理上有 {module} {version}：失败的原因不是版本缺失。'},
			replaceFine: {summary: '{module} 的替换目标存在。'},
			cannotCheck: {summary: '无法列出 {module} 的版本；以 go 自己的报错为准。'},
			nearest: {summary: '代理上没有 {module} {version}，但有其他版本。'},
			untagged: {summary: '{module} 存在，但没有打过版本标签，所以找不到 {version}。'},
			misspelled: {summary: '{module} 不存在；这个路径像是 {typo} 的拼写错误。'},
			absent: {summary: '没有任何 GOPROXY 条目有 {module}。'},
			canary: {question: '代理以 403 拒绝 {module}，且没有要求凭据：它能提供 {canary} 吗？这是一个肯定存在的模块。'},
			hasParent: {question: '{module} 之上还有可以查询的路径吗？'},
			parent: {question: '代理上有 {module} 之上的路径 {parent} 吗？'},
			parentExists: {summary: '{module} 不存在，但 {parent} 存在：{module} 是它从未发布过的主版本，或是它里面的一个包，而不是一个独立的模块。'},
			asksCredentials: {summary: '代理在回答 {module} 之前就要求凭据（401，或 WWW-Authenticate 质询）。'},
			proxyPolicy: {summary: '代理连 {canary} 也以 403 拒绝，且没有要求凭据：它的策略拒绝来自这里的请求；问题不在 {module}，提供凭据也无济于事。'},
			credentials: {title: '提供代理要求的凭据（.netrc）'},
			replaceBroken: {summary: '{module} 的 replace 指令（go.mod 第 {replaceLine} 行）指向的东西不存在。'},
			goGet: {title: '改为依赖存在的最接近版本（go mod edit -require）'},
			useCommit: {title: '改为依赖某个提交（伪版本）'},
			fixPath: {title: '修正模块路径'},
			checkPath: {title: '检查路径：已迁移、是私有模块，还是已删除？'},
			fixReplace: {title: '修正 replace 指令'},
		},
	},

};
