import {X509Certificate} from 'node:crypto';
import {rootCertificates as nodeBundledRoots} from 'node:tls';
import {formatArgv, formatDuration} from '../model/format.js';
import {say, type Text} from '../i18n/index.js';
import type {Evidence} from '../model/report.js';
import {goRootCertificates} from '../system/system-roots.js';
import type {CommandResult, Environment, System, TlsResult} from '../system/types.js';
import {interceptionInChain, isPublicName} from './tls-interception.js';
import {
	type ProbeRun,
	addressFor,
	checkHost,
	checkPort,
	combinedOutput,
	exitStatus,
	firstLine,
	hostPort,
	isIpLiteral,
	runTool,
	trimOutput,
} from './probe-support.js';

/** The outcome labels of `probeTls`; they name the flowchart's edges. */
export type TlsOutcome = 'ok' | 'untrusted' | 'expired' | 'name-mismatch' | 'failed' | 'timeout';

export type TlsProbeInput = ProbeRun & {readonly host: string; readonly port: number};

/** One certificate of the chain the server sent, leaf first. */
export type ChainCertificate = {
	readonly subject: string;
	readonly issuer: string;
	readonly notBefore?: string;
	readonly notAfter?: string;
};

/** What `openssl s_client` printed, parsed. */
export type SClientReport = {
	readonly chain: readonly ChainCertificate[];
	/** `Verify return code: N (text)`. */
	readonly verifyCode?: number;
	readonly verifyText?: string;
	readonly peerCertificate: boolean;
};

/**
Does the TLS handshake succeed, and does the chain verify against the roots go would use?
`openssl s_client -connect IP:port -servername host -verify_hostname host -showcerts </dev/null` at the address the lookup found, with stdin
empty (it ends the session after the handshake); Node's `tls` when openssl is missing. An untrusted chain
names its issuer: a corporate TLS-interception CA shows here. Never throws.
*/
export async function probeTls(system: System, input: TlsProbeInput): Promise<Evidence> {
	const {host, port} = input;
	const problem = checkHost(host) ?? checkPort(port);
	if (problem !== undefined) {
		return {
			probe: 'tls',
			tool: 'openssl',
			command: sClientCommand(sClientArgv(host, port, host)),
			outcome: 'failed' satisfies TlsOutcome,
			summary: say.probes.notRun(problem),
			durationMs: 0,
		};
	}

	// The address the lookup found: openssl connects there (its deadline starts after the lookup), naming the host.
	const found = await addressFor(system, host, input);
	if ('error' in found) {
		const summary = say.probes.tls.fails(hostPort(host, port), say.probes.tls.noResolveCode(found.error.code));
		return {
			probe: 'tls',
			tool: 'openssl',
			command: sClientCommand(sClientArgv(host, port, host)),
			outcome: 'failed' satisfies TlsOutcome,
			summary,
			durationMs: 0,
		};
	}

	const argv = sClientArgv(host, port, found.address);
	const command = sClientCommand(argv);
	const signal = input.signal ? {signal: input.signal} : {};
	const result = await runTool(system, argv, {...input, stdin: ''});
	if (result.missing) {
		const handshake = await system.net.tlsHandshake(found.address, port, {servername: host, timeoutMs: input.timeoutMs, ...signal});
		const read = readTlsHandshake(host, port, handshake, input.timeoutMs);
		const chainText = handshake.chain.map(
			(cert, depth) => `${depth} s:${cert.subject}\n  i:${cert.issuer}\n  v:NotBefore: ${cert.validFrom}; NotAfter: ${cert.validTo}`,
		);
		const output = trimOutput([...chainText, handshake.authorizationError ?? handshake.error ?? ''].join('\n'));
		return {
			probe: 'tls',
			tool: 'node:tls',
			command,
			outcome: read.outcome,
			summary: say.probes.tls.nodeFallback(read.summary),
			durationMs: handshake.durationMs,
			...(output === undefined ? {} : {output}),
		};
	}

	const read = readSClient(host, port, result, input.timeoutMs);
	const output = trimOutput(withoutPem(combinedOutput(result)));
	return {
		probe: 'tls',
		tool: 'openssl',
		command,
		argv,
		outcome: read.outcome,
		summary: read.summary,
		...(result.exitCode === undefined ? {} : {exitCode: result.exitCode}),
		durationMs: result.durationMs,
		...(output === undefined ? {} : {output}),
	};
}

