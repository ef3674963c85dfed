import type {lint as english} from '../en/lint.js';
import type {Shape} from '../shape.js';

/** 每个模式设置对它覆盖的模块的作用（go help module-private、go help environment）。 */
const tooBroadEffects: Readonly<Record<string, string>> = {
	GONOPROXY: 'go 会绕过 GOPROXY，直接从它们的版本控制主机拉取',
	GOPRIVATE: 'go 会绕过 GOPROXY，直接从它们的版本控制主机拉取，并且不用校验和数据库验证它们',
	GONOSUMDB: 'go 不用校验和数据库验证它们',
	GOINSECURE: 'go 直接拉取它们时允许使用明文 HTTP，且不检查 HTTPS 证书',
};

/** §3.3/§5：检查 go 自身的设置，以及相应修复的标题和说明。 */
export const lint: Shape<typeof english> = {
	from: {
		environment: '操作系统环境变量',
		'goenv-file': 'GOENV 文件',
		'goroot-env': '$GOROOT/go.env',
		default: 'go 的默认值',
	},
	set: {
		title: (setting, value) => `设置 ${setting}=${value}`,
		titleUnset: (setting) => `删除 ${setting}`,
		goEnvDetail: (setting) => `${setting} 来自 GOENV 文件：go env -w 在那里修改它，go env -u 可以撤销。`,
		shellDetail: (setting) =>
			`${setting} 设置在操作系统环境变量中，它优先于 go env -w：请修改 shell 配置文件（或 CI 配置）中设置它的那一行。`,
	},
	working: (url) => `${url} 能提供该模块（已测量）；direct 仍放在最后，供私有模块使用。`,
	narrowPrivate: (setting, kept) =>
		kept.length === 0
			? `go.mod 中被 ${setting} 覆盖的依赖没有一个像是私有模块（公司自己的主机，或 go 从其主机成功获取的模块），因此 go 会重新通过代理获取它们，并用校验和数据库验证。如果其中有你自己的私有模块，请把 ${setting} 设为它们的所有者（例如 github.com/your-org）。`
			: `只有 ${kept.join('、')} 像是私有模块（公司自己的主机，或 go 从其主机成功获取的模块）：${setting} 只保留这些，公共模块重新通过代理获取。`,
	narrowPrivateOwner: (setting, value) =>
		`如果本模块所属组织的代码是私有的，就保留它：${setting}=${value}。这些模块仍然直接从其主机获取，该主机必须可达。`,
	lookalike: {
		names: {
			fullWidthComma: '全角逗号',
			fullWidthBar: '全角竖线',
			fullWidthColon: '全角冒号',
			ideographicSpace: '全角空格（表意空格）',
			noBreakSpace: '不换行空格',
			zeroWidthSpace: '零宽空格',
			zeroWidthNonJoiner: '零宽非连接符',
			zeroWidthJoiner: '零宽连接符',
			byteOrderMark: '零宽不换行空格（BOM）',
			wordJoiner: '零宽词连接符',
			leftSingleQuote: '左弯单引号',
			rightSingleQuote: '右弯单引号',
			leftDoubleQuote: '左弯双引号',
			rightDoubleQuote: '右弯双引号',
		},
		character: (name, glyph, codePoint, where) =>
			`${where === '' ? '' : `${where}的`}${name}${glyph === '' ? '' : ` ${glyph}`}（${codePoint}）`,
		after: (text) => `${text} 之后`,
		before: (text) => `${text} 之前`,
		effects: {
			host: (token) => `go 把它当作 URL 的一部分：主机名变成了 ${token}，这个名字无法解析（"no such host"），后面的条目永远轮不到`,
			rejected: (token) => `go 把它当作 ${token} 的一部分并拒绝它，因此每次下载或校验都会失败`,
			path: (token) => `go 把它当作 URL 的一部分，放在 ${token} 的路径中发送`,
			pattern: (token) => `go 把它当作模式 ${token} 的一部分，这个模式匹配不到任何模块路径`,
		},
	},
	shadowed: {
		title: (setting) => `在 shell 中 unset ${setting}，让 go 使用 go env -w 写入的值`,
		detail: (setting, hidden) =>
			`环境变量中的 ${setting} 优先于 GOENV 文件中的 ${setting}=${hidden}；go env -w 只会改写那个被遮蔽的值。请从 shell 配置文件中删除这个 export（或在那里改成你想要的值）。`,
	},
	advice: {
		tooBroadTitle: (setting) => `把 ${setting} 缩小到你的私有模块路径`,
		tooBroadDetail: (setting, covers) =>
			`${setting} 目前覆盖了 ${covers}：${tooBroadEffects[setting] ?? 'go 把它们都当作私有模块'}。只写你自己模块的路径（例如 git.corp.example,github.com/your-org）。`,
		everyModuleOn: (host) => `${host} 上的所有模块`,
		noProxyTitle: '先找到一个可用的代理',
		noProxyDetail:
			'测量过的代理都不能提供该模块，所以暂时没有可以设置的 GOPROXY：请先检查网络（见上面的连通性检查），或用 --candidates 指定候选代理。',
	},
};
