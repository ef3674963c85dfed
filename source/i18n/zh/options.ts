import type {options as english} from '../en/options.js';
import type {Shape} from '../shape.js';

/** 各个诊断命令共用的选项（`--dir`、`--module`、`--canary`、`--timeout`）的用法错误。 */
export const options: Shape<typeof english> = {
	noDir: (dir) => `--dir ${dir}：没有这个目录。`,
	notDir: (dir) => `--dir ${dir}：不是目录。`,
	dirUnreadable: (dir, why) => `--dir ${dir}：无法读取：${why}。go 无法在那里运行；请给出一个你能读取的目录，或修正它的权限。`,
	badModule: (value, reason) => `--module ${JSON.stringify(value)}：${reason}`,
	badCanary: (value) => `--canary ${JSON.stringify(value)}：请给出一个在你的代理上肯定存在的模块路径，例如 golang.org/x/mod。`,
	badTimeout: (value, defaultSeconds) =>
		`--timeout ${JSON.stringify(value)}：请以秒为单位给出时限，范围 0.5 到 600（默认 ${defaultSeconds}）。`,
};