/** `CN = x, O = y` (openssl's layout) → `CN=x, O=y` (the layout used everywhere else). */
function normalizeName(name: string): string {
	return name.trim().replaceAll(/\s*=\s*/g, '=');
}

/** Parses `openssl s_client -showcerts` output. */
export function parseSClient(text: string): SClientReport {
	const chain: ChainCertificate[] = [];
	const lines = text.split('\n');
	for (const [index, line] of lines.entries()) {
		const subject = /^\s*\d+ s:(.*)$/.exec(line);
		if (subject === null) {
			continue;
		}

		const issuer = /^\s*i:(.*)$/.exec(lines[index + 1] ?? '');
		const validity =
			/^\s*v:NotBefore: (.*?); NotAfter: (.*)$/.exec(lines[index + 2] ?? '') ??
			/^\s*v:NotBefore: (.*?); NotAfter: (.*)$/.exec(lines[index + 3] ?? '');
		chain.push({
			subject: normalizeName(subject[1]!),
			issuer: normalizeName(issuer?.[1] ?? ''),
			...(validity === null ? {} : {notBefore: validity[1]!.trim(), notAfter: validity[2]!.trim()}),
		});
	}

	const verify = /Verify return code: (\d+) \(([^)]*)\)/.exec(text);
	return {
		chain,
		...(verify === null ? {} : {verifyCode: Number(verify[1]), verifyText: verify[2]!}),
		peerCertificate: chain.length > 0 && !text.includes('no peer certificate available'),
	};
}

/** OpenSSL's verify codes that mean "the certificate is outside its validity period". */
const expiredCodes = new Set([9, 10]);
/** OpenSSL's verify codes for a name or IP that the certificate does not cover. */
const nameMismatchCodes = new Set([62, 64]);

/** Reads what `openssl s_client` printed: the outcome and a one-line summary. */
export function readSClient(host: string, port: number, result: CommandResult, timeoutMs: number): {outcome: TlsOutcome; summary: Text} {
	const where = hostPort(host, port);
	const text = combinedOutput(result);
	if (result.canceled) {
		return {outcome: 'timeout', summary: say.probes.tls.canceled(where)};
	}

	const report = parseSClient(text);
	if (result.timedOut && !report.peerCertificate) {
		return {outcome: 'timeout', summary: say.probes.tls.timeout(where, formatDuration(timeoutMs))};
	}

	if (!report.peerCertificate || report.verifyCode === undefined) {
		return {outcome: 'failed', summary: say.probes.tls.fails(where, explainFailure(text, result))};
	}

	return judgeChain(where, report.chain, report.verifyCode, report.verifyText ?? '');
}

function judgeChain(
	where: string,
	chain: readonly ChainCertificate[],
	verifyCode: number,
	verifyText: string,
): {outcome: TlsOutcome; summary: Text} {
	const leaf = chain[0];
	const top = chain.at(-1);
	const words = say.probes.tls;
	const leafName = leaf?.subject ?? words.theCertificate;
	if (verifyCode === 0) {
		return {outcome: 'ok', summary: words.fine(where, leafName, leaf?.issuer ?? words.unknown, leaf?.notAfter)};
	}

	const reason = words.reason(verifyText, verifyCode);
	if (expiredCodes.has(verifyCode)) {
		return {outcome: 'expired', summary: words.expired(where, reason, leaf?.notBefore, leaf?.notAfter ?? '?', verifyCode === 9)};
	}

	if (nameMismatchCodes.has(verifyCode)) {
		return {outcome: 'name-mismatch', summary: words.nameMismatch(where, reason, leafName)};
	}

	return {outcome: 'untrusted', summary: untrustedSummary(where, reason, chain, top)};
}

function untrustedSummary(where: string, reason: Text, chain: readonly ChainCertificate[], top: ChainCertificate | undefined): Text {
	const words = say.probes.tls;
	if (top === undefined) {
		return words.chainFails(where, reason);
	}

	if (chain.length === 1 && top.issuer === top.subject) {
		return words.selfSignedUntrusted(where, top.subject, reason);
	}

	return words.chainUntrusted(where, reason, top.issuer);
}

