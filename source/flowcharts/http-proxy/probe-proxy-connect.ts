import {STATUS_CODES} from 'node:http';
import {defineProbe, type ProbeResult} from '../../flow/define-probe.js';
import {formatArgv, formatDuration, redactUserinfo} from '../../model/format.js';
import {say} from '../../i18n/index.js';
import type {Evidence} from '../../model/report.js';
import type {Environment, HttpResult, System} from '../../system/types.js';
import {
	type ProbeRun,
	addressFor,
	checkHost,
	checkPort,
	combinedOutput,
	firstLine,
	hostPort,
	runTool,
	trimOutput,
} from '../../probes/probe-support.js';
import type {Text} from '../../i18n/message.js';

/** The outcome labels of `probeProxyConnect`; they name the flowchart's edges. */
export type ProxyConnectOutcome = 'tunnel' | 'auth-required' | 'refused' | 'status' | 'no-answer' | 'unreachable' | 'error';

/** The input of `probeProxyConnect`. */
export type ProxyConnectInput = ProbeRun & {
	/** The proxy as go reads it, e.g. `http://user:pw@proxy.corp:3128` (credentials become `Proxy-Authorization`). */
	readonly proxyUrl: string;
	/** The host and port go asks the proxy for. */
	readonly targetHost: string;
	readonly targetPort: number;
};

/** Proxy-Authenticate and the other headers of the proxy's answer worth showing. */
const shownHeaders = /^(proxy-authenticate|via|server|x-squid-error|proxy-status|connection):/i;

/** What the proxy's answer to CONNECT says: a tunnel, credentials wanted, refused, or another status. */
function judgeAnswer({
	answer,
	withOutput,
	words,
	via,
	target,
	took,
	auth,
}: {
	readonly answer: NonNullable<ReturnType<typeof readProxyAnswer>>;
	readonly withOutput: Omit<Evidence, 'outcome' | 'summary'>;
	readonly words: typeof say.probes.proxyConnect;
	readonly via: string;
	readonly target: string;
	readonly took: string;
	readonly auth: string | undefined;
}): Evidence {
	const statusText = `${answer.status} ${answer.reason || (STATUS_CODES[answer.status] ?? '')}`.trim();
	switch (true) {
		case answer.status >= 200 && answer.status < 300: {
			const far = answer.farEnd === undefined ? words.farSilent : words.farAnswered(answer.farEnd);
			return {...withOutput, outcome: 'tunnel' satisfies ProxyConnectOutcome, summary: words.tunnel(via, target, statusText, took, far)};
		}

		case answer.status === 407: {
			const challenge = answer.headers['proxy-authenticate'];
			const sent = auth === undefined ? words.noneSent : words.refusedSent;
			return {
				...withOutput,
				outcome: 'auth-required' satisfies ProxyConnectOutcome,
				summary: words.auth(via, statusText, challenge, sent),
			};
		}

		case answer.status === 403 || answer.status === 405: {
			return {
				...withOutput,
				outcome: 'refused' satisfies ProxyConnectOutcome,
				summary: words.refused(via, target, statusText),
			};
		}

		default: {
			return {...withOutput, outcome: 'status' satisfies ProxyConnectOutcome, summary: words.status(via, target, statusText, took)};
		}
	}
}

