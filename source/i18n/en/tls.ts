/** §2.3's TLS row: the certificate checks' fixes. */
export const tls = {
	trustCa: {
		title: (ca: string) => `Trust ${ca} for go (SSL_CERT_FILE)`,
		detail: (ca: string, bundle: string, interception: boolean) =>
			`${interception ? `${ca} is a TLS-interception CA: your network's proxy re-signs every HTTPS connection with it. ` : ''}go trusts the roots in SSL_CERT_FILE instead of the system's: ${bundle} holds the system's roots plus ${ca}, so every other host still verifies. Add the export line to your shell profile; check with your IT department that this CA is the one they use.`,
	},
	saveCa: {
		title: (ca: string) => `Save ${ca} and point SSL_CERT_FILE at it with the system roots`,
		detail: (ca: string, host: string) =>
			`The server did not send ${ca} itself, so gomod-doctor cannot write it for you. Get the CA certificate (PEM) from your IT department or export it from your browser's view of https://${host}, then: cat /etc/ssl/certs/ca-certificates.crt ca.pem > ~/.local/state/gomod-doctor/ca-bundle.pem and export SSL_CERT_FILE=~/.local/state/gomod-doctor/ca-bundle.pem.`,
	},
	systemStore: {
		title: (ca: string) => `Or install ${ca} into the system's trust store`,
		detail: (file: string) =>
			`For every program, not only go (needs root): sudo cp ${file} /usr/local/share/ca-certificates/gomod-doctor-ca.crt && sudo update-ca-certificates (Debian/Ubuntu; on Fedora/RHEL: /etc/pki/ca-trust/source/anchors/ and update-ca-trust).`,
	},
	goinsecure: {
		title: (host: string) => `GOINSECURE=${host}: skip certificate checks for this private host only`,
		detail: (host: string) =>
			`go then accepts any certificate from ${host} (and plain HTTP): anyone on the network path could serve altered modules for it. Only for a private host you control, never for a public proxy, and never GOINSECURE=* or GOFLAGS=-insecure.`,
	},
	expired: {
		title: 'Check the clock, or tell the server operator',
		detail: (host: string, notAfter: string) =>
			`The certificate of ${host} is valid until ${notAfter}. If this machine's clock is right, the operator must renew it; until then use another GOPROXY entry.`,
	},
	nameMismatch: {
		title: 'Use the host name the certificate is for',
		detail: (host: string, names: string) => `The certificate of ${host} is for ${names}: use one of those names in GOPROXY, or ask the operator for a certificate for ${host}.`,
	},
};
