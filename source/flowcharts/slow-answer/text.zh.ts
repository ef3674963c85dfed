import type {FlowchartText} from '../define-flowchart.js';
import type {slowAnswerGraph} from './graph.js';
import type {en} from './text.en.js';

/** 流程图的中文文本：节点 id 与 graph.ts 一致，占位符与英文一致。 */
export const zh: FlowchartText<typeof slowAnswerGraph.nodes, typeof en.messages> = {
	title: '这个 GOPROXY 条目能及时应答吗？',
	nodes: {
		faster: {question: '有别的代理能在 {thresholdMs} ms 内应答吗？{label} 用了 {listMs} ms。'},
		slowSwitch: {summary: '{label} 应答很慢（版本列表用了 {listMs} ms，超过 {thresholdMs} ms），而另一个代理更快。'},
		slowOnly: {summary: '{label} 应答很慢（版本列表用了 {listMs} ms，超过 {thresholdMs} ms）；测量过的代理中没有更快的。'},
		useWorking: {title: '优先使用更快的代理'},
	},
	messages: {
		slowList: (took, threshold) => `版本列表用了 ${took}，超过 ${threshold}（由连通性检查测得）。`,
	},
};
