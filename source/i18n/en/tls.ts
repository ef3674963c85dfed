/** §2.3's TLS row: the certificate checks' fixes. */
export const tls = {
	trustCa: {
		title: (ca: string) => `Trust ${ca} for go (SSL_CERT_FILE)`,
		detail: (ca: string, bundle: string, interception: boolean) =>
			`${interception ? `${ca} is a TLS-interception CA: your network's proxy re-signs every HTTPS connection with it. ` : ''}go trusts the roots in SSL_CERT_FILE instead of the system's: ${bundle} (gomod-doctor writes it when you apply this fix, not before) holds the system's roots plus ${ca}, so every other host still verifies. Add the export line to your shell profile; check with your IT department that this CA is the one they use.`,
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
	systemStoreOther: (file: string) =>
		`The CA certificate is the file ${file} (written with the SSL_CERT_FILE fix; the fix's own data holds it too). macOS: sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain ${file}. Windows (as administrator): certutil -addstore -f ROOT ${file}. On macOS and Windows go asks the system's verifier and ignores SSL_CERT_FILE, so the trust store is the way there.`,
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
		detail: (host: string, names: string) =>
			`The certificate of ${host} is for ${names}: use one of those names in GOPROXY, or ask the operator for a certificate for ${host}.`,
	},
	/** The chain a finding shows: who issued it, and the certificates as presented. */
	issuedBy: (authority: string, chain: string) => `Issued by ${authority}; chain as presented: ${chain}.`,
	interceptionProduct: (product: string) =>
		`${product} is a TLS-interception product: a proxy of your network re-signs every HTTPS connection with its CA.`,
	noInsecureForProxy:
		'GOINSECURE does not help here: go applies it to direct fetches only, never to a GOPROXY entry or the checksum database.',
	filesWritten: (files: string) => `Wrote ${files}.`,
	filesFailed: (message: string) => `Could not write the file the fix needs: ${message}. Nothing else was changed.`,
};
