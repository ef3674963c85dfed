import type {FlowchartText} from '../define-flowchart.js';
import type {vendorGraph} from './graph.js';
import type {en} from './text.en.js';

/** 流程图的中文文本：节点 id 与 graph.ts 一致，占位符与英文一致。 */
export const zh: FlowchartText<typeof vendorGraph.nodes, typeof en.messages> = {
	title: 'go 接受 GOFLAGS 要求的 vendor 目录吗？',
	nodes: {
		tree: {question: 'GOFLAGS（来自{from}）中有 {culprits}：go 接受这个模块的 vendor 目录吗（go list -m）？'},
		consistent: {summary: 'GOFLAGS（来自{from}）中有 {culprits}，且 vendor/modules.txt 与 go.mod 一致：go 从 vendor 目录构建。'},
		unchecked: {summary: 'GOFLAGS（来自{from}）中有 {culprits}；无法向 go 询问 vendor 目录的情况，因此没有判断。'},
		missing: {
			summary:
				'GOFLAGS（来自{from}）中有 {culprits}，但该模块没有 vendor/modules.txt：go build、go test 和 go list 会以 "inconsistent vendoring" 失败（go mod download 不使用这个标志）。请去掉这个标志。',
		},
		stale: {
			summary:
				'GOFLAGS（来自{from}）中有 {culprits}，而 vendor/modules.txt 与 go.mod 不一致：go build、go test 和 go list 会以 "inconsistent vendoring" 失败。请更新 vendor 目录（go mod vendor），或者不再使用它。',
		},
		sync: {title: '更新 vendor 目录（go mod vendor）'},
		dropFlag: {title: '在设置 GOFLAGS 的地方去掉 -mod=vendor'},
	},
	messages: {
		from: {environment: '操作系统环境变量', 'goenv-file': 'GOENV 文件', 'goroot-env': '$GOROOT/go.env', default: 'go 的默认值'},
		setting: (value, from) => `GOFLAGS=${value}（来自${from}）`,
		tree: {
			consistent: 'go list -m 接受 vendor 目录：vendor/modules.txt 与 go.mod 一致。',
			missing: (line) => `go list -m 失败，而该模块没有 vendor/modules.txt：${line}`,
			inconsistent: (line) => `go list -m 失败：vendor/modules.txt 与 go.mod 不一致：${line}`,
			late: '没有在时限内完成',
			other: (why) => `go list -m 因其他原因失败：${why}`,
		},
		sync: {
			title: '让 vendor 目录与 go.mod 一致（go mod vendor）',
			detail:
				'该模块把依赖放在 vendor 目录中（存在 vendor/modules.txt）：go mod vendor 会按照 go.mod 和 go.sum 重写 vendor/（会下载它要复制的模块）。请提交结果。',
		},
		drop: {
			set: (rest) => `设置 GOFLAGS=${rest}`,
			unset: '删除 GOFLAGS',
			goEnvDetail: 'GOFLAGS 来自 GOENV 文件：go env -w 在那里修改它，go env -u 可以撤销。',
			shellDetail: 'GOFLAGS 设置在操作系统环境变量中，它优先于 go env -w：请修改 shell 配置文件（或 CI 配置）中设置它的那一行。',
		},
	},
	outcomes: {inconsistent: '不一致'},
	scenarios: {
		'goflags-vendor-missing': 'GOENV 文件中有 GOFLAGS=-mod=vendor，而项目没有 vendor/：go build 失败；用 go env -u GOFLAGS 去掉它。',
		'goflags-vendor-stale': '操作系统环境变量中有 GOFLAGS=-mod=vendor，而 vendor/modules.txt 已过时：先运行 go mod vendor。',
		'goflags-vendor-consistent': 'GOFLAGS=-mod=vendor，vendor 目录与 go.mod 一致：没有问题。',
	},
};
