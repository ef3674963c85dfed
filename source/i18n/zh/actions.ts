import type {actions as english} from '../en/actions.js';
import type {Shape} from '../shape.js';

/** 会话中各项操作运行的命令的标题（诊断记录中的命令标题），以及它们的报告。 */
export const actions: Shape<typeof english> = {
	reproduce: '复现失败',
	verify: '验证',
	verifyAgain: '验证：再次运行 go（使用空的模块缓存）',
	verifyShellLines: (lines) => `验证：只在这一次运行中应用这些 shell 行（使用空的模块缓存）：${lines}`,
	verifyShellLine: '验证：只在这一次运行中应用这行 shell（使用空的模块缓存）',
	apply: (title) => `应用：${title}`,
	reproduceVerificationOff: (variables) => `关闭校验后复现（${variables}，在项目之外，使用空的模块缓存）`,
	adviceOnly: '这项补救只是建议：gomod-doctor 没有可以替你应用的操作。',
	readBack: (values) => `读回的值：${values}`,
	nothingToUndo: '没有可撤销的内容：本次会话没有做任何修改（gomod-doctor undo 会恢复以前运行所做的修改）。',
	alreadyUndone: '没有可撤销的内容：本次会话的修改已经撤销。',
	restored: (keys, fileMatches) => `已恢复 ${keys}${fileMatches ? '；被修改的文件与之前逐字节相同' : ''}。`,
	undoIncomplete: (messages) => `撤销没有完成：${messages}`,
	goEnvFailed: (output) => `go env -w 失败；没有做任何修改。go 的输出：${output || '（无）'}`,
	shadowed: (keys, ok, headline) =>
		`你的环境变量中设置了 ${keys}，它优先于 go env -w：所以没有改动 GOENV 文件（go 不会使用它）。请在 shell 设置这个变量的地方修改它。${
			ok ? '这样修改后 go 能下载（已用这个值和空的模块缓存运行 go 验证）。' : `即使这样修改，go 仍然失败：${headline}`
		}`,
	readBackDiffers: (key, value) => `修改后 go env 报告 ${key}=${value}，不是写入的值。`,
	nowSucceeds: (command, took) => `${command} 现在使用空的模块缓存也能成功（${took}），所以没有用到以前下载的内容。`,
	stillFails: (headline) => `go 仍然失败：${headline}`,
};
