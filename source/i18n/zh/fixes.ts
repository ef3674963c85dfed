import type {fixes as english} from '../en/fixes.js';
import type {Shape} from '../shape.js';

const fields = {machine: 'machine', login: 'login', token: '令牌'} as const;

/** 应用修复时为何在改动之前停下，或改动过程中出了什么问题（go env -w、.netrc）。 */
export const fixes: Shape<typeof english> = {
	notApplied: (why) => `没有应用：${why}`,
	shadowedNotWritten: (keys) => `没有写入：操作系统环境变量中设置了 ${keys}，它优先于 GOENV 文件；这个修改应该在 shell 中进行`,
	goenvUnreadable: (file, message) => `无法读取 GOENV 文件 ${file}：${message}`,
	journalUnwritable: (file, message) => `无法写入修改日志 ${file}：${message}`,
	journalUnreadable: (file, message) => `无法读取修改日志 ${file}：${message}`,
	commandNotRun: (message) => `无法写入修改日志，所以没有运行这条命令：${message}`,
	netrc: {
		fieldUnwritable: (field, problem) => `${fields[field]} 无法写入：${problem}`,
		unreadable: (file, code) => `无法读取 ${file}（${code}）`,
		journalUnwritable: (journalFile, file) => `无法写入修改日志 ${journalFile}，所以没有修改 ${file}`,
		readBackFailed: (file, machine) => `${file} 已写入，但读回时找不到 ${machine} 的新条目`,
		noEntry: (id) => `修改日志中没有条目 ${id}`,
		journalNotUpdated: (message) => `文件已恢复，但无法更新修改日志：${message}`,
	},
};
