/**
实验室场景的中文说明，按场景 id 组织（`gomod-doctor lab --list` 和实验室开头的说明使用它）。英文说明就是
`source/lab/` 中场景定义自己的 `description`。test/unit/i18n-scenarios.test.ts 检查每个场景都有中文说明。
*/
export const scenarioDescriptions: Readonly<Record<string, string>> = {
	healthy: '一切正常：向导复现出一次成功的下载，并报告健康。',
	'proxy-down': '第一个 GOPROXY 条目拒绝连接（没有进程在监听）：refused，换用可用的条目。',
	'proxy-hang': '第一个 GOPROXY 条目接受连接却从不应答：go 卡住；timeout，换用其他条目。',
	'proxy-502': '第一个 GOPROXY 条目应答 502 Bad Gateway（它的上游已停止）：代理应答错误。',
	'proxy-503': '唯一的 GOPROXY 条目应答 503 Service Unavailable：代理应答错误。',
	'proxy-504': '第一个 GOPROXY 条目应答 504 Gateway Timeout（反向代理放弃了等待）：代理应答错误。',
	'proxy-500': '第一个 GOPROXY 条目应答 500 Internal Server Error：代理应答错误。',
	'proxy-404-all': '唯一的 GOPROXY 条目对每个路径都应答 404，即使模块存在（反向代理的 proxy_pass 映射问题）：响应错误。',
	'proxy-410-all': '唯一的 GOPROXY 条目对每个路径都应答 410 Gone（已停用的镜像）：响应错误。',
	'proxy-401': '第一个 GOPROXY 条目要求凭据（401，带 Basic 质询）：private-auth，配置 .netrc 或 GOAUTH。',
	'proxy-403':
		'第一个 GOPROXY 条目对所有请求（连金丝雀模块也）应答 403 Forbidden，且不要求凭据：是它的策略拒绝（proxy-bad-response），不是 .netrc 的问题；换用其他条目。',
	'proxy-html': '第一个 GOPROXY 条目用强制门户页面应答 200；go 把它当作 go.mod 读取（校验和不匹配）：响应错误。',
	'altered-zip': '第一个 GOPROXY 条目为已有版本提供被篡改的 zip：与 go.sum 校验和不匹配。',
	mirrors: '四个速度不同的镜像；最快的那个提供被篡改的 go.mod，并且正是 GOPROXY 条目：选择最快且内容正确的镜像。',
	'checksum-gosum-wrong':
		'go.sum 中 example.com/lab/greet v1.2.0 的 h1: 行是错的（合并出错）；校验和数据库与代理一致：改正 go.sum 中的这一行。',
	'checksum-mirror-tampered': '第一个 GOPROXY 条目提供被篡改的 zip；校验和数据库和第二个条目与 go.sum 一致：停止使用那个镜像。',
	'sumdb-down': 'GOSUMDB 指定的校验和数据库拒绝连接，而 go.sum 缺少 go 必须查询的行；同一数据库的一个镜像有应答：把 GOSUMDB 指向它。',
	'private-401': 'git.corp.example 上的私有模块（已设置 GOPRIVATE）：主机要求凭据，而 .netrc 中没有（401）；修复：添加 .netrc 条目。',
	'private-no-goprivate':
		'git.corp.example 上的私有模块，没有设置 GOPRIVATE：go 去问公共代理（404）和校验和数据库（404）；修复：设置 GOPRIVATE。',
	'vcs-no-git': '从 github.com 直接获取的模块（GOPRIVATE），而 PATH 中没有 git：go 无法运行 git；请安装 git（实验室无法替你修复）。',
	'module-path-mismatch': 'example.com/lab/oldname 声明的路径是 example.com/lab/newname（它改过名）：require 并 import 新路径。',
	'proxy-404-mapping':
		'唯一的 GOPROXY 条目是一个反向代理，它把 /goproxy 前缀原样转发（proxy_pass 缺少结尾的斜杠）：其下一切都是 404；向导会指出这个映射问题。',
	'goproxy-off': 'GOENV 文件中设置了 GOPROXY=off：go 报告 "module lookup disabled by GOPROXY=off"；向导测量出一个代理并设置它。',
	'env-shadows-goenv':
		'操作系统环境变量中的 GOPROXY 指向一个已失效的代理，挡住了 GOENV 文件中可用的那个：向导会指出这一点，并给出 shell 修复（go env -w 无济于事）。',
	'tls-unknown-ca':
		'唯一的 GOPROXY 条目是 127.0.0.1 上的 HTTPS 代理，其证书来自 go 不信任的实验室 CA："x509: certificate signed by unknown authority"；向导会指出这个 CA、展示证书链，并通过 SSL_CERT_FILE 信任它。',
	'not-found-version': 'go.mod 要求 example.com/lab/greet v1.3.0，而代理没有这个版本：not-found；用 go get 取最接近的版本（v1.2.0）。',
	'cache-corrupt': '模块缓存中的一个模块 zip 被截断（go 信任自己的模块缓存，却无法解压它）：cache；go clean -modcache。',
	'cache-readonly': 'GOMODCACHE（用 go env -w 设置）不可写：cache；把 GOMODCACHE 指向一个可写的目录。',
	'toolchain-missing': 'go.mod 写着 go 1.99；GOTOOLCHAIN=auto 让 go 去下载它，而代理没有这个工具链：toolchain。',
	'go-sum-missing':
		'go.sum 是空的：go mod download 成功（并记录 go.mod 的哈希），go build 却因 missing go.sum entry 失败：go-sum-missing；go mod tidy。',
	'sumdb-via-proxy':
		'一切正常，就像在中国大陆使用一个代理了校验和数据库的镜像：GOSUMDB 指向的数据库主机名无法解析，只能经由 GOPROXY 条目访问，且一个候选镜像无法解析：healthy，没有 dns 结论。',
	'tls-egress-intercepted':
		'一切正常，但出口（HTTPS_PROXY）用自己的 CA 拦截 TLS（go 信任它：SSL_CERT_FILE），就像许多公司和沙箱那样；GOPROXY 主机只能经由它访问：healthy（没有这个 CA 时：tls）。',
	'dns-fail': 'GOPROXY 的主机名无法解析（一个任何解析器都不接受的名字；没有查询离开本机）：dns，换用能解析的条目。',
	'http-proxy-407': 'HTTP_PROXY 是一个要求凭据（407）的代理，而 go 让内部的 GOPROXY 主机经由它访问：http-proxy，把这个主机加入 NO_PROXY。',
	'http-proxy-down': 'HTTP_PROXY 指向一个不存在的代理（端口关闭）：http-proxy，取消设置它，或让内部主机直连。',
	'slow-download': '唯一的 GOPROXY 条目每 0.8 s 才送出一个模块（共 25 个模块，总计 20 s，超过时限）：healthy，因为 go 一直在推进。',
	'large-zip':
		'唯一的 GOPROXY 条目提供一个有 3000 个文件的模块：zip 到达后，go 要花几秒钟校验哈希并解压，期间没有新的字节到达：healthy，因为这也是进展。',
	'truncated-zip': '第一个 GOPROXY 条目把每个 zip 截断（声明了 Content-Length，只发一半就关闭连接）：代理应答有误。',
};
