import type {FlowchartText} from '../define-flowchart.js';
import type {privateModuleGraph} from './graph.js';
import type {en} from './text.en.js';

/** 流程图的中文文本：节点 id 与 graph.ts 一致，占位符与英文一致。 */
export const zh: FlowchartText<typeof privateModuleGraph.nodes, typeof en.messages> = {
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
		askedSumdb: {
			summary:
				'go 向校验和数据库（{askedUrl}）询问了 {module}，这是它永远看不到的私有模块；GOPRIVATE 能让 go 不再问它（也不再问公共代理）。',
		},
		askedProxy: {summary: 'go 向代理（{askedUrl}）请求了 {module}，这是它看不到的私有模块；设置 GOPRIVATE 后 go 会直接从 {host} 获取。'},
		goauthOff: {summary: 'GOAUTH=off：go 不向 {machine} 发送任何凭据，连 .netrc 中的也不发送。'},
		plainHttp: {summary: '{machine} 要求提供凭据，但 go 通过明文 HTTP（{askedUrl}）访问它，而 go 只通过 HTTPS 发送凭据。'},
		noCredentials: {summary: '{machine} 应答 {status}：go 没有它的凭据（没有有效的令牌）。'},
		tokenRejected: {summary: '.netrc 中有 {machine} 的凭据，但主机拒绝了它们（401）：令牌错误或已过期。'},
		forbidden: {summary: '{machine} 对 {module} 应答 403 Forbidden：它接受了凭据，但账户没有权限（角色检查拒绝了访问）。'},
		credentialsInPlace: {summary: '.netrc 中已有 go 访问 {machine} 的凭据；这次失败与凭据无关。'},
		gitWorks: {summary: 'git 用现有凭据能列出 {repoUrl}：git 能访问这个仓库。'},
		gitAuth: {
			summary: 'git 无法在不提示的情况下向 {host} 认证，而 go 禁止了 git 的提示：请为 git 提供凭据（.netrc、凭据助手），或改用 SSH 获取。',
		},
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
	messages: {
		goauthDefaultTitle: '让 go 重新发送 .netrc 凭据（go env -u GOAUTH）',
		goauthDefaultDetail: 'GOAUTH=off 让 go 不发送任何凭据；去掉它后 go 使用 .netrc（GOAUTH=netrc，默认值）。',
		httpsTitle: (machine) => `通过 HTTPS 访问 ${machine}`,
		httpsDetail: (machine) =>
			`go 只通过 HTTPS 发送凭据（.netrc、GOAUTH）。请在 GOPROXY 中使用 ${machine} 的 https:// 地址（没有的话请询问其管理员）；gomod-doctor 无法得知该地址。`,
		accessTitle: (host) => `请 ${host} 的管理员授予访问权限`,
		accessDetail: (host, module) =>
			`${host} 认出了你的身份，但不允许你读取 ${module}（403）。只有其管理员能授权，本机上的任何设置都无能为力。`,
	},
};
