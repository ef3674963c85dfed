import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {startConnectProxy, loopbackAliases} from '../connect-proxy.js';
import {startGoproxyServer} from '../goproxy-server.js';
import {defineScenario, good, type LabSetupInput, type Scenario} from '../scenario-kit.js';
import {labCaCertificate, labServerCertificate, labServerKey} from '../lab-tls.js';
import {createLabSumdbSigner, startSumdbServer} from '../sumdb-server.js';

/**
A host name whose lookup fails on this machine without a single query leaving it: its first label is 64 octets,
one more than DNS allows, so go's resolver ("no such host") and glibc's getaddrinfo (ENOTFOUND) reject it before
building a query. Under the reserved `.invalid` domain, so that even a resolver that did ask would get no answer.
*/
export const unresolvableHost = `${'no-such-goproxy-'.repeat(4)}x.invalid`;

/** The name of `sumdb-via-proxy`'s checksum database: like {@link unresolvableHost}, no resolver accepts it. */
export const unresolvableSumdbName = `sum.${'no-such-sumdb-'.repeat(5)}x.invalid`;

/** The user and password the lab's proxy wants in `http-proxy-407`. */
export const labProxyCredentials = {user: 'gopher', password: 'lab-proxy-secret'} as const;

/**
A name of this machine's /etc/hosts that maps to a loopback address and is not `localhost`: go proxies requests to
it (it never proxies `localhost` or a loopback IP), and looking it up never leaves the machine. Throws with a clear
message where /etc/hosts has none.
*/
export async function loopbackAlias(hostsFile = '/etc/hosts'): Promise<string> {
	const text = await readFile(hostsFile, 'utf8').catch(() => '');
	const [alias] = loopbackAliases(text);
	if (alias === undefined) {
		throw new Error(
			`the HTTP proxy scenarios need a name other than localhost that ${hostsFile} maps to 127.0.0.1 (e.g. "127.0.0.1 vm"): go never sends loopback requests through a proxy`,
		);
	}

	return alias;
}

/** The scenario's GOPROXY with every loopback server reached through `alias` instead of 127.0.0.1. */
function throughAlias(input: LabSetupInput, alias: string): string {
	return input.goproxy.replaceAll('http://127.0.0.1:', `http://${alias}:`);
}

