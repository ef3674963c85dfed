import type {tls as english} from '../en/tls.js';
import type {Shape} from '../shape.js';

/** §2.3 表中的 TLS 一行：证书检查的修复。 */
export const tls: Shape<typeof english> = {
	trustCa: {
		title: (ca) => `让 go 信任 ${ca}（SSL_CERT_FILE）`,
		detail: (ca, bundle, interception) =>
			`${interception ? `${ca} 是 TLS 拦截 CA：你所在网络的代理用它重新签发每个 HTTPS 连接的证书。` : ''}go 会使用 SSL_CERT_FILE 中的根证书代替系统的根证书：${bundle}（在你应用此修复时才由 gomod-doctor 写出，之前不会）包含系统的根证书和 ${ca}，所以其他主机仍能通过校验。把 export 这一行加到 shell 配置文件中；并向 IT 部门确认这正是他们使用的 CA。`,
	},
	saveCa: {
		title: (ca) => `保存 ${ca}，并让 SSL_CERT_FILE 指向它与系统根证书`,
		detail: (ca, host) =>
			`服务器没有发送 ${ca} 本身，所以 gomod-doctor 无法替你写出它。请向 IT 部门索取该 CA 证书（PEM），或在浏览器中查看 https://${host} 的证书并导出，然后：cat /etc/ssl/certs/ca-certificates.crt ca.pem > ~/.local/state/gomod-doctor/ca-bundle.pem，再 export SSL_CERT_FILE=~/.local/state/gomod-doctor/ca-bundle.pem。`,
	},
	systemStore: {
		title: (ca) => `或者把 ${ca} 安装到系统的信任存储中`,
		detail: (file) =>
			`对所有程序生效，而不只是 go（需要 root）：sudo cp ${file} /usr/local/share/ca-certificates/gomod-doctor-ca.crt && sudo update-ca-certificates（Debian/Ubuntu；Fedora/RHEL 上是 /etc/pki/ca-trust/source/anchors/ 和 update-ca-trust）。`,
	},
	systemStoreOther: (file) =>
		`CA 证书就是文件 ${file}（由 SSL_CERT_FILE 修复写出；该修复的数据中也包含它）。macOS：sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain ${file}。Windows（以管理员身份）：certutil -addstore -f ROOT ${file}。在 macOS 和 Windows 上 go 使用系统的证书校验并忽略 SSL_CERT_FILE，所以那里只能用信任存储。`,
	goinsecure: {
		title: (host) => `GOINSECURE=${host}：只对这个私有主机跳过证书校验`,
		detail: (host) =>
			`之后 go 会接受 ${host} 的任何证书（以及明文 HTTP）：网络路径上的任何人都可能为它提供被篡改的模块。只用于你自己掌控的私有主机，绝不要用于公共代理，也绝不要用 GOINSECURE=* 或 GOFLAGS=-insecure。`,
	},
	expired: {
		title: '检查系统时钟，或通知服务器运维人员',
		detail: (host, notAfter) =>
			`${host} 的证书有效期到 ${notAfter}。如果本机时钟正确，需要运维人员续期证书；在此之前请换用其他 GOPROXY 条目。`,
	},
	nameMismatch: {
		title: '使用证书对应的主机名',
		detail: (host, names) => `${host} 的证书是签发给 ${names} 的：请在 GOPROXY 中使用其中一个名字，或请运维人员为 ${host} 签发证书。`,
	},
	issuedBy: (authority, chain) => `签发者：${authority}；服务器出示的证书链：${chain}。`,
	interceptionProduct: (product) => `${product} 是 TLS 拦截产品：你所在网络的代理用它的 CA 重新签发每个 HTTPS 连接的证书。`,
	noInsecureForProxy: 'GOINSECURE 在这里没有用：go 只对直接拉取生效，从不作用于 GOPROXY 条目或校验和数据库。',
	filesWritten: (files) => `已写入 ${files}。`,
	filesFailed: (message) => `无法写入修复所需的文件：${message}。其他内容均未改动。`,
};
