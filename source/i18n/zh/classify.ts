import type {classify as english} from '../en/classify.js';
import type {Shape} from '../shape.js';

/** 人类可读的 `gomod-doctor classify` 输出、各类别的说明，以及分类器给出的修复方案。 */
export const classify: Shape<typeof english> = {
	weakensSecurity: '[会降低安全性]',
	primary: '（主要原因）',
	fields: {module: '模块：', version: '版本：', host: '主机：', status: '状态码：', cause: '原因：', line: '原文：'},
	fixesToTry: '可以尝试的修复：',
	bytes: (count) => `${count} 字节`,
	truncated: '（输入太长：只读取了最后一部分）',
	empty: ['没有可分类的输入：输入为空。', '请把 go 的错误输出作为文件或标准输入传入，例如：go mod download 2>&1 | gomod-doctor classify'],
	binary: (size, cut) => [
		`输入（${size}）看起来是二进制数据，而不是 go 的错误输出；没有进行分类${cut}。`,
		'请把失败的 go 命令的输出保存为文本（go mod download 2>&1 > go.log），再对它分类。',
	],
	noError: (size, cut) => [
		`输入（${size}）中没有找到 go 的错误${cut}。`,
		'如果 go 确实失败了，请确认捕获了它的标准错误（2>&1）。如果它卡住且没有任何输出，请运行 gomod-doctor diagnose：它会逐个测量 GOPROXY 条目。',
	],
	found: (count, primary, module, cut) =>
		`发现 ${count} 个问题${primary === undefined ? '' : `；根本原因最可能是 ${primary}${module === undefined ? '' : `（${module}）`}`}${cut}。`,
	diagnoseHint: 'gomod-doctor diagnose 会运行真实的检查（DNS、TCP、TLS、每个 GOPROXY 条目），并能应用可撤销的修复。',

	explanations: {
		dns: 'go 需要的某个主机名（GOPROXY 条目、校验和数据库或版本控制主机）无法解析为地址。模块本身没有问题：是本机的 DNS 解析器不认识这个名字，或者没有应答。请检查 /etc/resolv.conf 以及其他域名能否解析，或者换用一个域名能够解析的 GOPROXY 条目。',
		timeout:
			'连接或响应没有在时限内完成：主机可以尝试连接，但防火墙、缓慢的路由或过载的服务器让它在 go 放弃之前没有应答。换一个 GOPROXY 条目，或在条目之间使用 `|` 让 go 在任何错误后回退到下一个，通常就能绕过；逐个测量条目可以看出是哪一个慢。',
		refused:
			'连接被主动拒绝、重置或无法路由：该端口上没有服务在监听、防火墙拒绝了连接，或者网络没有通往该主机的路由。请确认服务已启动、端口已开放（nc -zv host port），或者换用另一个 GOPROXY 条目。',
		'http-proxy':
			'HTTP_PROXY、HTTPS_PROXY 或 ALL_PROXY 指定的 HTTP(S) 代理导致了失败：go 连不上这个代理、代理要求凭据（407），或者代理代替真正的服务器作了应答。go env -w 改不了这些变量：请在 shell 配置文件中修正或 unset 它们，或者把内部主机加入 NO_PROXY。',
		'proxy-bad-response':
			'连上了 GOPROXY 服务器，但它的响应不正确：5xx 状态码、HTML 页面或其他杂乱内容，而 GOPROXY 协议期望的是 JSON、go.mod 或 zip。模块本身没问题，出问题的是代理（或它前面的反向代理）。请跳过或调整这个条目的顺序，或使用 `|` 让 go 在任何错误后回退，并告知代理的运维人员。',
		'not-found':
			'在 go 请求的地方，这个模块或版本不存在：代理返回了 404 或 410，或者仓库中没有这个修订版本。请检查模块路径的拼写、go.mod 中的版本以及所有 replace 指令；`go list -m -versions MODULE` 会列出实际存在的版本。',
		'private-auth':
			'这是私有模块：拉取它需要凭据，或者必须绕过看不到它的公共代理和校验和数据库（它们对私有主机返回 404 或 410 正是这个意思）。请把 GOPRIVATE 设为模块的主机或路径前缀，并给 go 提供认证方式：.netrc 条目、git 凭据助手、通过 url.insteadOf 使用 SSH，或 GOAUTH。',
		tls: 'TLS 连接因证书而失败：证书由本机不信任的机构签发（常见于企业的 TLS 拦截代理）、已过期，或者签发给了另一个主机名。请安装缺少的 CA 证书（系统证书库或 SSL_CERT_FILE），而不是关闭校验；只对单个私有主机使用 GOINSECURE 是最后手段，而且会降低安全性。',
		'checksum-mismatch':
			'校验和不匹配：下载内容的哈希与 go.sum 或校验和数据库不一致。可能是某个镜像提供了被篡改或损坏的文件、模块缓存中有损坏的副本，或者 go.sum 这一行本身有误（版本被重新打了标签）。在改动任何东西之前，先查清是哪个来源不一致：删除 go.sum 等于放弃了发现这个问题的保护。',
		sumdb:
			'校验和数据库（GOSUMDB，默认是 sum.golang.org）不可达或拒绝了查询，所以 go 无法校验这个模块。请使用可达的镜像（GOSUMDB=sum.golang.google.cn，或者代理了该数据库的 GOPROXY），并用 GOPRIVATE 或 GONOSUMDB 让私有路径不去查询它。',
		'goproxy-config':
			'go 自身的配置有误：GOPROXY 为 off 或为空、某个条目不是合法的 URL、GOFLAGS 强制了无法工作的模式（-mod=vendor 而 vendor 目录不一致），或者操作系统的环境变量覆盖了用 go env -w 写入的值。请检查 `go env`，再用 go env -w 或在 shell 配置文件中修正。',
		vcs: '直接从版本控制系统拉取失败，且原因不是凭据：没有安装 git（或 hg、svn）、主机不提供 go-import meta 标签、不支持安全协议，或者 git 本身出错。请安装 git，改为通过 GOPROXY 拉取模块；对只支持 http 的私有主机，可以用 GOINSECURE 放行（会降低安全性）。',
		'module-path':
			'模块在自己的 go.mod 中声明的路径与引用它的路径不一致：用原名引用了一个 fork、缺少 /vN 主版本后缀，或者大小写不同。请修正 require 和 import 路径，或者添加 replace 指令把引用路径映射到声明的路径。',
		cache:
			'模块缓存（GOMODCACHE）不可用：go 无法写入（权限、只读文件系统、磁盘已满），或者其中有损坏的文件（不是 zip 的 zip、下载不完整）。请修正属主或腾出空间，或者用 `go clean -modcache` 清空模块缓存（会删除所有已缓存的模块）。',
		toolchain:
			'go.mod 要求比当前更新的 Go，而切换到那个工具链失败了：无法下载（GOPROXY 条目不提供 golang.org/toolchain，或网络失败），或者 GOTOOLCHAIN=local 禁止切换。请安装该版本的 Go，或者让 go 通过提供工具链的代理下载。',
		'go-sum-missing':
			'go.sum 缺少 go 需要的条目，而 go 被要求不得添加（-mod=readonly，构建时的默认值）。请对该模块运行 `go mod download MODULE` 或运行 `go mod tidy`，然后提交更新后的 go.sum。',
		other:
			'这个失败不属于 gomod-doctor 的任何类别。原始错误按 go 的输出原样显示；详细模式（`go mod download -x`）会显示 go 发出的每个请求以及它停在哪里。',
		'go-missing': 'PATH 中没有 go 命令，因此什么也下载不了。请安装 Go（https://go.dev/dl/），或把它的 bin 目录加入 PATH。',
		'no-module':
			'这个目录及其上级目录中都没有 go.mod，所以 go 没有可以下载依赖的模块。请在模块目录中运行命令，或者用 `go mod init` 创建一个模块。',
		healthy: '下载成功：go 拉取并校验了所有模块。',
	},

	fixes: {
		alternativeProxy: {
			title: (value) => `改用其他 GOPROXY 镜像：${value}`,
			detail: '公共镜像之间用 | 分隔，go 在任何错误后都会尝试下一个；最后的 direct 用于私有模块。请先确认这个网络能访问其中哪些。',
		},
		pipeFallback: {
			title: (value) => `任何错误都回退到下一个：GOPROXY=${value}`,
			detail: '用 , 时，go 只在 404 或 410 之后才换下一个条目；用 | 时，任何错误之后都会换，一个坏掉的条目不再让下载失败。',
		},
		verboseRun: {title: '加 -x 重新运行，查看每个请求', detail: '显示 go 发出的每个请求以及最后失败的那个。'},
		checkResolver: {
			title: '检查 DNS 解析器',
			detail: (host) =>
				`看看其他域名能否解析（getent hosts ${host}），以及 /etc/resolv.conf 列出了哪些域名服务器；常见原因是 VPN 或坏掉的 DNS 服务器。`,
		},
		checkFirewall: {
			title: '检查网络路径',
			detail: (host) =>
				`带时限测试端口（nc -zv -w 5 ${host} 443）；如果这里只能通过 HTTPS 代理访问互联网，请在 shell 配置文件中设置 HTTPS_PROXY。`,
		},
		checkService: {
			title: '确认服务已启动、端口已开放',
			detail: (host) =>
				`${host === undefined ? '' : `到 ${host} 的`}连接没有被任何服务接受：服务已停止、监听在别处，或防火墙拒绝了连接（nc -zv ${host ?? 'HOST'} PORT）。`,
		},
		proxyCredentials: {
			title: '给代理提供凭据',
			detail:
				'代理返回了 407：请在 shell 配置文件里把用户名和密码写进代理 URL（http://USER:PASSWORD@proxy:port），或者申请为 GOPROXY 主机开例外。',
		},
		unsetProxy: {
			title: '在当前 shell 中不用 HTTP(S) 代理试一试',
			detail: '如果不用代理就能下载，请在 shell 配置文件中修正或删除代理设置（go env -w 改不了它们）。',
		},
		noProxyHost: {
			title: (host) => `让 ${host} 绕过代理`,
			detail: '适用于代理访问不到的内部主机；把这一行加入 shell 配置文件。',
		},
		reportProxy: {
			title: '告知代理的运维人员',
			detail: (host) =>
				`${host ?? '这个代理'}连得上，但响应不正确；5xx 表示它的上游或代理本身出了故障，HTML 页面表示它前面的某个东西（反向代理或强制门户）在代替它应答。`,
		},
		checkVersion: {
			title: '确认这个版本存在',
			detail: (module) =>
				`${module === undefined ? '列出版本' : `go list -m -versions ${module}`}可以看到实际存在的版本；请修正 go.mod 中的版本（或仓库中的标签）。`,
		},
		checkPath: {
			title: '检查模块路径',
			detail: 'import 或 require 路径中的拼写错误、replace 指令或已迁移的仓库，都会让 go 请求不存在的东西。',
		},
		goprivateHost: {
			title: (pattern) => `把 ${pattern} 标记为私有模块：GOPRIVATE=${pattern}`,
			detail:
				'之后 go 会直接拉取这些路径，不再向公共代理或校验和数据库询问它们。如果 GOPRIVATE 已经列了其他模式，请保留它们（用逗号分隔）。',
		},
		sshKey: {
			title: '配置 SSH 访问',
			detail: (host) => `git 使用了 SSH，而服务器拒绝了密钥：请把你的公钥添加到代码托管平台，并检查 \`ssh -T git@${host}\`。`,
		},
		netrc: {
			title: (host) => `为 ${host ?? '该主机'} 给 go 提供凭据（.netrc）`,
			detail: (host) =>
				`在 ~/.netrc（权限 600）中加入一行 "machine ${host} login USER password TOKEN"，使用个人访问令牌；go 和 git 都会读取它。`,
		},
		gitInsteadOfSsh: {
			title: (host) => `通过 SSH 拉取 ${host}`,
			detail: '之后 git 会使用你的 SSH 密钥，而不是询问 go 无法回答的密码（终端提示已被禁用）。',
		},
		goauth: {
			title: '检查 GOAUTH',
			detail: 'GOAUTH 列出了 go 的认证方式（netrc、git DIR、command ...）；其中指定的命令失败了，或者没有为这个主机返回凭据。',
		},
		installCa: {
			title: '信任这个证书颁发机构',
			detail:
				'如果企业代理拦截了 TLS，请把它的 CA 证书安装到系统证书库（update-ca-certificates），或者让 SSL_CERT_FILE 指向包含它的证书包。如果证书已过期或签发给了其他主机名，必须在服务器端修复。',
		},
		goinsecureTls: {
			title: (host) => `只对 ${host} 跳过证书校验：GOINSECURE=${host}`,
			detail: '只适用于证书无法修复的私有主机：之后 go 直接从它拉取时会接受任何证书（或明文 HTTP）。',
		},
		compareSources: {
			title: '找出是哪个来源不一致',
			detail:
				'把每个 GOPROXY 条目、direct 以及校验和数据库给出的模块 h1: 哈希与 go.sum 中的那一行对比；与众不同的那个就是罪魁祸首。不要为了消除错误而删除 go.sum：那等于放弃了发现问题的那道校验。',
		},
		cleanModcacheChecksum: {
			title: '清空模块缓存后重新下载',
			detail: '适用于模块缓存中有损坏副本的情况。go clean -modcache 会删除所有已缓存的模块。',
		},
		goproxyTrusted: {
			title: '使用公共代理：GOPROXY=https://proxy.golang.org,direct',
			detail: '如果某个镜像提供了被篡改的内容，就不要再用它。',
		},
		gosumdbMirror: {
			title: '使用可达的校验和数据库镜像：GOSUMDB=sum.golang.google.cn',
			detail: '同一个数据库（同一个密钥），由另一个主机提供；代理了该数据库的 GOPROXY 也可以。',
		},
		gonosumdbHost: {
			title: (prefix) => `不在校验和数据库中查询 ${prefix}：GONOSUMDB=${prefix}`,
			detail: '只用于私有路径：它们的哈希会在首次下载时被直接信任，而不再与公共数据库核对。',
		},
		gosumdbOff: {title: '关闭校验和校验：GOSUMDB=off', detail: '最后手段：之后 go 会信任代理为任何模块提供的任何内容。'},
		goModVendor: {title: '重建 vendor 目录', detail: '让 vendor/ 重新与 go.mod 一致。'},
		unsetGoflagsVendor: {
			title: '删除用 go env -w 写入的 GOFLAGS',
			detail: '适用于 -mod=vendor 来自 GOFLAGS，而不是来自你有意使用的 vendor 目录的情况。',
		},
		httpsCredentials: {
			title: '带凭据的条目请使用 https://',
			detail: 'go 只会通过 https 发送 GOPROXY URL 中的用户名和密码；请把该条目改为 https://，或者把凭据移到 .netrc 并从 URL 中删除。',
		},
		unsetGoflags: {
			title: '删除用 go env -w 写入的 GOFLAGS',
			detail: 'GOFLAGS 中有 go 无法解析的内容；如果它来自操作系统的环境变量，则需要在 shell 配置文件中修正。',
		},
		go111moduleOn: {
			title: '开启模块模式：GO111MODULE=on',
			detail:
				'go get 输出的是 GOPATH 模式的错误，而 GOPATH 模式从不使用 GOPROXY。从 go 1.16 起模块模式是默认行为：那时删除 GO111MODULE（见下一条）即可。',
		},
		unsetGo111module: {title: '删除用 go env -w 写入的 GO111MODULE', detail: '模块模式是默认行为；GO111MODULE=off 会关闭它。'},
		goproxyDefault: {
			title: '设置一个可用的 GOPROXY：https://proxy.golang.org,direct',
			detail: 'GOPROXY 为 off、为空或格式错误；每个条目都需要协议前缀（https://）。',
		},
		goproxyUnset: {
			title: '恢复默认的 GOPROXY',
			detail: '删除用 go env -w 写入的值；同名的操作系统环境变量仍然优先，需要在 shell 配置文件中修正。',
		},
		installGit: {
			title: '安装 git',
			detail: 'go 直接拉取时会运行 git（或 hg、svn）；请安装它（apt-get install git、brew install git），或者改为通过 GOPROXY 拉取。',
		},
		goproxyPublic: {
			title: '通过公共代理拉取：GOPROXY=https://proxy.golang.org,direct',
			detail: '代理会提供公共模块，本机无需运行版本控制工具。',
		},
		goinsecureHttp: {
			title: (host) => `只对 ${host} 允许明文 HTTP：GOINSECURE=${host}`,
			detail: '只适用于不提供 HTTPS 的私有主机：之后它的内容会在没有传输安全的情况下拉取。',
		},
		fixRequirePath: {
			title: '按模块声明的路径引用它',
			detail:
				'在 import 和 go.mod 中使用模块自己的 go.mod 里的路径（"declares its path as" 那一行），主版本 2 及以上要带 /vN 后缀；或者添加 replace 指令，把引用路径映射到声明的路径。',
		},
		freeSpace: {
			title: '腾出磁盘空间',
			detail: '存放 GOMODCACHE（go env GOMODCACHE）的磁盘已满；请腾出空间，或把 GOMODCACHE 设到更大的磁盘上。',
		},
		fixCacheOwnership: {
			title: '把模块缓存的所有权还给当前用户',
			detail: '通常是因为曾用 sudo 或以 root 运行的容器填充过模块缓存。',
		},
		cleanModcache: {
			title: '清空模块缓存',
			detail: '删除所有已缓存的模块（向导会先显示它们的大小）；下次下载时会重新填充。',
		},
		installToolchain: {
			title: (version) => (version === undefined ? '安装 go.mod 要求的 Go 版本' : `安装 ${version}`),
			detail: '从 https://go.dev/dl/（或包管理器）下载，并把它放在 PATH 的最前面；这样 go 就无需切换工具链。',
		},
		gotoolchainAuto: {
			title: '让 go 自动下载工具链：GOTOOLCHAIN=auto',
			detail: 'go 会通过 GOPROXY 拉取 golang.org/toolchain；各条目必须提供它（proxy.golang.org 和 goproxy.cn 都提供）。',
		},
		goproxyToolchainMirror: {
			title: '通过提供工具链的镜像拉取：GOPROXY=https://goproxy.cn,direct',
			detail: '适用于当前 GOPROXY 不提供 golang.org/toolchain 或无法访问的情况。',
		},
		goModDownloadModule: {title: (target) => `为 ${target} 补上 go.sum 条目`, detail: '下载该模块并记录它的哈希。'},
		installGo: {
			title: '安装 Go',
			detail: '从 https://go.dev/dl/ 或包管理器安装 Go，并确保它的 bin 目录在 PATH 中。',
		},
		cleanCacheCheck: {
			title: '先把它重新下载到一个空的临时模块缓存中',
			detail:
				'如果这样能成功，说明你的缓存里有损坏的副本，清理缓存会有帮助；如果同样失败，说明文件从源头就是坏的，清理缓存只会丢掉完好的模块。',
		},
		cdModule: {title: '在模块目录中运行', detail: '切换到包含 go.mod 的目录，或者用 go mod init MODULE-PATH 创建一个。'},
	},
	alternatives: {
		heading: '也可能是：',
		command: '检查：',
		mostLikely: (likely) => `最可能的原因是${/^[A-Za-z]/.test(likely) ? ' ' : ''}${likely}。`,
		joinSentences: (sentences) => sentences.join(''),
		likelyBrokenZip: '镜像提供了损坏的 zip',
		likely: {
			dns: '主机名无法解析',
			timeout: '连接或响应超时',
			refused: '连接被拒绝或重置',
			'http-proxy': '中间的 HTTP(S) 代理出了问题',
			'proxy-bad-response': 'GOPROXY 服务器的回应有误（文件损坏、返回错误，或按它自己的策略拒绝）',
			'not-found': '在 go 请求的位置不存在这个模块或版本',
			'private-auth': '这是私有模块，需要凭据（以及 GOPRIVATE）',
			tls: '证书不被信任',
			'checksum-mismatch': '内容与记录的校验和不一致',
			sumdb: '校验和数据库无法为这个版本作证',
			'goproxy-config': 'go 自身的配置有误',
			vcs: '直接从版本控制系统获取失败',
			'module-path': '模块声明的路径与引用的路径不同',
			cache: '模块缓存中有损坏或无法写入的文件',
			toolchain: 'go.mod 要求的 Go 工具链不可用',
			'go-sum-missing': 'go.sum 缺少条目',
			other: '下载类别之外的故障',
			'go-missing': '没有安装 go',
			'no-module': '这里没有 go.mod',
			healthy: '没有任何失败',
		},
		otherwise: {
			dns: '如果在这台机器上无法解析该主机名，那就是 DNS 的问题。',
			timeout: '如果该端口没有及时应答，那就是网络路径的问题（超时）。',
			refused: '如果该端口拒绝连接，那就是网络的问题（被拒绝）。',
			'http-proxy': '如果取消代理变量后能成功，或者只有经过代理时才失败，那就是 HTTP 代理的问题。',
			'proxy-bad-response': '如果另一个 GOPROXY 条目能提供它，那就是这个镜像的问题。',
			'not-found': '如果即使用你的凭据，仓库或版本也不存在，那就是路径或版本写错了。',
			'private-auth': '如果用你的凭据能访问，那它就是私有模块：需要 GOPRIVATE 和凭据。',
			tls: '如果看到的证书不是真正的证书，那就是 TLS 被拦截了。',
			'checksum-mismatch': '如果直接下载得到的哈希不同，那就是内容变了（校验和不一致）。',
			sumdb: '如果校验和数据库本身对这个版本没有回应，那就是校验和数据库的问题。',
			'goproxy-config': '如果 GOPROXY 为 off 或 direct、模块模式被关闭，或者某个镜像列不出任何版本，那就是 go 的配置问题。',
			vcs: '如果缺少 git，或者主机没有提供 go-import 标签，那就是版本控制获取的问题。',
			'module-path': '如果 go.mod 声明的是另一个路径，那就是模块路径的问题。',
			cache: '如果用空的 GOMODCACHE 重新下载能成功，那就是你的缓存的问题。',
			toolchain: '如果正在运行的 go 比 go.mod 要求的旧，那就是工具链的问题。',
			'go-sum-missing': '如果 go mod tidy 会向 go.sum 添加条目，那就是缺少了这些条目。',
			other: '用详细模式运行可以看到 go 在哪一步停下。',
			'go-missing': '如果 PATH 中没有 go，请安装它。',
			'no-module': '如果没有 go.mod，请在模块目录中运行。',
			healthy: '如果下载成功，就没有问题。',
		},
		settledOn: (category, evidence, others) =>
			`go 的消息无法区分 ${[category, ...others].join(' 或 ')}；检查结果确定是 ${category}：${evidence}${others.length === 0 ? '' : `没有证据支持 ${others.join(' 或 ')}。`}`,
		notSettled: (likely, others) =>
			`检查没有得出结论：go 的消息最可能意味着 ${likely}；也没有检查证实 ${others.join(' 或 ')}。请运行"也可能是"下列出的检查（gomod-doctor classify）来区分。`,
		check: {
			dns: '用系统解析器解析该主机名。',
			timeout: '在限定时间内连接该主机的端口。',
			refused: '连接该主机的端口，看是否被拒绝。',
			'http-proxy': '列出代理变量，然后在取消这些变量的情况下重新下载。',
			'proxy-bad-response': '通过另一个 GOPROXY 条目把同一个模块下载到空缓存中。',
			'not-found': '列出已有的版本，并（用你的凭据）直接询问仓库。',
			'private-auth': '看 GOPRIVATE 是否匹配该路径，以及你的凭据能否访问仓库。',
			tls: '查看服务器出示的证书以及签发者。',
			'checksum-mismatch': '把该版本直接（GOPROXY=direct）下载到空缓存中，比较哈希。',
			sumdb: '直接向校验和数据库查询这个版本。',
			'goproxy-config': '查看 go 所看到的 GOPROXY、GO111MODULE 和 GOFLAGS。',
			vcs: '确认已安装 git，并且主机提供 go-import 元标签。',
			'module-path': '读取该版本 go.mod 中的 module 行。',
			cache: '把它重新下载到一个空的临时 GOMODCACHE 中。',
			toolchain: '比较正在运行的 go 版本与 go.mod 中的 go 和 toolchain 行。',
			'go-sum-missing': '看 go mod tidy 会向 go.sum 添加什么。',
			other: '用详细模式运行下载。',
			'go-missing': '在 PATH 中查找 go。',
			'no-module': '查找 go.mod。',
			healthy: '重新下载一次。',
		},
	},
};
