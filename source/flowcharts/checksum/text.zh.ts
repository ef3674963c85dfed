import type {FlowchartText} from '../define-flowchart.js';
import type {checksumGraph} from './graph.js';
import type {en} from './text.en.js';

/** 流程图的中文文本：节点 id 与 graph.ts 一致，占位符与英文一致。 */
export const zh: FlowchartText<typeof checksumGraph.nodes, typeof en.messages> = {
	title: '校验和不匹配，错的是哪一方？',
	nodes: {
		database: {question: '校验和数据库为 {module} {version} 记录的是什么？'},
		sources: {question: '每个 GOPROXY 条目为 {module} {version} 提供的是什么（其 zip 和 go.mod 的 h1: 哈希）？'},
		cache: {question: '模块缓存中的 {module} {version} 是否自洽（.ziphash、.zip、解压后的文件）？'},
		compare: {question: '哪一方与其他各方不一致：go.sum、某个代理、源站，还是模块缓存？'},
		goSumWrong: {
			summary: '错的是 go.sum 中 {module} {version} 的那一行：校验和数据库与各代理彼此一致，只是与 go.sum 不一致（合并出错或手工编辑）。',
		},
		mirrorAltered: {summary: '某个 GOPROXY 条目提供的 {module} {version} 内容被篡改：它与校验和数据库以及其他来源都不一致。'},
		retagged: {
			summary: '{module} {version} 在上游被重新打了标签：校验和数据库保存的是它最初看到的哈希，之后才抓取的来源提供的是另一份内容。',
		},
		cacheCorrupt: {summary: '模块缓存中的 {module} {version} 已损坏：其文件与下载时记录的哈希不一致。'},
		agreeNow: {summary: '现在所有来源对 {module} {version} 的哈希一致：在这里无法复现 go 报告的校验和不匹配。'},
		undecided: {summary: '根据应答的来源，无法判断 {module} {version} 的校验和不匹配是哪一方的问题。'},
		fixGoSum: {title: '修正 go.sum 的那一行：删除它，让 go 重新下载并校验（§4.2）'},
		useWorking: {title: '停用提供篡改内容的代理（go env -w GOPROXY）'},
		pinVersion: {title: '保持校验和数据库记录的版本内容，或请维护者发布新版本'},
		cleanCache: {title: '清理模块缓存（go clean -modcache）后重新下载（§4.1）'},
		isolate: {title: '只在该进程中关闭校验复现一次，以看到真实错误（§4.3）'},
	},
	messages: {
		side: {
			goSum: (module, version, goSum, agreed) =>
				`错的是 go.sum 中 ${module} ${version} 的那一行：它记录的是 ${goSum}，而 ${agreed} 一致认定的是另一个哈希。这是合并出错或手工编辑造成的，代码并没有被篡改。`,
			mirror: (module, version, altered, reference, agreeing) =>
				`${altered} 提供的 ${module} ${version} 内容被篡改：它与 ${reference}${agreeing === '' ? ' ' : ` 以及 ${agreeing.split(', ').join('、')} `}都不一致。go 拒绝它是对的。`,
			mirrorAlone: (module, version, altered, reference) =>
				`${altered} 提供的 ${module} ${version} 与 ${reference} 不一致。只问了这一个来源，无法区分是代理篡改还是上游重新打了标签；无论哪种情况都不要接受它。`,
			retagged: (module, version, database, sources) =>
				`${module} ${version} 在上游被重新打了标签：${database} 保存的是它最初记录的哈希，而之后才抓取的 ${sources} 一致提供了另一份内容。`,
			cache: (module, version, problem) => `模块缓存中的 ${module} ${version} 已损坏：${problem}`,
			agree: (module, version) =>
				`现在所有来源对 ${module} ${version} 的哈希一致，也与 go.sum 一致：在这里无法复现 go 报告的校验和不匹配。`,
			unknown: (module, version) =>
				`无法判断 ${module} ${version} 的校验和不匹配是哪一方的问题：应答的来源彼此不一致，或者没有可比较的对象。`,
			notChecked: '未检查 direct（通过 VCS 直接访问源站）：那需要 git；已检查各个 GOPROXY 条目。',
		},
		database: {
			off: (why) => `未查询：${why}。`,
			offGosumdb: 'GOSUMDB=off',
			exempt: (module) => `${module} 匹配 GONOSUMDB/GOPRIVATE，go 从不向校验和数据库查询它`,
			invalid: (reason) => `GOSUMDB 不可用：${reason}`,
		},
		fixGoSumTitle: (module, version) => `修正 go.sum：删除 ${module} ${version} 的行并重新下载（会经过校验）`,
		fixGoSumDetail: (lines, database) =>
			`从 go.sum 中删除 ${lines}，然后 go mod download 重新写入这些行${database === '' ? '' : `（先与 ${database} 核对）`}。接受新的哈希意味着放弃 go.sum 的承诺（每次下载都与第一次相同）；这里之所以可以这样做，是因为校验和数据库和所有代理一致认为 go.sum 才是出错的一方。`,
		cleanCacheTitle: '清理模块缓存（go clean -modcache），然后重新下载',
		cleanCacheDetail: (module) =>
			`缓存中的 ${module} 自相矛盾。go clean -modcache 会删除所有已下载的模块（无法撤销）；go 会重新下载需要的模块并与 go.sum 核对。go.sum 保持不变。`,
		pinTitle: (module, version) => `让 ${module} 保持校验和数据库为 ${version} 记录的内容，或改用新版本`,
		pinDetail: (module, version) =>
			`不要把 go.sum 更新为新内容：那等于在旧版本号下接受没人审查过的代码。请 ${module} 的维护者发布新版本，而不是移动 ${version}；在重新打标签之前就缓存了 ${version} 的代理（proxy.golang.org 会保留）仍然提供原来的内容。`,
		moduleHash: {
			noEntry: '没有可以询问的 GOPROXY 条目（不检查 direct：那需要 VCS）。',
			notVersion: (moduleVersion) => `未发出请求：${JSON.stringify(moduleVersion)} 不是合法的模块版本。`,
			noneServed: (module, version) => `没有任何 GOPROXY 条目提供 ${module} ${version}。`,
			served: (fetched, asked, list) => `${asked} 个 GOPROXY 条目中有 ${fetched} 个提供了它：${list}。`,
			cacheNotChecked: '未检查：没有 GOMODCACHE，或者不是合法的模块版本。',
			cacheAbsent: (module, version) => `模块缓存中没有 ${module} ${version} 的任何内容（go 不会保留校验失败的内容）。`,
			ziphashNotHash: (start) => `.ziphash 的内容是 ${JSON.stringify(start)}，不是 h1: 哈希`,
			ziphashDiffers: (ziphash, zip) => `.ziphash 记录的是 ${ziphash}，但缓存的 .zip 的哈希是 ${zip}`,
			zipInvalid: '缓存的 .zip 不是有效的 zip 文件',
			extractedDiffers: (dir, reference) => `解压后文件的哈希是 ${dir}，而不是 ${reference}（解压后被改动过）`,
			extractedMatch: '解压后的文件一致',
			agrees: (parts) => `模块缓存自身一致：${parts.join('，')}。`,
			corrupt: (problems) => `模块缓存已损坏：${problems.join('；')}。`,
			unreadable: (message) => `无法读取模块缓存：${message}。`,
		},
	},
};
