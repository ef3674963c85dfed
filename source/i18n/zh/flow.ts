import type {flow as english} from '../en/flow.js';
import type {Shape} from '../shape.js';

/** 填入流程图占位符的词（节点文本本身在各流程图模块的 `text.zh.ts` 里）。 */
export const flow: Shape<typeof english> = {
	anyProxy: 'HTTP(S) 代理',
	proxy: (hostPort, variable) => `代理 ${hostPort}（来自 ${variable}）`,
	fix: '修复',
};
