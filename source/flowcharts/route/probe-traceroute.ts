import {defineProbe, type ProbeResult} from '../../flow/define-probe.js';
import {formatArgv} from '../../model/format.js';
import {say} from '../../i18n/index.js';
import type {Evidence} from '../../model/report.js';
import type {System} from '../../system/types.js';
import {type ProbeRun, checkHost, runTool, trimOutput} from '../../probes/probe-support.js';

/** The outcome labels of `probeTraceroute`; they name the flowchart's edges. */
export type TracerouteOutcome = 'reached' | 'stops' | 'unavailable' | 'error';

/** One hop of a traceroute: its number and address, or undefined where no answer came (`*`). */
export type Hop = {readonly hop: number; readonly address?: string};

/** The hops of `traceroute -n` output (the header line skipped). Pure. */
export function parseTraceroute(text: string): Hop[] {
	const hops: Hop[] = [];
	for (const line of text.split('\n')) {
		const match = /^\s*(\d+)\s+(.*)$/.exec(line);
		if (match === null) {
			continue;
		}

		const address = /^([\da-f.:]+)\s/i.exec(`${match[2]!.trim()} `)?.[1];
		hops.push({hop: Number(match[1]), ...(address === undefined || address === '*' ? {} : {address})});
	}

	return hops;
}

/**
Where do packets to `host` stop? `traceroute -n -w 1 -q 1 -m 10 HOST`, under the probe's deadline: the last hop that
answers is where a route ends or a firewall drops them. Only run when the user asks (`--traceroute`): it is slow.
Says so when traceroute is not installed; installs nothing. Never throws.
*/
export async function probeTraceroute(system: System, input: ProbeRun & {readonly host: string}): Promise<Evidence> {
	const argv = ['traceroute', '-n', '-w', '1', '-q', '1', '-m', '10', input.host];
	const command = formatArgv(argv);
	const base = {probe: 'check', tool: 'traceroute', command, argv} as const;
	const problem = checkHost(input.host);
	if (problem !== undefined) {
		return {...base, outcome: 'error' satisfies TracerouteOutcome, summary: say.probes.notRun(problem), durationMs: 0};
	}

	const result = await runTool(system, argv, input);
	if (result.missing) {
		return {
			...base,
			outcome: 'unavailable' satisfies TracerouteOutcome,
			summary: say.probes.traceroute.notInstalled,
			durationMs: result.durationMs,
		};
	}

	const output = trimOutput(`${result.stdout}\n${result.stderr}`);
	const hops = parseTraceroute(result.stdout);
	const answered = hops.filter((hop) => hop.address !== undefined);
	const last = answered.at(-1);
	const withOutput = {
		...base,
		durationMs: result.durationMs,
		...(result.exitCode === undefined ? {} : {exitCode: result.exitCode}),
		...(output === undefined ? {} : {output}),
	};
	if (hops.length === 0) {
		const why = result.timedOut
			? say.probes.traceroute.late
			: (result.stderr.trim().split('\n')[0] ?? say.probes.exitStatus(String(result.exitCode ?? '?')));
		return {...withOutput, outcome: 'error' satisfies TracerouteOutcome, summary: say.probes.traceroute.noHop(why)};
	}

	if (last !== undefined && (last.address === input.host || hops.at(-1)?.address === input.host)) {
		return {...withOutput, outcome: 'reached' satisfies TracerouteOutcome, summary: say.probes.traceroute.reached(input.host, last.hop)};
	}

	return {
		...withOutput,
		outcome: 'stops' satisfies TracerouteOutcome,
		summary:
			last === undefined ? say.probes.traceroute.stopsHere(hops.length) : say.probes.traceroute.stopsAfter(last.hop, last.address ?? '?'),
	};
}

/** §2.1 traceroute, on request ({@link probeTraceroute}), as a probe object. */
export const tracerouteProbe = defineProbe({
	id: 'traceroute',
	outcomes: ['reached', 'stops', 'unavailable', 'error'],
	async run(input: ProbeRun & {readonly system: System; readonly host: string}): Promise<ProbeResult<TracerouteOutcome, undefined>> {
		return {evidence: (await probeTraceroute(input.system, input)) as Evidence & {readonly outcome: TracerouteOutcome}};
	},
});
