/*
`npm run field`: gomod-doctor on the real network of the machine it runs on, as a user would run it. Issue 12.

Each case is a configuration a user has (a GOPROXY, a GOSUMDB, an HTTPS proxy, an altered go.sum…), run on
three real modules (test/field-fixtures: fatih/color, gin-gonic/gin, prometheus/prometheus, their go.mod and
go.sum). For each case and module the suite runs, each in a scratch HOME, GOENV, GOMODCACHE, GOPATH and GOCACHE
(GOFLAGS empty, GOTOOLCHAIN=local):

- go alone: `go mod download -json` (go's own time and result);
- the built CLI: `node dist/cli.js diagnose --json …`, as a user would (its verdict, exit status, first fix);
- the first fix, applied the way the wizard applies it, in the tool run's scratch GOENV (never the machine's):
  `go env -w` argv, the `export`/`unset` lines of a shell fix applied to go's environment (with the files the
  fix writes), or a command fix's argv in the scratch copy of the module; then go again with an empty module
  cache: does go work now?

It contacts go's default GOPROXY (the first entry of `$(go env GOROOT)/go.env`) and 127.0.0.1 only: the
HTTPS proxies of the cases (working, dead, 407, a TLS interceptor with its own CA, a GOPROXY relay that cuts
zips short) are loopback servers that forward to that host alone. The CLI's default candidates are looked up
(they do not resolve here) but never contacted. No traceroute (never `--traceroute`), no scan; at most 150
runs of the CLI in a full pass. Not part of `npm test`.

	npm run field [-- --case ID[,ID…]] [--module color|gin|prometheus[,…]] [--repeat N] [--list]

A full pass (no --case, --module or --repeat) writes field/latest.md and the README's "Field suite" table;
a subset prints its table only (and writes it with --out FILE). Exit status 1 when a verdict is wrong.
*/
import {randomBytes} from 'node:crypto';
import {constants as fsConstants, readFileSync} from 'node:fs';
import {access, chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {createServer as createHttpServer, type IncomingMessage} from 'node:http';
import {request as httpsRequest} from 'node:https';
import {connect as netConnect, type Socket} from 'node:net';
import {cpus, loadavg, tmpdir} from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {connect as tlsConnect, rootCertificates, TLSSocket} from 'node:tls';
import {parseArgs} from 'node:util';
import {execa} from 'execa';
import {startConnectProxy} from '../source/lab/connect-proxy.js';
import {listenOnLoopback, refusingLoopbackPort} from '../source/lab/loopback-server.js';
import {writeFixFiles} from '../source/fixes/fix-tls.js';
import type {Fix} from '../source/model/report.js';
import {nodeFileSystem} from '../source/system/file-system.js';

const root = path.resolve(import.meta.dirname, '..');
const cliPath = path.join(root, 'dist', 'cli.js');
const fixturesDir = path.join(root, 'test', 'field-fixtures');
const modules = ['color', 'gin', 'prometheus'] as const;
type ModuleName = (typeof modules)[number];
const maxCliRuns = 150;
const cliTimeoutMs = 240_000;
const goTimeoutMs = 180_000;

// ---------------------------------------------------------------------------------------------------------
// The machine: go's default proxy, the trust store, a clean environment

type Field = {
	/** The first entry of `$GOROOT/go.env`'s GOPROXY, e.g. https://proxy.golang.org. */
	readonly proxy: string;
	readonly proxyHost: string;
	/** The system's CA bundle (PEM), which go and this script's relays trust. */
	readonly systemBundle: string;
	readonly goVersion: string;
	/** Where every scratch directory of this pass lives. */
	readonly scratch: string;
};

/** The environment every run starts from: PATH and the scratch dirs; nothing of this shell's go or proxy settings. */
function baseEnv(dir: string): Record<string, string> {
	return {
		PATH: process.env['PATH'] ?? '/usr/bin:/bin',
		HOME: path.join(dir, 'home'),
		GOENV: path.join(dir, 'goenv'),
		GOMODCACHE: path.join(dir, 'mod'),
		GOPATH: path.join(dir, 'gopath'),
		GOCACHE: path.join(dir, 'gocache'),
		GOFLAGS: '',
		GOTOOLCHAIN: 'local',
		LANG: 'C.UTF-8',
		TMPDIR: path.join(dir, 'tmp'),
	};
}

async function readField(): Promise<Field> {
	const scratch = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-field-'));
	const env = baseEnv(path.join(scratch, 'probe'));
	await mkdir(env['TMPDIR']!, {recursive: true});
	const goroot = (await execa('go', ['env', 'GOROOT'], {env, extendEnv: false})).stdout.trim();
	const goVersion = (await execa('go', ['version'], {env, extendEnv: false})).stdout.trim();
	const goEnvFile = await readFile(path.join(goroot, 'go.env'), 'utf8');
	const line = goEnvFile.split('\n').find((text) => text.startsWith('GOPROXY='));
	const proxy = line?.slice('GOPROXY='.length).split(/[,|]/)[0]?.trim();
	if (proxy === undefined || !/^https:\/\/[^/]+$/.test(proxy.replace(/\/$/, ''))) {
		throw new Error(`no https GOPROXY entry in ${goroot}/go.env (${line ?? 'none'})`);
	}

	const bundlePath = ['/etc/ssl/certs/ca-certificates.crt', '/etc/pki/tls/certs/ca-bundle.crt', '/etc/ssl/cert.pem'].find((file) => {
		try {
			readFileSync(file);
			return true;
		} catch {
			return false;
		}
	});
	const systemBundle = bundlePath === undefined ? rootCertificates.join('\n') : readFileSync(bundlePath, 'utf8');
	const url = new URL(proxy);
	return {proxy: proxy.replace(/\/$/, ''), proxyHost: url.hostname, systemBundle, goVersion, scratch};
}

// ---------------------------------------------------------------------------------------------------------
// Loopback servers: every one forwards to the default proxy's host and nowhere else

type Servers = {
	/** A CONNECT proxy that tunnels to the default proxy (and refuses everything else with 403). */
	tunnel?: string;
	/** A port on which nothing listens. */
	dead?: string;
	/** A proxy that wants credentials (407 with a Basic challenge). */
	auth?: string;
	/** A CONNECT proxy that intercepts TLS with its own CA (mitmCa), as a corporate proxy does. */
	mitm?: string;
	mitmCa?: string;
	/** A GOPROXY on http://127.0.0.1 relaying the default proxy and cutting every zip short. */
	relay?: string;
};
type ServerName = 'tunnel' | 'dead' | 'auth' | 'mitm' | 'relay';

const closers: Array<() => void> = [];

function refuse(socket: Socket, status: string): void {
	socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** A CONNECT proxy on loopback; `tunnel` makes the client's side of an allowed CONNECT. */
async function connectProxy(field: Field, tunnel: (client: Socket, head: Buffer) => void): Promise<string> {
	const server = createHttpServer((_request, response) => {
		response.writeHead(405, {Connection: 'close'}).end('CONNECT only\n');
	});
	const sockets = new Set<Socket>();
	server.on('connection', (socket: Socket) => {
		sockets.add(socket);
		socket.on('close', () => {
			sockets.delete(socket);
		});
	});
	server.on('connect', (request: IncomingMessage, client: Socket, head: Buffer) => {
		client.on('error', () => undefined);
		if (request.url !== `${field.proxyHost}:443`) {
			refuse(client, '403 Forbidden');
			return;
		}

		tunnel(client, head);
	});
	const port = await listenOnLoopback(server, 'field proxy');
	closers.push(() => {
		server.close();
		for (const socket of sockets) {
			socket.destroy();
		}
	});
	return `http://127.0.0.1:${port}`;
}

async function startTunnel(field: Field): Promise<string> {
	return connectProxy(field, (client, head) => {
		const upstream = netConnect(443, field.proxyHost, () => {
			client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
			upstream.write(head);
			client.pipe(upstream).pipe(client);
		});
		upstream.on('error', () => {
			client.destroy();
		});
		client.on('close', () => {
			upstream.destroy();
		});
	});
}

/** A CA and a certificate for the default proxy's host signed by it, made with openssl in `dir`. */
async function makeMitmCertificates(field: Field, dir: string): Promise<{ca: string; key: string; chain: string}> {
	await mkdir(dir, {recursive: true});
	const file = (name: string) => path.join(dir, name);
	const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
	await execa('openssl', [
		'req',
		'-x509',
		...ec,
		'-keyout',
		file('ca.key'),
		'-out',
		file('ca.pem'),
		'-days',
		'3',
		'-subj',
		'/O=gomod-doctor field/CN=gomod-doctor field interception CA',
		'-addext',
		'basicConstraints=critical,CA:TRUE',
		'-addext',
		'keyUsage=critical,keyCertSign,cRLSign',
	]);
	await execa('openssl', ['req', ...ec, '-keyout', file('leaf.key'), '-out', file('leaf.csr'), '-subj', `/CN=${field.proxyHost}`]);
	await writeFile(
		file('leaf.ext'),
		`subjectAltName=DNS:${field.proxyHost}\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n`,
	);
	await execa('openssl', [
		'x509',
		'-req',
		'-in',
		file('leaf.csr'),
		'-CA',
		file('ca.pem'),
		'-CAkey',
		file('ca.key'),
		'-CAcreateserial',
		'-out',
		file('leaf.pem'),
		'-days',
		'3',
		'-extfile',
		file('leaf.ext'),
	]);
	const ca = await readFile(file('ca.pem'), 'utf8');
	return {ca, key: await readFile(file('leaf.key'), 'utf8'), chain: `${await readFile(file('leaf.pem'), 'utf8')}${ca}`};
}

async function startMitm(field: Field): Promise<{url: string; ca: string}> {
	const {ca, key, chain} = await makeMitmCertificates(field, path.join(field.scratch, 'mitm'));
	const url = await connectProxy(field, (client, head) => {
		client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
		if (head.length > 0) {
			client.unshift(head);
		}

		// No ALPN on either side: HTTP/1.1 through, so the decrypted bytes can be relayed as they are.
		const inner = new TLSSocket(client, {isServer: true, key, cert: chain});
		inner.on('error', () => {
			client.destroy();
		});
		const upstream = tlsConnect({host: field.proxyHost, port: 443, servername: field.proxyHost, ca: field.systemBundle});
		upstream.on('error', () => {
			inner.destroy();
		});
		inner.on('close', () => {
			upstream.destroy();
		});
		inner.pipe(upstream).pipe(inner);
	});
	return {url, ca};
}

/** A GOPROXY on loopback that relays the default proxy and sends every zip's first half under the full Content-Length. */
async function startRelay(field: Field): Promise<string> {
	const sockets = new Set<Socket>();
	const server = createHttpServer((request, response) => {
		const target = request.url ?? '/';
		if (request.method !== 'GET' || !target.startsWith('/')) {
			response.writeHead(405).end();
			return;
		}

		const upstream = httpsRequest(
			{host: field.proxyHost, port: 443, path: target, method: 'GET', ca: field.systemBundle, timeout: 60_000},
			(answer) => {
				const chunks: Buffer[] = [];
				answer.on('data', (chunk: Buffer) => {
					chunks.push(chunk);
				});
				answer.on('end', () => {
					const body = Buffer.concat(chunks);
					const headers = {'Content-Type': answer.headers['content-type'] ?? 'text/plain', 'Content-Length': String(body.length)};
					response.writeHead(answer.statusCode ?? 502, headers);
					if (answer.statusCode === 200 && target.endsWith('.zip') && body.length > 1) {
						// The connection closes before Content-Length: a short read, as a broken cache or proxy does.
						response.write(body.subarray(0, Math.floor(body.length / 2)), () => {
							response.socket?.destroy();
						});
						return;
					}

					response.end(body);
				});
				answer.on('error', () => {
					response.destroy();
				});
			},
		);
		upstream.on('timeout', () => {
			upstream.destroy();
		});
		upstream.on('error', () => {
			if (!response.headersSent) {
				response.writeHead(502).end('relay: upstream failed\n');
			}
		});
		upstream.end();
	});
	server.on('connection', (socket: Socket) => {
		sockets.add(socket);
		socket.on('close', () => {
			sockets.delete(socket);
		});
	});
	const port = await listenOnLoopback(server, 'field relay');
	closers.push(() => {
		server.close();
		for (const socket of sockets) {
			socket.destroy();
		}
	});
	return `http://127.0.0.1:${port}`;
}

async function startServers(field: Field, needed: ReadonlySet<ServerName>): Promise<Servers> {
	const servers: Servers = {};
	if (needed.has('tunnel')) {
		servers.tunnel = await startTunnel(field);
	}

	if (needed.has('dead')) {
		servers.dead = `http://127.0.0.1:${await refusingLoopbackPort('field dead proxy')}`;
	}

	if (needed.has('auth')) {
		const proxy = await startConnectProxy({credentials: {user: 'field', password: randomBytes(9).toString('base64url')}});
		closers.push(() => {
			void proxy.close();
		});
		servers.auth = proxy.url;
	}

	if (needed.has('mitm')) {
		const mitm = await startMitm(field);
		servers.mitm = mitm.url;
		servers.mitmCa = mitm.ca;
	}

	if (needed.has('relay')) {
		servers.relay = await startRelay(field);
	}

	return servers;
}

// ---------------------------------------------------------------------------------------------------------
// The cases

type Context = {readonly field: Field; readonly servers: Servers; readonly module: ModuleName; readonly dir: string};

type Expected = {
	/** The first finding's category (any of these), or `healthy`. */
	readonly category: readonly string[];
	readonly exit: 0 | 1;
	/** What the first fix should be: a sentence, and a pattern its id, argv and shell lines must match. None: no fix. */
	readonly fix?: {readonly text: string; readonly pattern: RegExp};
	/** Whether the first fix must make go work (undefined: not judged, e.g. a fix that needs the user's secret). */
	readonly fixWorks?: boolean;
};

type Case = {
	readonly id: string;
	/** The item of issue 12's "What was seen" it reproduces, if any. */
	readonly item?: string;
	readonly title: string;
	/** Written to the scratch GOENV file, as `go env -w` does. */
	readonly goenv?: (context: Context) => Record<string, string>;
	/** Set in the shell's environment. */
	readonly env?: (context: Context) => Record<string, string>;
	/** The module query, when the case reproduces one module (`--module`, and go's own `go mod download MOD@VER`). */
	readonly query?: string;
	/** Other CLI flags (never --traceroute). */
	readonly flags?: (context: Context) => readonly string[];
	/** Changes to the scratch copy of the module before anything runs. */
	readonly prepare?: (context: Context) => Promise<void>;
	readonly needs?: readonly ServerName[];
	readonly expected: (context: Context) => Expected;
};

const healthy: Expected = {category: ['healthy'], exit: 0};
const candidates = (context: Context) => ['--candidates', context.field.proxy];
const escaped = (text: string) => text.replaceAll(/[.*+?^${}()|[\]\\/]/g, String.raw`\$&`);
/** A fix that puts the default proxy in GOPROXY (first, or alone before direct). */
const useDefaultProxy = (context: Context, keepDirect = false): Expected['fix'] => ({
	text: `GOPROXY=${context.field.proxy}${keepDirect ? ',direct' : '…'}`,
	pattern: new RegExp(`GOPROXY='?${escaped(context.field.proxy)}/?${keepDirect ? '[,|]direct' : ''}`),
});

const cases: readonly Case[] = [
	// Healthy setups: exit 0, no finding above info.
	{id: 'default', item: '1', title: "go's defaults (nothing set)", expected: () => healthy},
	{id: 'pipe', title: 'GOPROXY with `|`', goenv: ({field}) => ({GOPROXY: `${field.proxy}|direct`}), expected: () => healthy},
	{
		id: 'space-after-comma',
		title: 'GOPROXY with a space after the comma',
		env: ({field}) => ({GOPROXY: `${field.proxy}, direct`}),
		expected: () => healthy,
	},
	{
		id: 'trailing-slash',
		title: 'GOPROXY entry with a trailing slash',
		goenv: ({field}) => ({GOPROXY: `${field.proxy}/,direct`}),
		expected: () => healthy,
	},
	{
		id: 'no-scheme',
		title: 'GOPROXY entry without https:// (go adds it)',
		goenv: ({field}) => ({GOPROXY: `${field.proxyHost},direct`}),
		expected: () => healthy,
	},
	{id: 'gosumdb-off', title: 'GOSUMDB=off', goenv: () => ({GOSUMDB: 'off'}), expected: () => healthy},
	{
		id: 'timeout-1',
		item: '4',
		title: 'defaults, --timeout 1 (a download that progresses is not hung)',
		flags: () => ['--timeout', '1'],
		expected: () => healthy,
	},
	{
		id: 'https-proxy-ok',
		title: 'HTTPS_PROXY: a working CONNECT proxy on loopback',
		needs: ['tunnel'],
		env: ({servers}) => ({HTTPS_PROXY: servers.tunnel!}),
		expected: () => healthy,
	},
	{
		id: 'tls-mitm-trusted',
		title: 'TLS interception by a proxy whose CA is in SSL_CERT_FILE',
		needs: ['mitm'],
		env: ({servers, dir}) => ({HTTPS_PROXY: servers.mitm!, SSL_CERT_FILE: path.join(dir, '..', 'mitm-bundle.pem')}),
		async prepare({servers, field, dir}) {
			await writeFile(path.join(dir, '..', 'mitm-bundle.pem'), `${field.systemBundle.trim()}\n${servers.mitmCa!}`);
		},
		expected: () => healthy,
	},
	{
		id: 'gonosumdb-broad',
		title: 'GONOSUMDB=github.com (too broad, a warning; go works)',
		env: () => ({GONOSUMDB: 'github.com'}),
		expected: () => ({category: ['goproxy-config'], exit: 0}),
	},
	// Broken setups: exit 1 and the fix that makes go work.
	{
		id: 'goproxy-cn',
		item: '2, 3',
		title: 'GOPROXY=https://goproxy.cn,direct (go env -w), goproxy.cn does not resolve',
		goenv: () => ({GOPROXY: 'https://goproxy.cn,direct'}),
		flags: candidates,
		expected: (context) => ({category: ['dns'], exit: 1, fix: useDefaultProxy(context), fixWorks: true}),
	},
	{
		id: 'goproxy-cn-env',
		item: '2, 14',
		title: 'GOPROXY=https://goproxy.cn,direct in the shell: the fix must be a shell line',
		env: () => ({GOPROXY: 'https://goproxy.cn,direct'}),
		flags: candidates,
		expected: (context) => ({category: ['dns'], exit: 1, fix: useDefaultProxy(context), fixWorks: true}),
	},
	{
		id: 'goproxy-direct',
		item: '6',
		title: 'GOPROXY=direct: VCS hosts do not resolve',
		goenv: () => ({GOPROXY: 'direct'}),
		flags: candidates,
		expected: (context) => ({category: ['dns', 'goproxy-config', 'vcs'], exit: 1, fix: useDefaultProxy(context), fixWorks: true}),
	},
	{
		id: 'goproxy-off',
		item: '6',
		title: 'GOPROXY=off',
		goenv: () => ({GOPROXY: 'off'}),
		flags: candidates,
		expected: (context) => ({category: ['goproxy-config'], exit: 1, fix: useDefaultProxy(context), fixWorks: true}),
	},
	{
		id: 'fullwidth-comma',
		item: '7',
		title: 'GOPROXY with a full-width comma (U+FF0C) before direct',
		goenv: ({field}) => ({GOPROXY: `${field.proxy}\uFF0Cdirect`}),
		expected: (context) => ({category: ['goproxy-config'], exit: 1, fix: useDefaultProxy(context, true), fixWorks: true}),
	},
	{
		id: 'fullwidth-bar',
		item: '7',
		title: 'GOPROXY with a full-width bar (U+FF5C) in the shell',
		env: ({field}) => ({GOPROXY: `${field.proxy}\uFF5Cdirect`}),
		expected: (context) => ({category: ['goproxy-config'], exit: 1, fix: useDefaultProxy(context, true), fixWorks: true}),
	},
	{
		id: 'missing-version',
		item: '8, 9',
		title: 'a version that does not exist (--module github.com/mattn/go-isatty@v0.0.99)',
		query: 'github.com/mattn/go-isatty@v0.0.99',
		expected: () => ({category: ['not-found'], exit: 1}),
	},
	{
		id: 'typo-path',
		item: '8, 9',
		title: 'a mistyped module path (--module github.com/fatih/colr@v1.18.0)',
		query: 'github.com/fatih/colr@v1.18.0',
		expected: () => ({category: ['not-found', 'module-path'], exit: 1}),
	},
	{
		id: 'gosumdb-google-cn',
		item: '10',
		title: 'GOSUMDB=sum.golang.google.cn (go env -w) and a module go.sum lacks (--module rsc.io/quote@v1.5.2)',
		goenv: () => ({GOSUMDB: 'sum.golang.google.cn'}),
		query: 'rsc.io/quote@v1.5.2',
		expected: () => ({
			category: ['sumdb'],
			exit: 1,
			fix: {text: 'go env -u GOSUMDB (the default database, proxied)', pattern: /-u GOSUMDB|GOSUMDB='?sum\.golang\.org\b/},
			fixWorks: true,
		}),
	},
	{
		id: 'mod-vendor',
		item: '11',
		title: 'GOFLAGS=-mod=vendor without vendor/',
		env: () => ({GOFLAGS: '-mod=vendor'}),
		expected: () => ({
			category: ['goproxy-config'],
			exit: 1,
			fix: {text: 'unset GOFLAGS (or drop -mod=vendor)', pattern: /GOFLAGS/},
			fixWorks: true,
		}),
	},
	{
		id: 'gomod-rejected',
		item: '12',
		title: 'go.mod requires github.com/spf13/pflag v9.9.9 (no /v9): go rejects the file',
		async prepare({dir}) {
			const file = path.join(dir, 'go.mod');
			await writeFile(file, `${await readFile(file, 'utf8')}\nrequire github.com/spf13/pflag v9.9.9\n`);
		},
		expected: () => ({category: ['module-path'], exit: 1}),
	},
	{
		id: 'gosum-altered',
		title: 'go.sum: one h1: hash altered (a bad merge)',
		async prepare({dir}) {
			const file = path.join(dir, 'go.sum');
			const lines = (await readFile(file, 'utf8')).split('\n');
			const index = lines.findIndex((line) => line.includes(' h1:') && !line.includes('/go.mod '));
			const hash = lines[index]!.split(' h1:')[1]!;
			const altered = `${hash.startsWith('A') ? 'B' : 'A'}${hash.slice(1)}`;
			lines[index] = `${lines[index]!.split(' h1:')[0]!} h1:${altered}`;
			await writeFile(file, lines.join('\n'));
		},
		expected: () => ({
			category: ['checksum-mismatch'],
			exit: 1,
			fix: {text: 'repair the go.sum line (go.sum is the wrong side)', pattern: /go\.sum|go mod download/},
			fixWorks: true,
		}),
	},
	{
		id: 'goprivate-broad',
		title: 'GOPRIVATE=github.com/* in the shell: public modules fetched direct',
		env: () => ({GOPRIVATE: 'github.com/*'}),
		// Every requirement of the three modules is public: nothing is left to keep private, so the setting goes.
		expected: () => ({
			category: ['goproxy-config'],
			exit: 1,
			fix: {text: 'unset GOPRIVATE (no requirement looks private)', pattern: /\bunset GOPRIVATE\b/},
			fixWorks: true,
		}),
	},
	{
		id: 'https-proxy-dead',
		title: 'HTTPS_PROXY names a closed port on loopback',
		needs: ['dead'],
		env: ({servers}) => ({HTTPS_PROXY: servers.dead!}),
		expected: () => ({
			category: ['http-proxy'],
			exit: 1,
			fix: {
				text: 'unset HTTPS_PROXY, or NO_PROXY for the host (direct measured working)',
				pattern: /unset HTTPS_PROXY|HTTPS_PROXY=|NO_PROXY=/,
			},
			fixWorks: true,
		}),
	},
	{
		id: 'https-proxy-407',
		title: 'HTTPS_PROXY wants credentials (407)',
		needs: ['auth'],
		env: ({servers}) => ({HTTPS_PROXY: servers.auth!}),
		expected: () => ({category: ['http-proxy'], exit: 1}),
	},
	{
		id: 'tls-mitm-untrusted',
		title: 'TLS interception by a proxy whose CA go does not trust',
		needs: ['mitm'],
		env: ({servers}) => ({HTTPS_PROXY: servers.mitm!}),
		expected: () => ({
			category: ['tls'],
			exit: 1,
			fix: {
				text: 'SSL_CERT_FILE=<bundle with the CA>, or NO_PROXY for the host where direct was measured working',
				pattern: /SSL_CERT_FILE|NO_PROXY=proxy\.golang\.org/,
			},
			fixWorks: true,
		}),
	},
	{
		id: 'zip-cut-short',
		item: '13',
		title: 'GOPROXY is a loopback relay that closes before Content-Length on zips',
		needs: ['relay'],
		goenv: ({servers}) => ({GOPROXY: servers.relay!}),
		expected: (context) => ({category: ['proxy-bad-response'], exit: 1, fix: useDefaultProxy(context), fixWorks: true}),
	},
];

// ---------------------------------------------------------------------------------------------------------
// One run

type Report = {
	headline: string;
	exitCode: number;
	findings: Array<{category: string; severity: string; subject: string; summary: string; fixes: Fix[]}>;
};

type Row = {
	readonly caseId: string;
	readonly module: ModuleName;
	readonly verdict: string;
	readonly expected: Expected;
	readonly exit: number | undefined;
	readonly fix?: Fix;
	readonly fixWorks: 'yes' | 'no' | 'n/a' | string;
	readonly toolMs: number;
	readonly goMs: number;
	readonly goExit: number | undefined;
	/** Go's own first error line, when go alone failed. */
	readonly goError: string;
	readonly pass: boolean;
	readonly why: readonly string[];
	readonly headline: string;
};

/** A scratch copy of the module with its own HOME, GOENV and caches, set up as the case says. */
async function site(
	context: Omit<Context, 'dir'>,
	kase: Case,
	name: string,
): Promise<{dir: string; env: Record<string, string>; context: Context}> {
	const base = path.join(context.field.scratch, name);
	const dir = path.join(base, 'module');
	await mkdir(dir, {recursive: true});
	const env = baseEnv(base);
	for (const directory of [env['HOME']!, env['TMPDIR']!]) {
		await mkdir(directory, {recursive: true});
	}

	for (const file of ['go.mod', 'go.sum']) {
		await copyFile(path.join(fixturesDir, context.module, file), path.join(dir, file));
	}

	const full: Context = {...context, dir};
	await kase.prepare?.(full);
	const goenv = kase.goenv?.(full);
	if (goenv !== undefined) {
		// What `go env -w` writes: NAME=VALUE lines.
		await writeFile(
			env['GOENV']!,
			Object.entries(goenv)
				.map(([key, value]) => `${key}=${value}\n`)
				.join(''),
		);
	}

	return {dir, env: {...env, ...kase.env?.(full)}, context: full};
}

function downloadArgs(kase: Case): string[] {
	return ['mod', 'download', '-json', ...(kase.query === undefined ? [] : [kase.query])];
}

async function goDownload(
	dir: string,
	env: Record<string, string>,
	kase: Case,
): Promise<{ok: boolean; ms: number; exit: number | undefined; error: string}> {
	const started = performance.now();
	const result = await execa('go', downloadArgs(kase), {
		cwd: dir,
		env,
		extendEnv: false,
		reject: false,
		timeout: goTimeoutMs,
		stdin: 'ignore',
	});
	const ms = performance.now() - started;
	return {
		ok: result.exitCode === 0,
		ms,
		exit: result.timedOut ? undefined : result.exitCode,
		error: result.exitCode === 0 ? '' : lastError(result.stdout, result.stderr),
	};
}

/** Shell words of a fix's line (single and double quotes, backslash escapes); enough for the lines fixes print. */
function shellWords(line: string): string[] {
	const words: string[] = [];
	let word = '';
	let quote: '"' | "'" | undefined;
	let started = false;
	for (let index = 0; index < line.length; index++) {
		const character = line[index]!;
		if (quote === "'") {
			if (character === "'") {
				quote = undefined;
			} else {
				word += character;
			}
		} else if (quote === '"') {
			if (character === '"') {
				quote = undefined;
			} else if (character === '\\' && index + 1 < line.length) {
				word += line[++index];
			} else {
				word += character;
			}
		} else if (character === "'" || character === '"') {
			quote = character;
			started = true;
		} else if (character === '\\' && index + 1 < line.length) {
			word += line[++index];
			started = true;
		} else if (/\s/.test(character)) {
			if (started) {
				words.push(word);
			}

			word = '';
			started = false;
		} else if (character === '#') {
			break;
		} else {
			word += character;
			started = true;
		}
	}

	if (started) {
		words.push(word);
	}

	return words;
}

function inside(file: string, directory: string): boolean {
	const relative = path.relative(directory, file);
	return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
Applies `fix` as the wizard would, in the tool run's scratch env (never the machine's GOENV), then runs go
again with an empty module cache. `yes`/`no`, or `n/a` with why for a fix that runs nothing.
*/
async function tryFix(fix: Fix, dir: string, env: Record<string, string>, scratch: string, kase: Case): Promise<string> {
	if (!inside(env['GOENV']!, scratch) || !inside(env['HOME']!, scratch)) {
		throw new Error(`refusing to apply a fix outside the scratch directory (GOENV ${env['GOENV']})`);
	}

	const run: FixRun = {dir, scratch, env: {...env, GOMODCACHE: path.join(path.dirname(env['GOMODCACHE']!), 'mod-after-fix')}};
	const ended = await applyFix(fix, run);
	if (ended !== undefined) {
		return ended;
	}

	const after = await execa('go', downloadArgs(kase), {
		cwd: dir,
		env: run.env,
		extendEnv: false,
		reject: false,
		timeout: goTimeoutMs,
		stdin: 'ignore',
	});
	return after.exitCode === 0 ? 'yes' : `no (${lastError(after.stdout, after.stderr)})`;
}

/** Where a fix is tried: the module's directory, the scratch directory, and go's environment, which shell lines change. */
type FixRun = {
	readonly dir: string;
	readonly scratch: string;
	env: Record<string, string>;
};

/** Applies `fix` in `run`: undefined when it applied, else the `no (…)` or `n/a (…)` result that ends the try. */
async function applyFix(fix: Fix, run: FixRun): Promise<string | undefined> {
	switch (fix.kind) {
		case 'go-env': {
			if (fix.argv === undefined) {
				return 'n/a (no argv)';
			}

			const applied = await goCommand(run, fix.argv);
			if (!applied.ok) {
				return `no (the fix failed: ${applied.text})`;
			}

			// The environment shadows the setting: the fix carries the shell line the wizard then shows to change instead.
			return shellLines(run, fix.shell ?? []);
		}

		case 'shell': {
			if (fix.files !== undefined && fix.files.length > 0) {
				if (!fix.files.every((file) => inside(file.path, run.scratch))) {
					return 'n/a (its files are outside the scratch HOME)';
				}

				const wrote = await writeFixFiles(nodeFileSystem, fix.files, run.env);
				if (!wrote.ok) {
					return `no (files: ${wrote.message})`;
				}
			}

			return shellLines(run, fix.shell ?? []);
		}

		case 'command': {
			if (fix.argv === undefined) {
				return 'n/a (no argv)';
			}

			if (fix.goSumRemove !== undefined && fix.goSumRemove.length > 0) {
				const file = path.join(run.dir, 'go.sum');
				const lines = (await readFile(file, 'utf8')).split('\n');
				await writeFile(file, lines.filter((line) => !fix.goSumRemove!.includes(line)).join('\n'));
			}

			const applied = await goCommand(run, fix.argv);
			if (!applied.ok) {
				return `no (the command failed: ${applied.text})`;
			}

			if (fix.verify !== undefined) {
				const verified = await goCommand(run, fix.verify);
				if (!verified.ok) {
					return `no (${fix.verify.join(' ')}: ${verified.text})`;
				}
			}

			return undefined;
		}

		default: {
			return `n/a (${fix.kind})`;
		}
	}
}

/** Runs a `go …` argv in the fix's directory and environment: whether it exited 0, and its first line of output. */
async function goCommand(run: FixRun, argv: readonly string[]): Promise<{ok: boolean; text: string}> {
	if (argv[0] !== 'go') {
		return {ok: false, text: `not a go command: ${argv[0]}`};
	}

	const result = await execa('go', argv.slice(1), {
		cwd: run.dir,
		env: run.env,
		extendEnv: false,
		reject: false,
		timeout: goTimeoutMs,
		stdin: 'ignore',
	});
	return {ok: result.exitCode === 0, text: (result.stderr || result.stdout).split('\n')[0] ?? ''};
}

/** A shell fix's lines applied to go's environment (`export`, `unset`, `go …`); a reason when one cannot be. */
async function shellLines(run: FixRun, lines: readonly string[]): Promise<string | undefined> {
	for (const line of lines) {
		const words = shellWords(line);
		switch (words[0]) {
			case 'export': {
				for (const assignment of words.slice(1)) {
					const equals = assignment.indexOf('=');
					if (equals > 0) {
						run.env = {...run.env, [assignment.slice(0, equals)]: assignment.slice(equals + 1)};
					}
				}

				break;
			}

			case 'unset': {
				for (const name of words.slice(1)) {
					const {[name]: _gone, ...rest} = run.env;
					run.env = rest;
				}

				break;
			}

			case 'go': {
				const applied = await goCommand(run, words);
				if (!applied.ok) {
					return `no (${line}: ${applied.text})`;
				}

				break;
			}

			default: {
				if (words.length > 0) {
					return `n/a (a line this suite does not run: ${line.slice(0, 40)})`;
				}
			}
		}
	}

	return undefined;
}

/** Go's first error line (from -json's Error fields or stderr), short. */
function lastError(stdout: string, stderr: string): string {
	const json = /"Error": "((?:[^"\\]|\\.)*)"/.exec(stdout)?.[1];
	return (json ?? stderr.split('\n').find((line) => line.trim() !== '') ?? '').slice(0, 90);
}

