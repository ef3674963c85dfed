import type {FlowchartText} from '../define-flowchart.js';
import type {settingsLintGraph} from './graph.js';
import type {en} from './text.en.js';

/** 流程图的中文文本：节点 id 与 graph.ts 一致，占位符与英文一致。 */
export const zh: FlowchartText<typeof settingsLintGraph.nodes, typeof en.messages> = {
	title: 'go 自身的配置正确吗？',
	nodes: {
		problem: {question: '{setting}（来自{from}）有什么问题？'},
		replacement: {question: 'GOPROXY={value} 让 go 什么也下载不了：哪个代理能提供 {module}？'},
		unusable: {summary: 'GOPROXY={value}（来自{from}）没有给 go 留下可用的代理（{culprits}）：请设置为一个可用的代理，direct 放在最后。'},
		unusableNoProxy: {
			summary: 'GOPROXY={value}（来自{from}）没有给 go 留下可用的代理（{culprits}），而测量过的代理都不能提供 {module}：请先检查网络。',
		},
		invalidEntries: {
			summary: 'GOPROXY（来自{from}）中有 go 拒绝的条目（{culprits}）：每次下载都会以 "invalid proxy URL" 失败。保留有效的条目。',
		},
		pasted: {summary: 'GOPROXY（来自{from}）中的条目带着 markdown、引号或空格粘贴进来（{culprits}）：go 无法解析。'},
		directFirst: {summary: 'GOPROXY（来自{from}）把 direct 放在 {culprits} 之前：go 在 direct 处停下，从不访问这些镜像。'},
		neverMatches: {
			summary:
				'{setting}（来自{from}）中的模式无法匹配任何模块路径（{culprits}）：模式是路径前缀，例如 git.corp.example/team，不带协议前缀和空格。',
		},
		tooBroad: {summary: '{setting}（来自{from}）也覆盖了公共模块（{culprits}）：只写你的私有模块路径。'},
		insecureFlag: {
			summary: 'GOFLAGS（来自{from}）中仍有 {culprits}：go 会拒绝它（"-insecure flag is no longer supported; use GOINSECURE instead"）。',
		},
		shadowed: {summary: '{setting} 设置在操作系统环境变量中，遮蔽了 go env -w 写入的值：go env -w 改变不了 go 实际使用的值。'},
		lookalike: {summary: '{setting}（来自{from}）中有 {culprits}。请改用 ASCII 字符书写。'},
		setInGoenv: {title: '用 go env -w 写入更正后的值（或用 go env -u 删除）'},
		setInShell: {title: '在 shell 设置它的地方修改这个变量（export/unset）'},
		advice: {title: '建议：需要手动修改的内容'},
	},
	messages: {
		workingProxy: {
			noCandidate: '没有可以测量的候选代理（--candidates）。',
			none: (count, module) => `${count} 个代理都不提供 ${module}。`,
			found: (url, module, ms, working) => `${url} 提供 ${module}（${ms} ms），是 ${working} 个可用代理中最快的。`,
		},
		lookalikes: (parts) => parts.join('；'),
	},
};
