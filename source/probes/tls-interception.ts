/**
Corporate TLS interception, recognised from a certificate chain: the products that re-sign every HTTPS connection
with a CA of their own (a "secure web gateway", an SSL-inspecting firewall, an antivirus's web shield) put their
vendor's name in that CA's subject. Pure.
*/

/** One interception product and how its CA's subject names it. */
export type InterceptionProduct = {
	/** The product as people call it, e.g. `Zscaler`. */
	readonly product: string;
	/** Matched, case-insensitively, against the O= and CN= (and OU=) values of each certificate's issuer and subject. */
	readonly pattern: RegExp;
};

/**
The products whose CAs are seen in `x509: certificate signed by unknown authority` reports. A pattern must be
specific enough not to match a public CA: `Symantec` alone is not here (Symantec ran a public CA), `Blue Coat`
and `Symantec … SSL Visibility`/`ProxySG` are.
*/
export const interceptionProducts: readonly InterceptionProduct[] = [
	{product: 'Zscaler', pattern: /\bzscaler\b/i},
	{product: 'Fortinet FortiGate', pattern: /\bforti(?:net|gate|proxy|web)\b/i},
	{product: 'Palo Alto Networks', pattern: /\bpalo ?alto\b|\bpan-?os\b/i},
	{product: 'Blue Coat / Symantec ProxySG', pattern: /\bblue ?coat\b|\bproxysg\b|\bssl ?visibility\b/i},
	{product: 'Sophos', pattern: /\bsophos\b/i},
	{product: 'Cisco Umbrella / OpenDNS', pattern: /\bcisco umbrella\b|\bopendns\b|\bumbrella (?:secondary|primary|root)\b/i},
	{product: 'Netskope', pattern: /\bnetskope\b|\bgoskope\b/i},
	{product: 'Kaspersky', pattern: /\bkaspersky\b/i},
	{product: 'ESET', pattern: /\beset ssl filter\b|\beset,? spol\b|^eset$/i},
	{product: 'Avast / AVG', pattern: /\bavast\b|\bavg (?:web|technologies|trusted)\b/i},
	{product: 'Check Point', pattern: /\bcheck ?point\b/i},
	{product: 'McAfee / Skyhigh Security', pattern: /\bmcafee\b|\bskyhigh\b/i},
	{product: 'Forcepoint / Websense', pattern: /\bforcepoint\b|\bwebsense\b/i},
	{product: 'iboss', pattern: /\biboss\b/i},
	{product: 'Barracuda', pattern: /\bbarracuda\b/i},
	{product: 'WatchGuard', pattern: /\bwatchguard\b/i},
	{product: 'Microsoft Defender for Cloud Apps', pattern: /\bdefender for cloud apps\b|\bcloud app security\b|\bmcas\b/i},
	{product: 'Cisco (Secure Web Appliance / IronPort)', pattern: /\bironport\b|\bcisco (?:secure web|wsa)\b/i},
	{product: 'Cloudflare Gateway (Zero Trust)', pattern: /\bcloudflare (?:for teams|gateway|zero trust)\b|\bgateway ca - cloudflare\b/i},
	{product: 'Bitdefender', pattern: /\bbitdefender\b/i},
	{product: 'Trend Micro', pattern: /\btrend ?micro\b/i},
	{product: 'Untangle / Arista Edge Threat Management', pattern: /\buntangle\b/i},
	{product: 'Smoothwall', pattern: /\bsmoothwall\b/i},
	{product: 'Lightspeed Systems', pattern: /\blightspeed systems\b/i},
	{product: 'Menlo Security', pattern: /\bmenlo security\b/i},
];

/** The attribute values of a distinguished name that name its owner: O, OU and CN. `CN=a, O=b` → `['a', 'b']`. */
export function nameValues(distinguishedName: string): string[] {
	const values: string[] = [];
	// Node writes `CN=x, O=y`; openssl `CN = x, O = y`; both may also come newline-separated.
	for (const part of distinguishedName.split(/,\s*(?=[A-Za-z.]+\s*=)|\n/)) {
		const match = /^\s*(o|ou|cn)\s*=\s*(.+?)\s*$/i.exec(part);
		if (match !== null) {
			values.push(match[2]!.replaceAll(/^"|"$/g, ''));
		}
	}

	return values;
}

/** The interception product a distinguished name belongs to, or undefined. */
export function interceptionProductOf(distinguishedName: string): string | undefined {
	for (const value of nameValues(distinguishedName)) {
		const found = interceptionProducts.find((product) => product.pattern.test(value));
		if (found !== undefined) {
			return found.product;
		}
	}

	return undefined;
}

/** The first interception product named by any issuer or subject of a chain (leaf first), or undefined. */
export function interceptionInChain(chain: ReadonlyArray<{readonly subject: string; readonly issuer: string}>): string | undefined {
	for (const certificate of chain) {
		const product = interceptionProductOf(certificate.issuer) ?? interceptionProductOf(certificate.subject);
		if (product !== undefined) {
			return product;
		}
	}

	return undefined;
}

/** Top-level names that never resolve on the public internet (RFC 2606, 6761, 6762, 8375, and common private ones). */
const privateSuffixes = [
	'localhost',
	'local',
	'internal',
	'intranet',
	'lan',
	'home',
	'corp',
	'private',
	'test',
	'example',
	'invalid',
	'home.arpa',
	'localdomain',
];

/**
Whether `host` is a public DNS name: not an IP address, not a single label, not under a reserved or customary
private top-level name. A public name's certificate comes from a public CA: a chain for it from a root the system
does not trust is how TLS interception looks (or a company that gives its public host a private CA).
*/
export function isPublicName(host: string): boolean {
	const name = host.toLowerCase().replace(/\.$/, '');
	if (name === '' || /^[\d.]+$/.test(name) || name.includes(':')) {
		return false;
	}

	const labels = name.split('.');
	if (labels.length < 2) {
		return false;
	}

	return !privateSuffixes.some((suffix) => name === suffix || name.endsWith(`.${suffix}`));
}

/**
Hosts whose real certificates certainly come from a public CA: the public module proxies and checksum databases,
and the code hosts go fetches from. An unknown CA for one of these is interception, nothing else.
*/
export const publicGoHosts: readonly string[] = [
	'proxy.golang.org',
	'sum.golang.org',
	'goproxy.cn',
	'goproxy.io',
	'mirrors.aliyun.com',
	'proxy.golang.com.cn',
	'sum.golang.google.cn',
	'goproxy.baidu.com',
	'mirrors.tencent.com',
	'repo.huaweicloud.com',
	'golang.org',
	'go.dev',
	'go.googlesource.com',
	'github.com',
	'gitlab.com',
	'bitbucket.org',
	'gopkg.in',
	'storage.googleapis.com',
];

/** Whether `host` is one of `publicGoHosts` (or a subdomain of one). */
export function isPublicGoHost(host: string): boolean {
	const name = host.toLowerCase().replace(/\.$/, '');
	return publicGoHosts.some((known) => name === known || name.endsWith(`.${known}`));
}
