import {formatArgv, formatDuration} from '../model/format.js';
import type {Evidence} from '../model/report.js';
import type {CommandResult, System, TlsResult} from '../system/types.js';
import {type ProbeRun, checkHost, checkPort, combinedOutput, firstLine, hostPort, isIpLiteral, runTool, trimOutput} from './probe-support.js';

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
`openssl s_client -connect host:port -servername host -verify_hostname host -showcerts` with stdin
empty (it ends the session after the handshake); Node's `tls` when openssl is missing. An untrusted chain
names its issuer: a corporate TLS-interception CA shows here. Never throws.
*/
export async function probeTls(system: System, input: TlsProbeInput): Promise<Evidence> {
	const {host, port} = input;
	const ip = isIpLiteral(host);
	const argv = [
		'openssl',
		's_client',
		'-connect',
		hostPort(host, port),
		...(ip ? ['-verify_ip', host] : ['-servername', host, '-verify_hostname', host]),
		'-showcerts',
	];
	const command = formatArgv(argv);
	const problem = checkHost(host) ?? checkPort(port);
	if (problem !== undefined) {
		return {probe: 'tls', tool: 'openssl', command, outcome: 'failed' satisfies TlsOutcome, summary: `Not run: ${problem}.`, durationMs: 0};
	}

	const signal = input.signal ? {signal: input.signal} : {};
	const result = await runTool(system, argv, {...input, stdin: ''});
	if (result.missing) {
		const handshake = await system.net.tlsHandshake(host, port, {servername: host, timeoutMs: input.timeoutMs, ...signal});
		const read = readTlsHandshake(host, port, handshake, input.timeoutMs);
		const chainText = handshake.chain.map((cert, depth) => `${depth} s:${cert.subject}\n  i:${cert.issuer}\n  v:NotBefore: ${cert.validFrom}; NotAfter: ${cert.validTo}`);
		const output = trimOutput([...chainText, handshake.authorizationError ?? handshake.error ?? ''].join('\n'));
		return {
			probe: 'tls',
			tool: 'node:tls',
			command,
			outcome: read.outcome,
			summary: `${read.summary} (openssl is not installed, so Node's tls checked instead.)`,
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
		const validity = /^\s*v:NotBefore: (.*?); NotAfter: (.*)$/.exec(lines[index + 2] ?? '') ?? /^\s*v:NotBefore: (.*?); NotAfter: (.*)$/.exec(lines[index + 3] ?? '');
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
		peerCertificate: chain.length > 0 && !/no peer certificate available/.test(text),
	};
}

/** OpenSSL's verify codes that mean "the certificate is outside its validity period". */
const expiredCodes = new Set([9, 10]);
/** OpenSSL's verify codes for a name or IP that the certificate does not cover. */
const nameMismatchCodes = new Set([62, 64]);

/** Reads what `openssl s_client` printed: the outcome and a one-line summary. */
export function readSClient(host: string, port: number, result: CommandResult, timeoutMs: number): {outcome: TlsOutcome; summary: string} {
	const where = hostPort(host, port);
	const text = combinedOutput(result);
	if (result.canceled) {
		return {outcome: 'timeout', summary: `Canceled before the TLS handshake with ${where} finished.`};
	}

	const report = parseSClient(text);
	if (result.timedOut && !report.peerCertificate) {
		return {outcome: 'timeout', summary: `No TLS handshake with ${where} within ${formatDuration(timeoutMs)}.`};
	}

	if (!report.peerCertificate || report.verifyCode === undefined) {
		return {outcome: 'failed', summary: `The TLS handshake with ${where} fails: ${explainFailure(text, result)}.`};
	}

	return judgeChain(where, report.chain, report.verifyCode, report.verifyText ?? '');
}

function judgeChain(
	where: string,
	chain: readonly ChainCertificate[],
	verifyCode: number,
	verifyText: string,
): {outcome: TlsOutcome; summary: string} {
	const leaf = chain[0];
	const top = chain.at(-1);
	const leafName = leaf?.subject ?? 'the certificate';
	if (verifyCode === 0) {
		const until = leaf?.notAfter === undefined ? '' : `, valid until ${leaf.notAfter}`;
		return {outcome: 'ok', summary: `TLS with ${where} is fine: ${leafName}, issued by ${leaf?.issuer ?? 'unknown'}${until}.`};
	}

	const reason = `${verifyText} (verify return code ${verifyCode})`;
	if (expiredCodes.has(verifyCode)) {
		const dates = leaf?.notBefore === undefined ? '' : `: valid from ${leaf.notBefore} to ${leaf.notAfter ?? '?'}`;
		const clock = verifyCode === 9 ? ' Check this machine\'s clock.' : '';
		return {outcome: 'expired', summary: `The certificate of ${where} is out of date, ${reason}${dates}.${clock}`};
	}

	if (nameMismatchCodes.has(verifyCode)) {
		return {outcome: 'name-mismatch', summary: `The certificate of ${where} is not valid for that name: ${reason}; it is for ${leafName}.`};
	}

	return {outcome: 'untrusted', summary: untrustedSummary(where, reason, chain, top)};
}

function untrustedSummary(where: string, reason: string, chain: readonly ChainCertificate[], top: ChainCertificate | undefined): string {
	if (top === undefined) {
		return `The certificate chain of ${where} does not verify: ${reason}.`;
	}

	if (chain.length === 1 && top.issuer === top.subject) {
		return `The certificate of ${where} is self-signed (${top.subject}) and not trusted: ${reason}.`;
	}

	return `The certificate chain of ${where} does not verify: ${reason}. Issuer: ${top.issuer}. A CA that go does not trust here, such as a corporate TLS-interception CA, shows up like this.`;
}

function explainFailure(text: string, result: CommandResult): string {
	if (/connection refused|errno=111/i.test(text)) {
		return 'the connection was refused';
	}

	if (/name or service not known|BIO_lookup|nodename nor servname|temporary failure in name resolution/i.test(text)) {
		return 'the host name does not resolve';
	}

	if (/no route to host|network is unreachable/i.test(text)) {
		return 'the host is unreachable';
	}

	if (/wrong version number|packet length too long|unknown protocol/i.test(text)) {
		return 'the server does not speak TLS on this port (plain HTTP?)';
	}

	if (/alert handshake failure|sslv3 alert|tlsv1 alert/i.test(text)) {
		const alert = /(?:sslv3|tlsv1[\d.]*) alert ([\w ]+)/i.exec(text)?.[1];
		return `the server ended the handshake${alert === undefined ? '' : ` (alert: ${alert.trim()})`}`;
	}

	if (/no peer certificate available/.test(text)) {
		return 'the server sent no certificate (the connection closed during the handshake)';
	}

	const errorLine = text.split('\n').find(line => /:error:/.test(line));
	if (errorLine !== undefined) {
		return errorLine.split(':').slice(-3, -2).join('').trim() || firstLine(errorLine);
	}

	return firstLine(result.stderr) || result.errorMessage || `exit status ${result.exitCode ?? 'unknown'}`;
}

/** The same reading for Node's `tls` handshake. */
export function readTlsHandshake(host: string, port: number, result: TlsResult, timeoutMs: number): {outcome: TlsOutcome; summary: string} {
	const where = hostPort(host, port);
	if (result.timedOut) {
		return {outcome: 'timeout', summary: `No TLS handshake with ${where} within ${formatDuration(timeoutMs)}.`};
	}

	if (result.error !== undefined) {
		if (result.error === 'canceled') {
			return {outcome: 'timeout', summary: `Canceled before the TLS handshake with ${where} finished.`};
		}

		return {outcome: 'failed', summary: `The TLS handshake with ${where} fails: ${result.error}.`};
	}

	const chain: ChainCertificate[] = result.chain.map(cert => ({
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
	return text.replaceAll(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----\n?/g, '');
}
