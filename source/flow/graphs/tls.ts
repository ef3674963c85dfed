import {defineFlowFor} from '../define-flow.js';

/** A host go talks TLS to and failed on (or whose connectivity walk ended at the TLS handshake). */
export type TlsSubject = {
	/** How the host is named on screen: the GOPROXY entry, the checksum database, or the URL go fetched (redact before display). */
	readonly label: string;
	/** The https URL go fetches from this host (its base: the GOPROXY entry, the sumdb URL, the origin of a direct fetch). */
	readonly url: string;
	readonly host: string;
	readonly port: number;
	/** `host:port`, as the checks name it. */
	readonly where: string;
	/** What go uses the host for: a GOPROXY entry, the checksum database, or a direct (VCS, go-get) fetch. */
	readonly role: 'goproxy' | 'sumdb' | 'direct';
	/** The GOPROXY entry's position, for `goproxy`. */
	readonly entryIndex?: number;
	/**
	`yes` when GOINSECURE can apply and is not reckless: a direct fetch (GOINSECURE never affects GOPROXY entries or
	the checksum database) from a host that is not a public service, without a port (module paths have none).
	*/
	readonly insecureAllowed: 'yes' | 'no';
};

/**
The guide's §2.3 table, the TLS row: "SSL handshake failure → missing CA certificate (`openssl s_client -connect
host:443`)". The handshake's chain is judged as go judges it: trusted → the TLS layer is fine; not trusted → who
issued it? A corporate interception CA, or another CA go does not hold → trust that CA (SSL_CERT_FILE or the system
store); expired → the clock or the server; a name mismatch → a wrong host or interception.
*/
export const tlsFlow = defineFlowFor<TlsSubject>()({
	id: 'tls',
	source: '§2.3',
	title: 'Does go trust the TLS certificate of this host?',
	start: 'handshake',
	nodes: {
		handshake: {
			kind: 'probe',
			probe: 'tls-chain',
			question: 'Does the TLS handshake with {where} succeed, and who issued the certificate chain it presents?',
			edges: {
				trusted: 'fine',
				interception: 'intercepted',
				'unknown-ca': 'unknownPrivate',
				'self-signed': 'selfSignedPrivate',
				expired: 'expired',
				'name-mismatch': 'nameMismatch',
				failed: 'handshakeFails',
				error: 'unchecked',
			},
		},
		unknownPrivate: {
			kind: 'decide',
			question: 'Does go fetch directly from {host}, a private host, where GOINSECURE could apply?',
			outcomes: ['yes', 'no'],
			decide: (subject) => subject.insecureAllowed,
			edges: {yes: 'unknownCaPrivate', no: 'unknownCa'},
		},
		selfSignedPrivate: {
			kind: 'decide',
			question: 'Does go fetch directly from {host}, a private host, where GOINSECURE could apply?',
			outcomes: ['yes', 'no'],
			decide: (subject) => subject.insecureAllowed,
			edges: {yes: 'selfSignedInsecure', no: 'selfSigned'},
		},
		fine: {kind: 'end', verdict: 'healthy', summary: 'go trusts the certificate of {where}: the TLS layer is fine.'},
		unchecked: {kind: 'end', verdict: 'healthy', summary: 'The certificate of {where} could not be checked; the checks above stand.'},
		intercepted: {
			kind: 'end',
			verdict: 'tls',
			summary: 'A TLS-interception CA re-signs the connection to {host}: go does not trust it (x509: certificate signed by unknown authority). Trust that CA for go, after checking with your IT department that it is theirs.',
			offers: ['trustCa'],
		},
		unknownCa: {
			kind: 'end',
			verdict: 'tls',
			summary: 'The certificate of {where} is signed by a CA that go does not trust (x509: certificate signed by unknown authority): the CA certificate is missing here.',
			offers: ['trustCa'],
		},
		unknownCaPrivate: {
			kind: 'end',
			verdict: 'tls',
			summary: 'The certificate of the private host {where} is signed by a CA that go does not trust (x509: certificate signed by unknown authority): the CA certificate is missing here.',
			offers: ['trustCa', 'insecureHost'],
		},
		selfSigned: {
			kind: 'end',
			verdict: 'tls',
			summary: 'The certificate of {where} is self-signed: go trusts it only when it is among its roots.',
			offers: ['trustCa'],
		},
		selfSignedInsecure: {
			kind: 'end',
			verdict: 'tls',
			summary: 'The certificate of the private host {where} is self-signed: go trusts it only when it is among its roots.',
			offers: ['trustCa', 'insecureHost'],
		},
		expired: {
			kind: 'end',
			verdict: 'tls',
			summary: 'The certificate of {where} is outside its validity period: this machine\'s clock is wrong, or the server\'s operator must renew the certificate.',
			offers: ['clockOrServer'],
		},
		nameMismatch: {
			kind: 'end',
			verdict: 'tls',
			summary: 'The certificate of {where} is not for {host}: a wrong host name, or an interception proxy answering for it.',
			offers: ['clockOrServer'],
		},
		handshakeFails: {
			kind: 'end',
			verdict: 'tls',
			summary: 'The TLS handshake with {where} fails before any certificate can be checked: the server does not speak TLS there, or refuses this client.',
			offers: ['clockOrServer'],
		},
		trustCa: {
			kind: 'fix',
			title: 'Trust the issuing CA for go: SSL_CERT_FILE with the system\'s roots plus that CA, or the system\'s trust store',
			fixes: ['tls-trust-ca', 'tls-system-store'],
		},
		insecureHost: {
			kind: 'fix',
			title: 'Only for this private host, and weakening security: GOINSECURE=host',
			fixes: ['tls-goinsecure'],
		},
		clockOrServer: {
			kind: 'fix',
			title: 'Until the server is fixed, use a GOPROXY entry that works, or `|` so go falls back past this one',
			fixes: ['goproxy-use-working', 'goproxy-fallback-on-error'],
		},
	},
});
