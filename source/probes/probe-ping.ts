import {formatArgv, formatDuration} from '../model/format.js';
import {say, type Text} from '../i18n/index.js';
import type {Evidence} from '../model/report.js';
import type {CommandResult, System} from '../system/types.js';
import {type ProbeRun, addressFor, checkHost, combinedOutput, exitStatus, firstLine, runTool, trimOutput} from './probe-support.js';

/**
The outcome labels of `probePing`; they name the flowchart's edges. `unreachable`: an ICMP error came back instead
of a reply (`From 10.0.0.254 icmp_seq=1 Destination Host Unreachable`): something on the way answered for the host.
*/
export type PingOutcome = 'reply' | 'no-reply' | 'unreachable' | 'unavailable';

/** The ICMP errors ping prints (iputils and BSD wording), as keys of `probes.ping.icmpMeaning` in the catalog. */
const icmpErrors = [
	['Destination Host Unreachable', 'host'],
	['Destination Net Unreachable', 'net'],
	['Destination Port Unreachable', 'port'],
	['Destination Protocol Unreachable', 'protocol'],
	['Destination Host Prohibited', 'prohibited'],
	['Destination Net Prohibited', 'prohibited'],
	['Communication prohibited by filter', 'prohibited'],
	['Packet filtered', 'prohibited'],
] as const;

export type PingProbeInput = ProbeRun & {readonly host: string};

/** Round-trip times in milliseconds, as ping reports them. */
export type PingStatistics = {
	readonly transmitted: number;
	readonly received: number;
	readonly rtt?: {readonly min: number; readonly avg: number; readonly max: number};
};

/**
One echo request: ping informs and the port check decides (the flowchart goes on whatever ping says), so one
reply says all the walk needs. Two would cost a whole interval more (at least 0.2 s: ping refuses a shorter one
to a user without privileges), and a walk ends no sooner than its ping.
*/
const pings = 1;
/** How long ping waits for the reply, in seconds. */
const waitSeconds = 1;

/**
Does `host` answer ICMP echo? `ping -c 1 -W 1 -n IP`, at the address the lookup found: one echo request, a second to answer it. ICMP is often
filtered, so a silent host is not proof of anything: the flowchart lets the TCP check decide either way. When
ping is missing or not permitted, the outcome is `unavailable` and says so. Never throws.
*/
export async function probePing(system: System, input: PingProbeInput): Promise<Evidence> {
	const argvFor = (address: string) => ['ping', '-c', String(pings), '-W', String(waitSeconds), '-n', address];
	const problem = checkHost(input.host);
	if (problem !== undefined) {
		return {
			probe: 'ping',
			tool: 'ping',
			command: formatArgv(argvFor(input.host)),
			outcome: 'no-reply' satisfies PingOutcome,
			summary: say.probes.notRun(problem),
			durationMs: 0,
		};
	}

	// The address the lookup found: ping does not look the name up again (its second is for the echo alone).
	const found = await addressFor(system, input.host, input);
	if ('error' in found) {
		const summary = say.probes.ping.cannotResolve(input.host, `${found.error.code}: ${found.error.message}`);
		return {
			probe: 'ping',
			tool: 'ping',
			command: formatArgv(argvFor(input.host)),
			outcome: 'no-reply' satisfies PingOutcome,
			summary,
			durationMs: 0,
		};
	}

	const argv = argvFor(found.address);
	const command = formatArgv(argv);
	const result = await runTool(system, argv, input);
	const {outcome, summary} = readPing(found.shown, result, input.timeoutMs);
	const output = trimOutput(combinedOutput(result));
	return {
		probe: 'ping',
		tool: 'ping',
		command,
		argv,
		outcome,
		summary,
		...(result.exitCode === undefined ? {} : {exitCode: result.exitCode}),
		durationMs: result.durationMs,
		...(output === undefined ? {} : {output}),
	};
}

