import type {common as english} from '../en/common.js';

/** 各处共用的词。 */
export const common: typeof english = {
	language: '简体中文',
	yes: '是',
	no: '否',
};