function explainFailure(text: string, result: CommandResult): Text {
	const words = say.probes.tls;
	if (/connection refused|errno=111/i.test(text)) {
		return words.refused;
	}

	if (/name or service not known|bio_lookup|nodename nor servname|temporary failure in name resolution/i.test(text)) {
		return words.noResolve;
	}

	if (/no route to host|network is unreachable/i.test(text)) {
		return words.unreachable;
	}

	if (/wrong version number|packet length too long|unknown protocol/i.test(text)) {
		return words.notTls;
	}

	if (/alert handshake failure|sslv3 alert|tlsv1 alert/i.test(text)) {
		const alert = /(?:sslv3|tlsv1[\d.]*) alert ([\w ]+)/i.exec(text)?.[1];
		return words.ended(alert?.trim());
	}

	if (text.includes('no peer certificate available')) {
		return words.noCertificate;
	}

	const errorLine = text.split('\n').find((line) => line.includes(':error:'));
	if (errorLine !== undefined) {
		return errorLine.split(':').slice(-3, -2).join('').trim() || firstLine(errorLine);
	}

	return firstLine(result.stderr) || result.errorMessage || exitStatus(result.exitCode);
}

/** The same reading for Node's `tls` handshake. */
export function readTlsHandshake(host: string, port: number, result: TlsResult, timeoutMs: number): {outcome: TlsOutcome; summary: Text} {
	const where = hostPort(host, port);
	if (result.timedOut) {
		return {outcome: 'timeout', summary: say.probes.tls.timeout(where, formatDuration(timeoutMs))};
	}

	if (result.error !== undefined) {
		if (result.error === 'canceled') {
			return {outcome: 'timeout', summary: say.probes.tls.canceled(where)};
		}

		return {outcome: 'failed', summary: say.probes.tls.fails(where, result.error)};
	}

	const chain: ChainCertificate[] = result.chain.map((cert) => ({
		subject: cert.subject,
		issuer: cert.issuer,
		notBefore: cert.validFrom,
		notAfter: cert.validTo,
	}));
	const code = result.authorizationError;
	if (result.ok || code === undefined) {
		return judgeChain(where, chain, 0, 'ok');
	}

	if (code === 'CERT_HAS_EXPIRED') {
		return judgeChain(where, chain, 10, 'certificate has expired');
	}

	if (code === 'CERT_NOT_YET_VALID') {
		return judgeChain(where, chain, 9, 'certificate is not yet valid');
	}

	if (code === 'ERR_TLS_CERT_ALTNAME_INVALID' || code === 'HOSTNAME_MISMATCH') {
		return judgeChain(where, chain, 62, 'hostname mismatch');
	}

	return {outcome: 'untrusted', summary: untrustedSummary(where, code, chain, chain.at(-1))};
}

/** The PEM blocks of `-showcerts` are long and say nothing to a reader: keep the rest. */
function withoutPem(text: string): string {
	return text.replaceAll(/-{5}BEGIN CERTIFICATE-{5}[\s\S]*?-{5}END CERTIFICATE-{5}\n?/g, '');
}

// §2.3's TLS row, in depth: the chain the server presents, read certificate by certificate, and judged the way go
// judges it (crypto/x509's Verify): the leaf's dates, then its names, then a path to a root go trusts.

/** The outcome labels of `probeTlsChain` (the `tls-chain` probe's vocabulary). */
export type TlsChainOutcome = 'trusted' | 'interception' | 'unknown-ca' | 'self-signed' | 'expired' | 'name-mismatch' | 'failed' | 'error';

/** One certificate the server presented, as a user needs to see it. */
export type PresentedCertificate = {
	/** `CN=x, O=y`. */
	readonly subject: string;
	readonly issuer: string;
	/** ISO 8601. */
	readonly notBefore: string;
	readonly notAfter: string;
	/** The DNS names and IP addresses of its subjectAltName. */
	readonly names: readonly string[];
	/** BasicConstraints CA:TRUE. */
	readonly ca: boolean;
	/** Its issuer is itself (and its own key verifies its signature). */
	readonly selfSigned: boolean;
	readonly fingerprint: string;
	/** The certificate, PEM (public: a certificate is no secret). */
	readonly pem: string;
};

