import type {mirrors as english} from '../en/mirrors.js';
import type {Shape} from '../shape.js';

/** `gomod-doctor mirrors`：§3.1，通过测量选择镜像。 */
export const mirrors: Shape<typeof english> = {
	title: (module, version) => `为 ${module}${version === undefined ? '' : ` ${version}`} 测量的代理（正确且最快的在前）`,
	header: ['代理', '角色', '内容', '耗时'],
	roles: {goproxy: 'GOPROXY', candidate: '候选'},
	content: {
		correct: '与 go.sum 一致',
		altered: '内容被篡改',
		notWaitedFor: '未等待',
		symptoms: {
			status: (status, reason) => `${status} ${reason}`.trim(),
			proxyStatus: (status, reason) => `HTTP 代理：${status} ${reason}`.trim(),
			proxyRefused: 'HTTP 代理拒绝连接',
			refused: '拒绝连接',
			noSuchHost: '无法解析',
			noAnswer: '无应答',
			unknownAuthority: '未知 CA',
			certificate: '证书错误',
			cutShort: '文件被截断',
			htmlPage: 'HTML 页面',
		},
	},
	notWaitedFor: (chosen) => `${chosen} 已先应答并通过检查（gomod-doctor mirrors 会测量每一个）`,
	phases: (dns, connect, tls, list) => `DNS ${dns} · 连接 ${connect} · TLS ${tls} · 列表 ${list}`,
	none: '没有测量任何代理：GOPROXY 中没有网络条目，也没有给出候选代理。',
	recommend: (url) => `正确且最快的镜像：${url}`,
	alreadyFirst: (url) => `GOPROXY 的第一项已经是正确且最快的镜像 ${url}。`,
	command: '要使用它（gomod-doctor 在这里不做任何修改）：',
	noneWorks: '测量的代理中没有一个能正确提供该模块：请先检查网络（gomod-doctor diagnose）。',
	notCompared: '未比对内容：go.sum 中没有该模块版本的记录（在需要它的模块中用 --module MOD@VER 指定）。',
};
