import type {direct as english} from '../en/direct.js';
import type {Shape} from '../shape.js';

/** go 直接（不经代理）获取模块的主机（GONOPROXY/GOPRIVATE）。 */
export const direct: Shape<typeof english> = {
	modules: (count, shown, more) => `涉及 ${count} 个模块：${shown.join('、')}${more ? '……' : ''}。`,
};