/** What go would make of a chain, and why. */
export type ChainJudgement = {
	readonly outcome: Exclude<TlsChainOutcome, 'failed' | 'error'>;
	/** Leaf first, as presented. */
	readonly chain: readonly PresentedCertificate[];
	/** The authority the chain comes from: the issuer of the topmost certificate sent (its subject when self-signed). */
	readonly authority: string;
	/**
	The certificate that makes go accept the chain once trusted: the topmost CA certificate the server sent (the
	leaf itself when it is self-signed). Undefined when the server did not send its CA.
	*/
	readonly anchor?: PresentedCertificate;
	/** The interception product named in the chain (tls-interception.ts), or `public-name` for an unknown CA signing a public name. */
	readonly interception?: string;
	/** Go's own words for the problem (`x509: …`); undefined when the chain is trusted. */
	readonly goError?: string;
};

/** Where go's roots come from in `env`, for a reader. */
export function describeRoots(env: Environment): string {
	const file = env['SSL_CERT_FILE'];
	const directory = env['SSL_CERT_DIR'];
	if (process.platform === 'darwin' || process.platform === 'win32') {
		return "the system's trust store";
	}

	const parts = [
		file ? `SSL_CERT_FILE=${file}` : "the system's CA bundle",
		directory ? `SSL_CERT_DIR=${directory}` : "the system's CA directories",
	];
	return parts.join(' and ');
}

/** The PEM certificate blocks of a text (e.g. `openssl s_client -showcerts` output), in order. */
export function pemBlocks(text: string): string[] {
	return text.match(/-{5}BEGIN CERTIFICATE-{5}[\s\S]+?-{5}END CERTIFICATE-{5}/g) ?? [];
}

/** Reads PEM certificates; one that does not parse is left out. */
function readCertificates(pems: readonly string[]): X509Certificate[] {
	return pems.flatMap((pem) => {
		try {
			return [new X509Certificate(pem)];
		} catch {
			return [];
		}
	});
}

const parsedRoots = new WeakMap<readonly string[], X509Certificate[]>();

function rootCertificates(roots: readonly string[]): X509Certificate[] {
	let parsed = parsedRoots.get(roots);
	if (parsed === undefined) {
		parsed = readCertificates(roots);
		parsedRoots.set(roots, parsed);
	}

	return parsed;
}

/** `CN=a\nO=b` (node:crypto's layout) → `CN=a, O=b`. */
function oneLineName(name: string): string {
	return name
		.split('\n')
		.filter((part) => part !== '')
		.join(', ');
}

function subjectNames(certificate: X509Certificate): string[] {
	return (certificate.subjectAltName ?? '')
		.split(/,\s*/)
		.map((name) => /^(?:DNS|IP Address):(.+)$/.exec(name.trim())?.[1])
		.filter((name): name is string => name !== undefined)
		.map((name) => compactIpv6(name));
}

/** Node:crypto writes `::1` as `0:0:0:0:0:0:0:1`. */
function compactIpv6(name: string): string {
	return /^[\da-f]+(?::[\da-f]+){7}$/i.test(name)
		? name
				.toLowerCase()
				.replaceAll(/\b0+(?=[\da-f])/g, '')
				.replace(/(^|:)0(:0)+(:|$)/, '::')
				.replace(/:::/, '::')
		: name;
}

function verifies(certificate: X509Certificate, issuer: X509Certificate): boolean {
	try {
		return certificate.checkIssued(issuer) && certificate.verify(issuer.publicKey);
	} catch {
		return false;
	}
}

function toIso(date: string): string {
	const parsed = new Date(date);
	return Number.isNaN(parsed.getTime()) ? date : parsed.toISOString().replace('.000Z', 'Z');
}

function presented(certificate: X509Certificate): PresentedCertificate {
	return {
		subject: oneLineName(certificate.subject),
		issuer: oneLineName(certificate.issuer),
		notBefore: toIso(certificate.validFrom),
		notAfter: toIso(certificate.validTo),
		names: subjectNames(certificate),
		ca: certificate.ca,
		selfSigned: verifies(certificate, certificate),
		fingerprint: certificate.fingerprint256,
		pem: `${certificate.toString().trim()}\n`,
	};
}

