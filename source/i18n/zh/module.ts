import type {module as english} from '../en/module.js';
import type {Shape} from '../shape.js';

/** 关于模块、版本、模块缓存、工具链、go.sum、最小复现以及命令类修复（go get、go mod tidy、go clean -modcache）的说明。函数收到的值已经脱敏。 */
export const module: Shape<typeof english> = {
	goGetTitle: (module, version) => `改为依赖 ${module}@${version}（go mod edit -require）`,
	goGetDetail: (module, wanted, version) =>
		`代理上没有 ${module}@${wanted}；它有的最接近的版本是 ${version}。这会修改 go.mod 中的 require 行（go get 做不到：它会先加载那个不存在的版本）；之后运行 go mod tidy 补全 go.sum。`,
	tidyTitle: '整理 go.mod 和 go.sum（go mod tidy -v）',
	tidyDetail: '补上代码需要的依赖，删去不需要的；之后会显示它对 go.mod 和 go.sum 的改动。',
	downloadTitle: (module) => `为 ${module} 记录 go.sum 条目（go mod download）`,
	downloadDetail: '指定模块的 go mod download 会写入它的 go.sum 行（zip 和 go.mod 的哈希），不改动别的内容。',
	cleanTitle: (size) => `清理模块缓存（go clean -modcache，${size}）`,
	cleanDetail: (dir, size) => `删除 ${dir} 下的全部内容（${size}）；go 会重新下载需要的模块。用空的模块缓存下载是成功的，所以坏的是缓存。`,
	moveCacheTitle: (dir) => `改用当前用户可写的模块缓存（go env -w GOMODCACHE=${dir}）`,
	moveCacheDetail: (current) => `当前用户无法写入 ${current}；主目录下的新缓存可以写入。`,
	confirmUndoFiles: '撤销：运行前会把 go.mod 和 go.sum 复制到变更日志中；“撤销此更改”会把它们写回。',
	confirmUndoNone: '此操作无法撤销：它删除或更改的内容不会保存在任何地方。',
	confirmUndoNothing: '此操作不会改动你的任何文件。',
	confirmRuns: (dir) => `在 ${dir} 中运行`,
	commandRefused: (message) => `未运行：${message}`,
	commandFailed: (message) => `命令失败：${message}`,
	commandFailedChanged: (message) => `命令失败，但已改动 go.mod/go.sum（撤销可以恢复）：${message}`,
	fixedAfterCommand: (argv, duration) => `${argv} 现在用空的模块缓存也能成功（${duration}）。`,
	stillFailsAfterCommand: (headline) => `go 仍然失败：${headline}`,
	verifyAlsoFails: (argv, message) => `下载可以完成，但代码无法编译：${argv} 失败：${message}`,
	diffTitle: '命令所做的改动',
	diffNone: 'go.mod 和 go.sum 没有变化。',
	diffCounts: (file, added, removed) => `${file}：+${added} −${removed}`,
};