/**
Does the HTTP proxy open a tunnel (`CONNECT host:port`, what go sends for every https request through it)? The
request is written to `nc -v -w SECS PROXYHOST PROXYPORT` on stdin, with `Proxy-Authorization: Basic` when the proxy
URL holds credentials (never on the command line, and shown as `***`), followed by a `HEAD /` for the tunnel's
far end so that the exchange ends at once. 407 means credentials are needed (Proxy-Authenticate is shown), 403/405
that the proxy refuses to tunnel there. Never throws.
*/
export async function probeProxyConnect(system: System, input: ProxyConnectInput): Promise<Evidence> {
	const target = hostPort(input.targetHost, input.targetPort);
	let proxy: URL;
	try {
		proxy = new URL(input.proxyUrl);
	} catch {
		return failed(`CONNECT ${target}`, say.probes.proxyConnect.notProxyUrl(redactUserinfo(input.proxyUrl)));
	}

	const proxyHost = proxy.hostname.replaceAll(/^\[|]$/g, '');
	const proxyPort = proxy.port === '' ? (proxy.protocol === 'https:' ? 443 : 80) : Number(proxy.port);
	const seconds = Math.max(1, Math.min(5, Math.floor((input.timeoutMs - 500) / 1000)));
	const argv = ['nc', '-v', '-w', String(seconds), proxyHost, String(proxyPort)];
	const auth = proxy.username === '' && proxy.password === '' ? undefined : basicToken(proxy);
	const connectLines = [
		`CONNECT ${target} HTTP/1.1`,
		`Host: ${target}`,
		...(auth === undefined ? [] : [`Proxy-Authorization: Basic ${auth}`]),
	];
	const shownLines = [`CONNECT ${target} HTTP/1.1`, `Host: ${target}`, ...(auth === undefined ? [] : ['Proxy-Authorization: Basic ***'])];
	const command = `printf '${shownLines.join(String.raw`\r\n`)}${String.raw`\r\n\r\n`}' | ${formatArgv(argv)}`;
	const problem = checkHost(proxyHost) ?? checkPort(proxyPort) ?? checkHost(input.targetHost) ?? checkPort(input.targetPort);
	if (problem !== undefined) {
		return failed(command, say.probes.proxyConnect.notTried(problem));
	}

	if (proxy.protocol !== 'http:') {
		return failed(command, say.probes.proxyConnect.notHttp(redactUserinfo(input.proxyUrl), proxy.protocol.slice(0, -1)));
	}

	// Nc connects to the address the lookup found (`-n`), and its seconds start after the lookup.
	const found = await addressFor(system, proxyHost, input);
	if ('error' in found) {
		return {
			...failed(
				command,
				say.probes.proxyConnect.unreachable(`${proxyHost}:${proxyPort}`, `${found.error.code}: ${found.error.message}`, formatDuration(0)),
			),
			outcome: 'unreachable' satisfies ProxyConnectOutcome,
		};
	}

	const pinned = ['nc', '-v', '-n', '-w', String(seconds), found.address, String(proxyPort)];
	const shown = command.replace(formatArgv(argv), formatArgv(pinned));
	const farEnd = [`HEAD / HTTP/1.1`, `Host: ${input.targetHost}`, 'Connection: close'];
	const stdin = `${connectLines.join('\r\n')}\r\n\r\n${farEnd.join('\r\n')}\r\n\r\n`;
	const result = await runTool(system, pinned, {...input, stdin});
	const base = {
		probe: 'tcp',
		tool: 'nc',
		command: shown,
		argv: pinned,
		durationMs: result.durationMs,
		...(result.exitCode === undefined ? {} : {exitCode: result.exitCode}),
	} as const;
	if (result.missing) {
		return {...base, outcome: 'error' satisfies ProxyConnectOutcome, summary: say.probes.proxyConnect.ncMissing};
	}

	const answer = readProxyAnswer(result.stdout);
	const output = trimOutput(answer === undefined ? combinedOutput(result) : answer.shown.join('\n'));
	const withOutput = {...base, ...(output === undefined ? {} : {output})};
	const via = `${proxyHost}:${proxyPort}`;
	const took = formatDuration(result.durationMs);
	const words = say.probes.proxyConnect;
	if (answer === undefined) {
		const text = combinedOutput(result);
		if (/connection refused|no route|unreachable|name or service|could not resolve|getaddrinfo/i.test(text)) {
			return {
				...withOutput,
				outcome: 'unreachable' satisfies ProxyConnectOutcome,
				summary: words.unreachable(via, firstLine(result.stderr) || text, took),
			};
		}

		return {
			...withOutput,
			outcome: 'no-answer' satisfies ProxyConnectOutcome,
			summary: words.noAnswer(via, target, formatDuration(seconds * 1000)),
		};
	}

	return judgeAnswer({answer, withOutput, words, via, target, took, auth});
}

/** The proxy's status line and headers, read from what nc printed. */
export function readProxyAnswer(
	text: string,
): {status: number; reason: string; headers: Record<string, string>; shown: string[]; farEnd?: string} | undefined {
	const lines = text.split(/\r?\n/);
	const match = /^HTTP\/\d(?:\.\d)?\s+(\d{3})\s*(.*)$/.exec(lines[0]?.trim() ?? '');
	if (match === null) {
		return undefined;
	}

	const headers: Record<string, string> = {};
	const shown = [lines[0]!.trim()];
	let index = 1;
	for (; index < lines.length && lines[index]!.trim() !== ''; index++) {
		const line = lines[index]!.trim();
		const colon = line.indexOf(':');
		if (colon > 0) {
			headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
		}

		if (shownHeaders.test(line)) {
			shown.push(line);
		}
	}

	const farEnd = lines
		.slice(index + 1)
		.map((line) => line.trim())
		.find((line) => line !== '');
	if (farEnd !== undefined) {
		shown.push(`(through the tunnel) ${farEnd}`);
	}

	return {status: Number(match[1]), reason: match[2]!.trim(), headers, shown, ...(farEnd === undefined ? {} : {farEnd})};
}

function basicToken(proxy: URL): string {
	const decode = (text: string) => {
		try {
			return decodeURIComponent(text);
		} catch {
			return text;
		}
	};

	return Buffer.from(`${decode(proxy.username)}:${decode(proxy.password)}`).toString('base64');
}

