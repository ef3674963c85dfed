import {labCaCertificate} from '../lab-tls.js';
import {defineScenario, spare, type Scenario} from '../scenario-kit.js';
import {startTlsGoproxy} from '../tls-goproxy.js';

/** §2.3's TLS row: certificates go does not trust. */
export const tlsScenarios = [
	defineScenario({
		id: 'tls-unknown-ca',
		description:
			'The only GOPROXY entry is an HTTPS proxy on 127.0.0.1 whose certificate comes from the lab CA, which go does not trust: "x509: certificate signed by unknown authority"; the wizard names the CA, shows the chain, and trusts it through SSL_CERT_FILE.',
		servers: [{name: 'backend', fault: {kind: 'none'}}, spare],
		// Setup puts the HTTPS front of `backend` into GOPROXY (the GOENV file).
		goproxy: '{backend}',
		candidates: ['spare'],
		expected: {entryIndex: 0, category: 'tls'},
		goSays: 'certificate signed by unknown authority',
		async setup({urls}) {
			const front = await startTlsGoproxy(urls.get('backend') ?? '');
			return {
				goenv: {GOPROXY: front.url},
				extras: {tlsUrl: front.url, caSubject: 'CN=gomod-doctor lab CA', caPem: labCaCertificate},
				close: async () => front.close(),
			};
		},
	}),
] as const satisfies readonly Scenario[];