/** The path from `certificate` to a trusted root through the presented intermediates (the chain, root last), or undefined. */
function pathToRoot(
	certificate: X509Certificate,
	intermediates: readonly X509Certificate[],
	roots: readonly X509Certificate[],
	seen: readonly X509Certificate[] = [],
): X509Certificate[] | undefined {
	if (roots.some((root) => root.fingerprint256 === certificate.fingerprint256)) {
		return [...seen, certificate];
	}

	const root = roots.find((candidate) => verifies(certificate, candidate));
	if (root !== undefined) {
		return [...seen, certificate, root];
	}

	if (seen.length >= 8) {
		return undefined;
	}

	for (const intermediate of intermediates) {
		if (intermediate.fingerprint256 !== certificate.fingerprint256 && !seen.includes(intermediate) && verifies(certificate, intermediate)) {
			const found = pathToRoot(intermediate, intermediates, roots, [...seen, certificate]);
			if (found !== undefined) {
				return found;
			}
		}
	}

	return undefined;
}

function outOfDate(certificate: X509Certificate, now: Date): string | undefined {
	const from = new Date(certificate.validFrom);
	const to = new Date(certificate.validTo);
	const time = now.toISOString().replace(/\.\d+Z$/, 'Z');
	if (now < from) {
		return `x509: certificate has expired or is not yet valid: current time ${time} is before ${toIso(certificate.validFrom)}`;
	}

	if (now > to) {
		return `x509: certificate has expired or is not yet valid: current time ${time} is after ${toIso(certificate.validTo)}`;
	}

	return undefined;
}

function nameProblem(leaf: X509Certificate, host: string): string | undefined {
	const names = subjectNames(leaf);
	if (isIpLiteral(host)) {
		if (leaf.checkIP(host.replace(/%.*$/, '')) !== undefined) {
			return undefined;
		}

		const ips = names.filter((name) => isIpLiteral(name));
		return ips.length === 0
			? `x509: cannot validate certificate for ${host} because it doesn't contain any IP SANs`
			: `x509: certificate is valid for ${ips.join(', ')}, not ${host}`;
	}

	if ((leaf.subjectAltName ?? '') === '') {
		return 'x509: certificate relies on legacy Common Name field, use SANs instead';
	}

	if (leaf.checkHost(host, {subject: 'never', wildcards: true, partialWildcards: false}) !== undefined) {
		return undefined;
	}

	const dnsNames = names.filter((name) => !isIpLiteral(name));
	return `x509: certificate is valid for ${dnsNames.join(', ')}, not ${host}`;
}

/**
Judges a presented chain (PEM, leaf first) as go's crypto/x509 would for `host` at `now` against `roots` (PEM
blocks: go's roots, system-roots.ts; Node's bundled roots when undefined): the leaf's validity period, then its
names, then a path to a trusted root through the presented certificates. An untrusted chain is named: self-signed,
an interception product's CA, an unknown CA signing a public name (interception), or an unknown CA. Pure.
*/
export function judgeGoTrust(input: {
	readonly host: string;
	readonly pems: readonly string[];
	readonly roots: readonly string[] | undefined;
	readonly now: Date;
}): ChainJudgement | undefined {
	const certificates = readCertificates(input.pems);
	const leaf = certificates[0];
	if (leaf === undefined) {
		return undefined;
	}

	const chain = certificates.map((certificate) => presented(certificate));
	const top = chain.at(-1)!;
	const authority = top.selfSigned ? top.subject : top.issuer;
	const anchorIndex = chain.findLastIndex(
		(certificate, index) => certificate.ca && (index === 0 || verifies(certificates[index - 1]!, certificates[index]!)),
	);
	const anchor = anchorIndex > 0 ? chain[anchorIndex] : chain.length === 1 && chain[0]!.selfSigned ? chain[0] : undefined;
	const base = {chain, authority, ...(anchor === undefined ? {} : {anchor})};

	const expired = outOfDate(leaf, input.now);
	if (expired !== undefined) {
		return {...base, outcome: 'expired', goError: expired};
	}

	const mismatch = nameProblem(leaf, input.host);
	if (mismatch !== undefined) {
		const interception = interceptionInChain(chain);
		return {...base, outcome: 'name-mismatch', goError: mismatch, ...(interception === undefined ? {} : {interception})};
	}

	const roots = rootCertificates(input.roots ?? nodeRoots());
	const found = pathToRoot(leaf, certificates.slice(1), roots);
	if (found !== undefined) {
		const stale = found.map((certificate) => outOfDate(certificate, input.now)).find((problem) => problem !== undefined);
		return stale === undefined ? {...base, outcome: 'trusted'} : {...base, outcome: 'expired', goError: stale};
	}

	const goError = 'x509: certificate signed by unknown authority';
	const product = interceptionInChain(chain);
	if (product !== undefined) {
		return {...base, outcome: 'interception', interception: product, goError};
	}

	if (chain.length === 1 && chain[0]!.selfSigned) {
		return {...base, outcome: 'self-signed', goError};
	}

	if (isPublicName(input.host)) {
		return {...base, outcome: 'interception', interception: 'public-name', goError};
	}

	return {...base, outcome: 'unknown-ca', goError};
}

