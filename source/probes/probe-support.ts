/**
Small helpers the probes share: validating what becomes an argument, showing a command as a user would
type it, and formatting durations and output. Pure.
*/
import {en} from '../i18n/en/index.js';
import {renderText, say, type Text, type TextTree} from '../i18n/index.js';
import {preferIpv4, resolverDeadlineMs} from '../system/resolution-cache.js';
import type {CommandResult, Environment, System} from '../system/types.js';

/**
Why `host` may not become a command argument, or undefined when it may. Host names come from GOPROXY,
go.mod and error messages, so they are untrusted: nothing that starts with `-` (it would be read as an
option), no whitespace or control characters, nothing but letters, digits and `.`, `-`, `_`, `:`, `%`.
*/
export function checkHost(host: string): Text | undefined {
	if (host === '') {
		return say.probes.check.emptyHost;
	}

	if (host.startsWith('-')) {
		return say.probes.check.startsWithDash(host);
	}

	if (host.length > 253 || !/^[\p{L}\p{N}._:%-]+$/u.test(host)) {
		return say.probes.check.notHost(host);
	}

	return undefined;
}

/** Why `port` is not a TCP port, or undefined. */
export function checkPort(port: number): Text | undefined {
	return Number.isInteger(port) && port >= 1 && port <= 65_535 ? undefined : say.probes.check.notPort(port);
}

/** Whether `host` is an IPv4 or IPv6 address rather than a name. */
export function isIpLiteral(host: string): boolean {
	if (/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(host)) {
		return host.split('.').every((part) => Number(part) <= 255);
	}

	return host.includes(':') && /^[\da-f:.]+(%[\w.-]+)?$/i.test(host);
}

/** `host:port`, with brackets around an IPv6 address. */
export function hostPort(host: string, port: number): string {
	return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** Output for a transcript: trimmed, and cut to `max` characters. */
export function trimOutput(text: string, max = 4000): string | undefined {
	const trimmed = text.trim();
	if (trimmed === '') {
		return undefined;
	}

	return trimmed.length > max ? `${trimmed.slice(0, max)}\n[… ${trimmed.length - max} more characters]` : trimmed;
}

/** The first non-empty line of a text, for one-line summaries. */
export function firstLine(text: string): string {
	return (
		text
			.split('\n')
			.map((line) => line.trim())
			.find((line) => line !== '') ?? ''
	);
}

/**
A text as an evidence's `output` holds it: that log is kept in English in every language, beside the tools' own
lines it sits among (`nameservers (/etc/resolv.conf): …`); the summary is what a reader gets in their language.
*/
export function outputText(text: Text): string {
	return renderText(text, outputWords);
}

const outputWords: TextTree = {language: 'en', tables: [en]};

/** `exit status 2`, or `exit status unknown` when the tool gave none. */
export function exitStatus(exitCode: number | undefined): Text {
	return say.probes.exitStatus(exitCode === undefined ? say.probes.unknown : String(exitCode));
}

/** Stdout and stderr together, for parsing tools that write to either. */
export function combinedOutput(result: {readonly stdout: string; readonly stderr: string}): string {
	return [result.stdout, result.stderr].filter((text) => text.trim() !== '').join('\n');
}

/** What every probe runs with: go's environment, its own deadline, and the caller's cancel signal. */
export type ProbeRun = {
	/**
	The environment go runs in. PATH decides which tool runs; SSL_CERT_FILE/SSL_CERT_DIR choose openssl's trusted
	roots, and HTTP(S)_PROXY/NO_PROXY the HTTP route, as for go.
	*/
	readonly env: Environment;
	readonly timeoutMs: number;
	readonly signal?: AbortSignal | undefined;
};

/**
Runs a probe's tool (`argv[0]`) with its arguments, no shell, in go's environment, under the probe's
deadline and signal, with output that can be parsed (LC_ALL=C). stdin is closed unless `input` is given.
*/
export async function runTool(
	system: System,
	argv: readonly string[],
	input: ProbeRun & {readonly stdin?: string},
): Promise<CommandResult> {
	return system.run({
		file: argv[0]!,
		args: argv.slice(1),
		env: input.env,
		timeoutMs: input.timeoutMs,
		...(input.signal ? {signal: input.signal} : {}),
		parseable: true,
		...(input.stdin === undefined ? {} : {input: input.stdin}),
	});
}

/**
The address a tool is pointed at for `host` (`ping -n IP`, `nc -n IP`, `openssl s_client -connect IP:port`): the
host itself when it is an IP address, else the first IPv4 address the system resolver gives (then the first of any
family), looked up through `system.net.resolve`, which a diagnosis answers once per host (resolution-cache.ts). The
tool's own deadline starts after this: a slow resolver is never counted against the network. `shown` is how the
summaries name it: `host (IP)`.
*/
export async function addressFor(
	system: System,
	host: string,
	input: ProbeRun,
): Promise<{readonly address: string; readonly shown: string} | {readonly error: {readonly code: string; readonly message: string}}> {
	if (isIpLiteral(host)) {
		return {address: host, shown: host};
	}

	const result = await system.net.resolve(host, {
		timeoutMs: Math.max(input.timeoutMs, resolverDeadlineMs),
		...(input.signal ? {signal: input.signal} : {}),
	});
	const [address] = preferIpv4(result.addresses);
	if (result.error === undefined && address !== undefined) {
		return {address, shown: `${host} (${address})`};
	}

	return {error: result.error ?? {code: 'NODATA', message: 'no addresses'}};
}