async function removeTree(directory: string): Promise<void> {
	// The module cache is read-only: make it writable first (go clean -modcache would be one more go run).
	const walk = async (dir: string): Promise<void> => {
		await chmod(dir, 0o755).catch(() => undefined);
		for (const entry of await readdir(dir, {withFileTypes: true}).catch(() => [])) {
			if (entry.isDirectory()) {
				await walk(path.join(dir, entry.name));
			}
		}
	};

	if (
		await rm(directory, {recursive: true, force: true}).then(
			() => false,
			() => true,
		)
	) {
		await walk(directory);
		await rm(directory, {recursive: true, force: true});
	}
}

function fixText(fix: Fix | undefined): string {
	if (fix === undefined) {
		return '';
	}

	const shown = fix.argv === undefined ? (fix.shell ?? []).join('; ') : fix.argv.join(' ');
	return `${fix.kind}: ${shown === '' ? fix.id : shown}`;
}

function matchable(fix: Fix): string {
	return [fix.id, ...(fix.argv ?? []), ...(fix.shell ?? [])].join(' ');
}

let runIndex = 0;

async function runCase(field: Field, servers: Servers, kase: Case, module: ModuleName): Promise<Row> {
	runIndex++;
	const base = {field, servers, module};
	const name = `run-${runIndex}`;
	// Go alone, in a scratch directory of its own (an empty cache, as the tool's own run has).
	const alone = await site(base, kase, `${name}-go`);
	const go = await goDownload(alone.dir, alone.env, kase);
	await removeTree(path.dirname(alone.dir));

	const tool = await site(base, kase, `${name}-tool`);
	const expected = kase.expected(tool.context);
	const args = [
		'diagnose',
		'--json',
		'--dir',
		tool.dir,
		...(kase.query === undefined ? [] : ['--module', kase.query]),
		...(kase.flags?.(tool.context) ?? []),
	];
	if (args.includes('--traceroute')) {
		throw new Error('the field suite never traces routes');
	}

	const started = performance.now();
	const result = await execa(process.execPath, [cliPath, ...args], {
		env: tool.env,
		extendEnv: false,
		reject: false,
		timeout: cliTimeoutMs,
		stdin: 'ignore',
	});
	const toolMs = performance.now() - started;
	let report: Report | undefined;
	try {
		report = JSON.parse(result.stdout) as Report;
	} catch {
		report = undefined;
	}

	const first = report?.findings[0];
	// The fix the wizard puts first: the first fix of the findings in order (conclude's uniqueFixes).
	const fix = report?.findings.flatMap((finding) => finding.fixes)[0];
	const why: string[] = [];
	const exit = result.timedOut ? undefined : result.exitCode;
	if (report === undefined) {
		why.push(`no JSON report (exit ${exit}): ${result.stderr.split('\n')[0]?.slice(0, 120) ?? ''}`);
	} else if (first === undefined || !expected.category.includes(first.category)) {
		why.push(`verdict ${first?.category ?? 'none'}, expected ${expected.category.join(' or ')}`);
	}

	if (exit !== expected.exit) {
		why.push(`exit ${exit ?? 'killed'}, expected ${expected.exit}`);
	}

	if (expected.fix !== undefined && (fix === undefined || !expected.fix.pattern.test(matchable(fix)))) {
		why.push(`first fix ${fix === undefined ? 'none' : JSON.stringify(fixText(fix))}, expected ${expected.fix.text}`);
	}

	let fixWorks = 'n/a';
	if (fix !== undefined && exit === 1) {
		fixWorks = await tryFix(fix, tool.dir, tool.env, path.dirname(tool.dir), kase).catch(
			(error: unknown) => `error: ${error instanceof Error ? error.message : String(error)}`,
		);
	}

	if (expected.fixWorks === true && fixWorks !== 'yes') {
		why.push(`the first fix does not make go work: ${fixWorks}`);
	}

	await removeTree(path.dirname(tool.dir));
	const verdict = first === undefined ? 'none' : `${first.category}${first.severity === 'info' ? '' : ` (${first.severity})`}`;
	return {
		caseId: kase.id,
		module,
		verdict,
		expected,
		exit,
		...(fix === undefined ? {} : {fix}),
		fixWorks,
		toolMs,
		goMs: go.ms,
		goExit: go.exit,
		goError: go.error,
		pass: why.length === 0,
		why,
		headline: report?.headline ?? '',
	};
}

