import type {net as english} from '../en/net.js';
import type {Shape} from '../shape.js';

/** §2.1、§2.3 与 §3.2：DNS 与路由、超时与拒绝连接、HTTP(S) 代理，以及它们给出的 shell 修复。 */
export const net: Shape<typeof english> = {
	dnsSummary: (failing, resolved, kind, resolver) =>
		`${failing.length === 0 ? 'go 需要的主机' : failing.join('、')} 无法解析${resolved.length === 0 ? '' : `，而 ${resolved.join('、')} 可以解析`}：${
			kind === 'names'
				? '其他名字能解析，或解析器答复这个名字不存在，所以问题在名字本身：拼写错误、已停用、不是合法的 DNS 名，或只在另一个网络（VPN、公司 DNS）中存在'
				: '什么都解析不了，本机的域名解析已损坏'
		}。${resolver === '' ? '' : `${resolver}`}`,
	checkName: {
		title: (host) => `检查主机名 ${host}：连上 VPN，或改正拼写错误，然后再次运行 gomod-doctor`,
		typoTitle: (host, near) => `是拼写错误吗？${host} 与 ${near} 只差一两个字母`,
		detail: (host, role, near) =>
			`go 严格按照设置中的拼写查询 ${host}（${role}），而这里的解析器不认识这个名字。${near === undefined ? '' : `${near} 是一个已知的主机：如果本意是它，请改正该设置（go env -w；如果是操作系统环境变量设置的，则改 shell 配置文件）。`}如果这个名字只在公司内网中存在，请连上 VPN（或使用公司的 DNS），然后再次运行 gomod-doctor。下面的命令显示 go 读到的名字以及解析器的回答：`,
	},
	fixResolverTitle: '修复域名解析：在 /etc/resolv.conf 中使用能应答的 nameserver',
	fixResolverDetail: (resolver) =>
		`${resolver} 检查是谁在管理这个文件（NetworkManager、systemd-resolved：resolvectl status；VPN 客户端；WSL 的 generateResolvConf），然后用 getent hosts proxy.golang.org 测试。gomod-doctor 不会修改它：这个文件属于系统。`,
	proxyFinding: (summary, detail) => `${summary}${detail}`,
	noProxyFix: {
		title: (hosts) => `让 ${hosts} 直连：把它加入 NO_PROXY`,
		detail: (hosts) =>
			`这样 go 会自己连接 ${hosts}，而不是请代理去连（代理到不了内部主机）。已通过带着这一行运行 go 来验证；请把这一行加到 shell 配置文件中。`,
	},
	unsetFix: {
		title: (names) => `取消 ${names}：go 直接连接`,
		detail: (proxy) => `${proxy} 在这里对 go 不起作用。已通过去掉该变量运行 go 来验证；请在 shell 配置文件中删除设置它的那一行。`,
	},
	credentialsFix: {
		title: '为代理提供凭据（在代理 URL 中写 user:password）',
		detail: (challenge, line) =>
			`代理要求凭据${challenge === '' ? '' : `（${challenge}）`}。代理 URL 中带有凭据时，go 会以 Proxy-Authorization: Basic 发送：${line}，换成你自己的用户名和密码（其中的 @、: 和 / 需要百分号编码）。gomod-doctor 无法知道它们，因此无法验证这一行。`,
	},
	exportFix: {
		title: (names, from) => `在运行 go 的环境中 export ${names}（${from} 对 go 无效）`,
		detail: (from) => `go 只从操作系统环境读取代理：${from}。已通过带着这些行运行 go 来验证；请把它们加到 shell 配置文件中。`,
	},
	fromAllProxy: 'ALL_PROXY，go 从不读取它',
	fromGoenv: 'GOENV 文件，go env -w 拒绝写入这些变量',
	fromProfile: (file) => `${file}，当前 shell 没有读取它`,
	shellQuestion: '验证吗？[y/N]',
	shellConfirm: '将带着这些行运行 go 来验证（使用空的模块缓存）；不会修改你机器上的任何东西。',
	shellFixed: (argv, took) =>
		`带着这些行，${argv} 在空的模块缓存下成功（${took}）。你的设置没有任何改动：请把这些行加到 shell 配置文件中（go env 无法保存这些变量），然后打开一个新的 shell。`,
	shellNotFixed: (headline) => `即使带着这些行 go 仍然失败：${headline}。你的设置没有任何改动。`,
	shellLinesTitle: '加到你的 shell 配置文件（~/.bashrc、~/.zshrc 等）：',
	shellNothing: '这个修复没有可验证的行。',
};
