import type {FlowchartText} from '../define-flowchart.js';
import type {minimalReproGraph} from './graph.js';
import type {en} from './text.en.js';

/** 流程图的中文文本：节点 id 与 graph.ts 一致，占位符与英文一致。 */
export const zh: FlowchartText<typeof minimalReproGraph.nodes, typeof en.messages> = {
	title: '离开这个项目还会失败吗？',
	nodes: {
		alone: {question: '在只依赖 {label} 的空模块中（相同的 go 设置、空的模块缓存），它还会失败吗？'},
		environment: {
			summary:
				'离开这个项目 {label} 也会失败：问题出在环境（网络、代理、go 设置）或模块本身，而不是本项目的 go.mod、go.sum、replace 或 vendor/。',
		},
		project: {summary: '{label} 在空模块中能下载：是本项目中的某些东西导致失败（replace 或 exclude 指令、vendor/、go.sum、go.mod）。'},
		cannotCheck: {summary: '最小复现无法运行。'},
		inspect: {title: '查看项目额外添加的内容：replace、exclude、vendor/modules.txt、go.sum 中的相关行'},
	},
	messages: {
		alone: {
			succeeds: (module, version) => `在只依赖 ${module}@${version} 的空模块中，go 能下载它。`,
			fails: (module, version, headline) => `在只依赖 ${module}@${version} 的空模块中，go 同样失败：${headline}`,
			notRun: (message) => `最小复现无法运行：${message}`,
		},
		projectTitle: '导致失败的是项目本身，而不是网络',
		withFacts: (summary, facts) => (facts.length === 0 ? summary : `${summary}${facts.join('；')}。`),
		facts: (facts) => facts.join('；'),
	},
};
