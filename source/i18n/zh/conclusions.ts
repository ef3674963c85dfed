import type {conclusions as english} from '../en/conclusions.js';
import type {Shape} from '../shape.js';

function entryDetail(summary: string, working: readonly string[]): string {
	return `${summary}${working.length > 0 ? `可用的代理：${working.join('、')}。` : '实测的代理中没有一个可用。'}`;
}

/** 诊断得出的结论（`source/diagnose/conclude.ts`）以及据此计算出的 GOPROXY 修复方案。 */
export const conclusions: Shape<typeof english> = {
	goMissing: 'go 没有安装，或者不在 PATH 中：PATH 的各个目录里都找不到 go 可执行文件。',
	goModInvalid: (error, checkedFirst) =>
		`go 无法解析 go.mod：${error}。请修正这一行：所有 go 命令都会停在这里，根本不会开始下载${checkedFirst ? '，所以没有进行任何网络检查' : '，所以网络检查的结果与此无关'}。`,
	installGo: '从 https://go.dev/dl/（或包管理器）安装 Go，并把它的 bin 目录加入 PATH',
	goUnusable: (message) =>
		`go 已安装，但无法报告它的设置：${message}。这通常是某个 go 无法解析的设置（GOFLAGS、GOENV 文件中的某一行、GOPROXY）；go env -u NAME 可以从 GOENV 文件中清除它。`,
	noModule: (dir) => `${dir} 中没有 go.mod：请在你的模块目录中运行 gomod-doctor、传入 --dir，或者用 --module MOD@VER 指定一个模块。`,
	entry: (position, label, summary, working) =>
		`${position === undefined ? '某个 GOPROXY 条目' : `GOPROXY 第 ${position} 项`} ${label}：${entryDetail(summary, working)}`,
	entryDetail: (summary, working) => entryDetail(summary, working),
	goFetchedAnyway: (label, summary) =>
		`${label}：本次运行中 go 自己从它下载成功，所以它能解析、能应答；说相反结论的检查遇到的是一时的故障（解析器或网络短暂停顿），不是设置的问题。该检查的结论：${summary}`,
	nothingReproduced: '没有复现任何问题。',
	headline: (category, subject, title, more) => `${category}：${subject}：${title}${more > 0 ? `（另有 ${more} 项）` : ''}`,
	useWorking: {
		title: (proxy) => `优先使用 ${proxy}`,
		detail: (proxy, ms, broken, _count) =>
			`${proxy} ${ms === undefined ? '' : `在 ${Math.round(ms)} ms 内`}作出了应答（实测）；去掉不可用的 ${broken}。`,
	},
	directOnly: (value, proxy) =>
		`GOPROXY=${value} 让 go 到每个模块自己的主机（git、版本控制系统）去取，而这在这里失败了；${proxy} 能提供该模块（实测）：把它放在 direct 之前。`,
	directOnlyDetail: (proxy, ms) =>
		`${proxy} ${ms === undefined ? '' : `在 ${Math.round(ms)} ms 内`}作出了应答（实测）；direct 仍放在最后，私有模块（GOPRIVATE）照样从它们的主机获取。`,
	fallBackOnError: {
		title: '使用 `|`，让 go 在任何错误后回退到下一个',
		detail: (broken, hangs) =>
			`用 \`,\` 时，go 只在 404 或 410 之后才尝试下一个条目；用 \`|\` 时，网络错误之后也会尝试。go 每次下载仍会先询问 ${broken}${hangs ? '，而且卡住的条目每次仍要耗掉 go 自己的超时时间' : ''}。`,
	},
	verdict: {
		entry: (position, label) => `GOPROXY 第 ${position} 项（${label}）`,
		sumdb: (name) => `校验和数据库 ${name}`,
		status: (where, status, reason, stops) => `${where}应答 ${status} ${reason}${stops ? '，go 就停在这里' : ''}。`,
		everyPath: (where, status, reason) => `${where}对确实存在的模块也应答 ${status} ${reason}，go 从它那里什么也拿不到。`,
		refused: (where, stops) => `${where}拒绝连接${stops ? '，go 就停在这里' : ''}。`,
		noSuchHost: (where, stops) => `${where}的主机名无法解析（no such host）${stops ? '，go 就停在这里' : ''}。`,
		noAnswer: (where) => `${where}接受连接，却始终不应答，go 一直在等它。`,
		unknownAuthority: (where) => `${where}出示的证书由未知的证书颁发机构签发，go 拒绝了它。`,
		certificate: (where, message) => `go 无法验证${where}的证书：${message}。`,
		cutShort: (where) => `${where}把下载截断了（unexpected EOF）。`,
		htmlPage: (where) => `${where}返回的是 HTML 页面（登录页或强制门户），不是 GOPROXY 协议。`,
		throughProxy: (where, what) => `go 经由环境变量中的 HTTP(S) 代理访问${where}，而该代理${what}。`,
		proxyAnswers: (status, reason) => `应答 ${status} ${reason}`,
		proxyRefuses: '拒绝连接',
		altered: (where) => `${where}提供的内容被篡改了。`,
		checksumMismatch: (module, version, cause) => `${module} ${version} 校验和不匹配（checksum mismatch）：${cause}`,
		goGets: (status, reason, subject, sentence) => `go 请求 ${subject} 时得到 ${status} ${reason}：${sentence}`,
	},
	shadowedByEnvironment: (detail) => `${detail}GOPROXY 设置在你的 shell 环境变量中，它会覆盖 go env -w：请在那里修改。`,
};
