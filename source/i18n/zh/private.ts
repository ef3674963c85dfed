import type {private_ as english} from '../en/private.js';
import type {Shape} from '../shape.js';

/** 私有模块、直接从代码仓库获取以及模块路径相关的说明；函数收到的值可以直接显示（绝不含令牌）。 */
export const private_: Shape<typeof english> = {
	goprivateTitle: (pattern) => `把 ${pattern} 标记为私有模块（GOPRIVATE）`,
	goprivateDetail: (pattern, module) =>
		`之后 go 会直接从源主机获取 ${module}（以及 ${pattern} 下的所有模块），不再向公共代理或校验和数据库询问它。原有的模式会保留。`,
	goprivateShadowed: (detail, keys) => `${detail}${keys} 在 shell 环境变量中设置，会覆盖 go env -w：请在那里修改。`,
	netrcTitle: (machine) => `在 .netrc 中添加 ${machine} 的凭据`,
	netrcReplaceTitle: (machine) => `替换 .netrc 中 ${machine} 的凭据`,
	netrcDetail: (machine, file) =>
		`输入登录名和访问令牌（隐藏输入：不会显示、记录或写到别处）；gomod-doctor 以 0600 权限在 ${file} 中写入一行 "machine ${machine}"，保留该文件的私有副本以便撤销，然后重新运行 go。`,
	insteadOfTitle: (host) => `通过 SSH 获取 ${host}（git insteadOf）`,
	insteadOfDetail: (host, undo) =>
		`之后 git 会用你的 SSH 密钥把 https://${host}/… 当作 git@${host}:… 获取，而不是询问密码（go 禁用了 git 的提示）。需要 ${host} 认可的密钥。撤销：${undo}`,
	netrcHeading: (machine, file) => `${machine} 的凭据（写入 ${file}）`,
	loginPrompt: '登录名（用户名）：',
	tokenPrompt: '访问令牌或密码（隐藏）：',
	tokenHint: '输入时不显示任何内容。按 Enter 保存，按 Esc 返回登录名。',
	loginHint: '按 Enter 继续，按 Esc 返回菜单。',
	typedCount: (count) => (count === 0 ? '尚未输入' : `已输入 ${count} 个字符`),
	fieldInvalid: (problem) => `无法接受：${problem}。`,
	netrcCanceled: '已取消：.netrc 没有改动。',
	netrcWritten: (file, machine, replaced) => `已在 ${file} 中${replaced ? '替换' : '添加'} ${machine} 的条目（权限 0600）。`,
	netrcFailed: (message) => `无法写入 .netrc，没有做任何改动：${message}`,
	netrcFixed: (command, duration) => `使用新凭据并清空模块缓存后，${command} 现在成功了（${duration}）。`,
	netrcNotFixed: (headline) => `凭据已写入，但 go 仍然失败：${headline}`,
	netrcUndone: (file, existed) => (existed ? `已把 ${file} 恢复原样。` : `已删除之前并不存在的 ${file}。`),
	netrcUndoFailed: (message) => `无法恢复 .netrc：${message}`,
	netrcBackup: (file) => `之前文件的私有副本保存在 ${file}。`,
	noSecret: '没有输入令牌：没有做任何改动。',
	gitConfigWrites: (file) => `此操作会写入你的全局 git 配置 ${file}（git config --global）。`,
	gitConfigWritesUnknown:
		'此操作会写入你的全局 git 配置（git config --global：设置了 $GIT_CONFIG_GLOBAL 时写入它，否则写入 ~/.gitconfig；只有 $XDG_CONFIG_HOME/git/config 存在时写入后者）。',
	gitConfigConfirmUndo: (key) =>
		`此操作可以撤销：运行前会把 ${key} 现有的值记录到变更日志中；“撤销这次修改”（或 gomod-doctor undo）会把它们原样恢复。`,
	gitConfigBeforeUnset: '之前未设置',
	gitConfigBeforeValues: (values) => `之前为 ${values}`,
	gitConfigWritten: (key, value, file, before) => `已在 ${file} 中写入 ${key} = ${value}（${before}）。`,
	gitConfigCanUndo: (key, file) => `“撤销这次修改”（或 gomod-doctor undo）会把 ${file} 中的 ${key} 恢复原样。`,
	gitConfigUnreadable: (message) => `无法读取当前值，因此没有运行任何命令：${message}`,
	gitConfigNoFile: '无法确定全局 git 配置文件（没有设置 HOME），因此没有运行该命令',
	gitConfigSecret: (key) => `${key} 中有带凭据的 URL；gomod-doctor 从不把凭据复制到变更日志中，因此无法撤销此更改：没有运行该命令`,
	gitConfigUnusableValue: (key, problem) => `${key} 中有 gomod-doctor 无法恢复的值（${problem}），因此没有运行该命令`,
	gitConfigJournalFailed: (message) => `无法写入变更日志，因此没有运行该命令：${message}`,
	gitConfigRestored: (key, file, values) => `${file} 中的 ${key} 已恢复原样：${values}。`,
	gitConfigRestoredUnset: (key, file) => `${file} 中的 ${key} 已恢复为未设置，与之前相同。`,
	gitConfigChangedSince: (key, file, values) =>
		`gomod-doctor 写入之后，${file} 中的 ${key} 又被改动过：现在包含 ${values}，既不是 gomod-doctor 写的，也不是之前就有的。未撤销；请手动修改（git config --global --unset-all，再用 --add 逐个添加需要的值），或保持现状。`,
	gitConfigUndoFailed: (command, message) => `${command} 失败：${message}`,
	gitConfigUndoMismatch: (key, values, expected) => `撤销后 ${key} 的值是 ${values}，而不是 ${expected}`,
	gitConfigNotUsable: (id, problem) => `变更日志条目 ${id} 无法使用：${problem}`,
	gitConfigFileRemoved: (file) => `已删除 ${file}：它之前不存在，现在是空的。`,
	gitConfigFileDiffers: (file) => `值已恢复；${file} 的内容与之前并非逐字节相同（git 会重写它改动的行，或者之后有其他设置被改动）。`,
	gitConfigUnset: '（未设置）',
	gitConfigDetailUndo: '“撤销这次修改”（或 gomod-doctor undo）会恢复该键之前的值',
};
