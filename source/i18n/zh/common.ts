import type {common as english} from '../en/common.js';

/** 各处共用的词。 */
export const common: typeof english = {
	language: '简体中文',
	yes: '是',
	no: '否',
	fileErrors: {
		noSpace: '设备上没有剩余空间',
		readOnly: '文件系统是只读的',
		denied: '权限不足',
		missingDirectory: '路径上的某个目录不存在或不是目录',
		other: '无法写入文件',
		said: (reason, code, path) => `${reason}（${code}${path === undefined ? '' : `：${path}`}）`,
	},
	list: (items) => items.join('、'),
	// 中文句子之间不加空格：句号本身就占一个全角的位置。
	sentences: (parts) => parts.filter((part) => part !== '').join(''),
	lines: (lines) => lines.join('\n'),
};
