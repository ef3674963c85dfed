import {defineGraph} from '../define-flowchart.js';
import {tlsChainProbe} from './probe-tls-chain.js';

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
export const tlsGraph = defineGraph<TlsSubject>()({
	source: '§2.3',
	start: 'handshake',
	nodes: {
		handshake: {
			kind: 'probe',
			probe: tlsChainProbe,
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
			outcomes: ['yes', 'no'],
			decide: (subject) => subject.insecureAllowed,
			edges: {yes: 'unknownCaPrivate', no: 'unknownCa'},
		},
		selfSignedPrivate: {
			kind: 'decide',
			outcomes: ['yes', 'no'],
			decide: (subject) => subject.insecureAllowed,
			edges: {yes: 'selfSignedInsecure', no: 'selfSigned'},
		},
		fine: {kind: 'end', verdict: 'healthy'},
		unchecked: {kind: 'end', verdict: 'healthy'},
		intercepted: {kind: 'end', verdict: 'tls', offers: ['trustCa']},
		unknownCa: {kind: 'end', verdict: 'tls', offers: ['trustCa']},
		unknownCaPrivate: {kind: 'end', verdict: 'tls', offers: ['trustCa', 'insecureHost']},
		selfSigned: {kind: 'end', verdict: 'tls', offers: ['trustCa']},
		selfSignedInsecure: {kind: 'end', verdict: 'tls', offers: ['trustCa', 'insecureHost']},
		expired: {kind: 'end', verdict: 'tls', offers: ['clockOrServer']},
		nameMismatch: {kind: 'end', verdict: 'tls', offers: ['clockOrServer']},
		handshakeFails: {kind: 'end', verdict: 'tls', offers: ['clockOrServer']},
		trustCa: {kind: 'fix', fixes: ['tls-trust-ca', 'tls-system-store']},
		insecureHost: {kind: 'fix', fixes: ['tls-goinsecure']},
		clockOrServer: {kind: 'fix', fixes: ['goproxy-use-working', 'goproxy-fallback-on-error']},
	},
});
