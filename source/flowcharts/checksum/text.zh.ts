import type {FlowchartText} from '../define-flowchart.js';
import type {checksumGraph} from './graph.js';
import type {ChecksumMessages} from './text.en.js';

/** 流程图的中文文本：节点 id 与 graph.ts 一致，占位符与英文一致。 */
export const zh: FlowchartText<typeof checksumGraph.nodes, ChecksumMessages> = {
	title: '校验和不匹配，错的是哪一方？',
	nodes: {
		database: {question: '校验和数据库为 {module} {version} 记录的是什么？'},
		sources: {question: '每个 GOPROXY 条目为 {module} {version} 提供的是什么（其 zip 和 go.mod 的 h1: 哈希）？'},
		cache: {question: '模块缓存中的 {module} {version} 是否自洽（.ziphash、.zip、解压后的文件）？'},
		compare: {question: '哪一方与其他各方不一致：go.sum、某个代理、源站，还是模块缓存？'},
		goSumWrong: {summary: '错的是 go.sum 中 {module} {version} 的那一行：校验和数据库与各代理彼此一致，只是与 go.sum 不一致（合并出错或手工编辑）。'},
		mirrorAltered: {summary: '某个 GOPROXY 条目提供的 {module} {version} 内容被篡改：它与校验和数据库以及其他来源都不一致。'},
		retagged: {summary: '{module} {version} 在上游被重新打了标签：校验和数据库保存的是它最初看到的哈希，之后才抓取的来源提供的是另一份内容。'},
		cacheCorrupt: {summary: '模块缓存中的 {module} {version} 已损坏：其文件与下载时记录的哈希不一致。'},
		agreeNow: {summary: '现在所有来源对 {module} {version} 的哈希一致：在这里无法复现 go 报告的校验和不匹配。'},
		undecided: {summary: '根据应答的来源，无法判断 {module} {version} 的校验和不匹配是哪一方的问题。'},
		fixGoSum: {title: '修正 go.sum 的那一行：删除它，让 go 重新下载并校验（§4.2）'},
		useWorking: {title: '停用提供篡改内容的代理（go env -w GOPROXY）'},
		pinVersion: {title: '保持校验和数据库记录的版本内容，或请维护者发布新版本'},
		cleanCache: {title: '清理模块缓存（go clean -modcache）后重新下载（§4.1）'},
		isolate: {title: '只在该进程中关闭校验复现一次，以看到真实错误（§4.3）'},
	},
	messages: {},
};
