import type {Messages} from '../../i18n/message.js';
import type {FlowchartText} from '../define-flowchart.js';
import type {tlsGraph} from './graph.js';

/** The flowchart's English text; text.zh.ts has the same shape. */
export const en = {
	title: 'Does go trust the TLS certificate of this host?',
	nodes: {
		handshake: {question: 'Does the TLS handshake with {where} succeed, and who issued the certificate chain it presents?'},
		unknownPrivate: {question: 'Does go fetch directly from {host}, a private host, where GOINSECURE could apply?'},
		selfSignedPrivate: {question: 'Does go fetch directly from {host}, a private host, where GOINSECURE could apply?'},
		fine: {summary: 'go trusts the certificate of {where}: the TLS layer is fine.'},
		unchecked: {summary: 'The certificate of {where} could not be checked; the checks above stand.'},
		intercepted: {
			summary:
				'A TLS-interception CA re-signs the connection to {host}: go does not trust it (x509: certificate signed by unknown authority). Trust that CA for go, after checking with your IT department that it is theirs.',
		},
		unknownCa: {
			summary:
				'The certificate of {where} is signed by a CA that go does not trust (x509: certificate signed by unknown authority): the CA certificate is missing here.',
		},
		unknownCaPrivate: {
			summary:
				'The certificate of the private host {where} is signed by a CA that go does not trust (x509: certificate signed by unknown authority): the CA certificate is missing here.',
		},
		selfSigned: {summary: 'The certificate of {where} is self-signed: go trusts it only when it is among its roots.'},
		selfSignedInsecure: {
			summary: 'The certificate of the private host {where} is self-signed: go trusts it only when it is among its roots.',
		},
		expired: {
			summary:
				"The certificate of {where} is outside its validity period: this machine's clock is wrong, or the server's operator must renew the certificate.",
		},
		nameMismatch: {summary: 'The certificate of {where} is not for {host}: a wrong host name, or an interception proxy answering for it.'},
		handshakeFails: {
			summary:
				'The TLS handshake with {where} fails before any certificate can be checked: the server does not speak TLS there, or refuses this client.',
		},
		trustCa: {title: "Trust the issuing CA for go: SSL_CERT_FILE with the system's roots plus that CA, or the system's trust store"},
		insecureHost: {title: 'Only for this private host, and weakening security: GOINSECURE=host'},
		clockOrServer: {title: 'Until the server is fixed, use a GOPROXY entry that works, or `|` so go falls back past this one'},
	},
	messages: {},
} satisfies FlowchartText<typeof tlsGraph.nodes, unknown>;

/** The flowchart's own messages, as code states them: said in the reader's language where they are shown. */
export type TlsMessages = Messages<typeof en.messages>;