let bundledRoots: readonly string[] | undefined;

function nodeRoots(): readonly string[] {
	bundledRoots ??= [...nodeBundledRoots];
	return bundledRoots;
}

/** The chain, one certificate a paragraph, as `openssl s_client` shows it (without the PEM). */
export function describeChain(chain: readonly PresentedCertificate[]): string {
	return chain
		.map((certificate, depth) =>
			[
				`${depth} s:${certificate.subject}${certificate.ca ? ' (CA)' : ''}${certificate.selfSigned ? ' (self-signed)' : ''}`,
				`  i:${certificate.issuer}`,
				`  v:NotBefore: ${certificate.notBefore}; NotAfter: ${certificate.notAfter}`,
				...(certificate.names.length === 0 ? [] : [`  names: ${certificate.names.join(', ')}`]),
				`  sha256: ${certificate.fingerprint}`,
			].join('\n'),
		)
		.join('\n');
}

/** What `probeTlsChain` found: the evidence, and the judgement behind it when the server sent certificates. */
export type TlsChainCheck = {
	readonly evidence: Evidence;
	readonly judgement?: ChainJudgement;
};

/**
§2.3 "SSL handshake failure → missing CA certificate": `openssl s_client -connect host:port -servername host
-showcerts` (Node's `tls` where openssl is missing), then the presented chain judged against the roots go trusts in
`input.env` (SSL_CERT_FILE, SSL_CERT_DIR as go reads them; system-roots.ts): trusted, expired or not yet valid, a
name mismatch, self-signed, an interception CA, an unknown CA. Never throws.
*/
export async function probeTlsChain(system: System, input: TlsProbeInput & {readonly now?: Date}): Promise<TlsChainCheck> {
	const {host, port} = input;
	const where = hostPort(host, port);
	const problem = checkHost(host) ?? checkPort(port);
	if (problem !== undefined) {
		return {
			evidence: {
				probe: 'tls',
				tool: 'openssl',
				command: sClientCommand(sClientArgv(host, port, host)),
				outcome: 'error' satisfies TlsChainOutcome,
				summary: say.probes.notRun(problem),
				durationMs: 0,
			},
		};
	}

	const found = await addressFor(system, host, input);
	if ('error' in found) {
		const summary = say.probes.tls.fails(where, say.probes.tls.noResolveCode(found.error.code));
		return {
			evidence: {
				probe: 'tls',
				tool: 'openssl',
				command: sClientCommand(sClientArgv(host, port, host)),
				outcome: 'failed' satisfies TlsChainOutcome,
				summary,
				durationMs: 0,
			},
		};
	}

	const argv = sClientArgv(host, port, found.address);
	const command = sClientCommand(argv);
	const now = input.now ?? new Date();
	const roots = goRootCertificates(input.env);
	const result = await runTool(system, argv, {...input, stdin: ''});
	let pems: string[];
	let tool: string;
	let failure: {outcome: TlsOutcome; summary: Text} | undefined;
	let raw: string;
	let durationMs: number;
	if (result.missing) {
		const handshake = await system.net.tlsHandshake(found.address, port, {
			servername: host,
			timeoutMs: input.timeoutMs,
			...(input.signal ? {signal: input.signal} : {}),
		});
		tool = 'node:tls';
		pems = handshake.chain.flatMap((certificate) => (certificate.pem === undefined ? [] : [certificate.pem]));
		failure = pems.length === 0 ? readTlsHandshake(host, port, handshake, input.timeoutMs) : undefined;
		raw = handshake.error ?? '';
		durationMs = handshake.durationMs;
	} else {
		tool = 'openssl';
		const text = combinedOutput(result);
		pems = pemBlocks(text);
		failure = pems.length === 0 ? readSClient(host, port, result, input.timeoutMs) : undefined;
		raw = withoutPem(text);
		durationMs = result.durationMs;
	}

	const ran = {
		probe: 'tls' as const,
		tool,
		command,
		...(tool === 'openssl' ? {argv} : {}),
		...(result.exitCode === undefined || tool !== 'openssl' ? {} : {exitCode: result.exitCode}),
		durationMs,
	};
	const judgement = failure === undefined ? judgeGoTrust({host, pems, roots, now}) : undefined;
	if (judgement === undefined) {
		const output = trimOutput(raw);
		const summary = failure?.summary ?? say.probes.tls.unreadable(where);
		return {evidence: {...ran, outcome: 'failed' satisfies TlsChainOutcome, summary, ...(output === undefined ? {} : {output})}};
	}

	const trust = `go's trust: ${describeRoots(input.env)} (${roots === undefined ? "Node's bundled roots stand in" : `${roots.length} roots`})`;
	const output = trimOutput(
		[describeChain(judgement.chain), trust, ...(judgement.goError === undefined ? [] : [`go says: ${judgement.goError}`])].join('\n'),
	);
	const summary = chainSummary(where, judgement);
	return {
		evidence: {
			...ran,
			outcome: judgement.outcome,
			summary: tool === 'node:tls' ? say.probes.tls.nodeFallback(summary) : summary,
			...(output === undefined ? {} : {output}),
		},
		judgement,
	};
}

