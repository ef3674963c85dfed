import type {robust as english} from '../en/robust.js';
import type {Shape} from '../shape.js';

/** Gomod-doctor 对之前做过、尚未完成或尚未撤销的更改（变更日志）以及对中断的说明。函数收到的值已经脱敏。 */
export const robust: Shape<typeof english> = {
	earlierTitle: (count) =>
		count === 1 ? 'gomod-doctor 之前修改过一项 go 设置，尚未撤销' : `gomod-doctor 之前修改过 go 设置，尚未撤销（共 ${count} 处更改）`,
	earlierInterrupted: (keys, when, file) => `${keys}（${when}）：应用过程中被中断；${file} 中可能已经是新值，也可能还是旧值`,
	earlierInPlace: (keys, when, file) => `${keys}（${when}）：仍在 ${file} 中生效`,
	earlierHowToUndo: '在下面选择“撤销之前的更改”，或运行 gomod-doctor undo：它会把修改过的每个文件逐字节恢复原样。',
	earlierHowToUndoCli: 'gomod-doctor undo 会把修改过的每个文件逐字节恢复原样。',
	journalUnreadable: (message) => `无法读取变更日志：${message}`,
	journalUnreadableHint:
		'因此无法列出或撤销之前运行所做的更改（gomod-doctor undo 同样读不了它）；在它无法读取期间也不会应用任何修复，因为每次更改都要在 go env -w 运行之前先记录在那里。把这个文件移走（或修正它的权限）即可重新开始一个新的变更日志。',
	undoEarlierChoice: '撤销之前的更改',
	undoingEarlier: '正在撤销之前的更改（go env -w / go env -u）…',
	undoEarlierDone: (keys, exact) => `已把 ${keys} 恢复为之前更改前的值${exact ? '；这些文件已逐字节恢复原样' : ''}。`,
	undoEarlierFailed: (messages) => `之前的更改没能全部撤销：${messages}`,
	stillChanged: (keys) => `本次会话修改的 ${keys} 仍然生效。gomod-doctor undo 可以恢复。`,
	quitWhileApplying: (title) => `在应用“${title}”时退出：这次更改已让它完成或失败（go env -w 绝不会中途被打断），但没有验证。`,
	interrupted: (step) => `用户在此步骤中断：${step}。`,
	unknownFlag: (flag) => `未知选项 ${flag}：gomod-doctor --help 会列出所有选项。`,
	flagTwice: (flag) => `${flag} 给了两次：只能给一次。`,
	steps: {diagnosis: '诊断', undo: '撤销'},
};
