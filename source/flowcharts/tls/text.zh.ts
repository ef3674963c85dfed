import type {FlowchartText} from '../define-flowchart.js';
import type {tlsGraph} from './graph.js';
import type {en} from './text.en.js';

/** 流程图的中文文本：节点 id 与 graph.ts 一致，占位符与英文一致。 */
export const zh: FlowchartText<typeof tlsGraph.nodes, typeof en.messages> = {
	title: 'go 信任这个主机的 TLS 证书吗？',
	nodes: {
		handshake: {question: '与 {where} 的 TLS 握手成功吗？它出示的证书链由谁签发？'},
		unknownPrivate: {question: 'go 是否直接从私有主机 {host} 拉取（GOINSECURE 可能适用）？'},
		selfSignedPrivate: {question: 'go 是否直接从私有主机 {host} 拉取（GOINSECURE 可能适用）？'},
		fine: {summary: 'go 信任 {where} 的证书：TLS 层没有问题。'},
		unchecked: {summary: '无法检查 {where} 的证书；以上的检查结论不变。'},
		intercepted: {
			summary:
				'一个 TLS 拦截 CA 重新签发了到 {host} 的连接：go 不信任它（x509: certificate signed by unknown authority）。请先向 IT 部门确认这是他们的 CA，再让 go 信任它。',
		},
		unknownCa: {summary: '{where} 的证书由 go 不信任的 CA 签发（x509: certificate signed by unknown authority）：本机缺少这个 CA 证书。'},
		unknownCaPrivate: {
			summary: '私有主机 {where} 的证书由 go 不信任的 CA 签发（x509: certificate signed by unknown authority）：本机缺少这个 CA 证书。',
		},
		selfSigned: {summary: '{where} 的证书是自签名的：只有当它在 go 的根证书中时，go 才会信任它。'},
		selfSignedInsecure: {summary: '私有主机 {where} 的证书是自签名的：只有当它在 go 的根证书中时，go 才会信任它。'},
		expired: {summary: '{where} 的证书不在有效期内：本机时钟不对，或者服务器运维人员需要续期证书。'},
		nameMismatch: {summary: '{where} 的证书不是签发给 {host} 的：主机名写错了，或者有拦截代理在冒充它。'},
		handshakeFails: {summary: '与 {where} 的 TLS 握手在检查证书之前就失败了：服务器在那里不使用 TLS，或拒绝了这个客户端。'},
		trustCa: {title: '让 go 信任签发的 CA：SSL_CERT_FILE 指向系统根证书加该 CA 的证书包，或安装到系统信任存储'},
		insecureHost: {title: '只针对这个私有主机，且会降低安全性：GOINSECURE=host'},
		clockOrServer: {title: '在服务器修好之前，使用一个可用的 GOPROXY 条目，或用 `|` 让 go 越过这个条目'},
	},
	messages: {},
};