function failed(command: string, summary: Text): Evidence {
	return {probe: 'tcp', tool: 'nc', command, outcome: 'error' satisfies ProxyConnectOutcome, summary, durationMs: 0};
}

/** The outcome labels of `probeProxyCompare`. */
export type ProxyCompareOutcome = 'both-work' | 'proxy-fails' | 'direct-fails' | 'both-fail' | 'error';

/** The proxy variables go reads; removed from the environment for the direct request. */
const proxyNames = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'] as const;

/** `env` without any proxy variable: what a direct request sees. */
export function withoutProxy(env: Environment): Environment {
	const direct: Record<string, string | undefined> = {...env};
	for (const name of proxyNames) {
		delete direct[name];
	}

	return direct;
}

/**
The same request twice, at the same time: through the proxy go would use (the environment as it is) and directly
(the proxy variables removed). `GET <url>` both ways; a 2xx, 404 or 410 counts as an answer of the server. Tells
"the proxy breaks it" from "the network blocks the direct way" from "the server itself fails". Never throws.
*/
export async function probeProxyCompare(system: System, input: ProbeRun & {readonly url: string}): Promise<Evidence> {
	const request = (env: Environment) =>
		system.http({url: input.url, env, timeoutMs: input.timeoutMs, maxBodyBytes: 4096, ...(input.signal ? {signal: input.signal} : {})});
	const [proxied, direct] = await Promise.all([request(input.env), request(withoutProxy(input.env))]);
	const works = (result: HttpResult) =>
		result.status !== undefined && ((result.status >= 200 && result.status < 300) || result.status === 404 || result.status === 410);
	const words = say.probes.proxyConnect;
	// The status (or the error) and the time: what the output shows as it is, and the summary in the reader's words.
	const shown = (result: HttpResult) =>
		`${result.status === undefined ? (result.error?.message ?? 'no answer') : `${result.status} ${STATUS_CODES[result.status] ?? ''}`.trim()} (${formatDuration(result.durationMs)})`;
	const describe = (result: HttpResult): Text =>
		result.status === undefined && result.error?.message === undefined
			? say.common.sentences([words.noAnswerShort, `(${formatDuration(result.durationMs)})`])
			: shown(result);
	const through = proxied.proxy === undefined ? words.withoutProxy : words.through(redactUserinfo(proxied.proxy));
	const shownThrough = proxied.proxy === undefined ? 'without a proxy (go uses none for it)' : `through ${redactUserinfo(proxied.proxy)}`;
	const output = [`${shownThrough}: ${shown(proxied)}`, `direct: ${shown(direct)}`].join('\n');
	const base = {
		probe: 'http',
		tool: 'undici',
		command: `GET ${redactUserinfo(input.url)} (through the proxy, and direct)`,
		durationMs: Math.max(proxied.durationMs, direct.durationMs),
		output,
	} as const;
	const [a, b] = [works(proxied), works(direct)];
	if (a && b) {
		return {
			...base,
			outcome: 'both-work' satisfies ProxyCompareOutcome,
			summary: words.bothWork(through, describe(proxied), describe(direct)),
		};
	}

	if (!a && b) {
		return {
			...base,
			outcome: 'proxy-fails' satisfies ProxyCompareOutcome,
			summary: words.proxyFails(through, describe(proxied), describe(direct)),
		};
	}

	if (a && !b) {
		return {
			...base,
			outcome: 'direct-fails' satisfies ProxyCompareOutcome,
			summary: words.directFails(through, describe(proxied), describe(direct)),
		};
	}

	return {
		...base,
		outcome: 'both-fail' satisfies ProxyCompareOutcome,
		summary: words.bothFail(through, describe(proxied), describe(direct)),
	};
}

/** §3.2: does the proxy open a tunnel to the entry (CONNECT), or want credentials, or refuse? As a probe object. */
export const proxyConnectProbe = defineProbe({
	id: 'proxy-connect',
	outcomes: ['tunnel', 'auth-required', 'refused', 'status', 'no-answer', 'unreachable', 'error'],
	async run(input: ProxyConnectInput & {readonly system: System}): Promise<ProbeResult<ProxyConnectOutcome, undefined>> {
		return {evidence: (await probeProxyConnect(input.system, input)) as Evidence & {readonly outcome: ProxyConnectOutcome}};
	},
});

/** §3.2: one request through the proxy against the same request made directly. As a probe object. */
export const proxyCompareProbe = defineProbe({
	id: 'proxy-compare',
	outcomes: ['both-work', 'proxy-fails', 'direct-fails', 'both-fail', 'error'],
	async run(input: ProbeRun & {readonly system: System; readonly url: string}): Promise<ProbeResult<ProxyCompareOutcome, undefined>> {
		return {evidence: (await probeProxyCompare(input.system, input)) as Evidence & {readonly outcome: ProxyCompareOutcome}};
	},
});