// ---------------------------------------------------------------------------------------------------------
// The table

const cell = (text: string) => text.replaceAll('|', String.raw`\|`).replaceAll('\n', ' ');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

function expectedText(expected: Expected): string {
	return `${expected.category.join(' / ')}, exit ${expected.exit}${expected.fix === undefined ? '' : `, fix ${expected.fix.text}`}`;
}

function table(rows: readonly Row[]): string {
	const lines = [
		'| case | module | verdict | expected | exit | first fix | fix works | tool | go alone (exit) | pass |',
		'|---|---|---|---|---|---|---|---|---|---|',
	];
	for (const row of rows) {
		lines.push(
			`| ${[
				row.caseId,
				row.module,
				row.verdict,
				expectedText(row.expected),
				String(row.exit ?? 'killed'),
				clip(fixText(row.fix), 70),
				clip(row.fixWorks, 60),
				seconds(row.toolMs),
				`${seconds(row.goMs)} (${row.goExit ?? 'killed'})`,
				row.pass ? 'pass' : '**FAIL**',
			]
				.map((text) => cell(text))
				.join(' | ')} |`,
		);
	}

	return lines.join('\n');
}

function summary(field: Field, rows: readonly Row[], cliRuns: number, startedAt: Date, load: readonly number[]): string {
	const failed = rows.filter((row) => !row.pass);
	const wrong = failed.map(
		(row) =>
			`- ${row.caseId} · ${row.module}: ${row.why.join('; ')}${row.headline === '' ? '' : `. Headline: ${clip(row.headline, 160)}`}${row.goError === '' ? '' : `. go alone: ${row.goError}`}`,
	);
	// Times depend on the machine's load: go alone and the tool are measured under the same one, one after the other.
	const machine = `${cpus().length} CPUs, load average ${load.map((value) => value.toFixed(1)).join(' → ')}`;
	return [
		`Field pass of ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC · ${field.goVersion} · default GOPROXY ${field.proxy} · ${machine} · ${cliRuns} CLI runs · ${rows.length - failed.length} of ${rows.length} right`,
		'',
		table(rows),
		'',
		...(failed.length === 0 ? ['Every verdict is right.'] : ['Wrong:', '', ...wrong]),
		'',
	].join('\n');
}

