import type {categories as english} from '../en/categories.js';
import type {Shape} from '../shape.js';

/** 故障类别的标题，各一行（类别 id 本身不翻译：它是对外接口）。 */
export const categories: Shape<typeof english> = {
	dns: '主机名无法解析',
	timeout: '连接或响应没有在时限内完成（超时）',
	refused: '连接被主动拒绝、重置或无路由可达',
	'http-proxy': '环境变量中的 HTTP(S) 代理导致失败',
	'proxy-bad-response': 'GOPROXY 服务器连得上，但响应不正确',
	'not-found': '在 go 请求的地方，模块或版本不存在',
	'private-auth': '私有模块：需要凭据，或需要绕过公共代理',
	tls: '证书问题',
	'checksum-mismatch': '校验和不匹配：下载内容的哈希与 go.sum 或校验和数据库不一致',
	sumdb: '校验和数据库不可达或拒绝请求',
	'goproxy-config': 'go 自身的配置有误',
	vcs: '直接从版本控制系统拉取失败',
	'module-path': '模块声明的路径与引用它的路径不一致',
	cache: '模块缓存不可用',
	toolchain: '切换到 go.mod 要求的 Go 工具链失败',
	'go-sum-missing': 'go.sum 缺少 go 需要的条目',
	other: '不属于其他任何类别的失败',
	'go-missing': 'PATH 中没有 go 命令',
	'no-module': '目录中没有 go.mod',
	healthy: '下载成功',
};
