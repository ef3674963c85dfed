import type {checksum as english} from '../en/checksum.js';
import type {Shape} from '../shape.js';

/** 关于关闭校验以隔离故障（§4.3）的说明（校验和与校验和数据库流程图自己的句子在 source/flowcharts/<id>/text.*.ts 中）。函数收到的值已经脱敏；命令、环境变量名、哈希和 go 自己的输出保持原样。 */
export const checksum: Shape<typeof english> = {
	isolateTitle: (module, version) => `关闭校验复现一次 ${module}@${version}（仅这一次运行）`,
	isolateDetail: (variables) =>
		`只为这一个进程设置 ${variables}，在项目之外的空目录中（不读也不写 go.sum）、用空的临时模块缓存运行一次 go mod download -json。这会在这一次运行中降低安全性，且绝不会用 go env -w 写入；它能显示校验步骤背后的真实错误。`,
	isolateWorks: (module, sum, goModSum) =>
		`关闭校验后 go 能下载 ${module}（zip ${sum}，go.mod ${goModSum}）：下载本身没有问题，拦住 go 的是校验。接受任何内容之前，请先把这些哈希与 go.sum 比较。`,
	isolateFails: (error) => `关闭校验后 go 仍然失败：${error} 这才是真实错误；拦住 go 的并不是校验。`,
	isolateRefused: (reason) => `未运行：${reason}。`,
};
