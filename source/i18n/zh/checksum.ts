import type {checksum as english} from '../en/checksum.js';
import type {Shape} from '../shape.js';

/** 关于校验和不匹配（§2.4、§4.2）、校验和数据库以及关闭校验以隔离故障（§4.3）的说明。函数收到的值已经脱敏；命令、环境变量名、哈希和 go 自己的输出保持原样。 */
export const checksum: Shape<typeof english> = {
	side: {
		goSum: (module, version, goSum, agreed) =>
			`错的是 go.sum 中 ${module} ${version} 的那一行：它记录的是 ${goSum}，而 ${agreed} 一致认定的是另一个哈希。这是合并出错或手工编辑造成的，代码并没有被篡改。`,
		mirror: (module, version, altered, reference, agreeing) =>
			`${altered} 提供的 ${module} ${version} 内容被篡改：它与 ${reference}${agreeing === '' ? ' ' : ` 以及 ${agreeing.split(', ').join('、')} `}都不一致。go 拒绝它是对的。`,
		mirrorAlone: (module, version, altered, reference) =>
			`${altered} 提供的 ${module} ${version} 与 ${reference} 不一致。只问了这一个来源，无法区分是代理篡改还是上游重新打了标签；无论哪种情况都不要接受它。`,
		retagged: (module, version, database, sources) =>
			`${module} ${version} 在上游被重新打了标签：${database} 保存的是它最初记录的哈希，而之后才抓取的 ${sources} 一致提供了另一份内容。`,
		cache: (module, version, problem) => `模块缓存中的 ${module} ${version} 已损坏：${problem}`,
		agree: (module, version) => `现在所有来源对 ${module} ${version} 的哈希一致，也与 go.sum 一致：在这里无法复现 go 报告的校验和不匹配。`,
		unknown: (module, version) => `无法判断 ${module} ${version} 的校验和不匹配是哪一方的问题：应答的来源彼此不一致，或者没有可比较的对象。`,
		table: '比较的哈希',
		notChecked: '未检查 direct（通过 VCS 直接访问源站）：那需要 git；已检查各个 GOPROXY 条目。',
	},
	database: {
		off: (why) => `未查询：${why}。`,
		offGosumdb: 'GOSUMDB=off',
		exempt: (module) => `${module} 匹配 GONOSUMDB/GOPRIVATE，go 从不向校验和数据库查询它`,
		invalid: (reason) => `GOSUMDB 不可用：${reason}`,
	},
	fixGoSumTitle: (module, version) => `修正 go.sum：删除 ${module} ${version} 的行并重新下载（会经过校验）`,
	fixGoSumDetail: (lines, database) =>
		`从 go.sum 中删除 ${lines}，然后 go mod download 重新写入这些行${database === '' ? '' : `（先与 ${database} 核对）`}。接受新的哈希意味着放弃 go.sum 的承诺（每次下载都与第一次相同）；这里之所以可以这样做，是因为校验和数据库和所有代理一致认为 go.sum 才是出错的一方。`,
	cleanCacheTitle: '清理模块缓存（go clean -modcache），然后重新下载',
	cleanCacheDetail: (module) =>
		`缓存中的 ${module} 自相矛盾。go clean -modcache 会删除所有已下载的模块（无法撤销）；go 会重新下载需要的模块并与 go.sum 核对。go.sum 保持不变。`,
	pinTitle: (module, version) => `让 ${module} 保持校验和数据库为 ${version} 记录的内容，或改用新版本`,
	pinDetail: (module, version) =>
		`不要把 go.sum 更新为新内容：那等于在旧版本号下接受没人审查过的代码。请 ${module} 的维护者发布新版本，而不是移动 ${version}；在重新打标签之前就缓存了 ${version} 的代理（proxy.golang.org 会保留）仍然提供原来的内容。`,
	isolateTitle: (module, version) => `关闭校验复现一次 ${module}@${version}（仅这一次运行）`,
	isolateDetail: (variables) =>
		`只为这一个进程设置 ${variables}，在项目之外的空目录中（不读也不写 go.sum）、用空的临时模块缓存运行一次 go mod download -json。这会在这一次运行中降低安全性，且绝不会用 go env -w 写入；它能显示校验步骤背后的真实错误。`,
	isolateWorks: (module, sum, goModSum) =>
		`关闭校验后 go 能下载 ${module}（zip ${sum}，go.mod ${goModSum}）：下载本身没有问题，拦住 go 的是校验。接受任何内容之前，请先把这些哈希与 go.sum 比较。`,
	isolateFails: (error) => `关闭校验后 go 仍然失败：${error} 这才是真实错误；拦住 go 的并不是校验。`,
	isolateRefused: (reason) => `未运行：${reason}。`,
	useMirrorTitle: (mirror) => `改从 ${mirror} 读取校验和数据库（go env -w GOSUMDB）`,
	useMirrorDetail: (name, mirror) => `${mirror} 提供的是同一个数据库：它的树头由 ${name} 的密钥签名，所以 go 的校验与之前完全相同，只是换成了能访问的地址。`,
	privatePathsTitle: '让私有模块路径不经过校验和数据库（GOPRIVATE 或 GONOSUMDB）',
	privatePathsDetail: (paths) =>
		`公共校验和数据库无法知道私有模块。${paths === '' ? '对你的私有路径' : `对 ${paths}`}：go env -w GOPRIVATE=<模式>（同时让它们不经过代理）或 GONOSUMDB=<模式>。这只对这些路径跳过校验；第一次下载之后 go.sum 仍然保护它们。`,
	mirrorFound: (mirror, name) => `${mirror} 返回了由 ${name} 的密钥签名的树头：是同一个数据库的镜像。`,
	mirrorNone: (name) => `没有 ${name} 的镜像应答（已知镜像和 GOMOD_DOCTOR_SUMDB_MIRRORS）。`,
	explicitUrl: (url) => `GOSUMDB 写明了地址（${url}）：go 直接访问它，从不经过 GOPROXY 条目。`,
	noProxy: '没有 GOPROXY 条目代理它：go 直接访问数据库。',
	servedBy: (proxy, role) => `${proxy}（${role === 'goproxy' ? 'GOPROXY 条目' : '候选代理'}）提供 sum.golang.org（/sumdb/sum.golang.org/supported 返回 200）。`,
	servedNone: (asked) => `测过的 ${asked} 个代理都没有提供 sum.golang.org。`,
	servedNoneAsked: '没有测过可供 go 读取 sum.golang.org 的代理。',
	defaultTitle: '经由你的 GOPROXY 使用默认校验和数据库（sum.golang.org）',
	defaultDetail: (gosumdb, proxy) =>
		`GOSUMDB=${gosumdb} 让 go 去访问一个连不上的数据库，而 GOPROXY 中已有的 ${proxy} 提供 sum.golang.org：去掉这个设置后 go 使用 go.env 的默认值，并从那里读取。校验同样严格。`,
	servedTitle: (proxy) => `经由 ${proxy} 读取 sum.golang.org（go env -w GOSUMDB）`,
	servedDetail: (proxy) => `${proxy} 提供 sum.golang.org，所以 go 仍然用同一个密钥对照同一个数据库校验，只是经由能访问的代理。`,
};
