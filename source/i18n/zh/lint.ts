import type {lint as english} from '../en/lint.js';
import type {Shape} from '../shape.js';

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
		shellDetail: (setting) => `${setting} 设置在操作系统环境变量中，它优先于 go env -w：请修改 shell 配置文件（或 CI 配置）中设置它的那一行。`,
	},
	working: (url) => `${url} 能提供该模块（已测量）；direct 仍放在最后，供私有模块使用。`,
	shadowed: {
		title: (setting) => `在 shell 中 unset ${setting}，让 go 使用 go env -w 写入的值`,
		detail: (setting, hidden) =>
			`环境变量中的 ${setting} 优先于 GOENV 文件中的 ${setting}=${hidden}；go env -w 只会改写那个被遮蔽的值。请从 shell 配置文件中删除这个 export（或在那里改成你想要的值）。`,
	},
	advice: {
		tooBroadTitle: (setting) => `把 ${setting} 缩小到你的私有模块路径`,
		tooBroadDetail: (setting, covers, weakens) =>
			`${setting} 目前覆盖了 ${covers}。只写你自己模块的路径（例如 git.corp.example,github.com/your-org）${weakens ? '：它覆盖的模块下载时不经过校验和数据库，或允许使用明文 HTTP' : ''}。`,
		noProxyTitle: '先找到一个可用的代理',
		noProxyDetail: '测量过的代理都不能提供该模块，所以暂时没有可以设置的 GOPROXY：请先检查网络（见上面的连通性检查），或用 --candidates 指定候选代理。',
	},
};