/** The `openssl s_client` command of both TLS probes: to `address` (the lookup's), naming `host` (SNI and the name checked). */
function sClientArgv(host: string, port: number, address: string): string[] {
	const ip = isIpLiteral(host);
	const argv = [
		'openssl',
		's_client',
		'-connect',
		hostPort(address, port),
		...(ip ? ['-verify_ip', host] : ['-servername', host, '-verify_hostname', host]),
		'-showcerts',
	];
	return argv;
}

/**
The command as shown, to run as shown when pasted: with stdin from /dev/null, or s_client waits for input after the
handshake (the probe runs it with stdin closed, as this does).
*/
function sClientCommand(argv: readonly string[]): string {
	return `${formatArgv(argv)} </dev/null`;
}

/** One line: what the chain is and what go makes of it. */
export function chainSummary(where: string, judgement: ChainJudgement): Text {
	const leaf = judgement.chain[0]!;
	const path = judgement.chain.map((certificate) => certificate.subject).join(' ← ');
	const words = say.probes.tls;
	const goError = judgement.goError ?? '';
	switch (judgement.outcome) {
		case 'trusted': {
			return words.trusted(where, path, judgement.authority, leaf.notAfter);
		}

		case 'expired': {
			return words.outOfDate(where, leaf.subject, leaf.notBefore, leaf.notAfter, goError);
		}

		case 'name-mismatch': {
			const intercepted = judgement.interception === undefined ? '' : words.interceptedBy(localInterceptionName(judgement.interception));
			return words.notForName(where, goError, intercepted);
		}

		case 'self-signed': {
			return words.selfSigned(where, leaf.subject, goError);
		}

		case 'interception': {
			const by =
				judgement.interception === 'public-name'
					? words.publicName(where.replace(/:\d+$/, ''))
					: words.productCa(localInterceptionName(judgement.interception));
			return words.intercepted(where, judgement.authority, by, goError, path);
		}

		case 'unknown-ca': {
			return words.unknownCa(where, judgement.authority, goError, path);
		}
	}
}

/** `interceptionName` as a message: a product's name is said the same in every language. */
function localInterceptionName(interception: string | undefined): Text {
	return interception === undefined || interception === 'public-name' ? say.probes.tls.anUnknownCa : interception;
}

/** `Zscaler` → `Zscaler`; `public-name` → `an unknown CA`. */
export function interceptionName(interception: string | undefined): string {
	return interception === undefined || interception === 'public-name' ? 'an unknown CA' : interception;
}
