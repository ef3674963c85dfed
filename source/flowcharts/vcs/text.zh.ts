import type {FlowchartText} from '../define-flowchart.js';
import type {vcsGraph} from './graph.js';
import type {en} from './text.en.js';

/** 流程图的中文文本：节点 id 与 graph.ts 一致，占位符与英文一致。 */
export const zh: FlowchartText<typeof vcsGraph.nodes, typeof en.messages> = {
	title: 'go 能直接从源主机获取这个模块吗？',
	nodes: {
		git: {question: 'go 查找 git 的地方装有 git 吗？'},
		known: {question: 'go 知道 {host} 如何提供代码吗，还是必须询问主机（?go-get=1）？'},
		meta: {question: 'https://{module}?go-get=1 的 go-import 标签指明了仓库吗？'},
		noGit: {summary: 'go 需要用 git 直接从 {host} 获取 {module}，但它的 PATH 中没有 git。'},
		gitFails: {summary: 'go 用 git 从 {host} 获取 {module}，git 已安装，但 git 本身失败了：{goSays}'},
		fetchFails: {summary: '{host} 指明了 {module} 的仓库，但获取失败：{goSays}'},
		noMeta: {summary: '{host} 的应答中没有 {module} 的 go-import 标签：go 无法知道由哪个仓库提供它。'},
		metaAuth: {summary: '{host} 要求先提供凭据，才肯说明 {module} 在哪里。'},
		metaNotFound: {summary: '{host} 不知道 {module}：请检查路径是否有拼写错误。'},
		hostUnreachable: {summary: '无法连上 {host} 读取 go-import 标签：{goSays}'},
		badMeta: {summary: '{host} 为 {module} 提供的 go-import 标签不可用（见检查结果）。'},
		installGit: {title: '安装 git（或通过代理获取该模块）'},
		netrcEntry: {title: '把该主机的凭据写入 .netrc（令牌隐藏输入）'},
	},
	messages: {
		installGitTitle: '安装 git',
		installGitDetail: (module, host) =>
			`go 需要运行 git 才能从 ${host} 获取 ${module}。请安装 git（Debian/Ubuntu：sudo apt-get install git；Fedora：sudo dnf install git；macOS：xcode-select --install 或 brew install git；Windows：winget install Git.Git），并确保它在 go 运行时的 PATH 中。gomod-doctor 自己不安装任何软件。如果是公共模块，使用提供该模块的代理（GOPROXY）就完全不需要 git。`,
	},
};