async function updateReadme(text: string): Promise<void> {
	const file = path.join(root, 'README.md');
	const readme = await readFile(file, 'utf8');
	const begin = '<!-- field:begin -->';
	const end = '<!-- field:end -->';
	const from = readme.indexOf(begin);
	const to = readme.indexOf(end);
	if (from === -1 || to < from) {
		throw new Error('README.md has no field:begin/field:end markers');
	}

	await writeFile(file, `${readme.slice(0, from + begin.length)}\n${text}${readme.slice(to)}`);
}

// ---------------------------------------------------------------------------------------------------------

async function main(): Promise<number> {
	const {values} = parseArgs({
		options: {
			case: {type: 'string'},
			module: {type: 'string'},
			repeat: {type: 'string'},
			out: {type: 'string'},
			list: {type: 'boolean', default: false},
		},
		strict: true,
	});
	if (values.list) {
		for (const kase of cases) {
			process.stdout.write(`${kase.id.padEnd(20)} ${kase.title}${kase.item === undefined ? '' : ` (issue 12, item ${kase.item})`}\n`);
		}

		return 0;
	}

	const caseIds = values.case?.split(',') ?? cases.map((kase) => kase.id);
	const unknown = caseIds.filter((id) => !cases.some((kase) => kase.id === id));
	const moduleNames = (values.module?.split(',') ?? [...modules]) as ModuleName[];
	const badModules = moduleNames.filter((name) => !(modules as readonly string[]).includes(name));
	const repeat = values.repeat === undefined ? 1 : Number(values.repeat);
	if (unknown.length > 0 || badModules.length > 0 || !Number.isInteger(repeat) || repeat < 1) {
		process.stderr.write(
			`field: unknown case or module, or a bad --repeat (${[...unknown, ...badModules].join(', ') || values.repeat}); --list lists the cases\n`,
		);
		return 2;
	}

	const selected = cases.filter((kase) => caseIds.includes(kase.id));
	const planned = selected.length * moduleNames.length * repeat;
	if (planned > maxCliRuns) {
		process.stderr.write(`field: ${planned} CLI runs planned, more than ${maxCliRuns}\n`);
		return 2;
	}

	await access(cliPath, fsConstants.R_OK).catch(() => {
		throw new Error('dist/cli.js is missing: npm run build (npm run field builds it)');
	});
	const field = await readField();
	const startedAt = new Date();
	const loadAtStart = loadavg()[0]!;
	process.stdout.write(`field: ${field.goVersion}; default GOPROXY ${field.proxy}; ${planned} CLI runs planned\n`);
	const servers = await startServers(field, new Set(selected.flatMap((kase) => kase.needs ?? [])));
	const rows: Row[] = [];
	try {
		for (const kase of selected) {
			for (const module of moduleNames) {
				for (let round = 0; round < repeat; round++) {
					const row = await runCase(field, servers, kase, module);
					rows.push(row);
					process.stdout.write(
						`${row.pass ? 'pass' : 'FAIL'} ${kase.id} ${module}: ${row.verdict}, exit ${row.exit ?? 'killed'}, fix works ${row.fixWorks}, tool ${seconds(row.toolMs)}, go ${seconds(row.goMs)}${row.pass ? '' : ` · ${row.why.join('; ')}`}\n`,
					);
				}
			}
		}
	} finally {
		for (const close of closers) {
			close();
		}

		await removeTree(field.scratch);
	}

	const text = summary(field, rows, runIndex, startedAt, [loadAtStart, loadavg()[0]!]);
	process.stdout.write(`\n${text}`);
	const full = values.case === undefined && values.module === undefined && values.repeat === undefined;
	const out = values.out ?? (full ? path.join(root, 'field', 'latest.md') : undefined);
	if (out !== undefined) {
		await mkdir(path.dirname(out), {recursive: true});
		await writeFile(
			out,
			`# Field suite: ${full ? 'latest full pass' : `a subset (${process.argv.slice(2).join(' ')})`}\n\n\`npm run field\` (scripts/field.ts). ${text}`,
		);
	}

	if (full) {
		await updateReadme(text);
	}

	process.stdout.write(`field: ${runIndex} CLI runs\n`);
	return rows.every((row) => row.pass) ? 0 : 1;
}

process.exitCode = await main();
