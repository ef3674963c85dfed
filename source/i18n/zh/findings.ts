import type {findings as english} from '../en/findings.js';
import type {Shape} from '../shape.js';

/** 各项排查在自己的检查和结论中的说明：主机的角色、go.sum 的加载、模块路径的引用、缓慢的版本列表。 */
const sourceNames: Readonly<Record<string, string>> = {
	environment: '环境变量',
	'goenv-file': 'GOENV 文件',
	'goroot-env': 'GOROOT/go.env',
	default: '默认值',
};

function sourceName(source: string): string {
	return sourceNames[source] ?? source;
}

export const findings: Shape<typeof english> = {
	roles: {
		goproxyEntry: (index) => `GOPROXY 第 ${index} 项`,
		vcsHostOf: (module) => `${module} 的 VCS 主机`,
		vcsHostOfPattern: (pattern) => `GOPRIVATE/GONOPROXY ${pattern} 的 VCS 主机`,
		namedInError: 'go 的错误中提到的主机',
		candidate: '候选代理',
	},
	theChecksumDatabase: '校验和数据库',
	wholeGraph: '整个模块图',
	settingValue: (setting, value, source, hidden) =>
		`${setting}=${value}（来自${sourceName(source)}${hidden === undefined ? '' : `；${sourceName(hidden.source)}中是 ${setting}=${hidden.value}`}）`,
	flowchartFailed: (title, message) => `${title}：${message}`,
	checkFailed: (message) => `检查本身失败了：${message}`,
	setAside: (label, waited, chosen) =>
		`等待 ${waited} 后不再等 ${label}：${chosen} 已先应答并通过检查，更慢的 ${label} 不会是推荐的镜像（\`gomod-doctor mirrors\` 会测量每一个）。`,
};
