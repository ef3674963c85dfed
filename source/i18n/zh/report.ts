import type {report as english} from '../en/report.js';
import type {Shape} from '../shape.js';

/** 人类可读的 `gomod-doctor diagnose` 报告。 */
export const report: Shape<typeof english> = {
	title: (dir) => `gomod-doctor 诊断：${dir}`,
	goLine: (goVersion, goenvFile) => `go：${goVersion}   GOENV：${goenvFile}`,
	sources: {
		environment: '环境变量',
		'goenv-file': 'GOENV 文件',
		'goroot-env': 'GOROOT/go.env',
		default: '默认值',
	},
	unset: '（未设置）',
	hides: (source, value) => `（覆盖了${source}中的值：${value === '' ? '""' : value}）`,
	reproduction: (command) => `复现：${command}`,
	reproductionOk: '成功',
	reproductionFailed: '失败',
	reproductionResult: (headline, exitCode, timedOut, duration) =>
		`${headline}（退出码 ${exitCode ?? (timedOut ? '无：到达时限被终止' : '无')}，${duration}）`,
	reproductionProgress: (progress, bytes) =>
		`模块缓存中所见：${progress}，模块文件共 ${bytes < 1_000_000 ? `${Math.round(bytes / 1000)} kB` : `${(bytes / 1_000_000).toFixed(1)} MB`}`,
	goproxyEntry: (position) => `GOPROXY 第 ${position} 项`,
	candidate: '候选代理',
	through: (url, variable) => `（经由 ${url}，来自 ${variable}）`,
	didNotFinish: '（未完成）',
	setAside: (waited, chosen) => `等待 ${waited} 后不再等：${chosen} 已先应答并通过检查`,
	conclusion: (headline) => `结论：${headline}`,
	fixesTitle: '可以尝试的修复（diagnose 不会应用任何修改；要应用并可撤销，请运行向导）：',
	weakensSecurity: ' [会降低安全性]',
	severities: {error: '错误', warning: '警告', info: '信息'},
	took: (duration) => `用时 ${duration}。`,
};
