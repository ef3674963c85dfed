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

	'private-module': {
		title: 'go 能获取这个私有模块吗？',
		nodes: {
			covered: {question: 'GOPRIVATE、GONOPROXY 和 GONOSUMDB 覆盖 {module} 吗？（{patterns}）'},
			askedPublic: {question: 'go 是否向看不到 {module} 的校验和数据库或代理询问过它？（{askedUrl}）'},
			goauth: {question: 'GOAUTH 允许 go 发送凭据吗？（GOAUTH={goauth}）'},
			transport: {question: 'go 是通过运行 git 访问 {machine}，还是自己通过 HTTPS 访问？'},
			netrc: {question: '.netrc 中有 {machine} 的凭据吗？'},
			answer: {question: '带上这些凭据后，{machine} 如何应答？（{status}）'},
			gitHelper: {question: 'git 向哪个凭据助手（credential helper）要密码？'},
			insteadOf: {question: '是否有 insteadOf 规则把 https://{host}/ 改写到别处（SSH）？'},
			lsRemote: {question: '像 go 那样禁止提示时，git 能列出 {repoUrl} 吗？'},
			askedSumdb: {summary: 'go 向校验和数据库（{askedUrl}）询问了 {module}，这是它永远看不到的私有模块；GOPRIVATE 能让 go 不再问它（也不再问公共代理）。'},
			askedProxy: {summary: 'go 向代理（{askedUrl}）请求了 {module}，这是它看不到的私有模块；设置 GOPRIVATE 后 go 会直接从 {host} 获取。'},
			goauthOff: {summary: 'GOAUTH=off：go 不向 {machine} 发送任何凭据，连 .netrc 中的也不发送。'},
			plainHttp: {summary: '{machine} 要求提供凭据，但 go 通过明文 HTTP（{askedUrl}）访问它，而 go 只通过 HTTPS 发送凭据。'},
			noCredentials: {summary: '{machine} 应答 {status}：go 没有它的凭据（没有有效的令牌）。'},
			tokenRejected: {summary: '.netrc 中有 {machine} 的凭据，但主机拒绝了它们（401）：令牌错误或已过期。'},
			forbidden: {summary: '{machine} 对 {module} 应答 403 Forbidden：它接受了凭据，但账户没有权限（角色检查拒绝了访问）。'},
			credentialsInPlace: {summary: '.netrc 中已有 go 访问 {machine} 的凭据；这次失败与凭据无关。'},
			gitWorks: {summary: 'git 用现有凭据能列出 {repoUrl}：git 能访问这个仓库。'},
			gitAuth: {summary: 'git 无法在不提示的情况下向 {host} 认证，而 go 禁止了 git 的提示：请为 git 提供凭据（.netrc、凭据助手），或改用 SSH 获取。'},
			gitHidden: {summary: '在 git 看来 {repoUrl} 不存在：对于凭据无权查看的私有仓库，GitHub、GitLab 和 Bitbucket 都回答“not found”。'},
			gitUnreachable: {summary: 'git 根本连不上 {host}；现在还谈不上凭据的问题。'},
			gitTimeout: {summary: 'git ls-remote {repoUrl} 没有在时限内完成（在等待提示输入，或网络没有应答）。'},
			addGoprivate: {title: '把私有路径加入 GOPRIVATE（go env -w）'},
			goauthDefault: {title: '让 go 重新使用 .netrc（go env -u GOAUTH）'},
			useHttps: {title: '通过 HTTPS 访问该主机'},
			netrcEntry: {title: '把该主机的凭据写入 .netrc（令牌隐藏输入）'},
			askAccess: {title: '请该主机的管理员开通访问权限'},
			sshInsteadOf: {title: '改用 SSH 获取该主机的代码（git insteadOf）'},
		},
	},
};
