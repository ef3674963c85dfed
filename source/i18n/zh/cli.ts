import type {cli as english} from '../en/cli.js';
import type {Shape} from '../shape.js';

/** 命令行：`--help`、用法错误，以及各命令在向导之外打印的内容。 */
export const cli: Shape<typeof english> = {
	help: `
	用法
	  $ gomod-doctor [--dir DIR] [--module MOD@VER]      向导（没有终端时输出 diagnose 报告）
	  $ gomod-doctor diagnose [--json | --markdown]     不用终端进行诊断；不做任何修改
	  $ gomod-doctor mirrors [--json]                   同时测量每个代理，正确且最快的在前；不做任何修改
	  $ gomod-doctor classify [FILE | -] [--json]       解释 go 的错误输出（例如粘贴的 CI 日志）；不运行任何命令
	  $ gomod-doctor undo                               还原 gomod-doctor 修改过的所有 go 设置
	  $ gomod-doctor lab [SCENARIO] [--list] [--keep]   本地故障实验室，并在其上打开向导

	选项
	  --dir DIR              Go 模块目录（默认：当前目录）
	  --module MOD@VER       只用一个模块来复现，而不是整个模块依赖图
	  --timeout SECONDS      复现的时限，也是每项探测的上限（默认 10）
	  --candidates LIST      除 GOPROXY 外还要测量的代理，用逗号分隔（默认：GOMOD_DOCTOR_CANDIDATES，否则为 proxy.golang.org、goproxy.cn、goproxy.io、mirrors.aliyun.com/goproxy）
	  --traceroute           对拒绝连接或没有应答的主机再追踪路由（较慢）
	  --strict               diagnose、向导：警告也计入退出码
	  --canary MOD           你的代理上肯定存在的模块，某个代理响应异常时用它来检查（默认取 GOMOD_DOCTOR_CANARY，否则为 golang.org/x/mod）
	  --json                 diagnose、mirrors、classify：输出一个 JSON 对象（始终是英文 id 和英文文本）
	  --markdown             diagnose：输出 Markdown 诊断记录
	  --transcript-dir DIR   向导写入诊断记录的目录（默认：$GOMOD_DOCTOR_STATE_DIR/transcripts，否则为 $XDG_STATE_HOME/gomod-doctor/transcripts，否则为 ~/.local/state/gomod-doctor/transcripts）
	  --fix ID               向导：不再询问，直接应用这个 id 的修复（id 见 diagnose --json）
	  --yes                  向导：不再询问，直接确认
	  --list                 lab：列出所有场景
	  --keep                 lab：保留实验室的临时文件
	  --lang zh|en           界面语言（默认取自 LC_ALL、LC_MESSAGES、LANG；zh_CN、zh_SG、zh_Hans → zh）
	  --version, --help, -h  （也可用 gomod-doctor help 查看帮助）

	退出状态：0 go 能正常工作且没有错误级别的发现（警告不计，除非 --strict），1 go 失败或存在错误级别的发现，2 用法错误或工具自身出错，130 被中断（Ctrl-C）。

	示例
	  $ gomod-doctor
	  $ gomod-doctor diagnose --json --module golang.org/x/text@v0.14.0
	  $ go mod download 2>&1 | gomod-doctor classify
	  $ gomod-doctor lab proxy-down
	  $ gomod-doctor --lang zh lab proxy-down
`,
	invalidLanguage: (value) => `--lang ${JSON.stringify(value)}：请使用 zh 或 en。`,
	unknownCommand: (command) => `未知命令 ${JSON.stringify(command)}；gomod-doctor --help 会列出所有命令。`,
	unexpectedArgument: (command, argument) => `${command}：多余的参数 ${JSON.stringify(argument)}。`,
	jsonAndMarkdown: '--json 和 --markdown 不能同时使用。',
	internalError: (message) => `内部错误：${message}`,
	noTerminal: '这里没有终端（或 TERM=dumb），所以不打开向导：改为输出 diagnose 报告。',
	transcriptLabel: '诊断记录：',
	undo: {
		nothing: '没有可撤销的内容：日志中没有仍在生效的修改。',
		restored: (keys, id) => `已还原 ${keys}（日志条目 ${id}）。`,
		fileMatches: '它修改过的每个文件（GOENV 文件、.netrc、git 配置、go.mod、go.sum）都已逐字节恢复到 gomod-doctor 修改之前的样子。',
	},
	lab: {
		scenarios: '实验室场景（gomod-doctor lab SCENARIO）：',
		noScenario: (name) => `lab：没有场景 ${JSON.stringify(name)}；gomod-doctor lab --list 会列出所有场景。`,
		scenario: (id, description) => `实验室场景 ${id}：${description}`,
		goproxy: (file, goproxy) => `  GOPROXY（在实验室的 GOENV 文件 ${file} 中）：${goproxy}`,
		module: (dir) => `  Go 模块：${dir}`,
		hermetic: '  一切都在 127.0.0.1 上运行，使用临时的 HOME、GOENV 和模块缓存：你自己的 go 设置不会被改动。',
		cannotRemove: (root, message) => `无法删除实验室在 ${root} 中的文件：${message}`,
		kept: (root) => `实验室文件保留在 ${root}`,
	},
	classify: {
		needsInput:
			'classify 从文件或标准输入读取 go 的输出：gomod-doctor classify build.log，或者 go mod download 2>&1 | gomod-doctor classify',
		cannotRead: (file, reason) => `classify：无法读取 ${file}：${reason}`,
		isDirectory: (file) => `classify：${file} 是一个目录`,
	},
};
