import type {FlowchartText} from '../define-flowchart.js';
import type {modulePathGraph} from './graph.js';
import type {en} from './text.en.js';

/** 流程图的中文文本：节点 id 与 graph.ts 一致，占位符与英文一致。 */
export const zh: FlowchartText<typeof modulePathGraph.nodes, typeof en.messages> = {
	title: '模块是按它声明的路径被引用的吗？',
	nodes: {
		uses: {question: '本模块的哪些文件写的是 {required}（go.mod 的 require、Go 文件的 import）？'},
		rename: {summary: '{required} {version} 声明自己是 {declared}：请改为 require 和 import {declared}。'},
		indirect: {
			summary: '{required} {version} 声明自己是 {declared}，而本模块没有文件写 {required}：是某个依赖引用了旧路径；请升级那个依赖。',
		},
		changePath: {title: '改用模块声明的路径'},
	},
	messages: {
		uses: {
			unreadable: (message) => `无法读取这些文件：${message}`,
			none: (required) => `这个模块中没有文件引用 ${required}。`,
			found: (required, places) => `${required} 出现在 ${places}。`,
		},
		changeTitle: (declared) => `改为 require 并 import ${declared}`,
		changeDetail: (required, declared, places) =>
			`该模块现在的路径是 ${declared}。请在 ${places} 中把 ${required} 改为 ${declared}，然后运行 go mod tidy。（replace 指令会让旧名字继续存在，只适用于沿用旧路径的 fork；gomod-doctor 不会修改你的代码。）`,
		indirectPlaces: '依赖它的那个模块（go mod why -m 可以查出是哪一个）',
	},
};
