import type {common as english} from '../en/common.js';

/** 各处共用的词。 */
export const common: typeof english = {
	language: '简体中文',
	yes: '是',
	no: '否',
	fileError(code, path) {
		const reason =
			code === 'ENOSPC' || code === 'EDQUOT'
				? '设备上没有剩余空间'
				: code === 'EROFS'
					? '文件系统是只读的'
					: code === 'EACCES' || code === 'EPERM'
						? '权限不足'
						: code === 'ENOENT' || code === 'ENOTDIR'
							? '路径上的某个目录不存在或不是目录'
							: '无法写入文件';
		return `${reason}（${code ?? 'error'}${path === undefined ? '' : `：${path}`}）`;
	},
};
