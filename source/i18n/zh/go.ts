import type {go as english} from '../en/go.js';
import type {Shape} from '../shape.js';

/** 关于运行 go 本身的说明：复现的结论行（其中引用的 go 错误原文保持不变）、模块查询为何没有运行、go 如何对待各个代理变量。 */
/** `3.0 s`、`12 s`。 */
function seconds(ms: number): string {
	return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

export const go: Shape<typeof english> = {
	reproduction: {
		notRun: (reason) => `没有运行：${reason}`,
		missing: '没有安装 go，或者它不在 PATH 中',
		canceled: 'go mod download 已取消',
		tooMuchMemory: (megabytes, last) =>
			`go mod download 占用的内存超过 ${megabytes} MB，已被停止：服务器发来的内容超出了 go 能为一个模块容纳的量（可能是无尽的应答或压缩炸弹${last === undefined ? '' : `；最后在下载 ${last}`}）`,
		beforeThat: (failure) => `；在此之前：${failure}`,
		stopped(stop, progress, last, known) {
			const done = progress === undefined ? '' : `（${progress}）`;
			const downloading = last === undefined ? '' : `（最后在下载 ${last}）`;
			switch (stop.reason) {
				case 'silent-entry': {
					return `go mod download 已有 ${seconds(stop.quietMs)} 没有任何进展${done}，而 ${stop.entry ?? 'GOPROXY 条目'} 接受了连接却什么也没有发回，因此已停止${downloading}${known}`;
				}

				case 'longest': {
					return `go mod download 在 ${seconds(stop.limitMs)}（允许的最长时间）后仍在推进${done}，已停止${downloading}${known}`;
				}

				case 'no-progress': {
					return `go mod download 已有 ${seconds(stop.quietMs)} 没有任何进展${done}，已停止${downloading}${known}`;
				}
			}
		},
		progress: (done, expected) => (expected === undefined ? `已完成 ${done} 个模块` : `已完成 ${done} 个，共约 ${expected} 个模块`),
		nothing: 'go mod download 成功（没有需要下载的内容）',
		succeeded: (count) => `go mod download 成功：${count} 个模块已下载或已在模块缓存中`,
		more: (failure, more) => `${failure}${more > 0 ? `（另有 ${more} 个模块失败）` : ''}`,
		noGoMod: 'go mod download 失败：当前目录及其上级目录中都没有 go.mod（go: no modules specified）',
		failedLine: (line) => `go mod download 失败：${line}`,
		noMessage: (code) => `go mod download 失败，退出码 ${code}，没有任何消息`,
		failure: (moduleVersion, host, detail) => `${moduleVersion} ${host === undefined ? '失败' : `从 ${host} 下载失败`}：${detail}`,
	},
	query: {
		empty: '模块为空',
		startsWithDash: (text) => `"${text}" 以 "-" 开头，会被当作选项`,
		whitespace: (text) => `"${text}" 含有空白或控制字符`,
		tooLong: '模块查询太长',
		malformed: (path, problem) => `模块路径 "${path}" 格式错误：${problem}`,
		emptyVersion: (text) => `"${text}" 的 "@" 后面版本为空`,
		versionDash: (version) => `版本 "${version}" 以 "-" 开头`,
		versionCharacters: (version) => `版本 "${version}" 含有任何版本或查询都不会有的字符`,
	},
	proxyNotes: {
		allProxy: 'go 忽略 ALL_PROXY（只有 curl 等少数工具读取它）',
		shadowed: (upper) => `同时设置了 ${upper}，它优先`,
		cgi: '设置了 REQUEST_METHOD 时 go 忽略 HTTP_PROXY（CGI）',
		http: 'go 经由它发送 http:// 请求',
		https: 'go 经由它发送 https:// 请求',
		noProxy: 'go 直接连接其中列出的主机',
		used: (use) => `${use}（localhost 和回环地址除外）`,
	},
};
