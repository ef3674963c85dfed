import type {FlowchartText} from '../define-flowchart.js';
import type {goSumGraph} from './graph.js';
import type {en} from './text.en.js';

/** 流程图的中文文本：节点 id 与 graph.ts 一致，占位符与英文一致。 */
export const zh: FlowchartText<typeof goSumGraph.nodes, typeof en.messages> = {
	title: 'go.sum 包含构建需要的每一行吗？',
	nodes: {
		lines: {question: 'go 能找到构建需要的每一行 go.sum 吗（go list -deps ./...）？'},
		complete: {summary: 'go.sum 包含本模块的包需要的每一行。'},
		cannotCheck: {summary: '包因为其他原因无法加载；没有判断 go.sum。'},
		missing: {summary: 'go.sum 缺少构建需要的行：go mod download 成功，但 go build 和 go test 会失败。'},
		download: {title: '记录缺少的行（go mod download MOD…）'},
		tidy: {title: '整理 go.mod 和 go.sum（go mod tidy）'},
	},
	messages: {
		lines: {
			complete: 'go list -deps ./... 能加载每个包：go.sum 足以完成构建。',
			missing: (line) => `go list -deps ./... 失败：${line}`,
			late: '它没有按时完成',
			other: (why) => `go list -deps ./... 因其他原因失败：${why}`,
		},
		which: (modules) => `缺少：${modules}。`,
	},
};