/** Reads what ping printed: the outcome and a one-line summary. */
export function readPing(host: string, result: CommandResult, timeoutMs: number): {outcome: PingOutcome; summary: Text} {
	const text = combinedOutput(result);
	const words = say.probes;
	const {icmpUndecided} = words.ping;
	if (result.missing) {
		return {outcome: 'unavailable', summary: words.ping.notInstalled(icmpUndecided)};
	}

	if (/operation not permitted|permission denied|cap_net_raw|lacking privilege|must be root|socket: /i.test(text)) {
		return {outcome: 'unavailable', summary: words.ping.notPermitted(firstLine(result.stderr) || words.ping.noRawSocket, icmpUndecided)};
	}

	if (
		/invalid option|unrecognized option|illegal option|unknown option|usage:/i.test(text) &&
		result.exitCode !== 0 &&
		result.exitCode !== 1
	) {
		return {outcome: 'unavailable', summary: words.ping.noOptions(icmpUndecided)};
	}

	if (result.canceled) {
		return {outcome: 'no-reply', summary: words.ping.canceled};
	}

	const statistics = parsePingStatistics(text);
	if (statistics !== undefined && statistics.received > 0) {
		const rtt = statistics.rtt === undefined ? '' : words.ping.rtt(statistics.rtt.avg, statistics.rtt.min, statistics.rtt.max);
		return {outcome: 'reply', summary: words.ping.reply(host, statistics.received, statistics.transmitted, rtt)};
	}

	if (result.timedOut) {
		return {outcome: 'no-reply', summary: words.ping.timedOut(host, formatDuration(timeoutMs))};
	}

	if (/name or service not known|temporary failure in name resolution|unknown host|cannot resolve|no address associated/i.test(text)) {
		return {outcome: 'no-reply', summary: words.ping.cannotResolve(host, firstLine(result.stderr))};
	}

	const icmp = readIcmpError(text);
	if (icmp !== undefined) {
		return {outcome: 'unreachable', summary: words.ping.icmpError(host, icmp.from, icmp.message, words.ping.icmpMeaning[icmp.kind])};
	}

	if (/network is unreachable|no route to host|host unreachable/i.test(text)) {
		const reason = /network is unreachable/i.test(text) ? words.networkUnreachable : words.noRouteToHost;
		return {outcome: 'no-reply', summary: words.ping.noReplyBecause(host, reason)};
	}

	if (statistics !== undefined) {
		return {
			outcome: 'no-reply',
			summary: words.ping.noneAnswered(host, statistics.transmitted, waitSeconds),
		};
	}

	const detail = firstLine(result.stderr) || result.errorMessage || exitStatus(result.exitCode);
	return {outcome: 'no-reply', summary: words.ping.noReplyBecause(host, detail)};
}

/**
The first ICMP error in ping's output and who sent it: `From 10.0.0.254 icmp_seq=1 Destination Host Unreachable`
(iputils), `92 bytes from 10.0.0.254: Destination Host Unreachable` (BSD). Undefined when there is none.
*/
export function readIcmpError(
	text: string,
): {readonly from: string; readonly message: string; readonly kind: (typeof icmpErrors)[number][1]} | undefined {
	for (const line of text.split('\n')) {
		const known = icmpErrors.find(([message]) => line.toLowerCase().includes(message.toLowerCase()));
		if (known !== undefined) {
			const from = (/from ([\da-f.:]+)/i.exec(line)?.[1] ?? '').replace(/:$/, '');
			return {from, message: known[0], kind: known[1]};
		}
	}

	return undefined;
}

/** The statistics lines of iputils, BusyBox and BSD ping. */
export function parsePingStatistics(text: string): PingStatistics | undefined {
	const counts = /(\d+) packets transmitted, (\d+) (?:packets )?received/.exec(text);
	if (counts === null) {
		return undefined;
	}

	const rtt = /(?:rtt|round-trip) min\/avg\/max(?:\/(?:mdev|stddev))? = ([\d.]+)\/([\d.]+)\/([\d.]+)/.exec(text);
	return {
		transmitted: Number(counts[1]),
		received: Number(counts[2]),
		...(rtt === null ? {} : {rtt: {min: Number(rtt[1]), avg: Number(rtt[2]), max: Number(rtt[3])}}),
	};
}
