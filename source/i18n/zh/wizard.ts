import {formatDuration} from '../../model/format.js';
import type {wizard as english} from '../en/wizard.js';
import type {Shape} from '../shape.js';

/** 向导界面上的全部文字。函数收到的值已经脱敏，函数自己不做脱敏。 */
export const wizard: Shape<typeof english> = {
	header: (toolVersion, dir) => `gomod-doctor ${toolVersion} · ${dir}`,
	goVersion: (goVersion) => `go：${goVersion}`,
	readingSettings: '正在读取 go 的设置（go version、go env -json）…',
	settingsTitle: '相关设置',
	goenvFile: (file) => `GOENV 文件：${file}`,
	goenvOff: 'GOENV 文件：已关闭（GOENV=off）',
	unset: '（未设置）',
	noCommand: '（无需运行命令）',
	ranBy: (command, tool) => `${command}  （实际由 ${tool} 执行）`,
	sources: {
		environment: '环境变量',
		'goenv-file': 'GOENV 文件',
		'goroot-env': 'GOROOT go.env',
		default: '默认值',
	},
	shadowed: (source, value) => `覆盖了${source}中的值 ${value === '' ? '（空）' : value}：go env -w 改不了 go 实际看到的值`,
	toolchainSwitch: (message) => `go 无法切换工具链，设置是用本地的 go 读取的：${message}`,

	reproducing: (command) => `正在复现：${command}`,
	reproductionTitle: (command) => `复现：${command}`,
	duration: (ms) => formatDuration(ms),

	walkTitle: (role, entryIndex, label, proxy) =>
		`${role === 'goproxy' ? `GOPROXY 第 ${entryIndex === undefined ? '?' : entryIndex + 1} 项 · ${label}` : `候选代理 · ${label}`}${proxy === undefined ? '' : `（经由 ${proxy.url}，来自 ${proxy.variable}）`}`,
	checkTitle: (flow, label) => `${flow} · ${label}`,
	walkStopped: (question) => `停在：${question}`,
	moreRunning: (count) => `  … 另有 ${count} 项检查正在进行`,
	branch: (branch, next) => `${branch} → ${next}`,
	verdict: (verdict, summary) => `${verdict}：${summary}`,
	concluding: '正在得出结论…',

	conclusionTitle: '结论',
	finding: (category, subject) => `${category} · ${subject}`,
	measuredTitle: '实测的代理（模块的版本列表）',
	roles: {goproxy: 'GOPROXY', candidate: '候选'},
	noMeasurements: '没有测量任何代理。',
	diagnosisFailed: (message) => `诊断中止：${message}`,
	diagnosisIncomplete: '诊断结束了，但没有得出结论。',

	pickTitle: (count) => `接下来做什么？（按 1–${Math.min(count, 9)}，或用 ↑/↓ 和回车）`,
	afterFixTitle: '接下来做什么？',
	// 紧跟在修复标题之后；标题常以（…）结尾，所以不再用括号。
	weakensSecurity: '——会降低安全性',
	choices: {
		evidence: '查看证据',
		export: '导出诊断记录',
		quit: '退出',
		undo: '撤销这次修改',
		another: '换一个修复方案',
	},
	numbered: (index, label) => (index < 9 ? `${index + 1}. ${label}` : `   ${label}`),

	confirmTitle: (title) => `应用“${title}”？`,
	confirmWrites: (file) => `这会写入你的 GOENV 文件（${file}）；“撤销这次修改”可以还原。`,
	confirmQuestion: '运行吗？[y/N]',
	confirmRows: {yes: '是，应用', no: '否，返回'},
	undoTitle: (title) => `撤销“${title}”？`,
	undoExplain: '这会用修改前记录的副本还原这次修改写入的内容。',
	undoQuestion: '撤销吗？[y/N]',
	undoRows: {yes: '是，撤销', no: '否，保留修改'},
	yes: '是',
	no: '否',
	yesByFlag: '是（--yes）',
	applying: (command) => `正在应用：${command}`,
	declined: (title) => `未应用：${title}。没有做任何修改。`,
	declinedDetail: '在确认时拒绝了；没有做任何修改。',

	outcome: {
		fixed: '已修复',
		notFixed: '已应用，但问题仍在',
		checkedWorks: '这些行有效（已验证；尚未加入你的 shell 配置文件）',
		checkedFails: '这些行没有帮助（已验证；你的设置没有改动）',
		shadowed: '已写入，但没有生效：环境变量覆盖了它',
		failed: '未应用',
	},
	resultOf: (title) => `“${title}”的结果：`,
	shellLinesTitle: '请改为修改 shell 配置文件中的这几行：',
	crashed: (message) => `出错中止：${message}`,

	instructionsTitle: (title) => `需要手动完成：${title}`,
	shellLinesIntro: (profile) => (profile ? '把这几行加入 shell 配置文件：' : '运行这些命令：'),

	undoing: '正在撤销修改…',
	undoOk: (summary) => `已撤销：${summary}`,
	undoNothing: (summary) => `没有可撤销的内容：${summary}`,
	undoFailed: (summary) => `撤销失败：${summary}`,

	exporting: '正在导出诊断记录…',
	exportedTitle: '诊断记录已导出：',
	exportedMarkdown: 'Markdown：',
	exportedJson: 'JSON：',
	exportFailed: (message) => `导出失败：${message}`,

	evidenceTitle: '证据',
	evidenceFor: (_category, subject) => subject,
	evidenceResult: (outcome, exitCode, ms) => `${outcome}${exitCode === undefined ? '' : ` · 退出码 ${exitCode}`} · ${Math.round(ms)} ms`,
	moreLines: (count) => `… 还有 ${count} 行，见诊断记录`,
	noEvidence: '这一项没有运行任何检查。',

	command: (title, command) => `${title}：${command}`,
	commandResult: (exitCode, timedOut, ms) =>
		`${timedOut ? '超时' : exitCode === undefined ? '未结束' : `退出码 ${exitCode}`} · ${Math.round(ms)} ms`,

	unknownFix: (id, offered) => `--fix ${id} 不在给出的修复方案之中${offered === '' ? '' : `（${offered}）`}；请选择一个。`,
	questions: {
		remediation: '采用哪个修复方案？',
		confirm: (command) => `运行 ${command}？`,
		next: '接下来做什么？',
		undo: '撤销这次修改吗？',
	},
	byFlag: (answer) => `${answer}（--fix）`,

	helpTitle: '按键',
	placeKeys: {
		menu: (count) => [
			['↑/↓', '移动'],
			['Enter', '选择'],
			[`1–${Math.min(count, 9)}`, '直接选该项'],
		],
		confirm: [
			['y', '是'],
			['n/Esc', '否'],
			['↑/↓ Enter', '选择'],
		],
		field: [
			['Enter', '下一步'],
			['Esc', '返回'],
		],
	},
	fieldTyping: '其他按键都作为文字输入',
	keys: {
		export: '导出',
		help: '帮助',
		quit: '退出',
		interrupt: '退出',
		closeHelp: '关闭帮助',
	},
	keySeparator: ' · ',
};