/**
§2.3 DNS and §3.2 HTTP(S) proxies. The GOPROXY entries of the proxy scenarios are named by a loopback alias of
/etc/hosts (not 127.0.0.1), so that go sends them through HTTP_PROXY as it would a company mirror.
*/
export const networkScenarios = [
	defineScenario({
		id: 'dns-fail',
		description:
			'The GOPROXY host does not resolve (a name no resolver accepts; no query leaves the machine): dns, switch to an entry that resolves.',
		servers: [good],
		goproxy: '{good}',
		candidates: ['good'],
		expected: {entryIndex: 0, category: 'dns'},
		goSays: 'no such host',
		async setup(input) {
			const {port} = new URL(input.urls.get('good') ?? 'http://127.0.0.1:1');
			const goproxy = `http://${unresolvableHost}:${port}`;
			// Go must look the name up itself (the lab's guard proxy would otherwise be asked to): NO_PROXY names it.
			return {goenv: {GOPROXY: goproxy}, env: {NO_PROXY: unresolvableHost}, extras: {host: unresolvableHost, goproxy}};
		},
	}),
	defineScenario({
		id: 'sumdb-via-proxy',
		description:
			'Healthy as in mainland China with a mirror that proxies the checksum database: GOSUMDB names a database whose host does not resolve, reachable only through the GOPROXY entry, and a candidate does not resolve: healthy, no dns finding.',
		servers: [good],
		goproxy: '{good},direct',
		candidates: ['good'],
		expected: {category: 'healthy'},
		async setup() {
			// The database is served only through the mirror (/sumdb/<name>/...), as proxy.golang.org serves sum.golang.org.
			const signer = createLabSumdbSigner(unresolvableSumdbName);
			const sumdb = await startSumdbServer({signer});
			const mirror = await startGoproxyServer({sumdb: {name: signer.name, url: sumdb.url}});
			const deadCandidate = `http://${unresolvableHost}:1`;
			return {
				// The key alone: go finds the database through the entry.
				goenv: {GOPROXY: `${mirror.url},direct`, GOSUMDB: signer.verifierKey},
				// Looked up directly, as on a network without a proxy, rather than sent to the lab's guard proxy.
				env: {NO_PROXY: `${unresolvableSumdbName},${unresolvableHost}`},
				candidates: [deadCandidate, mirror.url],
				extras: {mirror: mirror.url, sumdb: sumdb.url, name: signer.name, deadCandidate},
				async close() {
					await Promise.all([mirror.close(), sumdb.close()]);
				},
			};
		},
	}),
	defineScenario({
		id: 'tls-egress-intercepted',
		description:
			'Healthy behind an egress (HTTPS_PROXY) that intercepts TLS with its own CA, which go trusts (SSL_CERT_FILE), as in many companies and sandboxes; the GOPROXY host is reached only through it: healthy (without the CA: tls).',
		servers: [good],
		goproxy: '{good},direct',
		candidates: ['good'],
		expected: {category: 'healthy'},
		async setup(input) {
			const upstream = input.urls.get('good') ?? 'http://127.0.0.1:1';
			// The name exists nowhere: go sends it to the egress (HTTPS_PROXY), which answers for it with its own certificate.
			const host = 'proxy.corp.example';
			const egress = await startConnectProxy({
				aliases: new Map([[host, '127.0.0.1']]),
				intercept: {cert: `${labServerCertificate}${labCaCertificate}`, key: labServerKey, upstream},
			});
			const caFile = path.join(input.root, 'egress-ca.pem');
			await writeFile(caFile, labCaCertificate);
			return {
				goenv: {GOPROXY: `https://${host}`},
				env: {HTTPS_PROXY: egress.url, SSL_CERT_FILE: caFile},
				extras: {egress: egress.url, host, caFile},
				close: async () => egress.close(),
			};
		},
	}),
	defineScenario({
		id: 'http-proxy-407',
		description:
			'HTTP_PROXY is a proxy that wants credentials (407) and go sends the internal GOPROXY host through it: http-proxy, add the host to NO_PROXY.',
		servers: [good],
		goproxy: '{good}',
		candidates: ['good'],
		expected: {entryIndex: 0, category: 'http-proxy'},
		goSays: '407 Proxy Authentication Required',
		async setup(input) {
			const alias = await loopbackAlias();
			const proxy = await startConnectProxy({credentials: labProxyCredentials, aliases: new Map([[alias, '127.0.0.1']])});
			const goproxy = throughAlias(input, alias);
			return {
				goenv: {GOPROXY: goproxy},
				env: {HTTP_PROXY: proxy.url},
				extras: {proxy: proxy.url, alias, goproxy, user: labProxyCredentials.user, password: labProxyCredentials.password},
				close: async () => proxy.close(),
			};
		},
	}),
	defineScenario({
		id: 'http-proxy-down',
		description: 'HTTP_PROXY names a proxy that is not there (a closed port): http-proxy, unset it or send the internal host direct.',
		servers: [good, {name: 'proxy', fault: {kind: 'closed'}}],
		goproxy: '{good}',
		candidates: ['good'],
		expected: {entryIndex: 0, category: 'http-proxy'},
		goSays: 'proxyconnect tcp',
		async setup(input) {
			const alias = await loopbackAlias();
			const proxy = input.urls.get('proxy') ?? 'http://127.0.0.1:1';
			const goproxy = throughAlias({...input, goproxy: input.urls.get('good') ?? ''}, alias);
			return {goenv: {GOPROXY: goproxy}, env: {HTTP_PROXY: proxy}, extras: {proxy, alias, goproxy}};
		},
	}),
] as const satisfies readonly Scenario[];
