import {formatArgv, formatDuration} from '../model/format.js';
import {say, type Text} from '../i18n/index.js';
import type {Evidence} from '../model/report.js';
import type {CommandResult, ConnectResult, System} from '../system/types.js';
import {
	type ProbeRun,
	addressFor,
	checkHost,
	checkPort,
	combinedOutput,
	exitStatus,
	firstLine,
	hostPort,
	runTool,
	trimOutput,
} from './probe-support.js';

/** The outcome labels of `probeTcpConnect`; they name the flowchart's edges. */
export type TcpOutcome = 'open' | 'refused' | 'timeout' | 'unreachable';

export type TcpProbeInput = ProbeRun & {readonly host: string; readonly port: number};

/** Time left after nc's own `-w` and before the probe's deadline, so that nc can say why it gave up. */
const reportGraceMs = 500;

/**
Is the port reachable? `nc -zv -n -w <secs> IP port` at the address the lookup found (netcat-openbsd's messages), falling back to Node's
`net.connect` when nc is missing or does not understand `-z`. Tells "closed: refused at once" apart from
"no answer within N s" (dropped by a firewall). Never throws.
*/
export async function probeTcpConnect(system: System, input: TcpProbeInput): Promise<Evidence> {
	const {host, port} = input;
	const seconds = Math.max(1, Math.floor((input.timeoutMs - reportGraceMs) / 1000));
	const argvFor = (address: string) => ['nc', '-zv', '-n', '-w', String(seconds), address, String(port)];
	const problem = checkHost(host) ?? checkPort(port);
	if (problem !== undefined) {
		return {
			probe: 'tcp',
			tool: 'nc',
			command: formatArgv(argvFor(host)),
			outcome: 'unreachable' satisfies TcpOutcome,
			summary: say.probes.notRun(problem),
			durationMs: 0,
		};
	}

	// The address the lookup found (`-n`: nc does not look the name up again), and nc's seconds start after it.
	const found = await addressFor(system, host, input);
	if ('error' in found) {
		const summary = say.probes.tcp.cannotResolve(host, `${found.error.code}: ${found.error.message}`);
		return {
			probe: 'tcp',
			tool: 'nc',
			command: formatArgv(argvFor(host)),
			outcome: 'unreachable' satisfies TcpOutcome,
			summary,
			durationMs: 0,
		};
	}

	const argv = argvFor(found.address);
	const command = formatArgv(argv);
	const result = await runTool(system, argv, input);
	const read = readNetcat(host, port, result, seconds);
	if (read === undefined) {
		const why = result.missing ? say.probes.tcp.ncMissing : say.probes.tcp.ncNoZ;
		const connected = await system.net.connect(found.address, port, {
			timeoutMs: input.timeoutMs,
			...(input.signal ? {signal: input.signal} : {}),
		});
		const fallback = readConnect(host, port, connected, input.timeoutMs);
		return {
			probe: 'tcp',
			tool: 'node:net',
			command,
			outcome: fallback.outcome,
			summary: say.probes.tcp.fallback(fallback.summary, why),
			durationMs: connected.durationMs,
			output: connected.message,
		};
	}

	const output = trimOutput(combinedOutput(result));
	return {
		probe: 'tcp',
		tool: 'nc',
		command,
		argv,
		outcome: read.outcome,
		summary: read.summary,
		...(result.exitCode === undefined ? {} : {exitCode: result.exitCode}),
		durationMs: result.durationMs,
		...(output === undefined ? {} : {output}),
	};
}

/**
Reads what nc printed. Undefined when nc did not run usefully (missing, or an nc without `-z`), so that
the caller falls back to Node.
*/
export function readNetcat(
	host: string,
	port: number,
	result: CommandResult,
	seconds: number,
): {outcome: TcpOutcome; summary: Text} | undefined {
	if (result.missing) {
		return undefined;
	}

	const text = combinedOutput(result);
	if (/invalid option|illegal option|unknown option|unrecognized option|usage:/i.test(text) && result.exitCode !== 0) {
		return undefined;
	}

	const where = hostPort(host, port);
	const took = formatDuration(result.durationMs);
	const words = say.probes;
	if (result.canceled) {
		return {outcome: 'timeout', summary: say.probes.tcp.canceled(where)};
	}

	if (result.exitCode === 0 && /succeeded|\bopen\b|connected/i.test(text)) {
		return {outcome: 'open', summary: say.probes.tcp.open(port, host, took)};
	}

	if (/connection refused/i.test(text)) {
		return {outcome: 'refused', summary: say.probes.tcp.refused(port, host, took)};
	}

	if (/no route to host|network is unreachable|host is unreachable|network unreachable/i.test(text)) {
		const reason = /network is unreachable|network unreachable/i.test(text) ? words.networkUnreachable : words.noRouteToHost;
		return {outcome: 'unreachable', summary: words.tcp.unreachable(where, reason, took)};
	}

	if (
		/getaddrinfo|name or service not known|temporary failure in name resolution|no address associated|forward host lookup failed/i.test(
			text,
		)
	) {
		return {outcome: 'unreachable', summary: words.tcp.cannotResolve(host, firstLine(result.stderr))};
	}

	if (result.timedOut || /timed out|\btimeout\b/i.test(text) || (result.exitCode === 1 && result.durationMs >= seconds * 1000 - 100)) {
		return {outcome: 'timeout', summary: noAnswer(where, result.timedOut ? result.durationMs : seconds * 1000)};
	}

	if (result.exitCode === 0) {
		return {outcome: 'open', summary: say.probes.tcp.open(port, host, took)};
	}

	const detail = firstLine(result.stderr) || result.errorMessage || exitStatus(result.exitCode);
	return {outcome: 'unreachable', summary: words.tcp.cannotReach(where, detail)};
}

/** The same reading for Node's `net.connect`. */
export function readConnect(host: string, port: number, result: ConnectResult, timeoutMs: number): {outcome: TcpOutcome; summary: Text} {
	const where = hostPort(host, port);
	const took = formatDuration(result.durationMs);
	switch (result.outcome) {
		case 'open': {
			return {outcome: 'open', summary: say.probes.tcp.open(port, host, took)};
		}

		case 'refused': {
			return {outcome: 'refused', summary: say.probes.tcp.refused(port, host, took)};
		}

		case 'timeout': {
			return {outcome: 'timeout', summary: noAnswer(where, timeoutMs)};
		}

		case 'unreachable': {
			return {outcome: 'unreachable', summary: say.probes.tcp.unreachable(where, result.message, took)};
		}

		case 'error': {
			if (result.message === 'canceled') {
				return {outcome: 'timeout', summary: say.probes.tcp.canceled(where)};
			}

			return {outcome: 'unreachable', summary: say.probes.tcp.cannotReach(where, result.message)};
		}
	}
}

function noAnswer(where: string, ms: number): Text {
	return say.probes.tcp.noAnswer(where, formatDuration(ms));
}
