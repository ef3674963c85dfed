import type {FlowchartText} from '../define-flowchart.js';
import type {moduleCacheGraph} from './graph.js';
import type {en} from './text.en.js';

/** 流程图的中文文本：节点 id 与 graph.ts 一致，占位符与英文一致。 */
export const zh: FlowchartText<typeof moduleCacheGraph.nodes, typeof en.messages> = {
	title: '出问题的是模块缓存吗？',
	nodes: {
		writable: {question: '当前用户能写入模块缓存 {dir} 吗？空间够吗？'},
		repeat: {question: '用空的临时模块缓存能下载 {module} 吗？'},
		size: {question: '{dir} 有多大？go mod verify 怎么说？'},
		readOnly: {summary: '当前用户无法写入模块缓存 {dir}，go 无法保存下载的模块。'},
		full: {summary: '模块缓存 {dir} 所在的文件系统已满。'},
		corrupt: {summary: '用空缓存能下载，用 {dir} 却不行：模块缓存已损坏。'},
		notCache: {summary: '用空的模块缓存 go 也失败：原因不在缓存。'},
		move: {title: '把 GOMODCACHE 指向当前用户可写的目录（go env -w）'},
		chown: {title: '把缓存的所有权交还给当前用户（chown）'},
		freeSpace: {title: '腾出磁盘空间'},
		clean: {title: '清理模块缓存（go clean -modcache），先显示它的大小'},
	},
	messages: {
		chownTitle: '把模块缓存的所有权交还给你的用户（chown）',
		chownDetail: (line) => `以管理员身份运行：${line}`,
		freeSpaceTitle: '为模块缓存所在的磁盘腾出空间',
		freeSpaceDetail: (dir, free) => `${dir} 所在的文件系统只剩 ${free} 可用。`,
	},
};
