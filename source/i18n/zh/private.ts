import type {private_ as english} from '../en/private.js';
import type {Shape} from '../shape.js';

/** 私有模块、直接从代码仓库获取以及模块路径相关的说明；函数收到的值可以直接显示（绝不含令牌）。 */
export const private_: Shape<typeof english> = {
	goprivateTitle: (pattern) => `把 ${pattern} 标记为私有模块（GOPRIVATE）`,
	goprivateDetail: (pattern, module) =>
		`之后 go 会直接从源主机获取 ${module}（以及 ${pattern} 下的所有模块），不再向公共代理或校验和数据库询问它。原有的模式会保留。`,
	goprivateShadowed: (detail, keys) => `${detail} ${keys} 在 shell 环境变量中设置，会覆盖 go env -w：请在那里修改。`,
	netrcTitle: (machine) => `在 .netrc 中添加 ${machine} 的凭据`,
	netrcReplaceTitle: (machine) => `替换 .netrc 中 ${machine} 的凭据`,
	netrcDetail: (machine, file) =>
		`输入登录名和访问令牌（隐藏输入：不会显示、记录或写到别处）；gomod-doctor 以 0600 权限在 ${file} 中写入一行 "machine ${machine}"，保留该文件的私有副本以便撤销，然后重新运行 go。`,
	insteadOfTitle: (host) => `通过 SSH 获取 ${host}（git insteadOf）`,
	insteadOfDetail: (host, undo) =>
		`之后 git 会用你的 SSH 密钥把 https://${host}/… 当作 git@${host}:… 获取，而不是询问密码（go 禁用了 git 的提示）。需要 ${host} 认可的密钥。撤销：${undo}`,
	goauthDefaultTitle: '让 go 重新发送 .netrc 凭据（go env -u GOAUTH）',
	goauthDefaultDetail: 'GOAUTH=off 让 go 不发送任何凭据；去掉它后 go 使用 .netrc（GOAUTH=netrc，默认值）。',
	httpsTitle: (machine) => `通过 HTTPS 访问 ${machine}`,
	httpsDetail: (machine) =>
		`go 只通过 HTTPS 发送凭据（.netrc、GOAUTH）。请在 GOPROXY 中使用 ${machine} 的 https:// 地址（没有的话请询问其管理员）；gomod-doctor 无法得知该地址。`,
	accessTitle: (host) => `请 ${host} 的管理员授予访问权限`,
	accessDetail: (host, module) => `${host} 认出了你的身份，但不允许你读取 ${module}（403）。只有其管理员能授权，本机上的任何设置都无能为力。`,
	installGitTitle: '安装 git',
	installGitDetail: (module, host) =>
		`go 需要运行 git 才能从 ${host} 获取 ${module}。请安装 git（Debian/Ubuntu：sudo apt-get install git；Fedora：sudo dnf install git；macOS：xcode-select --install 或 brew install git；Windows：winget install Git.Git），并确保它在 go 运行时的 PATH 中。gomod-doctor 自己不安装任何软件。如果是公共模块，使用提供该模块的代理（GOPROXY）就完全不需要 git。`,
	modulePathTitle: (declared) => `改为 require 并 import ${declared}`,
	modulePathDetail: (required, declared, places) =>
		`该模块现在的路径是 ${declared}。请在 ${places} 中把 ${required} 改为 ${declared}，然后运行 go mod tidy。（replace 指令会让旧名字继续存在，只适用于沿用旧路径的 fork；gomod-doctor 不会修改你的代码。）`,
	modulePathIndirect: '依赖它的那个模块（go mod why -m 可以查出是哪一个）',
	netrcHeading: (machine, file) => `${machine} 的凭据（写入 ${file}）`,
	loginPrompt: '登录名（用户名）：',
	tokenPrompt: '访问令牌或密码（隐藏）：',
	tokenHint: '输入时不显示任何内容。按 Enter 继续，Esc 取消。',
	loginHint: '按 Enter 继续，Esc 取消。',
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
};
