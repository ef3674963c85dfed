import type {FlowchartText} from '../define-flowchart.js';
import type {toolchainGraph} from './graph.js';
import type {en} from './text.en.js';

/** 流程图的中文文本：节点 id 与 graph.ts 一致，占位符与英文一致。 */
export const zh: FlowchartText<typeof toolchainGraph.nodes, typeof en.messages> = {
	title: 'go 能拿到 go.mod 要求的工具链吗？',
	nodes: {
		newer: {question: 'go.mod 要求的 Go（{wanted}）比本地的 {local} 更新吗？'},
		served: {question: '有 GOPROXY 条目或候选代理提供 golang.org/toolchain {wanted} 吗？'},
		mayItSwitch: {question: 'GOTOOLCHAIN={gotoolchain} 允许 go 切换工具链吗？'},
		notNeeded: {summary: '本地的 {local} 足以满足 go.mod（{wanted}）。'},
		servedHere: {summary: '有 GOPROXY 条目提供 {wanted}，go 也可以切换到它。'},
		refusesSwitch: {summary: 'go.mod 需要 {wanted}，本地 go 是 {local}，而 GOTOOLCHAIN={gotoolchain} 禁止切换。'},
		elsewhere: {summary: '没有 GOPROXY 条目提供 {wanted}；另一个代理提供。'},
		nobody: {summary: 'go.mod 需要 {wanted}（本地 go 是 {local}），询问过的代理都不提供它。'},
		allowSwitch: {title: '允许 go 下载工具链（GOTOOLCHAIN=auto）'},
		mirror: {title: '使用能提供工具链的代理'},
		installLocal: {title: '安装该版本的 Go 并使用它（GOTOOLCHAIN=local）'},
		lowerGo: {title: '降低 go.mod 的 go 行（仅当没有代码需要更新的 Go 时）'},
	},
	messages: {
		served: {
			noProxy: (version) => `没有可以询问 golang.org/toolchain ${version} 的代理。`,
			served: (url, toolchain, platform) => `${url}（GOPROXY 条目）提供 ${platform} 的 ${toolchain}。`,
			candidate: (toolchain, url) => `没有 GOPROXY 条目提供 ${toolchain}；候选代理 ${url} 提供。`,
			notServed: (toolchain, platform, version) => `询问过的代理都不提供 ${platform} 的 ${toolchain}（golang.org/toolchain ${version}）。`,
		},
		allowSwitchTitle: '允许 go 下载 go.mod 要求的工具链（go env -w GOTOOLCHAIN=auto）',
		allowSwitchDetail: (version) => `有 GOPROXY 条目提供 ${version}；设置 GOTOOLCHAIN=auto 后，go 会下载它并用它来构建这个模块。`,
		mirrorTitle: '使用能提供 Go 工具链（golang.org/toolchain）的 GOPROXY',
		mirrorDetail: (url) => `${url} 能提供 go.mod 要求的工具链。`,
		localTitle: (version) => `安装 ${version} 并使用它（GOTOOLCHAIN=local）`,
		localDetail: (version) =>
			`从 https://go.dev/dl/（或系统的包管理器）下载 ${version}，放到 PATH 中，并设置 GOTOOLCHAIN=local，让 go 不再尝试下载工具链。`,
		lowerTitle: (version) => `把 go.mod 的 go 行降到 ${version}`,
		lowerDetail: (version) =>
			`仅当代码及其依赖都不需要更新的版本时：go mod edit -go=${version} -toolchain=none（运行前会复制 go.mod 和 go.sum，撤销可以恢复）。要求更新 go 版本的依赖会把它再次提高。`,
		fullVersionTitle: (version) => `把 go 行写成发布版本：go ${version}.0`,
		fullVersionDetail: (version, local) =>
			`不存在名为 go${version} 的工具链，只有 go${version}.0 及之后的版本。${local} 会把 go ${version} 当成这个不存在的名字；go mod edit -go=${version}.0（或更新本地的 go）可以避免。`,
		noneTitle: '不存在这个版本的 Go 工具链',
		noneDetail: (version) => `${version} 不是已发布的 Go 版本，没有任何镜像能提供它，下载也无法解决：请修正 go.mod 的 go/toolchain 行。`,
	},
};
