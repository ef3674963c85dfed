import type {classifyItems as english} from '../en/classify-items.js';
import type {Shape} from '../shape.js';

/** Classify 放在每条解释之前的那句话：go 的错误表明哪个模块、哪个主机出了什么问题。类别 id、主机、模块和版本原样填入。 */
export const classifyItems: Shape<typeof english> = {
	// 中文句子以“。”结尾，后面不加空格。
	withExplanation: (sentence, explanation) => `${sentence}${explanation}`,
	aHostName: '某个主机名',
	aServer: '某个服务器',
	theModule: '该模块',
	aModule: '某个模块',
	aModuleLower: '某个模块',
	whileFetching: (subject) => (subject === undefined ? '' : `（获取 ${subject} 时）`),
	underneath: (cause) => (cause === undefined ? '' : `根本原因：${cause}。`),
	dns: (host, fetching) => `go 无法解析 ${host}${fetching}。`,
	timeout: (host, fetching) => `到 ${host} 的连接超时${fetching}。`,
	refused: (host, fetching) => `到 ${host} 的连接被拒绝、被重置或无路由可达${fetching}。`,
	httpProxy: (host, fetching, underneath) => `HTTP(S) 代理${host === undefined ? '' : ` ${host} `}失败${fetching}。${underneath}`,
	badResponse: (host, status, subject) =>
		`${host ?? '某个 GOPROXY 服务器'}${subject === undefined ? '' : `对 ${subject} `}的应答${status === undefined ? '不符合 GOPROXY 协议' : `是 ${status}`}。`,
	notFound: (subject, host, status) =>
		`${host === undefined ? '' : `在 ${host} 上`}找不到 ${subject}${status === undefined ? '' : `（${status}）`}。`,
	privateAuth: (subject, host) => `${subject} 需要凭据，或者必须绕过公共代理${host === undefined ? '' : `（${host}）`}。`,
	tls: (host, fetching) => `${host} 的证书被拒绝${fetching}。`,
	checksumMismatch: (subject) => `${subject} 与记录的校验和不匹配。`,
	sumdb: (host, subject, underneath) => `校验和数据库${host === undefined ? '' : `（${host}）`}无法验证 ${subject}。${underneath}`,
	toolchain: (version, underneath) => `切换到 ${version ?? 'go.mod 要求的 Go 工具链'} 失败。${underneath}`,
	modulePath: (subject) => `${subject} 被以它没有声明的路径引用。`,
	vcs: (subject, host) =>
		`${subject === undefined ? '' : `${subject} 的`}直接获取${host === undefined ? '' : `（${host}）`}在版本控制系统中失败。`,
	cache: (subject) => `${subject === undefined ? '' : `对 ${subject} `}无法使用模块缓存。`,
	goSumMissing: (subject) => `go.sum 中没有${subject === undefined ? '' : ` ${subject} 的`}条目。`,
	seenFor: (subject) => (subject === undefined ? '' : `出现在 ${subject}。`),
};
