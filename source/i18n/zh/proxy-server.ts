import type {proxyServer as english} from '../en/proxy-server.js';
import type {Shape} from '../shape.js';

/** §2.2，配置有误的 GOPROXY 服务器：修复的说明文字。 */
export const proxyServer: Shape<typeof english> = {
	separators: '在 GOPROXY 中，`,` 只在 404 或 410 之后让 go 尝试下一个条目；`|` 在任何错误（5xx、连接被拒绝、TLS 失败）之后都会尝试下一个条目。',
	operator: (label) => `给 ${label} 运维人员的证据：见上面的请求与响应。`,
};
